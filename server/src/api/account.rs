//! `/api/v1` for passwords: a reset link by e-mail, choosing a password with a link, changing
//! one's own, and ending every session (see `app::server::services::credentials`).

use app::error::AppError;
use app::server::services::{auth, credentials};
use app::server::{auth as cookies, AppState};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{JsonBody, SignedIn};

#[derive(Deserialize)]
pub struct ResetRequest {
    email: String,
}

/// `POST /api/v1/password-resets` `{email}`: 202 whether or not the address has an account.
pub async fn request_reset(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<ResetRequest>,
) -> Result<StatusCode, AppError> {
    credentials::request_reset(&state, &body.email, state.clock.now()).await?;
    Ok(StatusCode::ACCEPTED)
}

#[derive(Deserialize)]
pub struct ChosenPassword {
    token: String,
    password: String,
}

/// `POST /api/v1/passwords` `{token, password}`: sets the password with a link; 409 when the
/// link is used, expired or unknown.
pub async fn choose(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<ChosenPassword>,
) -> Result<StatusCode, AppError> {
    credentials::choose_with_link(&state, &body.token, &body.password, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct LanguageChoice {
    locale: String,
}

/// `PUT /api/v1/me/language` `{locale}` (`nl`, `fr`, `en`): the language of the interface and
/// of the account's e-mails; sets the language cookie too.
pub async fn choose_language(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(body): JsonBody<LanguageChoice>,
) -> Result<Response, AppError> {
    let chosen = auth::choose_locale(&state, Some(&account), &body.locale).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    cookies::set_cookie(
        response.headers_mut(),
        app::i18n::language_cookie(chosen, state.settings.secure_cookies),
    );
    Ok(response)
}

#[derive(Deserialize)]
pub struct PasswordChange {
    current_password: String,
    new_password: String,
}

/// `PUT /api/v1/me/password` `{current_password, new_password}`: other sessions end.
pub async fn change(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    headers: HeaderMap,
    JsonBody(body): JsonBody<PasswordChange>,
) -> Result<StatusCode, AppError> {
    let token = cookies::session_token(&headers);
    let (current, new) = (&body.current_password, &body.new_password);
    credentials::change(&state, &account, token.as_deref(), current, new, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/me/sessions`: ends every session of the account, this one included.
pub async fn sign_out_everywhere(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
) -> Result<StatusCode, AppError> {
    credentials::sign_out_everywhere(&state, &account, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
