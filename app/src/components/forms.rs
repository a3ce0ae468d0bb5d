//! Pieces of forms: the password fields, what an action came to, and what a plain form post to
//! the JSON API came back with.

use leptos::prelude::*;

use crate::components::announcer::Done;
use crate::dto::{KeptForm, DONE_PARAM, KEPT_PARAM};
use crate::error::AppError;
use crate::t;

/// The new password, typed twice (fields `password` and `repeat`), with the policy beside it.
#[component]
pub fn NewPasswordFields() -> impl IntoView {
    view! {
        <label>
            {t!("common-new-password")}
            <input type="password" name="password" autocomplete="new-password" minlength="12" required/>
        </label>
        <label>
            {t!("common-repeat-password")}
            <input type="password" name="repeat" autocomplete="new-password" minlength="12" required/>
        </label>
        <p class="muted">{t!("common-password-policy")}</p>
    }
}

/// What an action came to: its error as an alert, or `done` (when not empty) shown and announced.
pub fn outcome(result: Option<Result<(), AppError>>, done: impl Into<String>) -> Option<AnyView> {
    let done = done.into();
    match result? {
        Ok(()) if done.is_empty() => None,
        Ok(()) => Some(view! { <Done text=done/> }.into_any()),
        Err(error) => Some(view! { <p class="error" role="alert">{error.to_string()}</p> }.into_any()),
    }
}

/// False on the server and until the page is hydrated, then true: for a state only a script keeps
/// right (a button disabled until something is chosen), so the server's HTML never shows a
/// control that a page without JavaScript could not enable.
pub fn interactive() -> Signal<bool> {
    let ready = RwSignal::new(false);
    // Effects run in the browser only, after hydration.
    Effect::new(move |_| ready.set(true));
    ready.into()
}

/// A server function's arguments as the hidden fields of a plain form (`ActionForm`), named and
/// encoded as `server_fn` reads a form post (`serde_qs`): the struct literal is the payload,
/// with or without JavaScript. Empty lists send no field (their argument needs `serde(default)`).
pub fn hidden_fields(args: &impl serde::Serialize) -> impl IntoView {
    field_pairs(args)
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view()
}

/// The form fields (name, value) of `args`, as `serde_qs` names them.
fn field_pairs(args: &impl serde::Serialize) -> Vec<(String, String)> {
    // Only structs of ids, strings, numbers and lists of them are passed here: they always encode.
    let encoded = serde_qs::to_string(args).expect("a server function's arguments encode as a form");
    form_urlencoded::parse(encoded.as_bytes()).into_owned().collect()
}

/// The refusal a plain form post to the JSON API's `path` came back with: the endpoint sends the
/// browser back to the form with it in the address (`__path`, `__err`), encoded as leptos encodes
/// a server function's refusal, and the router hands it to the page.
pub fn refused_post(path: &str) -> Option<AppError> {
    use leptos::server::ServerActionError;
    use leptos::server_fn::error::ServerFnUrlError;
    let refusal = use_context::<ServerActionError>().filter(|refusal| refusal.path() == path)?;
    Some(ServerFnUrlError::<AppError>::decode_err(refusal.err()))
}

/// Says that a plain form post on this page succeeded (`__done` in the address, see the server's
/// `plain_forms`): with JavaScript each form says what it did beside itself.
#[component]
pub fn PlainPostDone() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    move || {
        query
            .with(|query| query.get(DONE_PARAM).is_some())
            .then(|| view! { <Done text=t!("common-form-done")/> })
    }
}

/// The refused form the server kept for this page, if any: the same value on the server, which
/// read it from the request (`__kept` in the address), and in the browser, which hydrates with it.
#[derive(Clone, Copy)]
struct KeptForPage(StoredValue<Option<KeptForm>>);

/// Makes the refused form kept for this page (see [`kept_form`]) known to every form on it; called
/// once, at the root of the app.
pub fn provide_kept_form() {
    let kept = leptos::server::SharedValue::new(|| {
        #[cfg(feature = "ssr")]
        let kept = use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<KeptForm>().cloned());
        #[cfg(not(feature = "ssr"))]
        let kept = None;
        kept
    });
    provide_context(KeptForPage(StoredValue::new(kept.into_inner())));
}

/// What was typed into a form when a plain post of it was refused, for the form to show again
/// rather than open empty; nothing for a form that was not refused.
#[derive(Clone, Debug, Default)]
pub struct Typed(Option<KeptForm>);

impl Typed {
    /// What was typed into the form posting to `endpoint`. Nothing once the browser has moved on
    /// to an address without `__kept` (the app keeps the value it hydrated with).
    pub fn at(endpoint: &str) -> Self {
        let still_here =
            || leptos_router::hooks::use_query_map().with_untracked(|query| query.get(KEPT_PARAM).is_some());
        let kept = use_context::<KeptForPage>().and_then(|kept| kept.0.get_value());
        Self(kept.filter(|kept| kept.endpoint == endpoint && still_here()))
    }

    /// What was typed into the form of the server function `S` (an `ActionForm`).
    pub fn into<S: leptos::server_fn::ServerFn>() -> Self {
        Self::at(S::url())
    }

    /// The value typed into the field `name`, if the form was refused.
    pub fn value(&self, name: &str) -> Option<String> {
        Some(self.0.as_ref()?.value(name)?.to_owned())
    }

    /// The value typed into the field `name`, or `otherwise`: what the field holds at first.
    pub fn or(&self, name: &str, otherwise: impl Into<String>) -> String {
        self.value(name).unwrap_or_else(|| otherwise.into())
    }

    /// The items typed into the list `name` (ticked checkboxes).
    pub fn values(&self, name: &str) -> Vec<String> {
        self.0
            .as_ref()
            .map(|kept| kept.values(name).into_iter().map(str::to_owned).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use domain::{SkillId, StudentId, Verdict};

    use super::field_pairs;
    use crate::api::assessment::RecordDecision;
    use crate::dto::DecisionInput;

    #[test]
    fn hidden_fields_read_back_as_server_fn_reads_a_form_post() {
        let args = RecordDecision {
            input: DecisionInput {
                student_id: StudentId::new(7),
                skill_ids: vec![
                    SkillId::new("BO-IT-002.M-IT-020.1.1"),
                    SkillId::new("BO-IT-002.M-IT-020.1.2"),
                ],
                decision: Verdict::Achieved,
                comment: "Gezien: één keer, & goed".into(),
                evidence_ids: vec![],
            },
        };
        let pairs = field_pairs(&args);
        assert_eq!(
            pairs.iter().map(|(name, _)| name.as_str()).collect::<Vec<_>>(),
            [
                "input[student_id]",
                "input[skill_ids][0]",
                "input[skill_ids][1]",
                "input[decision]",
                "input[comment]"
            ],
            "an empty list sends no field"
        );
        // As the browser posts the fields, and as server_fn's form decoding reads them.
        let posted = form_urlencoded::Serializer::new(String::new()).extend_pairs(&pairs).finish();
        let read: RecordDecision = serde_qs::Config::new(5, false).deserialize_str(&posted).unwrap();
        assert_eq!(read.input, args.input);
    }
}
