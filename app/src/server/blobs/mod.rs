//! The blob store: evidence files, each named by the SHA-256 of its content, so identical files
//! are kept once and no stored name ever comes from user input.
//!
//! Files live in a folder on local disk (the default) or in an S3-compatible object store that
//! several app servers share. Either way an upload is first spooled to a local temporary file,
//! hashed as it arrives, and only a complete, accepted file is moved into the store under its
//! content name: a refused or broken upload never appears there, and a writer dropped before
//! [`BlobWriter::commit`] removes its temporary file.

pub mod media;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use futures::stream::{BoxStream, FuturesUnordered, StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjectPath;
use object_store::prefix::PrefixStore;
use object_store::{MultipartUpload, ObjectStore};
use rand::RngCore;
use sha2::{Digest, Sha256};
use tokio::fs::{self, File};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::io::ReaderStream;

pub use media::MediaType;

/// Files larger than this go to an object store in parts of this size.
const PART_SIZE: usize = 8 * 1024 * 1024;
/// Parts of one file in flight at once.
const PARTS_IN_FLIGHT: usize = 4;

/// Where evidence files are kept. Cheap to clone.
#[derive(Debug, Clone)]
pub struct BlobStore {
    place: Place,
    /// Local folder for uploads being received.
    spool: PathBuf,
}

#[derive(Debug, Clone)]
enum Place {
    Folder(PathBuf),
    Objects(Arc<dyn ObjectStore>),
}

/// A file now in the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBlob {
    /// Lowercase hex SHA-256 of the content: the file's name in the store.
    pub sha256: String,
    pub size: u64,
    /// False when an identical file was already stored.
    pub created: bool,
}

/// A stored file as a listing shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// Lowercase hex SHA-256: the file's name in the store.
    pub sha256: String,
    /// When the file was stored (last modified).
    pub stored_at: std::time::SystemTime,
}

/// A stored file opened for reading.
pub struct BlobContent {
    pub size: u64,
    pub bytes: BoxStream<'static, io::Result<Bytes>>,
}

impl BlobStore {
    /// Files in a local folder; uploads are spooled in its `tmp` subfolder, so that moving a
    /// finished one into place is a rename.
    pub fn folder(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        Self { spool: root.join("tmp"), place: Place::Folder(root) }
    }

    /// Files in an object store; uploads are spooled in the local folder `spool`.
    pub fn objects(store: Arc<dyn ObjectStore>, spool: impl Into<PathBuf>) -> Self {
        Self { place: Place::Objects(store), spool: spool.into() }
    }

