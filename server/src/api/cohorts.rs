//! `/api/v1/cohorts`: the cohorts an account works with and their readiness.

use app::dto::ImportOutcome;
use app::dto::{CohortReadiness, CohortView};
use app::error::AppError;
use app::server::services::enrolment;
use app::server::services::{cohorts, readiness};
use app::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::enrolment_csv::{check_students, parse_student_list, StudentInput};

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

#[derive(serde::Deserialize)]
pub struct DryRun {
    #[serde(default)]
    dry_run: bool,
}

/// `POST /api/v1/cohorts/{id}/enrolments[?dry_run=true]`: a student list as CSV (`text/csv`) or
/// as a JSON list of `{student_number, first_name, last_name, email}`.
pub async fn enrol(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<i64>,
    Query(options): Query<DryRun>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<ImportOutcome>, AppError> {
    let content_type =
        headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or_default();
    let list = if content_type.starts_with("application/json") {
        let students: Vec<StudentInput> = serde_json::from_slice(&body)
            .map_err(|error| AppError::Invalid(format!("Verwacht een JSON-lijst van studenten: {error}")))?;
        check_students(students.into_iter().enumerate().map(|(index, student)| (index + 1, Ok(student))))
    } else {
        let text = std::str::from_utf8(&body)
            .map_err(|_| AppError::Invalid("Het bestand is geen UTF-8-tekst.".into()))?;
        parse_student_list(text)
    };
    Ok(Json(enrolment::import(&state, &account, cohort_id, list, options.dry_run, chrono::Utc::now()).await?))
}
