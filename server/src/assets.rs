//! How answers travel: every compressible answer compressed (brotli or gzip, as the browser
//! accepts), and each with the caching it allows. The bundle's files (`/pkg/…`) are named by the
//! hash of their content in a release build (`hash-files`), so a browser keeps them for a year; the
//! rest is revalidated on each use.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Version};
use axum::Router;
use leptos::config::LeptosOptions;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// A year: for files whose name changes with their content.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Use it, but ask first whether it changed (the file's `Last-Modified` answers with 304).
const REVALIDATE: &str = "no-cache";
/// Pages and the API answer for one person: kept only by their browser, and asked again each time.
const PERSONAL: &str = "private, no-cache";

/// The bundle's folder (`/pkg`), precompressed variants first, with its caching.
pub fn bundle(options: &LeptosOptions) -> Router {
    let folder = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let caching = if options.hash_files { IMMUTABLE } else { REVALIDATE };
    Router::new()
        .fallback_service(ServeDir::new(folder).precompressed_br().precompressed_gzip())
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static(caching)))
}

/// `Cache-Control` for every answer that did not set one: personal, revalidated.
pub fn personal_caching() -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static(PERSONAL))
}

/// Compresses text, JSON, scripts and SVG when the browser accepts brotli or gzip, on the fly at
/// the fastest level. Not files that are compressed already (pictures, video, zip, PDF, Excel),
/// not the live event stream, which must reach the browser event by event, and not the wasm: a
/// release bundle comes precompressed at the best level (`cargo leptos build --release
/// --precompress`) and [`bundle`] sends those files as they are, while a debug build's wasm (20
/// MB) would cost the server a core and a slow phone seconds to unpack on every page load.
pub fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(CompressionLevel::Fastest)
        .compress_when(DefaultPredicate::new().and(compressible))
}

fn compressible(_: StatusCode, _: Version, headers: &HeaderMap, _: &axum::http::Extensions) -> bool {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok()).unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim();
    essence.starts_with("text/") && essence != "text/event-stream"
        || matches!(
            essence,
            "application/json" | "application/javascript" | "image/svg+xml" | "application/jwt"
        )
}
