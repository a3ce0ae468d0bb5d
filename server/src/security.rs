//! What keeps other websites out, applied to every request: the client's address for throttling,
//! refusal of state-changing requests sent by another site's page (cross-site request forgery,
//! login CSRF included), and the security headers of every response.

use std::net::{IpAddr, SocketAddr};

use app::error::AppError;
use app::server::context::ClientAddress;
use app::server::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{
    CONTENT_SECURITY_POLICY, HOST, ORIGIN, REFERER, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY,
    X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
};
use http::{HeaderMap, HeaderValue, Method, Uri};

/// Records the client's address in the request's extensions ([`ClientAddress`]): the peer's IP,
/// or behind a trusted proxy the last `X-Forwarded-For` entry.
pub async fn record_client_address(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip().to_string());
    let forwarded =
        state.settings.trust_forwarded_for.then(|| last_forwarded_for(request.headers())).flatten();
    let address = forwarded.or(peer).unwrap_or_else(|| "unknown".to_owned());
    request.extensions_mut().insert(ClientAddress(address));
    next.run(request).await
}

/// The address the nearest proxy saw: the last well-formed entry of `X-Forwarded-For`.
fn last_forwarded_for(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|line| line.split(','))
        .filter_map(|entry| entry.trim().parse::<IpAddr>().ok())
        .next_back()
        .map(|ip| ip.to_string())
}

/// Refuses with 403 ([`AppError::ForeignOrigin`]) a state-changing request that a page of
/// another origin sent, whatever its content type; the session cookie's `SameSite=Lax` alone
/// lets a page on another port of the same host through.
pub async fn same_origin_only(request: Request, next: Next) -> Response {
    if sent_by_another_origin(request.method(), request.uri(), request.headers()) {
        tracing::warn!(method = %request.method(), path = request.uri().path(), "refused a request from another origin");
        return AppError::ForeignOrigin.into_response();
    }
    next.run(request).await
}

/// True for an unsafe method whose sender is another origin: by the browser's own
/// `Sec-Fetch-Site` when it sends one, else by `Origin` (or, without it, `Referer`) against the
/// request's host. A request with none of them comes from no web page (an API client) and passes.
fn sent_by_another_origin(method: &Method, uri: &Uri, headers: &HeaderMap) -> bool {
    if method.is_safe() {
        return false;
    }
    let text = |name| headers.get(name).and_then(|value: &HeaderValue| value.to_str().ok());
    if let Some(site) = text(http::HeaderName::from_static("sec-fetch-site")) {
        return !matches!(site, "same-origin" | "none");
    }
    let Some(source) = text(ORIGIN).or_else(|| text(REFERER)) else {
        return false;
    };
    let host = text(HOST).or_else(|| uri.authority().map(|authority| authority.as_str()));
    let source_host = source.parse::<Uri>().ok().and_then(|uri| uri.authority().cloned());
    match (source_host, host) {
        (Some(source_host), Some(host)) => !source_host.as_str().eq_ignore_ascii_case(host),
        _ => true,
    }
}

/// The headers every response carries. Pages set their own Content-Security-Policy (with the
/// nonce of their inline scripts, see `app::server::page_policy`), and so do served evidence
/// files; every other response gets one that allows nothing. HSTS when cookies are secure, that
/// is when Vaardig is served over https.
pub async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers
        .entry(CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; base-uri 'none'"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.entry(X_CONTENT_TYPE_OPTIONS).or_insert(HeaderValue::from_static("nosniff"));
    if state.settings.secure_cookies {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn foreign(method: Method, pairs: &[(&'static str, &'static str)]) -> bool {
        sent_by_another_origin(&method, &Uri::from_static("/api/v1/decisions"), &headers(pairs))
    }

    #[test]
    fn reading_is_never_refused() {
        assert!(!foreign(Method::GET, &[("host", "vaardig.test"), ("origin", "http://evil.test")]));
    }

    #[test]
    fn the_browsers_verdict_decides_when_it_gives_one() {
        assert!(!foreign(Method::POST, &[("sec-fetch-site", "same-origin"), ("origin", "http://evil.test")]));
        assert!(!foreign(Method::POST, &[("sec-fetch-site", "none")]));
        // Another port of the same host is the same site, but another origin.
        assert!(foreign(Method::POST, &[("sec-fetch-site", "same-site"), ("host", "localhost:3000")]));
        assert!(foreign(Method::DELETE, &[("sec-fetch-site", "cross-site")]));
    }

    #[test]
    fn without_it_the_origin_must_be_the_host() {
        let own = [("host", "localhost:3000"), ("origin", "http://localhost:3000")];
        assert!(!foreign(Method::POST, &own));
        assert!(foreign(Method::POST, &[("host", "localhost:3000"), ("origin", "http://localhost:3001")]));
        assert!(foreign(Method::POST, &[("host", "localhost:3000"), ("origin", "null")]));
    }

    #[test]
    fn the_referer_stands_in_for_a_missing_origin() {
        assert!(!foreign(
            Method::POST,
            &[("host", "vaardig.test"), ("referer", "https://vaardig.test/beoordelen")]
        ));
        assert!(foreign(Method::PUT, &[("host", "vaardig.test"), ("referer", "https://evil.test/x")]));
    }

    #[test]
    fn a_request_from_no_web_page_passes() {
        assert!(!foreign(Method::POST, &[("host", "vaardig.test")]));
    }

    #[test]
    fn behind_a_trusted_proxy_the_nearest_forwarded_address_counts() {
        let mut map = headers(&[("x-forwarded-for", "203.0.113.9, 198.51.100.7")]);
        assert_eq!(last_forwarded_for(&map).as_deref(), Some("198.51.100.7"));
        map.insert("x-forwarded-for", HeaderValue::from_static("garbage"));
        assert_eq!(last_forwarded_for(&map), None);
    }
}
