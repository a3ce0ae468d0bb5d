//! `/api/v1/cohorts`: the cohorts an account works with and their readiness.

use app::dto::{CohortReadiness, CohortView};
use app::error::AppError;
use app::server::services::{cohorts, readiness};
use app::server::AppState;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::SignedIn;

/// `GET /api/v1/cohorts`.
pub async fn list(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
) -> Result<Json<Vec<CohortView>>, AppError> {
    Ok(Json(cohorts::visible(&state.db, &account).await?))
}

/// `GET /api/v1/cohorts/{id}/readiness`: every student against every unit.
pub async fn readiness(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<i64>,
) -> Result<Json<CohortReadiness>, AppError> {
    Ok(Json(readiness::for_cohort(&state, &account, cohort_id).await?))
}

/// `GET /api/v1/cohorts/{id}/readiness.csv`: the same, for Excel.
pub async fn readiness_csv(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<i64>,
) -> Result<Response, AppError> {
    let overview = readiness::for_cohort(&state, &account, cohort_id).await?;
    let mut response = readiness::to_csv(&overview).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    let file_name = format!("attachment; filename=\"gereedheid-groep-{cohort_id}.csv\"");
    if let Ok(value) = HeaderValue::from_str(&file_name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
