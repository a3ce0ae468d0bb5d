//! Pieces of forms: the password fields, what an action came to, and whether a form that needs
//! JavaScript may be sent yet.

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

/// Whether the page is interactive: false in the server's HTML and until hydration has run, true
/// from then on. A form that needs JavaScript keeps its button disabled (visibly) until then: a
/// press before would send the browser's own request and reload the page, losing what was typed
/// and the files chosen. A disabled default button also stops Enter from sending the form.
pub fn hydrated() -> Signal<bool> {
    let ready = RwSignal::new(false);
    // Effects run in the browser only, once the component is hydrated.
    Effect::new(move |_| ready.set(true));
    ready.into()
}
