//! The orphan collector: removes stored files that no database row refers to, and spooled
//! uploads that never finished. Such files are left when the server is killed between storing a
//! file and committing its row, or between committing a deletion and removing the file, or when
//! a backup held the store while a file was deleted. Only files older than a grace period go:
//! a younger one may belong to an upload another server is about to commit.

use std::time::{Duration, SystemTime};

use sqlx::AnyPool;

use crate::server::blobs::BlobStore;
use crate::server::storage::evidence as store;

/// What one round removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Collected {
    /// Stored files no row refers to.
    pub files: usize,
    /// Spooled uploads that never finished.
    pub spooled: usize,
}

/// Removes the orphans older than `grace`, prefix by prefix over the whole store.
pub async fn collect(db: &AnyPool, blobs: &BlobStore, grace: Duration) -> Result<Collected, CollectError> {
    let spooled = blobs.remove_abandoned(grace).await?;
    let cutoff = SystemTime::now().checked_sub(grace).unwrap_or(SystemTime::UNIX_EPOCH);
    let mut files = 0;
    for prefix in 0..=u8::MAX {
        let old: Vec<String> = blobs
            .list_prefix(prefix)
            .await?
            .into_iter()
            .filter(|listed| listed.stored_at <= cutoff)
            .map(|listed| listed.sha256)
            .collect();
        if old.is_empty() {
            continue;
        }
        let mut conn = db.acquire().await?;
        for sha256 in store::unrecorded_blobs(&mut conn, &old).await? {
            blobs.remove(&sha256).await?;
            files += 1;
        }
    }
    Ok(Collected { files, spooled })
}

/// Why a round stopped; the next one starts over.
#[derive(Debug, thiserror::Error)]
pub enum CollectError {
    #[error("the blob store: {0}")]
    Store(#[from] std::io::Error),
    #[error("the database: {0}")]
    Database(#[from] sqlx::Error),
}

/// One round, logged: for the server's start and the worker's housekeeping. A failure costs
/// disk space, not correctness.
pub async fn collect_logged(db: &AnyPool, blobs: &BlobStore, grace: Duration) {
    match collect(db, blobs, grace).await {
        Ok(Collected { files: 0, spooled: 0 }) => {}
        Ok(Collected { files, spooled }) => tracing::info!(files, spooled, "orphaned files removed"),
        Err(error) => tracing::warn!(%error, "orphaned files not removed; trying again later"),
    }
}
