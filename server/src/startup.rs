//! Opening the database and assembling the HTTP server: pages, server functions, the JSON API
//! and static files, with graceful shutdown.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use app::error::AppError;
use app::server::mail::{Mailer, MailerError};
use app::server::services::outbox::Deliveries;
use app::server::services::{catalog, record_chain};
use app::server::{storage, AppState, Clock, Settings};
use app::{shell, App};
use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Router;
use leptos::config::{get_configuration, LeptosOptions};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use sqlx::AnyPool;
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::config::StorageArgs;

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot create the data folders: {0}")]
    Folders(#[from] std::io::Error),
    #[error("cannot use the blob store: {0}")]
    BlobStore(std::io::Error),
    #[error("cannot open the database {url}: {error}")]
    Database { url: String, error: sqlx::Error },
    #[error("cannot migrate the database {url}: {error}")]
    Migration { url: String, error: storage::MigrationError },
    #[error("cannot load the built-in catalog: {0}")]
    Catalog(app::error::AppError),
    #[error("cannot read the Leptos configuration: {0}")]
    Leptos(String),
}

impl StartupError {
    /// Worth waiting for: the database may come up, or a newer server may take over.
    fn is_transient(&self) -> bool {
        match self {
            StartupError::Database { error, .. } => storage::is_connection_error(error),
            StartupError::Migration { error, .. } => matches!(
                error,
                storage::MigrationError::SchemaTooNew(_) | storage::MigrationError::Unreachable(_)
            ),
            _ => false,
        }
    }
}

/// Opens (creating when missing) and migrates the database.
pub async fn open_database(storage_args: &StorageArgs) -> Result<AnyPool, StartupError> {
    storage_args.create_folders()?;
    let url = storage_args.database_url();
    let shown = || storage::redact(&url);
    storage::migrate(&url).await.map_err(|error| StartupError::Migration { url: shown(), error })?;
    let pool = storage::connect(&url, storage_args.pool_settings())
        .await
        .map_err(|error| StartupError::Database { url: shown(), error })?;
    let chained = record_chain::chain_earlier_rows(&pool)
        .await
        .map_err(|error| StartupError::Database { url: shown(), error })?;
    if chained > 0 {
        tracing::info!(chained, "decisions and awards recorded before the record chain are chained");
    }
    Ok(pool)
}

/// Opens the database and brings the built-in catalog up to date (recorded at the clock's
/// "now"): what every command that touches curriculum data needs.
pub async fn open_database_with_catalog(
    storage_args: &StorageArgs,
    clock: Clock,
) -> Result<AnyPool, StartupError> {
    let pool = open_database(storage_args).await?;
    for (code, outcome) in catalog::load_builtin(&pool, clock.now()).await.map_err(StartupError::Catalog)? {
        tracing::info!(framework = %code, ?outcome, "built-in catalog");
    }
    Ok(pool)
}

/// [`open_database_with_catalog`], waiting while the database is unreachable or its schema is
/// newer than this program, instead of exiting (and being restarted in a tight loop by a service
/// manager). The wait doubles after each attempt, up to half a minute.
pub async fn open_database_when_ready(
    storage_args: &StorageArgs,
    clock: Clock,
) -> Result<AnyPool, StartupError> {
    let mut wait = std::time::Duration::from_secs(1);
    loop {
        match open_database_with_catalog(storage_args, clock).await {
            Err(error) if error.is_transient() => {
                tracing::error!("{error}; trying again in {} s", wait.as_secs());
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(std::time::Duration::from_secs(30));
            }
            outcome => return outcome,
        }
    }
}

/// The Leptos settings cargo-leptos hands the binary (site root, output name), at our address.
/// The bundle's file names carry their hash when the build that made this binary wrote the list
/// of hashes beside it (`hash-files`), so a binary and its bundle always agree.
pub fn leptos_options(addr: SocketAddr) -> Result<LeptosOptions, StartupError> {
    let mut options =
        get_configuration(None).map_err(|error| StartupError::Leptos(error.to_string()))?.leptos_options;
    options.site_addr = addr;
    options.hash_files = std::env::current_exe()
        .is_ok_and(|binary| binary.with_file_name(options.hash_file.as_ref()).is_file());
    Ok(options)
}

