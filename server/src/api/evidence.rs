//! `/api/v1/evidence`: uploading, reading, linking and deleting evidence items.
//!
//! Uploads are `multipart/form-data`: first a `meta` part (JSON, see [`EvidenceInput`]), then
//! any number of `file` parts. Each file is streamed to the blob store as it arrives, checked
//! against the size limit and recognised from its first bytes; a refused file is reported and
//! the others go on. A broken body refuses the whole request and leaves nothing behind.

use app::dto::{EvidenceInput, EvidenceView, RefusedFile, UploadOutcome};
use app::error::AppError;
use app::server::blobs::media::{self, MediaType};
use app::server::blobs::{BlobStore, StoredBlob};
use app::server::services::evidence::{self, FileToServe, ReceivedFile};
use app::server::text_files::{self, TextRefusal};
use app::server::AppState;
use axum::body::Body;
use axum::extract::multipart::{Field, MultipartError, MultipartRejection};
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::evidence::sanitise_file_name;
use domain::text::TextError;

use super::{JsonBody, SignedIn, SkillIds};

/// The `meta` part is a small JSON document; anything bigger is not one.
const MAX_META_BYTES: usize = 256 * 1024;
/// Files per request: enough for a day's photos, and a bound on what one request can cost and
/// on the size of its answer (one line per refused file). A form with more parts is refused as
/// a whole as soon as the next part starts.
const MAX_FILES: usize = 20;
/// Names under which people save text; a file so named that is not text is refused as such.
const TEXT_EXTENSIONS: [&str; 6] = ["txt", "text", "csv", "tsv", "md", "log"];

/// `POST /api/v1/evidence` → 201 `{items, refused}`.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    // Refuse before reading the body: nobody else's upload is written to disk.
    evidence::ensure_can_upload(&account)?;
    let mut multipart = multipart.map_err(|rejection| AppError::Invalid(rejection.body_text()))?;
    let mut received = Vec::new();
    let mut refused = Vec::new();
    let input = match receive(&state, &mut multipart, &mut received, &mut refused).await {
        Ok(input) => input,
        Err(error) => {
            let blobs: Vec<StoredBlob> = received.into_iter().map(|file| file.blob).collect();
            evidence::discard_unrecorded(&state, &blobs).await;
            return Err(error);
        }
    };
    if received.is_empty() && !refused.is_empty() {
        // Nothing to keep: the request fails as its first file did.
        return Err(refused.swap_remove(0).1);
    }
    let items = evidence::create(&state, &account, input, received, chrono::Utc::now()).await?;
    let refused = refused
        .into_iter()
        .map(|(file_name, error)| RefusedFile {
            file_name,
            code: error.code().to_owned(),
            message: error.to_string(),
        })
        .collect();
    Ok((StatusCode::CREATED, Json(UploadOutcome { items, refused })).into_response())
}

/// Reads the `meta` part and stores every `file` part, collecting what was stored and what was
/// refused (by file name).
async fn receive(
    state: &AppState,
    multipart: &mut Multipart,
    received: &mut Vec<ReceivedFile>,
    refused: &mut Vec<(String, AppError)>,
) -> Result<EvidenceInput, AppError> {
    let meta =
        multipart.next_field().await.map_err(broken)?.ok_or_else(|| {
            AppError::Invalid("Het formulier is leeg: verwacht eerst een deel 'meta'.".into())
        })?;
    if meta.name() != Some("meta") {
        return Err(AppError::Invalid("Het eerste deel van het formulier moet 'meta' (JSON) zijn.".into()));
    }
    let input = read_meta(meta).await?;
    let store = &state.blobs;
    while let Some(field) = multipart.next_field().await.map_err(broken)? {
        if field.name() != Some("file") {
            let name: String = field.name().unwrap_or_default().chars().take(40).collect();
            return Err(AppError::Invalid(format!(
                "Onbekend deel '{name}' in het formulier; verwacht 'file'."
            )));
        }
        if received.len() + refused.len() >= MAX_FILES {
            return Err(AppError::TooLarge(format!(
                "Hoogstens {MAX_FILES} bestanden per keer; er werd niets bewaard. Verdeel de bestanden over \
                 meerdere keren."
            )));
        }
        let file_name = sanitise_file_name(field.file_name().unwrap_or_default());
        match receive_file(store, field, state.settings.max_upload_bytes, &file_name).await? {
            Ok((blob, media)) => received.push(ReceivedFile { blob, media, file_name }),
            Err(refusal) => refused.push((file_name, refusal)),
        }
    }
    Ok(input)
}

async fn read_meta(mut meta: Field<'_>) -> Result<EvidenceInput, AppError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = meta.chunk().await.map_err(broken)? {
        if bytes.len() + chunk.len() > MAX_META_BYTES {
            return Err(AppError::TooLarge("Het deel 'meta' is te groot.".into()));
        }
        bytes.extend_from_slice(&chunk);
    }
    serde_json::from_slice(&bytes)
        .map_err(|error| AppError::Invalid(format!("Het deel 'meta' is ongeldig: {error}")))
}

