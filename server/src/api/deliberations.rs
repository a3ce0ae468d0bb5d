//! `/api/v1/cohorts/{id}/deliberation…` and `/api/v1/deliberations/{id}.pdf`: the delibererende
//! klassenraad (see `app::server::services::deliberations`).

use app::dto::{DeliberationInput, DeliberationList};
use app::error::AppError;
use app::server::services::deliberations;
use app::server::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::{CohortId, DeliberationId};

use super::cohorts::pdf_attachment;
use super::{JsonBody, SignedIn};

/// `GET /api/v1/cohorts/{id}/deliberation`: the students with units ready, earlier meetings.
pub async fn list(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
) -> Result<Json<DeliberationList>, AppError> {
    Ok(Json(deliberations::list(&state, &account, cohort_id, state.clock.now()).await?))
}

/// `POST /api/v1/cohorts/{id}/deliberations` `{held_on, members, outcomes}` → 201 `{id}`.
pub async fn record(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
    JsonBody(input): JsonBody<DeliberationInput>,
) -> Result<Response, AppError> {
    let id = deliberations::record(&state, &account, cohort_id, &input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "id": id }))).into_response())
}

/// `GET /api/v1/deliberations/{id}/record.pdf`: the meeting's record, for the archive.
pub async fn pdf(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<DeliberationId>,
) -> Result<Response, AppError> {
    let bytes = deliberations::pdf(&state, &account, id, state.clock.now()).await?;
    Ok(pdf_attachment(bytes, &format!("{}.pdf", app::t!("documents-file-council", id = id.to_string()))))
}
