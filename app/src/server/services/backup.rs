//! Backup and restore of an instance on SQLite with its files on local disk, as one tar archive:
//! `vaardig.db`, a consistent snapshot taken with SQLite's `VACUUM INTO` while the server runs,
//! and `blobs/ab/ab…`, every file that snapshot refers to. On PostgreSQL or an object store the
//! database's and the bucket's own tools do this (README, "Backup and restore").
//!
//! While a backup runs no file is removed from the store ([`BlobStore::hold_for_backup`]), so
//! every file the snapshot names is still there when it is copied.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use sqlx::AnyPool;

use crate::server::blobs::BlobStore;
use crate::server::services::record_chain::{self, Verification};
use crate::server::storage;

/// The database's name inside an archive.
const DATABASE_ENTRY: &str = "vaardig.db";
/// The folder of the files inside an archive.
const BLOBS_ENTRY: &str = "blobs";

/// What a backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    /// Files copied from the store.
    pub files: usize,
    /// The archive's size in bytes.
    pub bytes: u64,
    /// The decisions and awards in the snapshot's record chain (see `record_chain`).
    pub chain: Verification,
}

/// Why a backup or restore did nothing.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "vaardig backup and restore work on SQLite with the files on local disk; on PostgreSQL and \
         S3 use pg_dump and the bucket's versioning (README, \"Backup and restore\")"
    )]
    NotLocal,
    #[error("{0} exists already: name a new file")]
    Exists(PathBuf),
    #[error("restore needs an empty data folder, but {0} exists and is not empty")]
    NotEmpty(PathBuf),
    #[error("the archive is damaged or not a Vaardig backup: {0}")]
    Damaged(String),
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("the database: {0}")]
    Database(#[from] sqlx::Error),
}

/// The SQLite file and the blob folder of an instance that `vaardig backup` and `restore` serve;
/// [`BackupError::NotLocal`] for any other.
pub fn local_files<'a>(db_url: &str, blobs: &'a BlobStore) -> Result<(PathBuf, &'a Path), BackupError> {
    match (storage::sqlite_file(db_url), blobs.folder_root()) {
        (Some(file), Some(root)) => Ok((file, root)),
        _ => Err(BackupError::NotLocal),
    }
}

/// Writes a backup of the database `db` (at `db_url`) and the files of `blobs` to `out`, a new
/// file: first as `out.partial`, renamed when complete, so `out` is never half-written.
pub async fn backup(
    db: &AnyPool,
    db_url: &str,
    blobs: &BlobStore,
    out: &Path,
) -> Result<BackupSummary, BackupError> {
    let (_, root) = local_files(db_url, blobs)?;
    if out.exists() {
        return Err(BackupError::Exists(out.to_owned()));
    }
    let _hold = blobs.hold_for_backup().await?;
    let snapshot = with_suffix(out, ".db-partial");
    remove_if_present(&snapshot)?;
    let written = async {
        let target = snapshot.to_str().ok_or_else(|| io::Error::other("the backup's path is not UTF-8"))?;
        sqlx::query("vacuum into $1").bind(target).execute(db).await?;
        let (names, chain) = read_snapshot(&snapshot).await?;
        let (archive, root, snapshot, out) =
            (with_suffix(out, ".partial"), root.to_owned(), snapshot.clone(), out.to_owned());
        let (files, bytes) = tokio::task::spawn_blocking(move || {
            let files = write_archive(&archive, &snapshot, &root, &names)?;
            std::fs::rename(&archive, &out)?;
            Ok::<_, io::Error>((files, std::fs::metadata(&out)?.len()))
        })
        .await
        .map_err(io::Error::other)??;
        Ok::<_, BackupError>(BackupSummary { files, bytes, chain })
    }
    .await;
    remove_if_present(&snapshot)?;
    remove_if_present(&with_suffix(out, ".partial"))?;
    written
}

/// The files a snapshot refers to, and its chain's verification.
async fn read_snapshot(snapshot: &Path) -> Result<(Vec<String>, Verification), BackupError> {
    let url = format!("sqlite://{}", snapshot.display());
    let pool =
        storage::connect(&url, storage::PoolSettings { max_connections: 1, ..Default::default() }).await?;
    let names: Vec<(String,)> =
        sqlx::query_as("select sha256 from blob order by sha256").fetch_all(&pool).await?;
    let chain = record_chain::verify(&pool, None).await?;
    pool.close().await;
    remove_if_present(&with_suffix(snapshot, "-wal"))?;
    remove_if_present(&with_suffix(snapshot, "-shm"))?;
    Ok((names.into_iter().map(|(name,)| name).collect(), chain))
}

fn write_archive(archive: &Path, snapshot: &Path, root: &Path, names: &[String]) -> io::Result<usize> {
    // The archive holds password hashes and the signing key: its owner alone reads it.
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut builder = tar::Builder::new(io::BufWriter::new(options.open(archive)?));
    builder.mode(tar::HeaderMode::Deterministic);
    builder.append_path_with_name(snapshot, DATABASE_ENTRY)?;
    for name in names {
        let path = BlobStore::path_in_folder(root, name)?;
        let entry = Path::new(BLOBS_ENTRY).join(path.strip_prefix(root).map_err(io::Error::other)?);
        builder.append_path_with_name(&path, entry).map_err(|error| {
            io::Error::new(error.kind(), format!("the stored file {name} cannot be read: {error}"))
        })?;
    }
    let file = builder.into_inner()?.into_inner().map_err(io::IntoInnerError::into_error)?;
    file.sync_all()?;
    Ok(names.len())
}

