//! Text evidence is kept as UTF-8, whatever encoding the student's tool saved it in: PowerShell
//! and "Unicode-tekst" write UTF-16 with a byte order mark, Notepad in Belgium Windows-1252. So
//! the file is served as `text/plain; charset=utf-8` and reads the same everywhere. The
//! encoding is decided by [`domain::text::decode`], the one decoder for text from files.

use std::io;

use domain::text::{self, TextEncoding, TextError};

use crate::server::blobs::{media, BlobStore, StoredBlob};
use crate::t;

/// Text files up to this size are read whole, checked and stored as UTF-8. A larger one is kept
/// as received when it starts as UTF-8 (browsers read that with or without a byte order mark),
/// and refused otherwise.
pub const MAX_CONVERTED_BYTES: u64 = 8 * 1024 * 1024;

/// Why a received text file is not kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextRefusal {
    /// Not text after all (binary further on, or bytes that break the BOM's encoding).
    #[error(transparent)]
    NotText(#[from] TextError),
    /// Too large to convert; names the encoding it is in.
    #[error("{}", too_large_to_convert(.0))]
    TooLargeToConvert(&'static str),
    /// Nothing but a byte order mark, or only spaces and blank lines.
    #[error("{}", t!("services-text-empty"))]
    Empty,
}

fn too_large_to_convert(encoding: &str) -> String {
    t!("services-text-too-large-to-convert", encoding = encoding, mib = MAX_CONVERTED_BYTES / (1024 * 1024))
}

/// Makes a received text file (already in the store, `head` its first bytes) UTF-8 without a
/// byte order mark and answers the file to keep. The received file is removed when it is not
/// the one kept and this upload created it. The outer error is a storage failure.
pub async fn store_as_utf8(
    store: &BlobStore,
    received: StoredBlob,
    head: &[u8],
) -> io::Result<Result<StoredBlob, TextRefusal>> {
    let outcome = convert(store, &received, head).await;
    let kept = matches!(&outcome, Ok(Ok(blob)) if blob.sha256 == received.sha256);
    if !kept && received.created {
        if let Err(error) = store.remove(&received.sha256).await {
            tracing::error!(%error, sha256 = %received.sha256, "could not remove a converted text file");
        }
    }
    outcome
}

async fn convert(
    store: &BlobStore,
    received: &StoredBlob,
    head: &[u8],
) -> io::Result<Result<StoredBlob, TextRefusal>> {
    if received.size > MAX_CONVERTED_BYTES {
        return Ok(match media::text_encoding(head, false) {
            Ok(TextEncoding::Utf8) => Ok(received.clone()),
            Ok(encoding) => Err(TextRefusal::TooLargeToConvert(encoding.label())),
            Err(problem) => Err(problem.into()),
        });
    }
    let bytes = store.read(&received.sha256, MAX_CONVERTED_BYTES).await?;
    let decoded = match text::decode(&bytes) {
        Ok(decoded) => decoded,
        Err(problem) => return Ok(Err(problem.into())),
    };
    if decoded.text.trim().is_empty() {
        return Ok(Err(TextRefusal::Empty));
    }
    if decoded.text.as_bytes() == bytes.as_slice() {
        return Ok(Ok(received.clone()));
    }
    Ok(Ok(store.put(decoded.text.as_bytes()).await?))
}
