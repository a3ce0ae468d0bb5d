//! Shared server state and the glue that server functions use to reach it.

use std::sync::Arc;

use axum::extract::FromRef;
use chrono::Duration;
use clap::builder::TypedValueParser;
use clap::value_parser;
use domain::Timestamp;
use leptos::prelude::*;
use sqlx::AnyPool;

use crate::error::AppError;
use crate::server::blobs::BlobStore;
use crate::server::clock::Clock;
use crate::server::storage::accounts::Account;

/// Settings the services need at run time: the one declaration of the `serve` flags and their
/// `VAARDIG_*` variables (the `vaardig` binary flattens it into its command line), held in the
/// state in the units the services use.
#[derive(Debug, Clone, clap::Args)]
pub struct Settings {
    /// Mark the session cookie Secure; set this when Vaardig is reached over https.
    #[arg(long, env = "VAARDIG_SECURE_COOKIES")]
    pub secure_cookies: bool,

    /// Hours a session stays valid after signing in.
    #[arg(long = "session-hours", value_name = "SESSION_HOURS", env = "VAARDIG_SESSION_HOURS",
          default_value = "12",
          value_parser = value_parser!(u32).range(1..=720).map(|hours| Duration::hours(i64::from(hours))))]
    pub session_lifetime: Duration,

    /// The centre's name, printed on reports.
    #[arg(long, env = "VAARDIG_INSTITUTION", default_value = "Centrum voor volwassenenonderwijs")]
    pub institution: String,

    /// Take each client's network address from the last `X-Forwarded-For` entry (for sign-in
    /// throttling and logs); set this only behind a reverse proxy that sets that header.
    #[arg(long, env = "VAARDIG_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,

    /// The address people reach Vaardig at, for the links in e-mails and letters
    /// (`https://vaardig.cvo.be`).
    #[arg(long, env = "VAARDIG_PUBLIC_URL", default_value = "http://localhost:3000")]
    pub public_url: String,

    /// The SMTP server that sends e-mail: `smtp://user:password@host:587?tls=required`
    /// (STARTTLS), `smtps://user:password@host:465`, or `smtp://host:25` (no TLS, a local
    /// relay). Without it, e-mails wait in the outbox, where administrators read them.
    #[arg(long, env = "VAARDIG_SMTP_URL")]
    pub smtp_url: Option<crate::server::mail::SmtpUrl>,

    /// The sender of Vaardig's e-mail: `Vaardig CVO <vaardig@cvo.be>`.
    #[arg(long, env = "VAARDIG_MAIL_FROM", default_value = "Vaardig <vaardig@localhost>")]
    pub mail_from: String,

    /// The time of day, in Brussels, at which the daily digest of notifications goes out.
    #[arg(long = "digest-time", value_name = "HH:MM", env = "VAARDIG_DIGEST_TIME", default_value = "17:00",
          value_parser = time_of_day)]
    pub digest_time: chrono::NaiveTime,

    /// The largest evidence file a student may upload, in MiB.
    #[arg(long = "max-upload-mb", value_name = "MAX_UPLOAD_MB", env = "VAARDIG_MAX_UPLOAD_MB",
          default_value = "200",
          value_parser = value_parser!(u64).range(1..=65_536).map(|mib| mib * 1024 * 1024))]
    pub max_upload_bytes: u64,

    /// Minutes a stored file or spooled upload that no row refers to is kept before the orphan
    /// collector removes it: longer than any upload takes to commit.
    #[arg(long = "orphan-grace-minutes", value_name = "MINUTES", env = "VAARDIG_ORPHAN_GRACE_MINUTES",
          default_value = "1440",
          value_parser = value_parser!(u64).range(0..=525_600).map(|minutes| std::time::Duration::from_secs(minutes * 60)))]
    pub orphan_grace: std::time::Duration,

    /// Years after the end of a student's last cohort that their evidence files are kept; then
    /// the worker reports them to the administrators and removes them 30 days later.
    #[arg(long = "retention-years", value_name = "YEARS", env = "VAARDIG_RETENTION_YEARS", default_value = "5",
          value_parser = value_parser!(u32).range(1..=100))]
    pub retention_years: u32,

    /// Deelcertificaten are granted only by the delibererende klassenraad (recorded on the
    /// cohort's deliberation page); without it an assessor or coordinator may also award a
    /// unit that is ready directly.
    #[arg(long, env = "VAARDIG_AWARDS_BY_DELIBERATION_ONLY")]
    pub awards_by_deliberation_only: bool,

    /// A file holding the centre's Ed25519 key for Open Badges (PKCS#8, DER), created there on
    /// first use; without it the key is kept in the database.
    #[arg(long, env = "VAARDIG_ISSUER_KEY_FILE")]
    pub issuer_key_file: Option<std::path::PathBuf>,
}

