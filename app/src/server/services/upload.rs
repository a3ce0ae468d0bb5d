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
use chrono::{DateTime, Utc};
use domain::evidence::sanitise_file_name;
use domain::text::TextError;
use futures::{Stream, StreamExt};

use super::evidence::{self, ReceivedFile};
use crate::dto::{EvidenceInput, RefusedFile, UploadOutcome};
use crate::error::AppError;
use crate::server::blobs::media::{self, MediaType};
use crate::server::blobs::{BlobStore, StoredBlob};
use crate::server::storage::accounts::Account;
use crate::server::text_files::{self, TextRefusal};
use crate::server::AppState;

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

/// Receives an upload and creates its items: one per kept file for file evidence, else one.
/// Files that are refused are listed with the reason; when every file is refused, the upload
/// fails as its first file did. Nothing this upload stored outlives a failure.
pub async fn upload(
    state: &AppState,
    account: &Account,
    mut form: impl UploadForm,
    now: DateTime<Utc>,
) -> Result<UploadOutcome, AppError> {
    // Refuse before reading the form: nobody else's upload is written to disk.
    evidence::ensure_can_upload(account)?;
    let input = form.details().await?;
    let mut received = Vec::new();
    let mut refused = Vec::new();
    if let Err(error) = receive(state, &mut form, &mut received, &mut refused).await {
        let blobs: Vec<StoredBlob> = received.into_iter().map(|file| file.blob).collect();
        evidence::discard_unrecorded(state, &blobs).await;
        return Err(error);
    }
    if received.is_empty() && !refused.is_empty() {
        // Nothing to keep: the upload fails as its first file did.
        return Err(refused.swap_remove(0).1);
    }
    let items = evidence::create(state, account, input, received, now).await?;
    let refused = refused.into_iter().map(|(file_name, error)| refused_file(file_name, &error)).collect();
    Ok(UploadOutcome { items, refused })
}

fn refused_file(file_name: String, error: &AppError) -> RefusedFile {
    RefusedFile { file_name, code: error.code().to_owned(), message: error.to_string() }
}

/// Stores every file of the form, collecting what was stored and what was refused (by name).
async fn receive(
    state: &AppState,
    form: &mut impl UploadForm,
    received: &mut Vec<ReceivedFile>,
    refused: &mut Vec<(String, AppError)>,
) -> Result<(), AppError> {
    while let Some(file) = form.next_file().await? {
        if received.len() + refused.len() >= MAX_FILES {
            return Err(AppError::TooLarge(format!(
                "Hoogstens {MAX_FILES} bestanden per keer; er werd niets bewaard. Verdeel de bestanden over \
                 meerdere keren."
            )));
        }
        let file_name = sanitise_file_name(&file.file_name);
        match receive_file(&state.blobs, file.bytes, state.settings.max_upload_bytes, &file_name).await? {
            Ok((blob, media)) => received.push(ReceivedFile { blob, media, file_name }),
            Err(refusal) => refused.push((file_name, refusal)),
        }
    }
    Ok(())
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
            db,
            settings: Arc::new(Settings {
                secure_cookies: false,
                session_lifetime: Duration::hours(1),
                max_upload_bytes: LIMIT,
                institution: "CVO Testcentrum".into(),
            }),
            blobs: BlobStore::folder(&blob_folder),
            readiness: Default::default(),
        };
        World { _data: data, blob_folder, state }
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
                Utc::now(),
            )
            .await
            .expect("account")
            .account
        }

        async fn upload(&self, account: &Account, form: Form) -> Result<UploadOutcome, AppError> {
            upload(&self.state, account, form, Utc::now()).await
        }

        /// Every file in the blob folder, temporary ones included.
        fn stored_files(&self) -> Vec<Vec<u8>> {
            files_under(&self.blob_folder).iter().map(|path| std::fs::read(path).expect("read")).collect()
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
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
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
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
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
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
        let files = vec![("leeg.txt", Vec::new()), ("groot.pdf", pdf(LIMIT as usize + 1, 1))];
        let error = world.upload(&student, form(files)).await.expect_err("refused");
        assert_eq!(error, AppError::Invalid("'leeg.txt' is leeg.".into()));
        assert_eq!(world.items().await, 0);
        assert!(world.stored_files().is_empty());
    }

    #[tokio::test]
    async fn twenty_files_are_kept_and_twenty_one_are_refused_whole_leaving_nothing() {
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
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
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
        let mut form = form(vec![("verslag.pdf", pdf(100, 1))]);
        let broken = AppError::Invalid("Het formulier kwam onvolledig of verminkt aan.".into());
        form.files.push_back(("foto.pdf".into(), vec![Ok(Bytes::from(pdf(100, 2))), Err(broken.clone())]));
        assert_eq!(world.upload(&student, form).await, Err(broken));
        assert_eq!(world.items().await, 0);
        assert!(world.stored_files().is_empty());
    }

    #[tokio::test]
    async fn files_of_an_upload_whose_details_are_refused_are_removed_but_not_those_in_use() {
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
        world.upload(&student, form(vec![("verslag.pdf", pdf(100, 1))])).await.expect("first upload");
        let mut again = form(vec![("verslag.pdf", pdf(100, 1)), ("nieuw.pdf", pdf(100, 2))]);
        again.details = Some(details("gisteren"));
        let error = world.upload(&student, again).await.expect_err("refused");
        assert_eq!(error, AppError::Invalid("'gisteren' is geen geldige datum; gebruik JJJJ-MM-DD.".into()));
        assert_eq!(world.stored_files(), vec![pdf(100, 1)], "the file in use stays, the new one goes");
    }

    #[tokio::test]
    async fn text_saved_as_utf16_is_kept_as_utf8() {
        let world = world().await;
        let student = world.account("an@cvo.be", Role::Student).await;
        let utf16: Vec<u8> =
            b"\xff\xfe".iter().copied().chain("één".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let outcome = world.upload(&student, form(vec![("notities.txt", utf16)])).await.expect("kept");
        let file = outcome.items[0].file.clone().expect("a file");
        assert_eq!(file.media_type, "text/plain; charset=utf-8");
        assert_eq!(world.stored_files(), vec!["één".as_bytes().to_vec()], "only the UTF-8 version is stored");
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
