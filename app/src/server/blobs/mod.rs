//! The blob store: evidence files on disk, each named by the SHA-256 of its content, so identical
//! files are kept once and no stored path ever comes from user input.
//!
//! A file is written to a temporary name first, synced, and renamed into place only when it is
//! complete: a half-received upload never appears under a real name, and a writer dropped before
//! [`BlobWriter::commit`] removes its temporary file.

pub mod media;

use std::io;
use std::path::{Path, PathBuf};

use rand::RngCore;
use sha2::{Digest, Sha256};
use tokio::fs::{self, File};
use tokio::io::AsyncWriteExt;

pub use media::MediaType;

/// The folder of evidence files.
#[derive(Debug, Clone)]
pub struct BlobStore {
    root: PathBuf,
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

impl BlobStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// Starts a new file under a temporary name.
    pub async fn writer(&self) -> io::Result<BlobWriter> {
        let temp_dir = self.root.join("tmp");
        fs::create_dir_all(&temp_dir).await?;
        let mut suffix = [0u8; 12];
        rand::thread_rng().fill_bytes(&mut suffix);
        let temp_path = temp_dir.join(format!("upload-{}", hex(&suffix)));
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

    /// Opens a stored file for reading.
    pub async fn open(&self, sha256: &str) -> io::Result<File> {
        File::open(self.path(sha256)?).await
    }

    /// The path of a stored file, for readers that need one (thumbnailing).
    pub fn path(&self, sha256: &str) -> io::Result<PathBuf> {
        // Names come from our own hashing, but the database is the source: check anyway.
        if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "not a SHA-256 blob name"));
        }
        Ok(self.root.join(&sha256[..2]).join(sha256))
    }

    /// Removes temporary files older than `age`: uploads cut off by a crash. Younger ones may
    /// belong to an upload in progress on another server sharing the folder.
    pub async fn remove_abandoned(&self, age: std::time::Duration) -> io::Result<usize> {
        let mut removed = 0;
        let mut entries = match fs::read_dir(self.root.join("tmp")).await {
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

    /// Removes a stored file; one already gone is fine.
    pub async fn remove(&self, sha256: &str) -> io::Result<()> {
        match fs::remove_file(self.path(sha256)?).await {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
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

    /// Syncs the file to disk and moves it to its content name.
    pub async fn commit(mut self) -> io::Result<StoredBlob> {
        let mut file = self.file.take().ok_or_else(|| io::Error::other("blob writer already closed"))?;
        file.flush().await?;
        file.sync_all().await?;
        drop(file);
        let sha256 = hex(&std::mem::take(&mut self.hasher).finalize());
        let final_path = self.store.path(&sha256)?;
        let created = if fs::try_exists(&final_path).await? {
            fs::remove_file(&self.temp_path).await?;
            false
        } else {
            let folder = final_path.parent().unwrap_or(Path::new("."));
            fs::create_dir_all(folder).await?;
            fs::rename(&self.temp_path, &final_path).await?;
            sync_folder(folder).await?;
            true
        };
        Ok(StoredBlob { sha256, size: self.size, created })
    }
}

impl Drop for BlobWriter {
    fn drop(&mut self) {
        // Not committed (refused, failed or abandoned): leave nothing behind.
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.temp_path);
        }
    }
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

    #[tokio::test]
    async fn a_committed_file_is_named_by_its_hash_and_kept_once() {
        let folder = tempfile::tempdir().unwrap();
        let store = BlobStore::new(folder.path());
        let first = store.put(b"hallo").await.unwrap();
        assert_eq!(first.sha256, "d3751d33f9cd5049c4af2b462735457e4d3baf130bcbb87f389e349fbaeb20b9");
        assert!(first.created);
        let again = store.put(b"hallo").await.unwrap();
        assert!(!again.created);
        assert_eq!(files_under(folder.path()), [store.path(&first.sha256).unwrap()]);
    }

    #[tokio::test]
    async fn an_abandoned_writer_leaves_no_file() {
        let folder = tempfile::tempdir().unwrap();
        let store = BlobStore::new(folder.path());
        let mut writer = store.writer().await.unwrap();
        writer.write(b"half a file").await.unwrap();
        drop(writer);
        assert!(files_under(folder.path()).is_empty());
    }

    #[tokio::test]
    async fn the_head_keeps_only_the_first_bytes() {
        let folder = tempfile::tempdir().unwrap();
        let mut writer = BlobStore::new(folder.path()).writer().await.unwrap();
        writer.write(&vec![b'a'; media::SNIFF_LEN - 1]).await.unwrap();
        writer.write(b"bc").await.unwrap();
        assert_eq!(writer.head().len(), media::SNIFF_LEN);
        assert_eq!(writer.size(), media::SNIFF_LEN as u64 + 1);
    }

    #[tokio::test]
    async fn only_old_temporary_files_count_as_abandoned() {
        let folder = tempfile::tempdir().unwrap();
        let store = BlobStore::new(folder.path());
        let writer = store.writer().await.unwrap();
        assert_eq!(store.remove_abandoned(std::time::Duration::from_secs(3600)).await.unwrap(), 0);
        std::mem::forget(writer); // as a crash would leave it
        assert_eq!(store.remove_abandoned(std::time::Duration::ZERO).await.unwrap(), 1);
        assert!(files_under(folder.path()).is_empty());
    }

    #[test]
    fn only_hash_names_map_to_paths() {
        let store = BlobStore::new("/blobs");
        assert!(store.path("../../etc/passwd").is_err());
        assert!(store.path(&"A".repeat(64)).is_err());
        assert_eq!(
            store.path(&"ab".repeat(32)).unwrap(),
            PathBuf::from(format!("/blobs/ab/{}", "ab".repeat(32)))
        );
    }
}
