//! Passwords from the pages: asking for a reset link, choosing a password with a link, changing
//! one's own, and signing out everywhere (see `server::services::credentials`).

use leptos::prelude::*;

use super::TextJson;
use crate::error::AppError;

/// "Wachtwoord vergeten": mails a link when the address has an account; answers the same
/// either way.
#[server(output = TextJson)]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use crate::server::context::{after_form_post, as_visitor};
    use crate::server::services::credentials;
    as_visitor(async |state, now| credentials::request_reset(state, &email, now).await).await?;
    after_form_post(&crate::urls::reset_requested());
    Ok(())
}

/// Chooses a password with the link of an invitation or a reset; `repeat` must match.
#[server(output = TextJson)]
pub async fn choose_password(token: String, password: String, repeat: String) -> Result<(), AppError> {
    use crate::server::context::as_visitor;
    use crate::server::services::credentials;
    as_visitor(async |state, now| {
        same_twice(&password, &repeat)?;
        credentials::choose_with_link(state, &token, &password, now).await
    })
    .await
}

/// Changes the signed-in account's password; its other sessions end.
#[server(output = TextJson)]
pub async fn change_password(current: String, password: String, repeat: String) -> Result<(), AppError> {
    use crate::server::context::{as_signed_in, request_headers};
    use crate::server::{auth, services::credentials};
    as_signed_in(async |state, account, now| {
        same_twice(&password, &repeat)?;
        let token = auth::session_token(&request_headers().await?);
        credentials::change(state, account, token.as_deref(), &current, &password, now).await
    })
    .await
}

/// Ends every session of the signed-in account and sends the browser to the sign-in page.
#[server(output = TextJson)]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::credentials;
    as_signed_in(async |state, account, now| {
        credentials::sign_out_everywhere(state, account, now).await?;
        leptos_axum::redirect(crate::urls::login());
        Ok(())
    })
    .await
}

/// Chooses the language of the interface (`nl`, `fr`, `en`): kept in a cookie, and on the account
/// when someone is signed in. Sends the browser back to `back`, a path on this site, so the page
/// loads again in the new language.
#[server(output = TextJson)]
pub async fn choose_language(locale: String, back: String) -> Result<(), AppError> {
    use crate::i18n::language_cookie;
    use crate::server::context::{as_visitor, signed_in};
    use crate::server::services::auth;
    as_visitor(async |state, _| {
        let account = match signed_in().await {
            Ok(account) => Some(account),
            Err(AppError::Unauthenticated) => None,
            Err(error) => return Err(error),
        };
        let chosen = auth::choose_locale(state, account.as_ref(), &locale).await?;
        let response = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
        response
            .append_header(http::header::SET_COOKIE, language_cookie(chosen, state.settings.secure_cookies));
        leptos_axum::redirect(local_path(&back));
        Ok(())
    })
    .await
}

/// `path` when it is a path on this site, else the home page: never a redirect elsewhere
/// (`//host`, `/\\host` and full addresses leave the site).
#[cfg(feature = "ssr")]
fn local_path(path: &str) -> &str {
    let local = path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\");
    if local && !path.chars().any(char::is_control) {
        path
    } else {
        crate::urls::home()
    }
}

/// A new password typed twice must be typed the same.
#[cfg(feature = "ssr")]
fn same_twice(password: &str, repeat: &str) -> Result<(), AppError> {
    use crate::t;
    if password == repeat {
        Ok(())
    } else {
        Err(AppError::Invalid(t!("server-passwords-differ")))
    }
}
