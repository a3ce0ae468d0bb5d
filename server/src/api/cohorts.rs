//! `/api/v1/cohorts`: the cohorts an account works with and their readiness.

use app::dto::ImportOutcome;
use app::dto::{CohortInput, CohortReadiness, CohortView};
use app::error::AppError;
use app::server::services::enrolment;
use app::server::services::{cohorts, readiness, report};
use app::server::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::enrolment_csv::{check_students, parse_student_list, StudentInput};

use super::{JsonBody, SignedIn};

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

/// `POST /api/v1/cohorts` `{name, framework, school_year, starts_on, ends_on}` → 201 `{id}`.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(input): JsonBody<CohortInput>,
) -> Result<(StatusCode, Json<serde_json::Value>), AppError> {
    let id = cohorts::create(&state, &account, &input, chrono::Utc::now()).await?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "id": id }))))
}

/// `POST /api/v1/cohorts/{id}/archive` → 204.
pub async fn archive(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<i64>,
) -> Result<StatusCode, AppError> {
    cohorts::archive(&state, &account, cohort_id, chrono::Utc::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/cohorts/{id}/assessors/{assessor_id}` → 204: assigns the assessor.
pub async fn assign(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path((cohort_id, assessor_id)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    cohorts::set_assessor(&state, &account, cohort_id, assessor_id, true, chrono::Utc::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/cohorts/{id}/assessors/{assessor_id}` → 204: the assessor leaves the cohort.
pub async fn unassign(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path((cohort_id, assessor_id)): Path<(i64, i64)>,
) -> Result<StatusCode, AppError> {
    cohorts::set_assessor(&state, &account, cohort_id, assessor_id, false, chrono::Utc::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(serde::Deserialize)]
pub struct Detail {
    #[serde(default)]
    detail: bool,
}

/// `GET /api/v1/cohorts/{id}/report.pdf[?detail=true]`: the readiness report as a PDF.
pub async fn report_pdf(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<i64>,
    Query(options): Query<Detail>,
) -> Result<Response, AppError> {
    let report = report::for_cohort(&state, &account, cohort_id, chrono::Utc::now()).await?;
    let mut response = report::to_pdf(&report, options.detail)?.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    let file_name = format!("attachment; filename=\"rapport-groep-{cohort_id}.pdf\"");
    if let Ok(value) = HeaderValue::from_str(&file_name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// `GET /api/v1/cohorts/{id}/readiness.xlsx`: the same as an Excel workbook.
pub async fn readiness_xlsx(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<i64>,
) -> Result<Response, AppError> {
    let overview = readiness::for_cohort(&state, &account, cohort_id).await?;
    let mut response = readiness::to_xlsx(&overview).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    );
    let file_name = format!("attachment; filename=\"gereedheid-groep-{cohort_id}.xlsx\"");
    if let Ok(value) = HeaderValue::from_str(&file_name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
