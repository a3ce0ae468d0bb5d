//! Uploading evidence: the one place that decides which received files become evidence.
//!
//! An upload arrives as an [`UploadForm`]: first what the student filled in, then the files one
//! by one. Each file is streamed into the blob store as it arrives, held to the size limit and
//! recognised from its first bytes; a refused file is reported and the others go on. A broken
//! form refuses the whole upload and leaves nothing behind. Adapters (the multipart handler of
//! `POST /api/v1/evidence`) only turn their request into an [`UploadForm`].

use std::future::Future;
use std::pin::pin;

use bytes::Bytes;
use domain::evidence::{sanitise_file_name, MAX_TITLE_CHARS};
use domain::policy::Action;
use domain::text::TextError;
use domain::{EvidenceDetails, EvidenceId, EvidenceKind, Timestamp};
use futures::{Stream, StreamExt};
use sqlx::AnyConnection;

use super::authorise;
use super::evidence::{checked_skills, current_own_item, found, kind_content, view_of};
use super::submissions::withdraw_those_without_evidence;
use crate::dto::{EvidenceInput, EvidenceView, RefusedFile, UploadOutcome};
use crate::error::AppError;
use crate::server::blobs::media::{self, MediaType};
use crate::server::blobs::{BlobStore, StoredBlob};
use crate::server::storage;
use crate::server::storage::accounts::Account;
use crate::server::storage::evidence::{self as store, Details, NewEvidence};
use crate::server::text_files::{self, TextRefusal};
use crate::server::{thumbnails, AppState};
use crate::t;

/// Files per upload: enough for a day's photos, and a bound on what one request can cost and
/// on the size of its answer (one line per refused file). An upload with more is refused as a
/// whole as soon as the next file starts.
pub const MAX_FILES: usize = 20;
/// Names under which people save text; a file so named that is not text is refused as such.
const TEXT_EXTENSIONS: [&str; 6] = ["txt", "text", "csv", "tsv", "md", "log"];

/// One file of an upload: the name the sender gave it and its content in chunks, as they arrive.
pub struct NamedFile<B> {
    /// As sent; the service sanitises it before it is shown or stored.
    pub file_name: String,
    pub bytes: B,
}

/// An upload as it arrives: what the student filled in, then the files one after the other.
/// A file's bytes may borrow the form, so each file is read before the next is asked for.
pub trait UploadForm: Send {
    /// The content of one file, in chunks; an error refuses the whole upload.
    type Bytes<'a>: Stream<Item = Result<Bytes, AppError>> + Send
    where
        Self: 'a;

    /// What the student filled in (kind, title, skills, …); asked for once, before any file.
    fn details(&mut self) -> impl Future<Output = Result<EvidenceInput, AppError>> + Send;

    /// The next file, or `None` after the last one; an error refuses the whole upload.
    fn next_file(
        &mut self,
    ) -> impl Future<Output = Result<Option<NamedFile<Self::Bytes<'_>>>, AppError>> + Send;
}

/// A file received and stored, waiting to become an evidence item.
#[derive(Debug, Clone)]
struct ReceivedFile {
    blob: StoredBlob,
    media: MediaType,
    /// Sanitised; display only.
    file_name: String,
    /// A small JPEG of a picture, made just before the items are recorded.
    thumbnail: Option<StoredBlob>,
}

/// Receives an upload and creates its items: one per kept file for file evidence, else one, all
/// in one transaction. Files that are refused are listed with the reason; when every file is
/// refused, the upload fails as its first file did. A file this upload stored does not outlive
/// its failure.
pub async fn upload(
    state: &AppState,
    account: &Account,
    form: &mut impl UploadForm,
    now: Timestamp,
) -> Result<UploadOutcome, AppError> {
    // Refuse before reading the form: nobody else's upload is written to disk.
    authorise(account, Action::KeepPortfolio)?;
    let input = form.details().await?;
    let mut stored = Vec::new();
    let outcome = receive_and_create(state, account, &input, form, &mut stored, now).await;
    if outcome.is_err() {
        discard_unrecorded(state, &stored).await;
    }
    outcome
}