    /// The store a URL names: `file:///folder`, or `s3://bucket/prefix` with credentials,
    /// region and endpoint from the usual `AWS_*` variables. Uploads to an object store are
    /// spooled in the local folder `spool`.
    pub fn from_url(url: &str, spool: impl Into<PathBuf>) -> io::Result<Self> {
        if let Some(folder) = url.strip_prefix("file://") {
            if folder.is_empty() {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "file:// URL without a folder"));
            }
            return Ok(Self::folder(folder));
        }
        let Some(location) = url.strip_prefix("s3://") else {
            let message =
                format!("unsupported blob store URL '{url}': use file:///folder or s3://bucket/prefix");
            return Err(io::Error::new(io::ErrorKind::InvalidInput, message));
        };
        let (bucket, prefix) = location.split_once('/').unwrap_or((location, ""));
        let s3 = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .build()
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidInput, error.to_string()))?;
        let prefix = prefix.trim_matches('/');
        let store: Arc<dyn ObjectStore> =
            if prefix.is_empty() { Arc::new(s3) } else { Arc::new(PrefixStore::new(s3, prefix)) };
        Ok(Self::objects(store, spool))
    }

    /// Starts a new file under a temporary name.
    pub async fn writer(&self) -> io::Result<BlobWriter> {
        fs::create_dir_all(&self.spool).await?;
        let mut suffix = [0u8; 12];
        rand::thread_rng().fill_bytes(&mut suffix);
        let temp_path = self.spool.join(format!("upload-{}", hex(&suffix)));
        let file = File::create_new(&temp_path).await?;
        Ok(BlobWriter {
            store: self.clone(),
            file: Some(file),
            temp_path,
            hasher: Sha256::new(),
            size: 0,
            head: Vec::with_capacity(media::SNIFF_LEN),
        })
    }

    /// Stores bytes already in memory (thumbnails).
    pub async fn put(&self, bytes: &[u8]) -> io::Result<StoredBlob> {
        let mut writer = self.writer().await?;
        writer.write(bytes).await?;
        writer.commit().await
    }

    /// Opens a stored file for reading as a stream of chunks.
    pub async fn open(&self, sha256: &str) -> io::Result<BlobContent> {
        let name = BlobName::parse(sha256)?;
        match &self.place {
            Place::Folder(root) => {
                let file = File::open(name.path_under(root)).await?;
                let size = file.metadata().await?.len();
                Ok(BlobContent { size, bytes: ReaderStream::new(file).boxed() })
            }
            Place::Objects(store) => {
                let found = store.get(&name.object_path()).await.map_err(io::Error::from)?;
                let size = found.meta.size;
                Ok(BlobContent { size, bytes: found.into_stream().map_err(io::Error::from).boxed() })
            }
        }
    }

    /// Reads a whole stored file into memory, refusing one larger than `limit` bytes.
    pub async fn read(&self, sha256: &str, limit: u64) -> io::Result<Vec<u8>> {
        let mut content = self.open(sha256).await?;
        if content.size > limit {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "stored file too large to read whole"));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(content.size).unwrap_or(0));
        while let Some(chunk) = content.bytes.next().await {
            bytes.extend_from_slice(&chunk?);
        }
        Ok(bytes)
    }

    /// Where a file of a folder store lives under `root` (`root/ab/ab…`); an error unless
    /// `sha256` is a blob's name.
    pub fn path_in_folder(root: &Path, sha256: &str) -> io::Result<PathBuf> {
        Ok(BlobName::parse(sha256)?.path_under(root))
    }

    /// The local folder the files live in, for a store on local disk.
    pub fn folder_root(&self) -> Option<&Path> {
        match &self.place {
            Place::Folder(root) => Some(root),
            Place::Objects(_) => None,
        }
    }

    /// Removes a stored file; one already gone is fine. While a backup holds the store
    /// ([`BlobStore::hold_for_backup`]) the file stays, for the orphan collector to remove later.
    pub async fn remove(&self, sha256: &str) -> io::Result<()> {
        let name = BlobName::parse(sha256)?;
        let outcome = match &self.place {
            Place::Folder(root) => match backup_lock(root, false).await? {
                Some(_removing) => fs::remove_file(name.path_under(root)).await,
                None => {
                    tracing::info!(%sha256, "a backup is running: the file is left for the orphan collector");
                    Ok(())
                }
            },
            Place::Objects(store) => store.delete(&name.object_path()).await.map_err(io::Error::from),
        };
        match outcome {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    /// Waits until no file is being removed, then keeps every file in place until the answer is
    /// dropped: a backup's database snapshot taken after this finds all its files (a store on
    /// local disk; an object store has no backup of ours and needs no hold).
    pub async fn hold_for_backup(&self) -> io::Result<Option<std::fs::File>> {
        match &self.place {
            Place::Folder(root) => backup_lock(root, true).await,
            Place::Objects(_) => Ok(None),
        }
    }

    /// The files stored under one of the 256 name prefixes (`00` to `ff`), with when each was
    /// stored; the spool and anything not named as a blob are left out. Listing a prefix at a
    /// time keeps a walk over the whole store small in memory.
    pub async fn list_prefix(&self, prefix: u8) -> io::Result<Vec<Listed>> {
        let prefix = format!("{prefix:02x}");
        match &self.place {
            Place::Folder(root) => list_folder(&root.join(&prefix)).await,
            Place::Objects(store) => {
                let listed: Vec<object_store::ObjectMeta> =
                    store.list(Some(&ObjectPath::from(prefix))).try_collect().await?;
                Ok(listed
                    .into_iter()
                    .filter_map(|meta| {
                        let name = BlobName::parse(meta.location.filename()?).ok()?;
                        Some(Listed { sha256: name.0, stored_at: meta.last_modified.into() })
                    })
                    .collect())
            }
        }
    }

    /// Removes temporary files older than `age`: uploads cut off by a crash. Younger ones may
    /// belong to an upload in progress on another server sharing the folder.
    pub async fn remove_abandoned(&self, age: std::time::Duration) -> io::Result<usize> {
        let mut removed = 0;
        let mut entries = match fs::read_dir(&self.spool).await {
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(0),
            entries => entries?,
        };
        while let Some(entry) = entries.next_entry().await? {
            let modified = entry.metadata().await?.modified()?;
            if modified.elapsed().is_ok_and(|elapsed| elapsed > age) {
                fs::remove_file(entry.path()).await?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Moves a complete temporary file into the store as `name`; false when it was there already.
    async fn keep(&self, temp_path: &Path, name: &BlobName) -> io::Result<bool> {
        match &self.place {
            Place::Folder(root) => {
                let final_path = name.path_under(root);
                if fs::try_exists(&final_path).await? {
                    return Ok(false);
                }
                let folder = final_path.parent().unwrap_or(Path::new("."));
                fs::create_dir_all(folder).await?;
                fs::rename(temp_path, &final_path).await?;
                sync_folder(folder).await?;
                Ok(true)
            }
            Place::Objects(store) => {
                let location = name.object_path();
                match store.head(&location).await {
                    Ok(_) => return Ok(false),
                    Err(object_store::Error::NotFound { .. }) => {}
                    Err(error) => return Err(error.into()),
                }
                upload(store.as_ref(), temp_path, &location).await?;
                Ok(true)
            }
        }
    }
}

/// Sends a local file to an object store: in one request when small, in parts otherwise. An
/// object appears only when the upload completes; a multipart upload that fails is aborted, so
/// its parts are not kept either.
async fn upload(store: &dyn ObjectStore, from: &Path, to: &ObjectPath) -> io::Result<()> {
    if fs::metadata(from).await?.len() < PART_SIZE as u64 {
        store.put(to, Bytes::from(fs::read(from).await?).into()).await?;
        return Ok(());
    }
    let mut parts = store.put_multipart(to).await?;
    let sent = match send_parts(parts.as_mut(), from).await {
        Ok(()) => parts.complete().await.map(drop).map_err(io::Error::from),
        Err(error) => Err(error),
    };
    if sent.is_err() {
        if let Err(abort_error) = parts.abort().await {
            tracing::warn!(%abort_error, "could not abort a failed multipart upload");
        }
    }
    sent
}

/// Sends a file as the parts of a multipart upload, a few at a time.
async fn send_parts(parts: &mut dyn MultipartUpload, from: &Path) -> io::Result<()> {
    let mut file = File::open(from).await?;
    let mut in_flight = FuturesUnordered::new();
    loop {
        let mut chunk = Vec::with_capacity(PART_SIZE);
        (&mut file).take(PART_SIZE as u64).read_to_end(&mut chunk).await?;
        if chunk.is_empty() {
            break;
        }
        if in_flight.len() == PARTS_IN_FLIGHT {
            in_flight.next().await.transpose()?;
        }
        in_flight.push(parts.put_part(Bytes::from(chunk).into()));
    }
    while let Some(sent) = in_flight.next().await {
        sent?;
    }
    Ok(())
}

/// A checked blob name: 64 lowercase hex digits. Names come from our own hashing, but they are
/// read back from the database, so they are checked before they become paths.
struct BlobName(String);

impl BlobName {
    fn parse(sha256: &str) -> io::Result<Self> {
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "not a SHA-256 blob name"));
        }
        Ok(Self(sha256.to_owned()))
    }

    /// Spread over 256 subfolders by the first two digits, so no folder grows huge.
    fn path_under(&self, root: &Path) -> PathBuf {
        root.join(&self.0[..2]).join(&self.0)
    }

    fn object_path(&self) -> ObjectPath {
        ObjectPath::from_iter([&self.0[..2], &self.0])
    }
}

/// A file being received. Hashes and counts as it goes and keeps the first bytes for
/// [`media::detect`].
pub struct BlobWriter {
    store: BlobStore,
    file: Option<File>,
    temp_path: PathBuf,
    hasher: Sha256,
    size: u64,
    head: Vec<u8>,
}

impl BlobWriter {
    pub async fn write(&mut self, chunk: &[u8]) -> io::Result<()> {
        let file = self.file.as_mut().ok_or_else(|| io::Error::other("blob writer already closed"))?;
        file.write_all(chunk).await?;
        self.hasher.update(chunk);
        self.size += chunk.len() as u64;
        let room = media::SNIFF_LEN.saturating_sub(self.head.len());
        self.head.extend_from_slice(&chunk[..room.min(chunk.len())]);
        Ok(())
    }

    /// Bytes received so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The first bytes received, up to [`media::SNIFF_LEN`].
    pub fn head(&self) -> &[u8] {
        &self.head
    }

    /// Syncs the file to disk and moves it into the store under its content name.
    pub async fn commit(mut self) -> io::Result<StoredBlob> {
        let mut file = self.file.take().ok_or_else(|| io::Error::other("blob writer already closed"))?;
        file.flush().await?;
        file.sync_all().await?;
        drop(file);
        let sha256 = hex(&std::mem::take(&mut self.hasher).finalize());
        let created = self.store.keep(&self.temp_path, &BlobName(sha256.clone())).await?;
        Ok(StoredBlob { sha256, size: self.size, created })
    }
}

impl Drop for BlobWriter {
    fn drop(&mut self) {
        // Refused, failed, abandoned mid-way, or sent to an object store: the spooled file is no
        // longer needed (after a rename into the folder there is nothing left to remove).
        let _ = std::fs::remove_file(&self.temp_path);
    }
}

/// The blob files in one prefix folder of a store on local disk.
async fn list_folder(folder: &Path) -> io::Result<Vec<Listed>> {
    let mut entries = match fs::read_dir(folder).await {
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        entries => entries?,
    };
    let mut listed = Vec::new();
    while let Some(entry) = entries.next_entry().await? {
        let Some(name) = entry.file_name().to_str().and_then(|name| BlobName::parse(name).ok()) else {
            continue;
        };
        listed.push(Listed { sha256: name.0, stored_at: entry.metadata().await?.modified()? });
    }
    Ok(listed)
}

/// The lock on a folder store's lock file (`FOLDER.backup-lock`, beside the folder, so that
/// nothing in the folder is anything but files): shared for removing files (answers `None` at
/// once when a backup holds it), exclusive for a backup (waits for removals in progress). It is
/// released when the returned file is closed.
async fn backup_lock(root: &Path, exclusive: bool) -> io::Result<Option<std::fs::File>> {
    let mut path = root.as_os_str().to_owned();
    path.push(".backup-lock");
    let path = PathBuf::from(path);
    tokio::task::spawn_blocking(move || {
        std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))?;
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(path)?;
        if exclusive {
            file.lock()?;
            return Ok(Some(file));
        }
        match file.try_lock_shared() {
            Ok(()) => Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(error)) => Err(error),
        }
    })
    .await
    .map_err(io::Error::other)?
}

