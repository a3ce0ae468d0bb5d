//! `/api/v1/evidence`: uploading, reading, linking and deleting evidence items.
//!
//! Uploads are `multipart/form-data`, in one of two layouts. The page's upload client sends a
//! `meta` part (JSON, see [`EvidenceInput`]) and then any number of `file` parts. The same page
//! without JavaScript posts its plain HTML form: the details as form fields named as
//! [`EvidenceInput`]'s (`kind`, `title`, `description`, `date`, `url`, `text`, `replaces`,
//! `skill_ids[N]`, read as leptos reads a form), then its `file` fields; such a post is answered
//! with a redirect, as leptos's server functions answer theirs. This module only reads the form;
//! what is kept and what refused is decided by [`upload`].

use app::dto::{EvidenceInput, EvidenceView, UploadOutcome};
use app::error::AppError;
use app::server::context::is_form_post_of;
use app::server::services::evidence::{self, FileToServe, MediaType};
use app::server::services::upload::{self, NamedFile, UploadForm};
use app::server::storage::accounts::Account;
use app::server::AppState;
use app::{t, urls};
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use domain::{EvidenceId, EvidenceKind};
use futures::stream::{MapErr, TryStreamExt};
use multer::{Field, Multipart};

use super::{refused_at, JsonBody, SignedIn, SkillIds};

/// The details (a `meta` part, or the form's fields together) are a small document; anything
/// bigger is not one.
const MAX_META_BYTES: usize = 256 * 1024;
/// What one form field counts towards [`MAX_META_BYTES`] besides its name and value: about its
/// part's headers.
const FIELD_OVERHEAD_BYTES: usize = 64;

/// `POST /api/v1/evidence` → 201 `{items, refused}`; a plain form post → 303 to the page (to the
/// sign-in page when the session has ended).
pub async fn create(
    State(state): State<AppState>,
    signed_in: Result<SignedIn, AppError>,
    request: Request,
) -> Result<Response, AppError> {
    let form_post = FormPost::of(request.headers());
    let account = match (signed_in, &form_post) {
        (Ok(SignedIn(account)), _) => account,
        (Err(AppError::Unauthenticated), Some(_)) => return Ok(Redirect::to(urls::login()).into_response()),
        (Err(error), _) => return Err(error),
    };
    let mut form = MultipartForm::of(request);
    let outcome = upload::upload(&state, &account, &mut form, state.clock.now()).await;
    match form_post {
        Some(post) => Ok(post.answer(&state, &account, &form.typed, outcome).await),
        None => Ok((StatusCode::CREATED, Json(outcome?)).into_response()),
    }
}

/// A plain HTML form post from one of Vaardig's pages (JavaScript off or not running yet).
struct FormPost {
    /// The path of the page that sent it, where a refusal is shown: the list when the browser
    /// does not say.
    page: String,
}

impl FormPost {
    fn of(headers: &HeaderMap) -> Option<Self> {
        let referer = headers.get(header::REFERER).and_then(|value| value.to_str().ok()?.parse::<Uri>().ok());
        let page =
            referer.map_or_else(|| urls::my_evidence().to_owned(), |referer| referer.path().to_owned());
        is_form_post_of(headers).then_some(Self { page })
    }

    /// On to the new version's page, or to the list; back to the form with the refusal and what
    /// was `typed` (the files are the browser's to send again). Files refused beside kept ones
    /// are shown on the list's form, with what was added.
    async fn answer(
        self,
        state: &AppState,
        account: &Account,
        typed: &[(String, String)],
        outcome: Result<UploadOutcome, AppError>,
    ) -> Response {
        let (page, error) = match outcome {
            Ok(outcome) if outcome.refused.is_empty() => {
                let newer = outcome.items.first().filter(|item| item.replaces_id.is_some());
                let next =
                    newer.map_or_else(|| urls::my_evidence().to_owned(), |item| urls::evidence(item.id));
                return Redirect::to(&next).into_response();
            }
            Ok(outcome) => {
                return refused_at(
                    urls::evidence_upload(),
                    urls::my_evidence(),
                    urls::my_evidence(),
                    AppError::Invalid(outcome.summary()),
                    None,
                );
            }
            Err(error) => (self.page, error),
        };
        let kept = crate::plain_forms::keep(state, account, urls::evidence_upload(), typed, &error).await;
        refused_at(urls::evidence_upload(), &page, urls::my_evidence(), error, kept)
    }
}

