//! The sign-in page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::session::Session;
use crate::t;
use crate::urls;

#[component]
pub fn LoginPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let refused = refused_without_script();
    let error = move || {
        let refused_here = session.login.value().get().and_then(Result::err).map(|error| error.to_string());
        refused_here.or_else(|| refused.clone())
    };
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

/// The refusal of a sign-in posted without JavaScript: the server sent the browser back here with
/// it in the address. Only actions made under the routes read that by themselves, and the
/// session's sign-in action is made above them.
fn refused_without_script() -> Option<String> {
    use leptos::server::ServerActionError;
    use leptos::server_fn::{error::ServerFnUrlError, ServerFn};
    let refused = use_context::<ServerActionError>()?;
    let login = refused.path() == crate::api::session::Login::PATH;
    login.then(|| ServerFnUrlError::<crate::error::AppError>::decode_err(refused.err()).to_string())
}
