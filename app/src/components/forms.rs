//! Pieces of the password forms.

use leptos::prelude::*;

use crate::error::AppError;

/// The new password, typed twice (fields `password` and `repeat`), with the policy beside it.
#[component]
pub fn NewPasswordFields() -> impl IntoView {
    view! {
        <label>
            "Nieuw wachtwoord"
            <input type="password" name="password" autocomplete="new-password" minlength="12" required/>
        </label>
        <label>
            "Herhaal het nieuwe wachtwoord"
            <input type="password" name="repeat" autocomplete="new-password" minlength="12" required/>
        </label>
        <p class="muted">
            "Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden; "
            "je naam, je e-mailadres of een bekend wachtwoord worden geweigerd."
        </p>
    }
}

/// What an action came to: its error as an alert, or `done` (when not empty) as a status.
pub fn outcome(result: Option<Result<(), AppError>>, done: &'static str) -> Option<AnyView> {
    match result? {
        Ok(()) if done.is_empty() => None,
        Ok(()) => Some(view! { <p role="status">{done}</p> }.into_any()),
        Err(error) => Some(view! { <p class="error" role="alert">{error.to_string()}</p> }.into_any()),
    }
}
