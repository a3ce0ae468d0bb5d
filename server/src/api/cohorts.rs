//! `/api/v1/cohorts`: the cohorts an account works with and their readiness.

use app::dto::{CohortInput, CohortReadiness, CohortVersionMove, CohortView};
use app::error::AppError;
use app::server::context::is_form_post_of;
use app::server::services::enrolment;
use app::server::services::{cohorts, invitation_letters, readiness, report, versions};
use app::server::AppState;
use app::{t, urls};
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use domain::enrolment_csv::{check_students, parse_student_list, StudentInput, StudentList};
use domain::{AccountId, CohortId};

use super::{refused_at, JsonBody, SignedIn};

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
    Path(cohort_id): Path<CohortId>,
) -> Result<Json<CohortReadiness>, AppError> {
    Ok(Json(readiness::for_cohort(&state, &account, cohort_id).await?))
}

/// `GET /api/v1/cohorts/{id}/readiness.csv`: the same, for Excel.
pub async fn readiness_csv(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
) -> Result<Response, AppError> {
    let overview = readiness::for_cohort(&state, &account, cohort_id).await?;
    let mut response = readiness::to_csv(&overview).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    let file_name = format!(
        "attachment; filename=\"{}.csv\"",
        t!("documents-file-readiness", cohort = cohort_id.to_string())
    );
    if let Ok(value) = HeaderValue::from_str(&file_name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// `?dry_run=true`: a preview. Any other parameter is refused, so a misspelt `dry_run` never
/// does the real thing.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DryRun {
    #[serde(default)]
    dry_run: bool,
}

/// `POST /api/v1/cohorts/{id}/enrolments[?dry_run=true]`: a student list as a CSV file (the body
/// itself, `text/csv`, or one file of a `multipart/form-data` form, as `curl -F` sends it) or as a
/// JSON list of `{student_number, first_name, last_name, email}`. Any other type: 415. A plain
/// form post from the cohort's page (JavaScript off) is always a preview: see [`keep_for_preview`].
pub async fn enrol(
    State(state): State<AppState>,
    signed_in: Result<SignedIn, AppError>,
    Path(cohort_id): Path<CohortId>,
    Query(options): Query<DryRun>,
    request: Request,
) -> Result<Response, AppError> {
    if is_form_post_of(request.headers()) {
        return Ok(keep_for_preview(&state, signed_in, cohort_id, request).await);
    }
    let SignedIn(account) = signed_in?;
    let list = student_list(request).await?;
    let outcome =
        enrolment::import(&state, &account, cohort_id, list, options.dry_run, state.clock.now()).await?;
    Ok(Json(outcome).into_response())
}

/// A plain form's list is kept, and the browser goes on to its preview on the cohort's page,
/// where the coordinator confirms it; or back to that page with the refusal (to the sign-in page
/// when the session has ended).
async fn keep_for_preview(
    state: &AppState,
    signed_in: Result<SignedIn, AppError>,
    cohort_id: CohortId,
    request: Request,
) -> Response {
    let kept = match signed_in {
        Err(AppError::Unauthenticated) => return Redirect::to(urls::login()).into_response(),
        Err(error) => Err(error),
        Ok(SignedIn(account)) => {
            enrolment::keep(state, &account, cohort_id, uploaded_file(request), state.clock.now()).await
        }
    };
    match kept {
        Ok(id) => Redirect::to(&urls::cohort_import_preview(cohort_id, id)).into_response(),
        Err(error) => {
            refused_at(&urls::enrolments(cohort_id), &urls::cohort(cohort_id), urls::home(), error, None)
        }
    }
}

/// Reads the student list a request carries, by its content type.
async fn student_list(request: Request) -> Result<StudentList, AppError> {
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_owned();
    match essence.as_str() {
        "application/json" => {
            let students: Vec<StudentInput> =
                serde_json::from_slice(&body(request).await?).map_err(|error| {
                    AppError::Invalid(t!("services-api-student-list-json", error = error.to_string()))
                })?;
            Ok(check_students(
                students.into_iter().enumerate().map(|(index, student)| (index + 1, Ok(student))),
            ))
        }
        "text/csv"
        | "text/plain"
        | "application/csv"
        | "application/vnd.ms-excel"
        | "application/octet-stream" => Ok(parse_student_list(&body(request).await?)),
        "multipart/form-data" => Ok(parse_student_list(&uploaded_file(request).await?)),
        _ => Err(AppError::UnsupportedMediaType(t!(
            "services-api-student-list-type",
            media = essence.as_str()
        ))),
    }
}

async fn body(request: Request) -> Result<Bytes, AppError> {
    Bytes::from_request(request, &()).await.map_err(body_error)
}

/// The first file of a multipart form: the list. A form without a file is refused.
async fn uploaded_file(request: Request) -> Result<Bytes, AppError> {
    let mut form = Multipart::from_request(request, &()).await.map_err(|rejection| {
        AppError::Invalid(t!("services-api-invalid-form", detail = rejection.body_text()))
    })?;
    while let Some(field) = form.next_field().await.map_err(|error| body_error(error.into_response()))? {
        // A browser's file picker left empty sends a part without a file name.
        if field.file_name().is_some_and(|name| !name.is_empty()) {
            return field.bytes().await.map_err(|error| body_error(error.into_response()));
        }
    }
    Err(AppError::Invalid(t!("services-api-form-without-file")))
}

/// A body that could not be read: too large (413) or broken (400).
fn body_error(rejection: impl IntoResponse) -> AppError {
    let response = rejection.into_response();
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        AppError::TooLarge(t!("services-api-list-too-large", mib = LIST_LIMIT_BYTES / (1024 * 1024)))
    } else {
        AppError::Invalid(t!("services-api-list-unreadable"))
    }
}