/// Receives the files and creates the items; `stored` collects every file this upload added to
/// the store (received files and thumbnails), for the clean-up after a failure.
async fn receive_and_create(
    state: &AppState,
    account: &Account,
    input: &EvidenceInput,
    form: &mut impl UploadForm,
    stored: &mut Vec<StoredBlob>,
    now: Timestamp,
) -> Result<UploadOutcome, AppError> {
    let (received, mut refused) = receive(state, form, stored).await?;
    if received.is_empty() && !refused.is_empty() {
        // Nothing to keep: the upload fails as its first file did.
        return Err(refused.swap_remove(0).1);
    }
    let items = create_items(state, account, input, received, stored, now).await?;
    let refused = refused.into_iter().map(|(file_name, error)| refused_file(file_name, &error)).collect();
    Ok(UploadOutcome { items, refused })
}

fn refused_file(file_name: String, error: &AppError) -> RefusedFile {
    RefusedFile { file_name, code: error.code().to_owned(), message: error.to_string() }
}

/// Stores every file of the form; answers what was kept and what was refused (by name).
async fn receive(
    state: &AppState,
    form: &mut impl UploadForm,
    stored: &mut Vec<StoredBlob>,
) -> Result<(Vec<ReceivedFile>, Vec<(String, AppError)>), AppError> {
    let mut received = Vec::new();
    let mut refused = Vec::new();
    while let Some(file) = form.next_file().await? {
        if received.len() + refused.len() >= MAX_FILES {
            return Err(AppError::TooLarge(t!("services-upload-too-many-files", max = MAX_FILES)));
        }
        let file_name = sanitise_file_name(&file.file_name);
        match receive_file(&state.blobs, file.bytes, state.settings.max_upload_bytes, &file_name).await? {
            Ok((blob, media)) => {
                stored.push(blob.clone());
                received.push(ReceivedFile { blob, media, file_name, thumbnail: None });
            }
            Err(refusal) => refused.push((file_name, refusal)),
        }
    }
    Ok((received, refused))
}

