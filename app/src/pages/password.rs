//! Passwords without signing in: asking for a link ("wachtwoord vergeten") and choosing a
//! password with the link of an invitation or a reset.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::account::{ChoosePassword, RequestPasswordReset};
use crate::components::forms::{outcome, NewPasswordFields};
use crate::urls;

/// `/wachtwoord-vergeten`.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let request = ServerAction::<RequestPasswordReset>::new();
    let sent = "Als er een account met dit e-mailadres bestaat, krijg je zo een e-mail met een link om \
                een nieuw wachtwoord te kiezen. De link blijft 1 uur geldig.";
    view! {
        <Title text="Wachtwoord vergeten – Vaardig"/>
        <section class="card narrow">
            <h1>"Wachtwoord vergeten"</h1>
            <p class="muted">"Geef het e-mailadres waarmee je je aanmeldt; we mailen je een link."</p>
            <ActionForm action=request attr:class="stack">
                <label>
                    "E-mailadres"
                    <input type="email" name="email" autocomplete="username" required/>
                </label>
                <button type="submit" disabled=move || request.pending().get()>"Stuur de link"</button>
            </ActionForm>
            {move || outcome(request.value().get(), sent)}
            <p><a href=urls::login()>"Terug naar aanmelden"</a></p>
        </section>
    }
}

/// `/wachtwoord-kiezen/:token`: the page a mailed or printed link opens.
#[component]
pub fn ChoosePasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let choose = ServerAction::<ChoosePassword>::new();
    let done = move || matches!(choose.value().get(), Some(Ok(())));
    view! {
        <Title text="Wachtwoord kiezen – Vaardig"/>
        <section class="card narrow">
            <h1>"Kies je wachtwoord"</h1>
            <Show
                when=done
                fallback=move || {
                    view! {
                        <ActionForm action=choose attr:class="stack">
                            <input type="hidden" name="token" value=token/>
                            <NewPasswordFields/>
                            <button type="submit" disabled=move || choose.pending().get()>
                                "Wachtwoord instellen"
                            </button>
                        </ActionForm>
                        {move || outcome(choose.value().get(), "")}
                    }
                }
            >
                <p role="status">"Je wachtwoord is ingesteld."</p>
                <p><a href=urls::login()>"Meld je nu aan"</a></p>
            </Show>
        </section>
    }
}
