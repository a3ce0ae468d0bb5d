//! Small previews of uploaded pictures for the dashboard.

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};

use crate::server::blobs::{BlobStore, MediaType, StoredBlob};

/// The longest side of a thumbnail, in pixels.
const SIDE: u32 = 320;
/// Pictures larger than this are not decoded for a thumbnail; they show without one.
const MAX_SOURCE_BYTES: u64 = 64 * 1024 * 1024;

/// Stores a JPEG thumbnail of a stored picture. Any failure (not a picture, corrupt, too large)
/// only means there is no thumbnail: the upload itself stands.
pub async fn make(store: &BlobStore, picture: &StoredBlob, media: MediaType) -> Option<StoredBlob> {
    if !media.is_picture() || picture.size > MAX_SOURCE_BYTES {
        return None;
    }
    let source = store
        .read(&picture.sha256, MAX_SOURCE_BYTES)
        .await
        .map_err(|error| tracing::error!(%error, sha256 = %picture.sha256, "could not read a picture"))
        .ok()?;
    let rendered = tokio::task::spawn_blocking(move || render(source)).await.ok()?;
    let bytes =
        rendered.map_err(|error| tracing::info!(%error, sha256 = %picture.sha256, "no thumbnail")).ok()?;
    store.put(&bytes).await.map_err(|error| tracing::error!(%error, "could not store a thumbnail")).ok()
}

fn render(source: Vec<u8>) -> Result<Vec<u8>, image::ImageError> {
    let mut reader = ImageReader::new(Cursor::new(source)).with_guessed_format()?;
    // A small file can claim enormous dimensions; refuse to allocate for those.
    let mut limits = Limits::default();
    limits.max_image_width = Some(16_000);
    limits.max_image_height = Some(16_000);
    limits.max_alloc = Some(512 * 1024 * 1024);
    reader.limits(limits);
    let thumbnail = reader.decode()?.thumbnail(SIDE, SIDE).to_rgb8();
    let mut bytes = Cursor::new(Vec::new());
    thumbnail.write_to(&mut bytes, ImageFormat::Jpeg)?;
    Ok(bytes.into_inner())
}
