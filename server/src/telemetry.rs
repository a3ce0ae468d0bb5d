//! Logging: human-readable lines on stderr, filtered by `RUST_LOG` (default: info), and one span
//! per request that every line logged while serving it carries: the route, a request id (sent back
//! as `x-request-id`) and, once the request is authenticated, the account id.

use std::io::IsTerminal;

use axum::extract::{MatchedPath, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;
use tracing_subscriber::EnvFilter;

/// The response header that names the request, so a report of a failure can be found in the log.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// Installs the global subscriber; a second call (as in tests) leaves the first in place.
pub fn init() {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, not in log files and journals.
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

/// Middleware: serves the request inside its span and answers its id in `x-request-id`. The
/// route is the matched pattern (`/api/v1/evidence/{id}`), so the log names no ids from the URL;
/// a request no route matched (static files) logs its path. `account_id` stays empty until
/// `services::auth::authenticate` records it.
pub async fn request_span(request: Request, next: Next) -> Response {
    let request_id = new_request_id();
    let span = {
        let route = match request.extensions().get::<MatchedPath>() {
            Some(matched) => matched.as_str(),
            None => request.uri().path(),
        };
        tracing::info_span!(
            "request",
            method = %request.method(),
            route = %route,
            request_id = %request_id,
            account_id = tracing::field::Empty,
        )
    };
    let mut response = next.run(request).instrument(span).await;
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    response
}

/// 16 random hex digits: unique enough across servers and restarts, short enough to quote.
fn new_request_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

/// Makes the tasks Leptos spawns while rendering a page (its resources call the services) run in
/// the span of the request that spawned them, so their log lines carry it too. Must run before
/// `leptos_axum` installs its plain tokio executor; a second call leaves the first in place.
pub fn spawn_leptos_tasks_in_request_span() {
    let _ = any_spawner::Executor::init_custom_executor(SpanKeepingExecutor);
}

/// `task`, run in the reader's language of the task that spawns it (see `app::i18n::scoped`).
fn in_request_language<F: std::future::Future<Output = ()>>(
    task: F,
) -> impl std::future::Future<Output = ()> {
    let locale = app::i18n::scoped_locale();
    async move {
        match locale {
            Some(locale) => app::i18n::scoped(locale, task).await,
            None => task.await,
        }
    }
}

/// Tokio, as `leptos_axum` would set it up, with the caller's span and language carried into
/// each task.
struct SpanKeepingExecutor;

impl any_spawner::CustomExecutor for SpanKeepingExecutor {
    fn spawn(&self, task: any_spawner::PinnedFuture<()>) {
        tokio::spawn(in_request_language(task.in_current_span()));
    }

    fn spawn_local(&self, task: any_spawner::PinnedLocalFuture<()>) {
        tokio::task::spawn_local(in_request_language(task.in_current_span()));
    }

    fn poll_local(&self) {}
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::routing::get;
    use axum::Router;
    use tower::ServiceExt;

    use super::*;

    async fn request_id(router: &Router) -> HeaderValue {
        let response = router
            .clone()
            .oneshot(Request::get("/").body(Body::empty()).expect("request"))
            .await
            .expect("answer");
        response.headers()[REQUEST_ID_HEADER].clone()
    }

    // What the span records is tested on the real app: tests/integration/telemetry.rs.
    #[tokio::test]
    async fn every_request_gets_its_own_id() {
        let router =
            Router::new().route("/", get(|| async { "" })).layer(axum::middleware::from_fn(request_span));
        assert_ne!(request_id(&router).await, request_id(&router).await);
    }
}
