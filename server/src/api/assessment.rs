//! `/api/v1/decisions`, `/api/v1/queue` and `/api/v1/students/{id}/awards`: the assessors' work.

use app::dto::{AwardInput, DecisionInput, QueueEntry, RecordedDecision};
use app::error::AppError;
use app::server::services::assessment::{self, QueueFilter};
use app::server::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use domain::{DecisionId, StudentId};

use super::{JsonBody, SignedIn};

/// `POST /api/v1/decisions` → 201 with the recorded rows.
pub async fn decide(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(input): JsonBody<DecisionInput>,
) -> Result<(StatusCode, Json<Vec<RecordedDecision>>), AppError> {
    let recorded = assessment::decide(&state, &account, &input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(recorded)))
}

/// `POST /api/v1/decisions/{id}/undo` → 204: the assessor undoes their decision recorded by
/// mistake, within minutes; 409 with the reason when it may not be undone.
pub async fn undo(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(decision_id): Path<DecisionId>,
) -> Result<StatusCode, AppError> {
    assessment::undo(&state, &account, decision_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /api/v1/queue?cohort=&unit=&student=`: submitted skills, oldest first.
pub async fn queue(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Query(filter): Query<QueueFilter>,
) -> Result<Json<Vec<QueueEntry>>, AppError> {
    Ok(Json(assessment::queue(&state, &account, &filter).await?))
}

/// `POST /api/v1/students/{id}/awards` `{unit_code}` → 201, or 409 with the missing skills.
pub async fn award(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student_id): Path<StudentId>,
    JsonBody(input): JsonBody<AwardInput>,
) -> Result<StatusCode, AppError> {
    assessment::award(&state, &account, student_id, &input, state.clock.now()).await?;
    Ok(StatusCode::CREATED)
}
