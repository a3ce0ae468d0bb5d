//! `/api/v1/students/{id}/…`: coordinators look after a student's account: details, deactivation
//! and reactivation, a new invitation (see `app::server::services::student_accounts`).

use app::dto::{ManagedAccountView, StudentDetailsInput};
use app::error::AppError;
use app::server::services::{privacy, student_accounts};
use app::server::AppState;
use axum::extract::{Path, State};
use axum::Json;
use domain::{AccountId, StudentId};

use super::{JsonBody, SignedIn};

/// `GET /api/v1/students/{id}/account`.
pub async fn show(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(student_accounts::show(&state, &account, id).await?))
}

/// `PUT /api/v1/students/{id}/account` `{name, email, student_number}`.
pub async fn edit(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
    JsonBody(input): JsonBody<StudentDetailsInput>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(student_accounts::edit(&state, &account, id, &input, state.clock.now()).await?))
}

/// `POST /api/v1/students/{id}/deactivate`.
pub async fn deactivate(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(student_accounts::set_active(&state, &account, id, false, state.clock.now()).await?))
}

/// `POST /api/v1/students/{id}/reactivate`.
pub async fn reactivate(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(student_accounts::set_active(&state, &account, id, true, state.clock.now()).await?))
}

/// `POST /api/v1/students/{id}/invitation`: a new invitation; 409 once a password was chosen.
pub async fn reinvite(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(student_accounts::reinvite(&state, &account, id, state.clock.now()).await?))
}

/// `POST /api/v1/students/{id}/erase` → 200 `{"pseudonym"}`: a former student's personal data
/// erased (GDPR); 409 while the student follows a running cohort or when erased before.
pub async fn erase(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<StudentId>,
) -> Result<Json<serde_json::Value>, AppError> {
    let pseudonym = privacy::erase(&state, &account, id, state.clock.now()).await?;
    Ok(Json(serde_json::json!({ "pseudonym": pseudonym })))
}
