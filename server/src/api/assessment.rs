//! `/api/v1/decisions`, `/api/v1/queue`, the grid and `/api/v1/students/{id}/awards`: the
//! assessors' work.

use app::dto::{AssessmentGrid, AwardInput, DecisionInput, GridDecisionInput, QueueEntry, RecordedDecision};
use app::error::AppError;
use app::server::services::assessment::{self, QueueFilter};
use app::server::services::grid;
use app::server::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use domain::{CohortId, DecisionId, StudentId, UnitCode};

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

/// The unit a grid shows (`?unit=M IT 020`).
#[derive(Debug, serde::Deserialize)]
pub struct GridQuery {
    unit: String,
}

/// `GET /api/v1/cohorts/{id}/grid?unit=`: the assessment grid of one unit for the cohort.
pub async fn grid(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
    Query(query): Query<GridQuery>,
) -> Result<Json<AssessmentGrid>, AppError> {
    Ok(Json(grid::grid(&state, &account, cohort_id, &UnitCode::new(query.unit)).await?))
}

/// `POST /api/v1/grid-decisions` → 201 with `{"recorded": n}`: the marked cells of a grid,
/// recorded in one transaction or not at all.
pub async fn decide_grid(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(input): JsonBody<GridDecisionInput>,
) -> Result<(StatusCode, Json<serde_json::Value>), AppError> {
    let recorded = grid::decide(&state, &account, &input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "recorded": recorded }))))
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
