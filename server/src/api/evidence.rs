//! `/api/v1/evidence`: uploading, reading, linking and deleting evidence items.
//!
//! Uploads are `multipart/form-data`: first a `meta` part (JSON, see [`EvidenceInput`]), then
//! any number of `file` parts. This module only reads that form; what is kept and what refused
//! is decided by [`upload`].

use app::dto::{EvidenceInput, EvidenceView};
use app::error::AppError;
use app::server::services::evidence::{self, FileToServe, MediaType};
use app::server::services::upload::{self, NamedFile, UploadForm};
use app::server::AppState;
use app::t;
use axum::body::Body;
use axum::extract::multipart::{Field, MultipartError, MultipartRejection};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::EvidenceId;
use futures::stream::{MapErr, TryStreamExt};

use super::{JsonBody, SignedIn, SkillIds};

/// The `meta` part is a small JSON document; anything bigger is not one.
const MAX_META_BYTES: usize = 256 * 1024;

/// `POST /api/v1/evidence` → 201 `{items, refused}`.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let form = MultipartForm(multipart.map_err(|rejection| AppError::Invalid(rejection.body_text())));
    let outcome = upload::upload(&state, &account, form, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(outcome)).into_response())
}

/// A multipart body as an upload: its `meta` part, then its `file` parts. A body that is not
/// multipart is refused when the form is first read, after the service checked who uploads.
struct MultipartForm(Result<Multipart, AppError>);

impl MultipartForm {
    fn multipart(&mut self) -> Result<&mut Multipart, AppError> {
        self.0.as_mut().map_err(|error| error.clone())
    }
}

type FileBytes<'a> = MapErr<Field<'a>, fn(MultipartError) -> AppError>;

impl UploadForm for MultipartForm {
    type Bytes<'a> = FileBytes<'a>;

    async fn details(&mut self) -> Result<EvidenceInput, AppError> {
        let meta = self
            .multipart()?
            .next_field()
            .await
            .map_err(broken)?
            .ok_or_else(|| AppError::Invalid(t!("services-api-form-empty")))?;
        if meta.name() != Some("meta") {
            return Err(AppError::Invalid(t!("services-api-form-meta-first")));
        }
        read_meta(meta).await
    }

    async fn next_file(&mut self) -> Result<Option<NamedFile<FileBytes<'_>>>, AppError> {
        let Some(field) = self.multipart()?.next_field().await.map_err(broken)? else {
            return Ok(None);
        };
        if field.name() != Some("file") {
            let name: String = field.name().unwrap_or_default().chars().take(40).collect();
            return Err(AppError::Invalid(t!("services-api-form-unknown-part", name = name)));
        }
        let file_name = field.file_name().unwrap_or_default().to_owned();
        Ok(Some(NamedFile { file_name, bytes: field.map_err(broken as fn(MultipartError) -> AppError) }))
    }
}

async fn read_meta(mut meta: Field<'_>) -> Result<EvidenceInput, AppError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = meta.chunk().await.map_err(broken)? {
        if bytes.len() + chunk.len() > MAX_META_BYTES {
            return Err(AppError::TooLarge(t!("services-api-meta-too-large")));
        }
        bytes.extend_from_slice(&chunk);
    }
    serde_json::from_slice(&bytes)
        .map_err(|error| AppError::Invalid(t!("services-api-meta-invalid", error = error.to_string())))
}

fn broken(error: MultipartError) -> AppError {
    AppError::Invalid(t!("services-api-form-broken", detail = error.body_text()))
}

/// `GET /api/v1/evidence/{id}`.
pub async fn show(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<EvidenceId>,
) -> Result<Json<EvidenceView>, AppError> {
    Ok(Json(evidence::view(&state, &account, id).await?))
}

/// `DELETE /api/v1/evidence/{id}` → 204.
pub async fn delete(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<EvidenceId>,
) -> Result<StatusCode, AppError> {
    evidence::delete(&state, &account, id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/evidence/{id}/skills` `{skill_ids}`: replaces the linked skills.
pub async fn set_skills(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<EvidenceId>,
    JsonBody(body): JsonBody<SkillIds>,
) -> Result<Json<EvidenceView>, AppError> {
    Ok(Json(evidence::set_skills(&state, &account, id, &body.skill_ids, state.clock.now()).await?))
}

/// `GET /api/v1/evidence/{id}/file`: the file itself.
pub async fn file(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<EvidenceId>,
) -> Result<Response, AppError> {
    serve(&state, &account, id, false).await
}

/// `GET /api/v1/evidence/{id}/thumbnail`: a small JPEG of a picture.
pub async fn thumbnail(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<EvidenceId>,
) -> Result<Response, AppError> {
    serve(&state, &account, id, true).await
}

async fn serve(
    state: &AppState,
    account: &app::server::storage::accounts::Account,
    id: EvidenceId,
    thumbnail: bool,
) -> Result<Response, AppError> {
    let (content, what) = evidence::open_file(state, account, id, thumbnail).await?;
    let mut response = Body::from_stream(content.bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(what.media.mime()));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(content.size));
    headers.insert(header::CONTENT_DISPOSITION, content_disposition(&what));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(content_security_policy(what.media)),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=3600"));
    Ok(response)
}

/// Nothing a student uploads may run script or load anything. Chromium will not show a PDF in
/// a sandboxed document, so PDFs get the same policy without the sandbox (their viewer runs no
/// page script).
fn content_security_policy(media: MediaType) -> &'static str {
    if media == MediaType::Pdf {
        "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'"
    } else {
        "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
    }
}

/// `inline` for what a browser shows safely, else `attachment`; the name in ASCII and in UTF-8.
fn content_disposition(what: &FileToServe) -> HeaderValue {
    let disposition = if what.media.opens_inline() { "inline" } else { "attachment" };
    disposition_header(disposition, &what.name)
}

/// `Content-Disposition: DISPOSITION` with the file's name in ASCII and in UTF-8 (RFC 6266).
pub(super) fn disposition_header(disposition: &str, name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (byte as char).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect();
    HeaderValue::from_str(&format!("{disposition}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"))
        .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn disposition(name: &str, media: MediaType) -> String {
        let what = FileToServe { sha256: String::new(), media, name: name.into() };
        content_disposition(&what).to_str().unwrap().to_owned()
    }

    #[test]
    fn pictures_open_inline_and_archives_download() {
        assert!(disposition("foto.jpg", MediaType::Jpeg).starts_with("inline;"));
        assert!(disposition("map.zip", MediaType::Zip).starts_with("attachment;"));
    }

    #[test]
    fn file_names_are_sent_in_ascii_and_in_utf8() {
        assert_eq!(
            disposition("één \"verslag\".pdf", MediaType::Pdf),
            "inline; filename=\"__n _verslag_.pdf\"; filename*=UTF-8''%C3%A9%C3%A9n%20%22verslag%22.pdf"
        );
    }

    #[test]
    fn only_pdfs_go_without_the_sandbox() {
        assert!(!content_security_policy(MediaType::Pdf).contains("sandbox"));
        assert!(content_security_policy(MediaType::Text).ends_with("sandbox"));
        assert!(content_security_policy(MediaType::Png).contains("default-src 'none'"));
    }
}
