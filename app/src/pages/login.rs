//! The sign-in page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::session::Session;
use crate::t;
use crate::urls;

#[component]
pub fn LoginPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let error = move || session.login.value().get().and_then(Result::err).map(|error| error.to_string());
    view! {
        <Title text=t!("common-page-title", page = t!("account-login-heading"))/>
        <section class="card narrow">
            <h1>{t!("account-login-heading")}</h1>
            <p class="muted">{t!("account-login-intro")}</p>
            <ActionForm action=session.login attr:class="stack">
                <label>
                    {t!("account-email-label")}
                    <input type="email" name="email" autocomplete="username" required/>
                </label>
                <label>
                    {t!("account-password-label")}
                    <input type="password" name="password" autocomplete="current-password" required/>
                </label>
                <button type="submit" disabled=move || session.login.pending().get()>
                    {t!("account-login-submit")}
                </button>
            </ActionForm>
            {move || error().map(|message| view! { <p class="error" role="alert">{message}</p> })}
            <p><a href=urls::forgot_password()>{t!("account-login-forgot")}</a></p>
        </section>
    }
}
