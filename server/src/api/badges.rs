//! Open Badges 3.0 over the API (see `app::server::services::badges`): the issuer's profile and
//! key and the status list, open to everyone; a student's credentials and their QR codes; the
//! check of a credential; a coordinator's withdrawal of an award.

use app::dto::{CredentialCheck, WithdrawalInput};
use app::error::AppError;
use app::server::services::badges;
use app::server::storage::accounts::Account;
use app::server::storage::badges::StoredCredential;
use app::server::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{FrameworkCode, StudentId, UnitCode};
use serde::Deserialize;
use serde_json::Value;

use super::evidence::disposition_header;
use super::{JsonBody, SignedIn};

/// `GET /api/v1/issuer`: the centre's Open Badges profile.
pub async fn profile(State(state): State<AppState>) -> Json<Value> {
    Json(badges::profile(&state.settings))
}

/// `GET /api/v1/issuer/jwks.json`: the public key credentials are signed with.
pub async fn jwks(State(state): State<AppState>) -> Result<Json<Value>, AppError> {
    Ok(Json(badges::jwks(&state).await?))
}

/// `GET /api/v1/credentials/status`: the revocation status list (a signed credential).
pub async fn status_list(State(state): State<AppState>) -> Result<Response, AppError> {
    Ok(vc_jwt(badges::status_list(&state, state.clock.now()).await?))
}

/// `GET /api/v1/credentials/{public_id}`: an issued credential, as its link names it.
pub async fn show(
    State(state): State<AppState>,
    Path(public_id): Path<String>,
) -> Result<Response, AppError> {
    Ok(vc_jwt(badges::by_public_id(&state, &public_id).await?))
}

/// `POST /api/v1/credentials/verify` with the credential (compact JWS) as the body.
pub async fn verify(State(state): State<AppState>, body: String) -> Result<Json<CredentialCheck>, AppError> {
    Ok(Json(badges::check(&state, &body).await?))
}

/// Which credential of a student: a unit's deelcertificaat, or without `unit` the certificaat.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Which {
    framework: FrameworkCode,
    #[serde(default)]
    unit: Option<UnitCode>,
}

impl Which {
    /// The student's credential, issued on first use.
    async fn issued(
        &self,
        state: &AppState,
        account: &Account,
        student: StudentId,
    ) -> Result<StoredCredential, AppError> {
        badges::credential(state, account, student, &self.framework, self.unit.as_ref(), state.clock.now())
            .await
    }
}

/// `GET /api/v1/students/{id}/credential.jwt?framework=CODE[&unit=CODE]`: the credential,
/// issued on first use, as a file.
pub async fn download(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student): Path<StudentId>,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let issued = which.issued(&state, &account, student).await?;
    let name = match &which.unit {
        Some(unit) => format!("deelcertificaat-{}.jwt", unit.slug()),
        None => format!("certificaat-{}.jwt", which.framework),
    };
    let mut response = vc_jwt(issued.jwt);
    response.headers_mut().insert(header::CONTENT_DISPOSITION, disposition_header("attachment", &name));
    Ok(response)
}

/// `GET /api/v1/students/{id}/credential.svg?framework=CODE[&unit=CODE]`: the QR code of the
/// credential's verification link.
pub async fn qr_code(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student): Path<StudentId>,
    Query(which): Query<Which>,
) -> Result<Response, AppError> {
    let issued = which.issued(&state, &account, student).await?;
    let svg = badges::qr_svg(&state.settings, &issued)?;
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}

/// `POST /api/v1/students/{id}/award-withdrawals` `{framework, unit_code, reason}` → 204.
pub async fn withdraw(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student): Path<StudentId>,
    JsonBody(input): JsonBody<WithdrawalInput>,
) -> Result<StatusCode, AppError> {
    badges::withdraw(&state, &account, student, &input, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn vc_jwt(jwt: String) -> Response {
    let mut response = jwt.into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/vc+jwt"));
    response
}
