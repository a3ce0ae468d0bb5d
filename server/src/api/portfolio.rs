//! `GET /api/v1/students/{id}/portfolio.zip`: a student's whole portfolio as one archive,
//! streamed as it is written (see `app::server::services::portfolio_export`).

use app::error::AppError;
use app::server::services::portfolio_export;
use app::server::AppState;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use domain::StudentId;

use super::evidence::disposition_header;
use super::SignedIn;

/// `GET /api/v1/students/{id}/portfolio.zip` → 200 `application/zip`, as an attachment.
pub async fn export(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student_id): Path<StudentId>,
) -> Result<Response, AppError> {
    let (name, stream) = portfolio_export::download(&state, &account, student_id, state.clock.now()).await?;
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/zip"));
    headers.insert(header::CONTENT_DISPOSITION, disposition_header("attachment", &name));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}