/// Streams one file into the store. The outer error aborts the request (broken body, disk
/// failure); the inner one refuses just this file.
async fn receive_file(
    store: &BlobStore,
    mut field: Field<'_>,
    limit: u64,
    file_name: &str,
) -> Result<Result<(StoredBlob, MediaType), AppError>, AppError> {
    let mut writer = store.writer().await?;
    let mut media = None;
    while let Some(chunk) = field.chunk().await.map_err(broken)? {
        if writer.size() + chunk.len() as u64 > limit {
            return Ok(Err(too_large(file_name, limit)));
        }
        writer.write(&chunk).await?;
        if media.is_none() && writer.head().len() >= media::SNIFF_LEN {
            match media::detect(writer.head(), false) {
                Some(detected) => media = Some(detected),
                None => return Ok(Err(unsupported(file_name, writer.head(), writer.size()))),
            }
        }
    }
    let Some(media) = media.or_else(|| media::detect(writer.head(), true)) else {
        return Ok(Err(unsupported(file_name, writer.head(), writer.size())));
    };
    if media != MediaType::Text {
        return Ok(Ok((writer.commit().await?, media)));
    }
    let head = writer.head().to_vec();
    let blob = writer.commit().await?;
    Ok(text_files::store_as_utf8(store, blob, &head)
        .await?
        .map(|blob| (blob, media))
        .map_err(|refusal| not_kept_as_text(file_name, &refusal)))
}

fn broken(error: MultipartError) -> AppError {
    AppError::Invalid(format!("Het formulier kwam onvolledig of verminkt aan ({}).", error.body_text()))
}

fn too_large(file_name: &str, limit: u64) -> AppError {
    AppError::TooLarge(format!(
        "'{file_name}' is te groot: hoogstens {} MiB per bestand.",
        limit / (1024 * 1024)
    ))
}

/// Why a file of no accepted kind is refused: an empty file is empty; a file that announces
/// text (by its byte order mark, or by a name like `.txt`) is told why it is not text; any
/// other gets the list of accepted kinds.
fn unsupported(file_name: &str, head: &[u8], size: u64) -> AppError {
    if size == 0 {
        return AppError::Invalid(format!("'{file_name}' is leeg."));
    }
    let named_as_text = file_name
        .rsplit_once('.')
        .is_some_and(|(_, extension)| TEXT_EXTENSIONS.contains(&extension.to_lowercase().as_str()));
    match media::text_problem(head, size <= head.len() as u64) {
        Some(problem @ TextError::Malformed(_)) => not_kept_as_text(file_name, &problem.into()),
        Some(problem) if named_as_text => not_kept_as_text(file_name, &problem.into()),
        _ => not_accepted(file_name),
    }
}

fn not_kept_as_text(file_name: &str, refusal: &TextRefusal) -> AppError {
    let message = format!("'{file_name}' werd geweigerd. {refusal}");
    match refusal {
        TextRefusal::TooLargeToConvert(_) => AppError::TooLarge(message),
        TextRefusal::Empty => AppError::Invalid(message),
        TextRefusal::NotText(_) => AppError::UnsupportedMediaType(message),
    }
}

fn not_accepted(file_name: &str) -> AppError {
    AppError::UnsupportedMediaType(format!(
        "'{file_name}' is geen toegelaten soort bestand. Toegelaten: PDF, foto's (JPEG, PNG, GIF, WebP, HEIC), \
         video (MP4, MOV, WebM, AVI), Office- en OpenDocument-bestanden, tekst en zip."
    ))
}

/// `GET /api/v1/evidence/{id}`.
pub async fn show(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<i64>,
) -> Result<Json<EvidenceView>, AppError> {
    Ok(Json(evidence::view(&state, &account, id).await?))
}

/// `DELETE /api/v1/evidence/{id}` → 204.
pub async fn delete(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    evidence::delete(&state, &account, id, chrono::Utc::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /api/v1/evidence/{id}/skills` `{skill_ids}`: replaces the linked skills.
pub async fn set_skills(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<i64>,
    JsonBody(body): JsonBody<SkillIds>,
) -> Result<Json<EvidenceView>, AppError> {
    Ok(Json(evidence::set_skills(&state, &account, id, &body.skill_ids, chrono::Utc::now()).await?))
}

/// `GET /api/v1/evidence/{id}/file`: the file itself.
pub async fn file(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    serve(&state, &account, id, false).await
}

/// `GET /api/v1/evidence/{id}/thumbnail`: a small JPEG of a picture.
pub async fn thumbnail(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    serve(&state, &account, id, true).await
}

async fn serve(
    state: &AppState,
    account: &app::server::storage::accounts::Account,
    id: i64,
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
    let ascii: String = what
        .name
        .chars()
        .map(|c| if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' { c } else { '_' })
        .collect();
    let encoded: String = what
        .name
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
