//! Pieces of forms: the password fields, what an action came to, and what a plain form post to
//! the JSON API came back with.

use leptos::prelude::*;

use crate::components::announcer::Done;
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
