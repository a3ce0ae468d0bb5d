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

/// A server function's arguments as the hidden fields of a plain form (`ActionForm`), named and
/// encoded as `server_fn` reads a form post (`serde_qs`): the struct literal is the payload,
/// with or without JavaScript. Empty lists send no field (their argument needs `serde(default)`).
pub fn hidden_fields(args: &impl serde::Serialize) -> impl IntoView {
    // Plain structs of ids, strings and numbers always encode; nothing else is passed here.
    let encoded = serde_qs::to_string(args).unwrap_or_default();
    form_urlencoded::parse(encoded.as_bytes())
        .map(|(name, value)| view! { <input type="hidden" name=name.into_owned() value=value.into_owned()/> })
        .collect_view()
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