fn time_of_day(text: &str) -> Result<chrono::NaiveTime, String> {
    chrono::NaiveTime::parse_from_str(text, "%H:%M")
        .map_err(|_| format!("'{text}' is not a time of day (HH:MM)"))
}

/// The network address of the client of a request (an IP address, or `unknown`), put in the
/// request's extensions by the server before any handler runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress(pub String);

/// Everything a request handler needs, cloned cheaply into each request.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: AnyPool,
    pub settings: Arc<Settings>,
    /// Where evidence files are kept.
    pub blobs: BlobStore,
    /// Computed cohort readiness; safe to lose.
    pub readiness: Arc<crate::server::services::readiness::ReadinessCache>,
    /// The only source of "now" for requests.
    pub clock: Clock,
    /// Live updates to open pages.
    pub live: Arc<crate::server::live::LiveHub>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state, as provided by `leptos_routes_with_context` to pages and server functions.
pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the Leptos context");
        AppError::Internal
    })
}

/// Sets the HTTP status of a server function's response from its outcome: server functions
/// answer 500 for every error unless told otherwise, which would hide client errors. A plain
/// HTML form post (no JavaScript) keeps the redirect `server_fn` answers it with: back to the
/// form, the error in the address for the page to show; a status would turn that into a bare
/// error body.
pub fn respond<T>(outcome: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(error) = &outcome {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            let status = http::StatusCode::from_u16(error.status()).ok().filter(|_| !is_form_post());
            if let Some(status) = status {
                response.set_status(status);
            }
            if let Some(seconds) = error.retry_after_seconds() {
                response.insert_header(http::header::RETRY_AFTER, seconds.into());
            }
        }
    }
    outcome
}

/// Whether the current request is a browser's plain form post (also true while a page is
/// rendered: its request accepts HTML too).
fn is_form_post() -> bool {
    use_context::<http::request::Parts>().is_some_and(|parts| is_form_post_of(&parts.headers))
}

/// After a server function succeeded: a plain form post goes on to `path`; a script that called
/// it shows the outcome itself (the page it is on says what came of it).
pub fn after_form_post(path: &str) {
    if is_form_post() {
        leptos_axum::redirect(path);
    }
}

/// Whether a request with these headers is a browser's plain form post (JavaScript off or not
/// yet running): one that accepts HTML, as a navigation does and `fetch` does not. Such a post is
/// answered with a redirect, not with JSON (leptos's rule for server functions).
pub fn is_form_post_of(headers: &http::HeaderMap) -> bool {
    let accept = headers.get(http::header::ACCEPT).and_then(|value| value.to_str().ok());
    accept.is_some_and(|accept| accept.contains("text/html"))
}

/// The account signed in on the current server-function request.
pub async fn signed_in() -> Result<Account, AppError> {
    signed_in_to(&state()?).await
}

async fn signed_in_to(state: &AppState) -> Result<Account, AppError> {
    let headers = request_headers().await?;
    crate::server::services::auth::authenticate(
        state,
        crate::server::auth::session_token(&headers).as_deref(),
        state.clock.now(),
    )
    .await
}

/// The headers of the current server-function request.
pub async fn request_headers() -> Result<http::HeaderMap, AppError> {
    leptos_axum::extract().await.map_err(|error| {
        tracing::error!(%error, "reading request headers failed");
        AppError::Internal
    })
}

/// The body of a server function that needs a signed-in account: hands `work` the state, the
/// account and the clock's "now", and sets the response status from the outcome ([`respond`]).
/// A visitor gets 401 before `work` runs.
pub async fn as_signed_in<T>(
    work: impl AsyncFnOnce(&AppState, &Account, Timestamp) -> Result<T, AppError>,
) -> Result<T, AppError> {
    respond(
        async {
            let state = state()?;
            let account = signed_in_to(&state).await?;
            work(&state, &account, state.clock.now()).await
        }
        .await,
    )
}

/// The client's network address, as the server recorded it for this request.
pub async fn client_address() -> Result<ClientAddress, AppError> {
    let axum::Extension(address) = leptos_axum::extract().await.map_err(|error| {
        tracing::error!(%error, "the request has no client address");
        AppError::Internal
    })?;
    Ok(address)
}

/// The body of a server function open to visitors (signing in and out): [`as_signed_in`]
/// without the account.
pub async fn as_visitor<T>(
    work: impl AsyncFnOnce(&AppState, Timestamp) -> Result<T, AppError>,
) -> Result<T, AppError> {
    respond(
        async {
            let state = state()?;
            work(&state, state.clock.now()).await
        }
        .await,
    )
}