/// Streams one file into the store. The outer error refuses the upload (broken form, storage
/// failure); the inner one refuses just this file.
async fn receive_file(
    store: &BlobStore,
    bytes: impl Stream<Item = Result<Bytes, AppError>>,
    limit: u64,
    file_name: &str,
) -> Result<Result<(StoredBlob, MediaType), AppError>, AppError> {
    let mut bytes = pin!(bytes);
    let mut writer = store.writer().await?;
    let mut media = None;
    while let Some(chunk) = bytes.next().await.transpose()? {
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

fn too_large(file_name: &str, limit: u64) -> AppError {
    AppError::TooLarge(t!("services-upload-file-too-large", file = file_name, mib = limit / (1024 * 1024)))
}

/// Why a file of no accepted kind is refused: an empty file is empty; a file that announces
/// text (by its byte order mark, or by a name like `.txt`) is told why it is not text; any
/// other gets the list of accepted kinds.
fn unsupported(file_name: &str, head: &[u8], size: u64) -> AppError {
    if size == 0 {
        return AppError::Invalid(t!("services-upload-file-empty", file = file_name));
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
    let message = t!("services-upload-file-refused", file = file_name, reason = refusal.to_string());
    match refusal {
        TextRefusal::TooLargeToConvert(_) => AppError::TooLarge(message),
        TextRefusal::Empty => AppError::Invalid(message),
        TextRefusal::NotText(_) => AppError::UnsupportedMediaType(message),
    }
}

fn not_accepted(file_name: &str) -> AppError {
    AppError::UnsupportedMediaType(t!("services-upload-file-not-accepted", file = file_name))
}

/// Creates the items in one transaction, after checking the details and making thumbnails.
async fn create_items(
    state: &AppState,
    account: &Account,
    input: &EvidenceInput,
    mut files: Vec<ReceivedFile>,
    stored: &mut Vec<StoredBlob>,
    now: Timestamp,
) -> Result<Vec<EvidenceView>, AppError> {
    let details = EvidenceDetails::parse(&input.title, &input.description, &input.date)?;
    let (url, body) = kind_content(input.kind, input.url.as_deref(), input.text.as_deref())?;
    ensure_files_fit_kind(input.kind, &files)?;
    make_thumbnails(state, &mut files, stored).await;
    let date = details.date.to_string();
    let mut tx = storage::begin(&state.db).await?;
    let skill_ids = checked_skills(&mut tx, account.as_student(), &input.skill_ids).await?;
    let replaced = match input.replaces {
        Some(id) => Some(current_own_item(&mut tx, account, id).await?),
        None => None,
    };
    // A new version keeps the old one's skills unless the student chose others.
    let skill_ids = match &replaced {
        Some(old) if skill_ids.is_empty() => old.skill_ids.clone(),
        _ => skill_ids,
    };
    let items: Vec<Option<&ReceivedFile>> =
        if files.is_empty() { vec![None] } else { files.iter().map(Some).collect() };
    let mut ids = Vec::new();
    for file in items {
        if let Some(file) = file {
            record_blobs(&mut tx, file, now).await?;
        }
        let title = item_title(&details.title, file, files.len());
        let new = NewEvidence {
            student_id: account.as_student(),
            kind: input.kind,
            details: Details { title: &title, description: &details.description, date: &date, url, body },
            blob_sha256: file.map(|file| file.blob.sha256.as_str()),
            file_name: file.map(|file| file.file_name.as_str()),
            thumbnail_sha256: file.and_then(|file| file.thumbnail.as_ref().map(|blob| blob.sha256.as_str())),
            // Several files cannot all be the one next version of an item.
            replaces_id: if ids.is_empty() { replaced.as_ref().map(|old| old.id) } else { None },
        };
        let id = insert_item(&mut tx, &new, now).await?;
        store::set_skills(&mut tx, id, &skill_ids, now).await?;
        ids.push(id);
    }
    let telling = if replaced.is_some() {
        // The new version may leave out a skill the old one supported.
        withdraw_those_without_evidence(&mut tx, account.as_student(), now).await?
    } else {
        Default::default()
    };
    let mut views = Vec::with_capacity(ids.len());
    for id in ids {
        views.push(view_of(found(store::find(&mut tx, id).await?)?));
    }
    tx.commit().await?;
    telling.publish(state).await;
    Ok(views)
}

/// File evidence has at least one file; a reflection or a link has none.
fn ensure_files_fit_kind(kind: EvidenceKind, files: &[ReceivedFile]) -> Result<(), AppError> {
    match (kind, files.is_empty()) {
        (EvidenceKind::File, true) => Err(AppError::Invalid(t!("services-upload-file-needed"))),
        (EvidenceKind::Reflection | EvidenceKind::Link, false) => {
            Err(AppError::Invalid(t!("services-upload-files-only-for-file-kind")))
        }
        _ => Ok(()),
    }
}

/// Gives each picture its thumbnail (when one can be made), noting it among the stored files.
async fn make_thumbnails(state: &AppState, files: &mut [ReceivedFile], stored: &mut Vec<StoredBlob>) {
    for file in files {
        file.thumbnail = thumbnails::make(&state.blobs, &file.blob, file.media).await;
        stored.extend(file.thumbnail.clone());
    }
}

/// An item's title: the form's, followed by the file's name when one upload makes several items.
fn item_title(title: &str, file: Option<&ReceivedFile>, files: usize) -> String {
    match file {
        Some(file) if files > 1 => {
            format!("{title} – {}", file.file_name).chars().take(MAX_TITLE_CHARS).collect()
        }
        _ => title.to_owned(),
    }
}

/// Records a received file and its thumbnail as blobs that items may refer to.
async fn record_blobs(tx: &mut AnyConnection, file: &ReceivedFile, at: Timestamp) -> Result<(), AppError> {
    store::insert_blob(tx, &file.blob.sha256, file.blob.size, file.media.mime(), at).await?;
    if let Some(thumbnail) = &file.thumbnail {
        store::insert_blob(tx, &thumbnail.sha256, thumbnail.size, MediaType::Jpeg.mime(), at).await?;
    }
    Ok(())
}

async fn insert_item(
    tx: &mut AnyConnection,
    new: &NewEvidence<'_>,
    at: Timestamp,
) -> Result<EvidenceId, AppError> {
    store::insert(tx, new, at).await.map_err(|error| {
        if storage::is_unique_violation(&error) {
            AppError::Conflict(t!("services-upload-newer-version-exists"))
        } else {
            error.into()
        }
    })
}

/// Removes files this upload stored that no item refers to (after a failed upload).
async fn discard_unrecorded(state: &AppState, blobs: &[StoredBlob]) {
    let store = &state.blobs;
    for blob in blobs.iter().filter(|blob| blob.created) {
        let recorded = match state.db.acquire().await {
            Ok(mut conn) => store::blob_is_recorded(&mut conn, &blob.sha256).await.unwrap_or(true),
            Err(_) => true,
        };
        if !recorded {
            if let Err(error) = store.remove(&blob.sha256).await {
                tracing::error!(%error, sha256 = %blob.sha256, "could not remove an unused upload");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::path::{Path, PathBuf};
    use std::sync::Arc;

    use chrono::Duration;
    use domain::{EvidenceKind, Role};
    use futures::stream::{self, Iter};
    use leptos::config::LeptosOptions;

    use super::*;
    use crate::server::services::accounts;
    use crate::server::{storage, Settings};

    /// The upload limit of these tests; a whole number of MiB, as the refusal names it in MiB.
    const LIMIT: u64 = 1024 * 1024;

    /// Fresh storage: a SQLite file and a blob folder in a temporary folder.
    struct World {
        _data: tempfile::TempDir,
        blob_folder: PathBuf,
        state: AppState,
    }

    async fn world() -> World {
        let data = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", data.path().join("vaardig.db").display());
        storage::migrate(&url).await.expect("migrate");
        let db = storage::connect(&url, Default::default()).await.expect("connect");
        let blob_folder = data.path().join("blobs");
        let state = AppState {
            leptos_options: LeptosOptions::builder().output_name("vaardig").build(),
            db: db.clone(),
            settings: Arc::new(Settings {
                secure_cookies: false,
                trust_forwarded_for: false,
                public_url: "http://localhost:3000".into(),
                smtp_url: None,
                mail_from: "Vaardig <vaardig@localhost>".into(),
                session_lifetime: Duration::hours(1),
                max_upload_bytes: LIMIT,
                orphan_grace: std::time::Duration::from_secs(24 * 3600),
                retention_years: 5,
                awards_by_deliberation_only: false,
                issuer_key_file: None,
                digest_time: chrono::NaiveTime::from_hms_opt(17, 0, 0).expect("a time of day"),
                institution: "CVO Testcentrum".into(),
            }),
            blobs: BlobStore::folder(&blob_folder),
            readiness: Default::default(),
            clock: Default::default(),
            live: crate::server::live::LiveHub::new(&db, &url),
        };
        World { _data: data, blob_folder, state }
    }

    /// Fresh storage with one student.
    async fn student_world() -> (World, Account) {
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
        (world, student)
    }

    impl World {
        async fn account(&self, email: &str, role: Role) -> Account {
            let mut conn = self.state.db.acquire().await.expect("connection");
            accounts::create(
                &mut conn,
                email,
                "An Peeters",
                role,
                Some("een-lang-wachtwoord".into()),
                chrono::Utc::now().into(),
            )
            .await
            .expect("account")
            .account
        }

        async fn upload(&self, account: &Account, mut form: Form) -> Result<UploadOutcome, AppError> {
            upload(&self.state, account, &mut form, chrono::Utc::now().into()).await
        }

        /// Every file in the blob folder, temporary ones included.
        fn stored_files(&self) -> Vec<Vec<u8>> {
            files_under(&self.blob_folder).iter().map(|path| std::fs::read(path).expect("read")).collect()
        }

        /// No item was recorded and no file is left in the blob folder.
        async fn assert_nothing_kept(&self) {
            assert_eq!(self.items().await, 0, "no item");
            assert!(self.stored_files().is_empty(), "no file");
        }

        async fn items(&self) -> i64 {
            let (count,): (i64,) = sqlx::query_as("select count(*) from evidence")
                .fetch_one(&self.state.db)
                .await
                .expect("count");
            count
        }
    }

    fn files_under(folder: &Path) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
        entries
            .map(|entry| entry.expect("entry").path())
            .flat_map(|path| if path.is_dir() { files_under(&path) } else { vec![path] })
            .collect()
    }

    type Chunks = Vec<Result<Bytes, AppError>>;

    /// An upload held in memory. Without details, reading them fails the test.
    struct Form {
        details: Option<EvidenceInput>,
        files: VecDeque<(String, Chunks)>,
    }

    impl UploadForm for Form {
        type Bytes<'a> = Iter<std::vec::IntoIter<Result<Bytes, AppError>>>;

        async fn details(&mut self) -> Result<EvidenceInput, AppError> {
            Ok(self.details.take().expect("the details are read only for a student"))
        }

        async fn next_file(&mut self) -> Result<Option<NamedFile<Self::Bytes<'_>>>, AppError> {
            Ok(self
                .files
                .pop_front()
                .map(|(file_name, chunks)| NamedFile { file_name, bytes: stream::iter(chunks) }))
        }
    }

    fn details(date: &str) -> EvidenceInput {
        EvidenceInput {
            kind: EvidenceKind::File,
            title: "Stage".into(),
            description: String::new(),
            date: date.into(),
            url: None,
            text: None,
            skill_ids: Vec::new(),
            replaces: None,
        }
    }

    /// A form with files, each sent in chunks of 64 KiB.
    fn form(files: Vec<(&str, Vec<u8>)>) -> Form {
        let files = files.into_iter().map(|(name, content)| (name.to_owned(), chunks(&content))).collect();
        Form { details: Some(details("2024-03-01")), files }
    }

    fn chunks(content: &[u8]) -> Chunks {
        content.chunks(64 * 1024).map(|chunk| Ok(Bytes::copy_from_slice(chunk))).collect()
    }

    /// A PDF of `size` bytes; `mark` makes its content differ from other PDFs.
    fn pdf(size: usize, mark: u8) -> Vec<u8> {
        let mut content = b"%PDF-1.7\n".to_vec();
        content.resize(size, mark);
        content
    }

    #[tokio::test]
    async fn a_file_of_the_size_limit_is_kept_and_one_byte_more_is_refused() {
        let (world, student) = student_world().await;
        let limit = LIMIT as usize;
        let outcome = world
            .upload(&student, form(vec![("verslag.pdf", pdf(limit, 1)), ("groot.pdf", pdf(limit + 1, 2))]))
            .await;
        let outcome = outcome.expect("the upload succeeds");
        assert_eq!(outcome.items.len(), 1);
        assert_eq!(outcome.items[0].title, "Stage");
        assert_eq!(outcome.items[0].file.as_ref().map(|file| file.size), Some(LIMIT));
        assert_eq!(
            outcome.refused,
            vec![RefusedFile {
                file_name: "groot.pdf".into(),
                code: "too_large".into(),
                message: "'groot.pdf' is te groot: hoogstens 1 MiB per bestand.".into(),
            }]
        );
        assert_eq!(world.stored_files(), vec![pdf(limit, 1)], "only the kept file is stored");
    }

    #[tokio::test]
    async fn a_file_of_no_accepted_kind_is_refused_by_its_sanitised_name() {
        let (world, student) = student_world().await;
        let program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff".to_vec();
        let files = vec![("C:\\Users\\an\\verslag.pdf", pdf(100, 1)), ("../programma.exe", program)];
        let outcome = world.upload(&student, form(files)).await.expect("the upload succeeds");
        assert_eq!(outcome.items[0].file.as_ref().map(|file| file.name.as_str()), Some("verslag.pdf"));
        assert_eq!(
            outcome.refused,
            vec![RefusedFile {
                file_name: "programma.exe".into(),
                code: "unsupported_media_type".into(),
                message: "'programma.exe' is geen toegelaten soort bestand. Toegelaten: PDF, foto's (JPEG, PNG, GIF, \
                          WebP, HEIC), video (MP4, MOV, WebM, AVI), Office- en OpenDocument-bestanden, tekst en zip."
                    .into(),
            }]
        );
    }

    #[tokio::test]
    async fn when_every_file_is_refused_the_upload_fails_as_its_first_file_did() {
        let (world, student) = student_world().await;
        let files = vec![("leeg.txt", Vec::new()), ("groot.pdf", pdf(LIMIT as usize + 1, 1))];
        let error = world.upload(&student, form(files)).await.expect_err("refused");
        assert_eq!(error, AppError::Invalid("'leeg.txt' is leeg.".into()));
        world.assert_nothing_kept().await;
    }

    #[tokio::test]
    async fn twenty_files_are_kept_and_twenty_one_are_refused_whole_leaving_nothing() {
        let (world, student) = student_world().await;
        let twenty = (0..20).map(|mark| ("foto.pdf", pdf(100, mark))).collect();
        let outcome = world.upload(&student, form(twenty)).await.expect("twenty are taken");
        assert_eq!(outcome.items.len(), 20);
        assert_eq!(outcome.items[0].title, "Stage – foto.pdf");

        let twenty_one = (100..121).map(|mark| ("foto.pdf", pdf(100, mark))).collect();
        let error = world.upload(&student, form(twenty_one)).await.expect_err("refused whole");
        assert_eq!(
            error,
            AppError::TooLarge(
                "Hoogstens 20 bestanden per keer; er werd niets bewaard. Verdeel de bestanden over meerdere keren."
                    .into()
            )
        );
        assert_eq!(world.items().await, 20);
        assert_eq!(world.stored_files().len(), 20, "none of the twenty-one is left behind");
    }

    #[tokio::test]
    async fn a_form_that_breaks_off_leaves_no_file_behind() {
        let (world, student) = student_world().await;
        let mut form = form(vec![("verslag.pdf", pdf(100, 1))]);
        let broken = AppError::Invalid("Het formulier kwam onvolledig of verminkt aan.".into());
        form.files.push_back(("foto.pdf".into(), vec![Ok(Bytes::from(pdf(100, 2))), Err(broken.clone())]));
        assert_eq!(world.upload(&student, form).await, Err(broken));
        world.assert_nothing_kept().await;
    }

    #[tokio::test]
    async fn files_of_an_upload_whose_details_are_refused_are_removed_but_not_those_in_use() {
        let (world, student) = student_world().await;
        world.upload(&student, form(vec![("verslag.pdf", pdf(100, 1))])).await.expect("first upload");
        let mut again = form(vec![("verslag.pdf", pdf(100, 1)), ("nieuw.pdf", pdf(100, 2))]);
        again.details = Some(details("gisteren"));
        let error = world.upload(&student, again).await.expect_err("refused");
        assert_eq!(error, AppError::Invalid("'gisteren' is geen geldige datum; gebruik JJJJ-MM-DD.".into()));
        assert_eq!(world.stored_files(), vec![pdf(100, 1)], "the file in use stays, the new one goes");
    }

    #[tokio::test]
    async fn text_saved_as_utf16_is_kept_as_utf8() {
        let (world, student) = student_world().await;
        let utf16: Vec<u8> =
            b"\xff\xfe".iter().copied().chain("één".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let outcome = world.upload(&student, form(vec![("notities.txt", utf16)])).await.expect("kept");
        let file = outcome.items[0].file.clone().expect("a file");
        assert_eq!(file.media_type, "text/plain; charset=utf-8");
        assert_eq!(world.stored_files(), vec!["één".as_bytes().to_vec()], "only the UTF-8 version is stored");
    }

    #[tokio::test]
    async fn file_evidence_needs_a_file_and_a_reflection_has_none() {
        let (world, student) = student_world().await;
        let error = world.upload(&student, form(Vec::new())).await.expect_err("refused");
        assert_eq!(error, AppError::Invalid("Voeg minstens één bestand toe.".into()));
        let mut reflection = form(vec![("verslag.pdf", pdf(100, 1))]);
        reflection.details = Some(EvidenceInput {
            kind: EvidenceKind::Reflection,
            text: Some("Ik leerde veel.".into()),
            ..details("2024-03-01")
        });
        let error = world.upload(&student, reflection).await.expect_err("refused");
        assert_eq!(
            error,
            AppError::Invalid("Alleen een bewijsstuk van het soort 'bestand' heeft bestanden.".into())
        );
        assert!(world.stored_files().is_empty(), "the reflection's file is not kept");
    }

    #[tokio::test]
    async fn a_temporary_upload_younger_than_a_day_is_not_taken_for_abandoned() {
        let world = world().await;
        let mut writer = world.state.blobs.writer().await.expect("writer");
        writer.write(b"half a file").await.expect("write");
        let day = std::time::Duration::from_secs(24 * 3600);
        crate::server::services::orphans::collect_logged(&world.state.db, &world.state.blobs, day).await;
        assert_eq!(world.stored_files(), vec![b"half a file".to_vec()], "an upload in progress stays");
    }

    #[tokio::test]
    async fn only_students_upload_and_the_form_of_anyone_else_is_not_read() {
        let world = world().await;
        let assessor = world.account("bert@cvo.be", Role::Assessor).await;
        let form =
            Form { details: None, files: VecDeque::from([("verslag.pdf".into(), chunks(&pdf(100, 1)))]) };
        assert_eq!(world.upload(&assessor, form).await, Err(AppError::Forbidden));
        assert!(world.stored_files().is_empty());
    }
}