/// Builds the application state around an open database; every request reads "now" from
/// `clock`.
pub fn app_state(
    db: AnyPool,
    storage_args: &StorageArgs,
    settings: Settings,
    leptos_options: LeptosOptions,
    clock: Clock,
) -> Result<AppState, StartupError> {
    let live = app::server::live::LiveHub::new(&db, &storage_args.database_url());
    Ok(AppState {
        leptos_options,
        db,
        live,
        settings: Arc::new(settings),
        blobs: storage_args.blob_store().map_err(StartupError::BlobStore)?,
        readiness: Default::default(),
        clock,
    })
}

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    crate::telemetry::spawn_leptos_tasks_in_request_span();
    let routes = route_list();
    let options = state.leptos_options.clone();
    Router::new()
        .nest("/api/v1", crate::api::router())
        .nest_service(&format!("/{}", options.site_pkg_dir), crate::assets::bundle(&options))
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // Server functions take small JSON or form bodies; the largest is a student list (2 MiB,
        // base64-encoded). Routes with other needs set their own limit.
        .layer(DefaultBodyLimit::max(SERVER_FN_BODY_LIMIT_BYTES))
        .layer(axum::middleware::map_response(server_fn_status))
        // Inside the same-origin check: another site's post is refused before anything is kept.
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::plain_forms::plain_form_posts))
        .layer(crate::assets::personal_caching())
        .layer(crate::assets::compression())
        .layer(axum::middleware::from_fn(crate::security::same_origin_only))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::security::record_client_address))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::security::security_headers))
        // Its latency and failure lines go to the request's span, made just outside.
        .layer(
            TraceLayer::new_for_http().make_span_with(|_: &axum::extract::Request| tracing::Span::current()),
        )
        .layer(axum::middleware::from_fn(in_request_language))
        .layer(axum::middleware::from_fn(crate::telemetry::request_span))
        .with_state(state)
}

/// Runs the request in the language it asks for (`app::i18n::request_locale_of`), so that
/// messages made outside a page, in the JSON API, are in the reader's language too.
async fn in_request_language(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let locale = app::i18n::request_locale_of(request.headers());
    app::i18n::scoped(locale, next.run(request)).await
}

/// The app's routes, worked out once per process. Leptos works them out by rendering the app with
/// resource loading switched off by a flag for the whole process: done again while another
/// router serves (a second server in one process, as the tests start), a page rendered at that
/// moment never loaded its data and waited forever.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The built CSS, JS and wasm, served apart from Leptos: its file handler runs in a reactive
/// owner that may hang under a page being rendered at the same moment, and then takes that
/// page's response headers and status (its Content-Security-Policy, a 404) for the file.
/// The largest body a server function accepts.
pub(crate) const SERVER_FN_BODY_LIMIT_BYTES: usize = 3 * 1024 * 1024;

/// Gives a server function's error answer the status its [`AppError`] carries. server_fn answers
/// 500 for an error raised before our code runs (malformed arguments, a body that is too large),
/// which would make monitoring count client mistakes as server failures.
async fn server_fn_status(response: Response) -> Response {
    let is_server_fn_error = response.status() == StatusCode::INTERNAL_SERVER_ERROR
        && response.headers().contains_key(SERVER_FN_ERROR_HEADER);
    if !is_server_fn_error {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, SERVER_FN_BODY_LIMIT_BYTES).await else {
        return Response::from_parts(parts, Body::empty());
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Serves, with the outbox worker beside it, until Ctrl-C or SIGTERM; then finishes the requests
/// in flight and the worker's round.
pub async fn serve(listener: TcpListener, state: AppState) -> std::io::Result<()> {
    let deliveries = Deliveries { mailer: mailer(&state.settings).map_err(std::io::Error::other)? };
    if deliveries.mailer.is_none() {
        tracing::warn!("no VAARDIG_SMTP_URL: e-mail waits in the outbox, for administrators to read");
    }
    let (stop, stopped) = tokio::sync::watch::channel(false);
    state.live.start();
    let worker = tokio::spawn(crate::worker::run(
        state.db.clone(),
        state.blobs.clone(),
        state.settings.clone(),
        deliveries,
        state.clock,
        stopped,
    ));
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await;
    let _ = stop.send(true);
    if let Err(error) = worker.await {
        tracing::error!(%error, "the outbox worker stopped abnormally");
    }
    served
}

/// The mailer of the settings' SMTP server, if one is set.
fn mailer(settings: &Settings) -> Result<Option<Mailer>, MailerError> {
    settings.smtp_url.as_ref().map(|url| Mailer::new(url, &settings.mail_from)).transpose()
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
