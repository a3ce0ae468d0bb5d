//! Small previews of uploaded pictures for the dashboard and the review page.
//!
//! Decoding is the one costly thing an upload can make the server do, and a small file can
//! declare enormous dimensions (a 0.5 MB PNG of 16,000 × 8,000 pixels decodes to 512 MB). So a
//! thumbnail is made within a fixed budget: at most [`AT_ONCE`] pictures at a time, each read
//! whole only up to [`MAX_SOURCE_BYTES`], decoded only up to [`MAX_PIXELS`] and
//! [`MAX_DECODED_BYTES`] (checked from the header, before any pixel is decoded). Over budget
//! means no thumbnail; the upload itself stands.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use tokio::sync::Semaphore;

use crate::server::blobs::{BlobStore, MediaType, StoredBlob};

/// The longest side of a thumbnail, in pixels.
const SIDE: u32 = 320;
/// Pictures larger than this (as files) are not read for a thumbnail.
pub const MAX_SOURCE_BYTES: u64 = 32 * 1024 * 1024;
/// Pictures with more pixels than this are not decoded: 40 megapixels, more than phones take.
pub const MAX_PIXELS: u64 = 40_000_000;
/// The most memory one decoded picture may take: 40 megapixels with four bytes each.
pub const MAX_DECODED_BYTES: u64 = MAX_PIXELS * 4;
/// Thumbnails made at the same time, whatever the number of uploads; the others wait.
pub const AT_ONCE: usize = 2;

static DECODING: Semaphore = Semaphore::const_new(AT_ONCE);

/// Why a picture gets no thumbnail, besides a decoding error.
#[derive(Debug, thiserror::Error)]
enum Skipped {
    #[error("{width} × {height} pixels is over the thumbnail budget")]
    TooManyPixels { width: u32, height: u32 },
    #[error(transparent)]
    Image(#[from] image::ImageError),
}

/// Stores a JPEG thumbnail of a stored picture, upright as the camera held it (EXIF
/// orientation). Any failure (not a picture, corrupt, over budget) only means there is no
/// thumbnail: the upload itself stands.
pub async fn make(store: &BlobStore, picture: &StoredBlob, media: MediaType) -> Option<StoredBlob> {
    if !media.is_picture() || picture.size > MAX_SOURCE_BYTES {
        return None;
    }
    let permit = DECODING.acquire().await.ok()?;
    let source = store
        .read(&picture.sha256, MAX_SOURCE_BYTES)
        .await
        .map_err(|error| tracing::error!(%error, sha256 = %picture.sha256, "could not read a picture"))
        .ok()?;
    let rendered = tokio::task::spawn_blocking(move || render(source)).await.ok()?;
    drop(permit);
    let bytes =
        rendered.map_err(|error| tracing::info!(%error, sha256 = %picture.sha256, "no thumbnail")).ok()?;
    store.put(&bytes).await.map_err(|error| tracing::error!(%error, "could not store a thumbnail")).ok()
}

fn render(source: Vec<u8>) -> Result<Vec<u8>, Skipped> {
    let mut reader =
        ImageReader::new(Cursor::new(source)).with_guessed_format().map_err(image::ImageError::IoError)?;
    reader.limits(limits());
    let mut decoder = reader.into_decoder()?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS || decoder.total_bytes() > MAX_DECODED_BYTES {
        return Err(Skipped::TooManyPixels { width, height });
    }
    // A picture whose orientation cannot be read is shown as stored.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut thumbnail = DynamicImage::from_decoder(decoder)?.thumbnail(SIDE, SIDE);
    thumbnail.apply_orientation(orientation);
    let mut bytes = Cursor::new(Vec::new());
    thumbnail.to_rgb8().write_to(&mut bytes, ImageFormat::Jpeg)?;
    Ok(bytes.into_inner())
}

/// What the decoders themselves are told: no side longer than a 40-megapixel panorama, no
/// allocation beyond the budget.
fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    limits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG declaring `width` × `height` RGB pixels, with the start of their compressed data.
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut header = width.to_be_bytes().to_vec();
        header.extend_from_slice(&height.to_be_bytes());
        header.extend_from_slice(&[8, 2, 0, 0, 0]);
        let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
        bytes.extend(chunk(b"IHDR", &header));
        bytes.extend(chunk(b"IDAT", &[0x78, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFF]));
        bytes.extend(chunk(b"IEND", &[]));
        bytes
    }

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let body = [kind, data].concat();
        let mut bytes = (data.len() as u32).to_be_bytes().to_vec();
        bytes.extend_from_slice(&body);
        bytes.extend_from_slice(&crc32(&body).to_be_bytes());
        bytes
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for byte in bytes {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    #[test]
    fn a_picture_over_the_pixel_budget_is_not_decoded() {
        let outcome = render(png_header(16_000, 8_000));
        assert!(
            matches!(outcome, Err(Skipped::TooManyPixels { width: 16_000, height: 8_000 })),
            "{outcome:?}"
        );
    }

    #[test]
    fn the_budget_holds_two_forty_megapixel_pictures() {
        assert_eq!(MAX_DECODED_BYTES * AT_ONCE as u64, 320_000_000);
    }
}
