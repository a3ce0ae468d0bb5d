//! The sign-in page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::session::Session;
use crate::urls;

#[component]
pub fn LoginPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let error = move || session.login.value().get().and_then(Result::err).map(|error| error.to_string());
    view! {
        <Title text="Aanmelden – Vaardig"/>
        <section class="card narrow">
            <h1>"Aanmelden"</h1>
            <p class="muted">"Meld je aan met het e-mailadres en wachtwoord dat je van je centrum kreeg."</p>
            <ActionForm action=session.login attr:class="stack">
                <label>
                    "E-mailadres"
                    <input type="email" name="email" autocomplete="username" required/>
                </label>
                <label>
                    "Wachtwoord"
                    <input type="password" name="password" autocomplete="current-password" required/>
                </label>
                <button type="submit" disabled=move || session.login.pending().get()>
                    "Aanmelden"
                </button>
            </ActionForm>
            {move || error().map(|message| view! { <p class="error" role="alert">{message}</p> })}
            <p><a href=urls::forgot_password()>"Wachtwoord vergeten?"</a></p>
        </section>
    }
}
