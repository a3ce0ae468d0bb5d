//! The JSON API under `/api/v1`, for integrations and tests. Handlers parse, call one service
//! and answer; errors are `{"error": {"code", "message"}}` with the matching status.

mod account;
mod assessment;
mod audit_log;
mod cohorts;
mod evidence;
mod progress;
mod session;
mod staff;
mod student_accounts;

use app::error::AppError;
use app::server::services::auth;
use app::server::storage::accounts::Account;
use app::server::{auth as cookies, AppState};
use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/session", post(session::create).delete(session::delete))
        .route("/me", get(session::me))
        .route("/me/password", put(account::change))
        .route("/me/sessions", axum::routing::delete(account::sign_out_everywhere))
        .route("/password-resets", post(account::request_reset))
        .route("/passwords", post(account::choose))
        // Uploads are streamed to disk and limited per file by the service, not buffered whole.
        .route("/evidence", post(evidence::create).layer(DefaultBodyLimit::disable()))
        .route("/evidence/{id}", get(evidence::show).delete(evidence::delete))
        .route("/evidence/{id}/skills", put(evidence::set_skills))
        .route("/evidence/{id}/file", get(evidence::file))
        .route("/evidence/{id}/thumbnail", get(evidence::thumbnail))
        .route("/students/{id}/progress", get(progress::show))
        .route("/submissions", post(progress::submit))
        .route("/submissions/withdraw", post(progress::withdraw))
        .route("/queue", get(assessment::queue))
        .route("/decisions", post(assessment::decide))
        .route("/students/{id}/awards", post(assessment::award))
        .route("/cohorts", get(cohorts::list).post(cohorts::create))
        .route("/cohorts/{id}/archive", post(cohorts::archive))
        .route("/cohorts/{id}/assessors/{assessor_id}", put(cohorts::assign).delete(cohorts::unassign))
        .route("/cohorts/{id}/readiness", get(cohorts::readiness))
        .route("/cohorts/{id}/readiness.csv", get(cohorts::readiness_csv))
        .route("/cohorts/{id}/readiness.xlsx", get(cohorts::readiness_xlsx))
        .route(
            "/cohorts/{id}/enrolments",
            post(cohorts::enrol).layer(DefaultBodyLimit::max(cohorts::LIST_LIMIT_BYTES)),
        )
        .route("/cohorts/{id}/report.pdf", get(cohorts::report_pdf))
        .route("/cohorts/{id}/invitation-letters.pdf", post(cohorts::invitation_letters))
        .route("/staff", get(staff::list).post(staff::create))
        .route("/staff/{id}/role", put(staff::change_role))
        .route("/staff/{id}/deactivate", post(staff::deactivate))
        .route("/staff/{id}/reactivate", post(staff::reactivate))
        .route("/students/{id}/account", get(student_accounts::show).put(student_accounts::edit))
        .route("/students/{id}/deactivate", post(student_accounts::deactivate))
        .route("/students/{id}/reactivate", post(student_accounts::reactivate))
        .route("/students/{id}/invitation", post(student_accounts::reinvite))
        .route("/audit-log", get(audit_log::page))
        // JSON requests are small: a decision on every skill of a module is a few KiB.
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT_BYTES))
}

/// The largest JSON request body; uploads and student lists have their own limits.
const JSON_BODY_LIMIT_BYTES: usize = 256 * 1024;

/// The signed-in account of a request; answers 401 when there is none.
pub struct SignedIn(pub Account);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = cookies::session_token(&parts.headers);
        auth::authenticate(state, token.as_deref(), state.clock.now()).await.map(SignedIn)
    }
}

/// A request body naming skills: `{"skill_ids": [...]}`.
#[derive(serde::Deserialize)]
pub struct SkillIds {
    pub skill_ids: Vec<domain::SkillId>,
}

/// Reads a JSON body, answering a clear 400 in our error shape when it is malformed.
pub struct JsonBody<T>(pub T);

impl<T, S> axum::extract::FromRequest<S> for JsonBody<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(JsonBody(value)),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(AppError::TooLarge(
                format!("De aanvraag is groter dan {} KiB.", JSON_BODY_LIMIT_BYTES / 1024),
            )),
            Err(rejection) => Err(AppError::Invalid(format!("Ongeldige JSON: {}", rejection.body_text()))),
        }
    }
}
