//! Signing in and out from the pages.

use leptos::prelude::*;

use super::TextJson;
use crate::dto::UserView;
use crate::error::AppError;

/// The signed-in account, or `None` for a visitor.
#[server(output = TextJson)]
pub async fn current_user() -> Result<Option<UserView>, AppError> {
    use crate::server::context::{respond, signed_in};
    match signed_in().await {
        Ok(account) => Ok(Some(account.into())),
        Err(AppError::Unauthenticated) => Ok(None),
        Err(error) => respond(Err(error)),
    }
}

/// Signs in and sends the browser to its home page.
#[server(output = TextJson)]
pub async fn login(email: String, password: String) -> Result<UserView, AppError> {
    use crate::server::context::{as_visitor, client_address};
    use crate::server::{auth, services};
    as_visitor(async |state, now| {
        let address = client_address().await?;
        let signed_in = services::auth::login(state, &email, &password, &address.0, now).await?;
        let response = expect_response_options()?;
        let secure = state.settings.secure_cookies;
        response.append_header(
            http::header::SET_COOKIE,
            auth::session_cookie(&signed_in.token, signed_in.lifetime_seconds, secure),
        );
        response
            .append_header(http::header::SET_COOKIE, crate::i18n::language_cookie(signed_in.locale, secure));
        leptos_axum::redirect("/");
        Ok(signed_in.user)
    })
    .await
}

/// Signs out and sends the browser to the sign-in page.
#[server(output = TextJson)]
pub async fn logout() -> Result<(), AppError> {
    use crate::server::context::{as_visitor, request_headers};
    use crate::server::{auth, services};
    as_visitor(async |state, _| {
        let headers = request_headers().await?;
        services::auth::logout(state, auth::session_token(&headers).as_deref()).await?;
        expect_response_options()?.insert_header(
            http::header::SET_COOKIE,
            auth::cleared_session_cookie(state.settings.secure_cookies),
        );
        leptos_axum::redirect("/aanmelden");
        Ok(())
    })
    .await
}

#[cfg(feature = "ssr")]
fn expect_response_options() -> Result<leptos_axum::ResponseOptions, AppError> {
    use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)
}