/// The largest student list accepted: about 40,000 lines.
pub const LIST_LIMIT_BYTES: usize = 2 * 1024 * 1024;

/// `POST /api/v1/cohorts` `{name, framework, school_year, starts_on, ends_on}` → 201 `{id}`.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(input): JsonBody<CohortInput>,
) -> Result<(StatusCode, Json<serde_json::Value>), AppError> {
    let id = cohorts::create(&state, &account, &input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "id": id }))))
}

/// The body of a move to another version.
#[derive(serde::Deserialize)]
pub struct VersionInput {
    version: u32,
}

/// `POST /api/v1/cohorts/{id}/framework-version[?dry_run=true]` `{version}` → 200: moves the
/// cohort to a newer version of its framework (or only previews the move), with what changes for
/// each student.
pub async fn move_version(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
    Query(options): Query<DryRun>,
    JsonBody(input): JsonBody<VersionInput>,
) -> Result<Json<CohortVersionMove>, AppError> {
    let moved =
        versions::move_cohort(&state, &account, cohort_id, input.version, options.dry_run, state.clock.now());
    Ok(Json(moved.await?))
}

/// `POST /api/v1/cohorts/{id}/archive` → 204.
pub async fn archive(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
) -> Result<StatusCode, AppError> {
    cohorts::archive(&state, &account, cohort_id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/cohorts/{id}/assessors/{assessor_id}` → 204: assigns the assessor.
pub async fn assign(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path((cohort_id, assessor_id)): Path<(CohortId, AccountId)>,
) -> Result<StatusCode, AppError> {
    cohorts::set_assessor(&state, &account, cohort_id, assessor_id, true, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/cohorts/{id}/assessors/{assessor_id}` → 204: the assessor leaves the cohort.
pub async fn unassign(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path((cohort_id, assessor_id)): Path<(CohortId, AccountId)>,
) -> Result<StatusCode, AppError> {
    cohorts::set_assessor(&state, &account, cohort_id, assessor_id, false, state.clock.now()).await?;
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
    Path(cohort_id): Path<CohortId>,
    Query(options): Query<Detail>,
) -> Result<Response, AppError> {
    let report = report::for_cohort(&state, &account, cohort_id, state.clock.now()).await?;
    Ok(pdf_attachment(
        report::to_pdf(&report, options.detail)?,
        &format!("{}.pdf", t!("documents-file-report", cohort = cohort_id.to_string())),
    ))
}

/// `POST /api/v1/cohorts/{id}/invitation-letters.pdf`: a letter per student still without a
/// password, each with a new invitation link (so a POST: printing makes links).
pub async fn invitation_letters(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
) -> Result<Response, AppError> {
    let letters = invitation_letters::for_cohort(&state, &account, cohort_id, state.clock.now()).await?;
    Ok(pdf_attachment(
        letters,
        &format!("{}.pdf", t!("documents-file-invitations", cohort = cohort_id.to_string())),
    ))
}

/// A PDF to download as `file_name`.
pub(super) fn pdf_attachment(bytes: Vec<u8>, file_name: &str) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// `GET /api/v1/cohorts/{id}/readiness.xlsx`: the same as an Excel workbook.
pub async fn readiness_xlsx(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(cohort_id): Path<CohortId>,
) -> Result<Response, AppError> {
    let overview = readiness::for_cohort(&state, &account, cohort_id).await?;
    let mut response = readiness::to_xlsx(&overview).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    );
    let file_name = format!(
        "attachment; filename=\"{}.xlsx\"",
        t!("documents-file-readiness", cohort = cohort_id.to_string())
    );
    if let Ok(value) = HeaderValue::from_str(&file_name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
