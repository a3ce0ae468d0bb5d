//! `/api/v1/session` and `/api/v1/me`: signing in and out, and who is signed in.

use app::dto::UserView;
use app::error::AppError;
use app::server::context::ClientAddress;
use app::server::services::auth;
use app::server::{auth as cookies, AppState};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;

use super::{JsonBody, SignedIn};

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

/// `POST /api/v1/session` `{email, password}`: sets the session cookie and answers the account.
pub async fn create(
    State(state): State<AppState>,
    Extension(address): Extension<ClientAddress>,
    JsonBody(credentials): JsonBody<Credentials>,
) -> Result<Response, AppError> {
    let (email, password) = (&credentials.email, &credentials.password);
    let signed_in = auth::login(&state, email, password, &address.0, state.clock.now()).await?;
    let mut response = Json(signed_in.user).into_response();
    let secure = state.settings.secure_cookies;
    let headers = response.headers_mut();
    cookies::set_cookie(
        headers,
        cookies::session_cookie(&signed_in.token, signed_in.lifetime_seconds, secure),
    );
    cookies::set_cookie(headers, app::i18n::language_cookie(signed_in.locale, secure));
    Ok(response)
}

/// `DELETE /api/v1/session`: ends the session and clears the cookie.
pub async fn delete(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    auth::logout(&state, cookies::session_token(&headers).as_deref()).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    cookies::set_cookie(
        response.headers_mut(),
        cookies::cleared_session_cookie(state.settings.secure_cookies),
    );
    Ok(response)
}

/// `GET /api/v1/me`: the signed-in account.
pub async fn me(SignedIn(account): SignedIn) -> Json<UserView> {
    Json(account.into())
}
