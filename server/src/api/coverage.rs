//! Credit across frameworks (EVC): `GET /students/{id}/coverage?framework=CODE`,
//! `POST /students/{id}/coverage/confirmations` and `GET /cohorts/{id}/coverage?framework=CODE`.

use app::dto::{CohortCoverage, ConfirmationInput, StudentCoverage};
use app::error::AppError;
use app::server::services::crosswalks;
use app::server::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use domain::{CohortId, DecisionId, FrameworkCode, StudentId};

use super::{JsonBody, SignedIn};

#[derive(serde::Deserialize)]
pub struct Target {
    framework: FrameworkCode,
}

/// A student's coverage of the framework, per competency.
pub async fn of_student(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student_id): Path<StudentId>,
    Query(target): Query<Target>,
) -> Result<Json<StudentCoverage>, AppError> {
    Ok(Json(crosswalks::of_student(&state, &account, student_id, &target.framework).await?))
}

/// An assessor confirms a related correspondence: 201 with the decisions recorded.
pub async fn confirm(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student_id): Path<StudentId>,
    JsonBody(input): JsonBody<ConfirmationInput>,
) -> Result<(StatusCode, Json<Vec<DecisionId>>), AppError> {
    let now = state.clock.now();
    let recorded =
        crosswalks::confirm(&state, &account, student_id, &input.framework, &input.link, now).await?;
    Ok((StatusCode::CREATED, Json(recorded)))
}

/// Every student of the cohort against the framework's competencies.
pub async fn of_cohort(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
    Query(target): Query<Target>,
) -> Result<Json<CohortCoverage>, AppError> {
    Ok(Json(crosswalks::of_cohort(&state, &account, cohort_id, &target.framework).await?))
}