/// A multipart body as an upload: its details, then its `file` parts. A body that is not
/// multipart is refused when the form is first read, after the service checked who uploads.
struct MultipartForm {
    multipart: Result<Multipart<'static>, AppError>,
    /// The first file of a plain form, read while looking for the end of its fields.
    first_file: Option<Field<'static>>,
    /// The details came as a plain form's fields: its unused file pickers are skipped, and so
    /// are files the chosen kind does not take (chosen before switching to a reflection or link).
    plain: bool,
    files_wanted: bool,
    /// A plain form's fields as posted, to be shown again when the upload is refused.
    typed: Vec<(String, String)>,
}

impl MultipartForm {
    fn of(request: Request) -> Self {
        let boundary = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| multer::parse_boundary(value).ok());
        let multipart = boundary
            .map(|boundary| Multipart::new(request.into_body().into_data_stream(), boundary))
            .ok_or_else(|| AppError::Invalid(t!("services-api-form-not-multipart")));
        Self { multipart, first_file: None, plain: false, files_wanted: true, typed: Vec::new() }
    }

    async fn next_field(&mut self) -> Result<Option<Field<'static>>, AppError> {
        self.multipart.as_mut().map_err(|error| error.clone())?.next_field().await.map_err(broken)
    }

    /// The details as a plain form's fields, up to its first `file` field.
    async fn form_fields(&mut self, first: Field<'static>) -> Result<EvidenceInput, AppError> {
        let mut pairs = Vec::new();
        let mut size = 0;
        let mut field = Some(first);
        while let Some(current) = field.take() {
            if current.name() == Some("file") {
                self.first_file = Some(current);
                break;
            }
            let name = current.name().unwrap_or_default().to_owned();
            // Each field costs its header too, so a flood of empty fields is refused as well.
            size += name.len() + FIELD_OVERHEAD_BYTES;
            if size > MAX_META_BYTES {
                return Err(AppError::TooLarge(t!("services-api-meta-too-large")));
            }
            let value = read_text(current, MAX_META_BYTES.saturating_sub(size)).await?;
            size += value.len();
            pairs.push((name, value));
            field = self.next_field().await?;
        }
        self.typed = pairs;
        // As server_fn reads a form post: brackets arrive percent-encoded, so not strict.
        let input: EvidenceInput = serde_qs::Config::new(5, false)
            .deserialize_str(
                &form_urlencoded::Serializer::new(String::new()).extend_pairs(&self.typed).finish(),
            )
            .map_err(|error| {
                AppError::Invalid(t!("services-api-fields-invalid", error = error.to_string()))
            })?;
        self.plain = true;
        self.files_wanted = input.kind == EvidenceKind::File;
        Ok(input)
    }
}

type FileBytes = MapErr<Field<'static>, fn(multer::Error) -> AppError>;

impl UploadForm for MultipartForm {
    type Bytes<'a> = FileBytes;

    async fn details(&mut self) -> Result<EvidenceInput, AppError> {
        let first = self.next_field().await?.filter(|first| first.name() != Some("file"));
        let first = first.ok_or_else(|| AppError::Invalid(t!("services-api-form-empty")))?;
        if first.name() != Some("meta") {
            return self.form_fields(first).await;
        }
        let meta = read_text(first, MAX_META_BYTES).await?;
        serde_json::from_str(&meta)
            .map_err(|error| AppError::Invalid(t!("services-api-meta-invalid", error = error.to_string())))
    }

    async fn next_file(&mut self) -> Result<Option<NamedFile<FileBytes>>, AppError> {
        loop {
            let field = match self.first_file.take() {
                Some(field) => field,
                None => match self.next_field().await? {
                    Some(field) => field,
                    None => return Ok(None),
                },
            };
            if field.name() != Some("file") {
                let name: String = field.name().unwrap_or_default().chars().take(40).collect();
                return Err(AppError::Invalid(t!("services-api-form-unknown-part", name = name)));
            }
            let file_name = field.file_name().unwrap_or_default().to_owned();
            // A plain form sends its file pickers even when nothing was chosen: no name, no bytes.
            let unused = self.plain && (file_name.is_empty() || !self.files_wanted);
            if !unused {
                return Ok(Some(NamedFile {
                    file_name,
                    bytes: field.map_err(broken as fn(multer::Error) -> AppError),
                }));
            }
        }
    }
}

/// A text part, refused when longer than `limit` bytes or not UTF-8.
async fn read_text(mut field: Field<'static>, limit: usize) -> Result<String, AppError> {
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(broken)? {
        if bytes.len() + chunk.len() > limit {
            return Err(AppError::TooLarge(t!("services-api-meta-too-large")));
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes).map_err(|_| AppError::Invalid(t!("services-api-form-not-utf8")))
}

fn broken(error: multer::Error) -> AppError {
    AppError::Invalid(t!("services-api-form-broken", detail = error.to_string()))
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