/// What a restore put in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RestoreSummary {
    pub files: usize,
}

/// Unpacks a backup: the database to `db_file` and the files under `blob_root`, which must not
/// exist yet (or be empty). Each file's content must match its name. A damaged archive leaves
/// nothing behind.
pub async fn restore(
    archive: &Path,
    db_file: &Path,
    blob_root: &Path,
) -> Result<RestoreSummary, BackupError> {
    for file in [db_file.to_owned(), with_suffix(db_file, "-wal"), with_suffix(db_file, "-shm")] {
        if file.exists() {
            return Err(BackupError::NotEmpty(file));
        }
    }
    if std::fs::read_dir(blob_root).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(BackupError::NotEmpty(blob_root.to_owned()));
    }
    let (archive_path, db_path, root) = (archive.to_owned(), db_file.to_owned(), blob_root.to_owned());
    let unpacked = tokio::task::spawn_blocking(move || unpack(&archive_path, &db_path, &root))
        .await
        .map_err(io::Error::other)
        .map_err(BackupError::from)
        .and_then(|unpacked| unpacked);
    let checked = match unpacked {
        Ok(summary) => every_file_present(db_file, blob_root).await.map(|()| summary),
        Err(error) => Err(error),
    };
    if checked.is_err() {
        for file in [
            with_suffix(db_file, ".partial"),
            db_file.to_owned(),
            with_suffix(db_file, "-wal"),
            with_suffix(db_file, "-shm"),
        ] {
            let _ = std::fs::remove_file(file);
        }
        let _ = std::fs::remove_dir_all(blob_root);
    }
    checked
}

/// Refuses a restored database that refers to a file the archive did not hold (a cut-off
/// archive loses its last files without a broken entry).
async fn every_file_present(db_file: &Path, blob_root: &Path) -> Result<(), BackupError> {
    let url = format!("sqlite://{}", db_file.display());
    let pool =
        storage::connect(&url, storage::PoolSettings { max_connections: 1, ..Default::default() }).await?;
    let names: Result<Vec<(String,)>, sqlx::Error> =
        sqlx::query_as("select sha256 from blob").fetch_all(&pool).await;
    pool.close().await;
    for (name,) in names? {
        if !BlobStore::path_in_folder(blob_root, &name)?.exists() {
            return Err(BackupError::Damaged(format!(
                "the file {name} that the database refers to is missing"
            )));
        }
    }
    Ok(())
}

fn unpack(archive: &Path, db_file: &Path, blob_root: &Path) -> Result<RestoreSummary, BackupError> {
    let mut archive = tar::Archive::new(io::BufReader::new(File::open(archive)?));
    let partial = with_suffix(db_file, ".partial");
    let (mut database, mut files) = (false, 0);
    for entry in archive.entries().map_err(damaged)? {
        let mut entry = entry.map_err(damaged)?;
        let name = entry.path().map_err(damaged)?.to_string_lossy().into_owned();
        if !entry.header().entry_type().is_file() {
            return Err(BackupError::Damaged(format!("{name} is not a plain file")));
        }
        if name == DATABASE_ENTRY && !database {
            copy_to(&mut entry, &partial)?;
            database = true;
        } else if let Some(sha256) = blob_name(&name) {
            let path = BlobStore::path_in_folder(blob_root, sha256).map_err(damaged)?;
            if copy_to(&mut entry, &path)? != sha256 {
                return Err(BackupError::Damaged(format!("{name} does not hold what its name says")));
            }
            files += 1;
        } else {
            return Err(BackupError::Damaged(format!("unexpected entry {name}")));
        }
    }
    if !database {
        return Err(BackupError::Damaged(format!("no {DATABASE_ENTRY}")));
    }
    std::fs::rename(&partial, db_file)?;
    Ok(RestoreSummary { files })
}

/// The name of a file entry `blobs/ab/ab…`, when the entry is one.
fn blob_name(entry: &str) -> Option<&str> {
    let rest = entry.strip_prefix(BLOBS_ENTRY)?.strip_prefix('/')?;
    let (prefix, name) = rest.split_once('/')?;
    (name.len() == 64 && name.starts_with(prefix) && prefix.len() == 2).then_some(name)
}

/// Copies an entry to a new file and answers the SHA-256 of what it wrote.
fn copy_to(entry: &mut impl Read, path: &Path) -> io::Result<String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let mut file = File::create_new(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    loop {
        let read = entry.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        file.write_all(&buffer[..read])?;
    }
    file.sync_all()?;
    Ok(hasher.finalize().iter().map(|byte| format!("{byte:02x}")).collect())
}

fn damaged(error: impl std::fmt::Display) -> BackupError {
    BackupError::Damaged(error.to_string())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_blob_entries_of_the_right_shape_name_a_file() {
        let name = "ab".repeat(32);
        assert_eq!(blob_name(&format!("blobs/ab/{name}")), Some(name.as_str()));
        assert_eq!(blob_name(&format!("blobs/cd/{name}")), None, "the folder is the name's start");
        assert_eq!(blob_name(&format!("blobs/ab/../{name}")), None);
        assert_eq!(blob_name("blobs/ab/abc"), None);
        assert_eq!(blob_name("vaardig.db"), None);
    }
}