/// Makes a rename durable: the folder entry itself must reach the disk.
async fn sync_folder(folder: &Path) -> io::Result<()> {
    let folder = folder.to_path_buf();
    tokio::task::spawn_blocking(move || std::fs::File::open(folder)?.sync_all())
        .await
        .map_err(io::Error::other)?
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use object_store::memory::InMemory;

    fn files_under(folder: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                found.extend(files_under(&path));
            } else {
                found.push(path);
            }
        }
        found
    }

    async fn object_names(store: &dyn ObjectStore) -> Vec<String> {
        let objects: Vec<_> = store.list(None).try_collect().await.unwrap();
        objects.into_iter().map(|object| object.location.to_string()).collect()
    }

    const HALLO: &str = "d3751d33f9cd5049c4af2b462735457e4d3baf130bcbb87f389e349fbaeb20b9";

    #[tokio::test]
    async fn a_committed_file_is_named_by_its_hash_and_kept_once() {
        let folder = tempfile::tempdir().unwrap();
        let store = BlobStore::folder(folder.path());
        let first = store.put(b"hallo").await.unwrap();
        assert_eq!(first.sha256, HALLO);
        assert!(first.created);
        let again = store.put(b"hallo").await.unwrap();
        assert!(!again.created);
        assert_eq!(files_under(folder.path()), [folder.path().join("d3").join(HALLO)]);
        assert_eq!(store.read(HALLO, 5).await.unwrap(), b"hallo");
        assert!(store.read(HALLO, 4).await.is_err(), "larger than the limit");
        store.remove(HALLO).await.unwrap();
        store.remove(HALLO).await.unwrap();
        assert!(files_under(folder.path()).is_empty());
    }

    #[tokio::test]
    async fn an_object_store_keeps_files_by_hash_once_and_only_when_complete() {
        let spool = tempfile::tempdir().unwrap();
        let objects = Arc::new(InMemory::new());
        let store = BlobStore::objects(objects.clone(), spool.path());
        assert!(store.put(b"hallo").await.unwrap().created);
        assert!(!store.put(b"hallo").await.unwrap().created);
        let mut half = store.writer().await.unwrap();
        half.write(b"half a file").await.unwrap();
        drop(half);
        assert_eq!(object_names(objects.as_ref()).await, [format!("d3/{HALLO}")]);
        assert!(files_under(spool.path()).is_empty(), "the spool is emptied");
        assert_eq!(store.read(HALLO, 1024).await.unwrap(), b"hallo");
        store.remove(HALLO).await.unwrap();
        assert!(store.open(HALLO).await.is_err_and(|error| error.kind() == io::ErrorKind::NotFound));
    }

    #[tokio::test]
    async fn a_large_file_goes_to_an_object_store_in_parts() {
        let spool = tempfile::tempdir().unwrap();
        let store = BlobStore::objects(Arc::new(InMemory::new()), spool.path());
        let content: Vec<u8> = (0..PART_SIZE * 2 + 123).map(|index| (index % 251) as u8).collect();
        let stored = store.put(&content).await.unwrap();
        assert_eq!(stored.size, content.len() as u64);
        let read = store.read(&stored.sha256, u64::MAX).await.unwrap();
        assert!(read == content, "the file reads back unchanged");
    }

    /// An object store whose multipart uploads fail at their second part.
    #[derive(Debug, Default)]
    struct SecondPartFails {
        inner: InMemory,
        aborted: Arc<std::sync::atomic::AtomicBool>,
    }

    impl std::fmt::Display for SecondPartFails {
        fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(formatter, "SecondPartFails")
        }
    }

    #[derive(Debug)]
    struct FailingUpload {
        inner: Box<dyn MultipartUpload>,
        parts: usize,
        aborted: Arc<std::sync::atomic::AtomicBool>,
    }

    #[async_trait::async_trait]
    impl MultipartUpload for FailingUpload {
        fn put_part(&mut self, data: object_store::PutPayload) -> object_store::UploadPart {
            self.parts += 1;
            if self.parts == 2 {
                let error = object_store::Error::Generic { store: "test", source: "connection reset".into() };
                return Box::pin(async move { Err(error) });
            }
            self.inner.put_part(data)
        }

        async fn complete(&mut self) -> object_store::Result<object_store::PutResult> {
            self.inner.complete().await
        }

        async fn abort(&mut self) -> object_store::Result<()> {
            self.aborted.store(true, std::sync::atomic::Ordering::SeqCst);
            self.inner.abort().await
        }
    }

    #[async_trait::async_trait]
    impl ObjectStore for SecondPartFails {
        async fn put_opts(
            &self,
            location: &ObjectPath,
            payload: object_store::PutPayload,
            options: object_store::PutOptions,
        ) -> object_store::Result<object_store::PutResult> {
            self.inner.put_opts(location, payload, options).await
        }

        async fn put_multipart_opts(
            &self,
            location: &ObjectPath,
            options: object_store::PutMultipartOptions,
        ) -> object_store::Result<Box<dyn MultipartUpload>> {
            let inner = self.inner.put_multipart_opts(location, options).await?;
            Ok(Box::new(FailingUpload { inner, parts: 0, aborted: self.aborted.clone() }))
        }

        async fn get_opts(
            &self,
            location: &ObjectPath,
            options: object_store::GetOptions,
        ) -> object_store::Result<object_store::GetResult> {
            self.inner.get_opts(location, options).await
        }

        async fn delete(&self, location: &ObjectPath) -> object_store::Result<()> {
            self.inner.delete(location).await
        }

        fn list(
            &self,
            prefix: Option<&ObjectPath>,
        ) -> BoxStream<'static, object_store::Result<object_store::ObjectMeta>> {
            self.inner.list(prefix)
        }

        async fn list_with_delimiter(
            &self,
            prefix: Option<&ObjectPath>,
        ) -> object_store::Result<object_store::ListResult> {
            self.inner.list_with_delimiter(prefix).await
        }

        async fn copy(&self, from: &ObjectPath, to: &ObjectPath) -> object_store::Result<()> {
            self.inner.copy(from, to).await
        }

        async fn copy_if_not_exists(&self, from: &ObjectPath, to: &ObjectPath) -> object_store::Result<()> {
            self.inner.copy_if_not_exists(from, to).await
        }
    }

    #[tokio::test]
    async fn a_failed_upload_in_parts_is_aborted_and_leaves_nothing() {
        let spool = tempfile::tempdir().unwrap();
        let objects = Arc::new(SecondPartFails::default());
        let store = BlobStore::objects(objects.clone(), spool.path());
        let content = vec![7u8; PART_SIZE * 3];
        let error = store.put(&content).await.unwrap_err();
        assert!(error.to_string().contains("connection reset"), "{error}");
        assert!(objects.aborted.load(std::sync::atomic::Ordering::SeqCst), "the upload is aborted");
        assert!(object_names(&objects.inner).await.is_empty(), "no object");
        assert!(files_under(spool.path()).is_empty(), "the spool is emptied");
    }

    #[tokio::test]
    async fn an_abandoned_writer_leaves_no_file() {
        let folder = tempfile::tempdir().unwrap();
        let store = BlobStore::folder(folder.path());
        let mut writer = store.writer().await.unwrap();
        writer.write(b"half a file").await.unwrap();
        drop(writer);
        assert!(files_under(folder.path()).is_empty());
    }

    #[tokio::test]
    async fn the_head_keeps_only_the_first_bytes() {
        let folder = tempfile::tempdir().unwrap();
        let mut writer = BlobStore::folder(folder.path()).writer().await.unwrap();
        writer.write(&vec![b'a'; media::SNIFF_LEN - 1]).await.unwrap();
        writer.write(b"bc").await.unwrap();
        assert_eq!(writer.head().len(), media::SNIFF_LEN);
        assert_eq!(writer.size(), media::SNIFF_LEN as u64 + 1);
    }

    #[tokio::test]
    async fn only_old_temporary_files_count_as_abandoned() {
        let folder = tempfile::tempdir().unwrap();
        let store = BlobStore::folder(folder.path());
        let writer = store.writer().await.unwrap();
        assert_eq!(store.remove_abandoned(std::time::Duration::from_secs(3600)).await.unwrap(), 0);
        std::mem::forget(writer); // as a crash would leave it
        assert_eq!(store.remove_abandoned(std::time::Duration::ZERO).await.unwrap(), 1);
        assert!(files_under(folder.path()).is_empty());
    }

    #[test]
    fn stores_are_named_by_urls() {
        let spool = Path::new("/spool");
        assert!(
            matches!(BlobStore::from_url("file:///srv/blobs", spool).unwrap().place, Place::Folder(root) if root == Path::new("/srv/blobs"))
        );
        assert!(matches!(
            BlobStore::from_url("s3://bewijs/vaardig", spool).unwrap().place,
            Place::Objects(_)
        ));
        assert!(BlobStore::from_url("file://", spool).is_err());
        assert!(BlobStore::from_url("ftp://host/x", spool).is_err());
    }

    #[test]
    fn only_hash_names_are_accepted() {
        assert!(BlobName::parse("../../etc/passwd").is_err());
        assert!(BlobName::parse(&"A".repeat(64)).is_err());
        let name = BlobName::parse(&"ab".repeat(32)).unwrap();
        assert_eq!(
            name.path_under(Path::new("/blobs")),
            PathBuf::from(format!("/blobs/ab/{}", "ab".repeat(32)))
        );
        assert_eq!(name.object_path().as_ref(), format!("ab/{}", "ab".repeat(32)));
    }
}
