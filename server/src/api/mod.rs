//! The JSON API under `/api/v1`, for integrations and tests. Handlers parse, call one service
//! and answer; errors are `{"error": {"code", "message"}}` with the matching status.

mod account;
mod assessment;
mod audit_log;
mod badges;
mod cohorts;
mod coverage;
mod deliberations;
mod evidence;
mod notifications;
mod outbox;
mod portfolio;
mod progress;
mod session;
mod staff;
mod student_accounts;

use app::error::AppError;
use app::i18n::labels::Label;
use app::server::services::auth;
use app::server::storage::accounts::Account;
use app::server::{auth as cookies, AppState};
use app::t;
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put, MethodRouter};
use axum::Router;
use domain::management::ManagementRefusal;

/// One method on one path of the API: the unit the router is built from and the authorization
/// matrix test enumerates.
pub struct Endpoint {
    /// The HTTP method.
    pub method: Method,
    /// The path under `/api/v1`, with `{name}` for each path parameter.
    pub path: &'static str,
    /// The handler, with its own body limit where it needs one.
    pub handler: MethodRouter<AppState>,
}

fn endpoint(method: Method, path: &'static str, handler: MethodRouter<AppState>) -> Endpoint {
    Endpoint { method, path, handler }
}

/// Every endpoint of `/api/v1`.
pub fn endpoints() -> Vec<Endpoint> {
    use Method as M;
    vec![
        endpoint(M::POST, "/session", post(session::create)),
        endpoint(M::DELETE, "/session", delete(session::delete)),
        endpoint(M::GET, "/me", get(session::me)),
        endpoint(M::PUT, "/me/password", put(account::change)),
        endpoint(M::PUT, "/me/language", put(account::choose_language)),
        endpoint(M::DELETE, "/me/sessions", delete(account::sign_out_everywhere)),
        endpoint(M::POST, "/password-resets", post(account::request_reset)),
        endpoint(M::POST, "/passwords", post(account::choose)),
        // Uploads are streamed to disk and limited per file by the service, not buffered whole:
        // the handler reads the raw body, which the JSON limit below does not apply to.
        endpoint(M::POST, "/evidence", post(evidence::create)),
        endpoint(M::GET, "/evidence/{id}", get(evidence::show)),
        endpoint(M::DELETE, "/evidence/{id}", delete(evidence::delete)),
        endpoint(M::PUT, "/evidence/{id}/skills", put(evidence::set_skills)),
        endpoint(M::GET, "/evidence/{id}/file", get(evidence::file)),
        endpoint(M::GET, "/evidence/{id}/thumbnail", get(evidence::thumbnail)),
        endpoint(M::GET, "/students/{id}/progress", get(progress::show)),
        endpoint(M::GET, "/students/{id}/portfolio.zip", get(portfolio::export)),
        endpoint(M::GET, "/students/{id}/credential.jwt", get(badges::download)),
        endpoint(M::GET, "/students/{id}/credential.svg", get(badges::qr_code)),
        endpoint(M::POST, "/students/{id}/award-withdrawals", post(badges::withdraw)),
        endpoint(M::GET, "/issuer", get(badges::profile)),
        endpoint(M::GET, "/issuer/jwks.json", get(badges::jwks)),
        endpoint(M::GET, "/credentials/status", get(badges::status_list)),
        endpoint(M::POST, "/credentials/verify", post(badges::verify)),
        endpoint(M::GET, "/credentials/{public_id}", get(badges::show)),
        endpoint(M::GET, "/students/{id}/coverage", get(coverage::of_student)),
        endpoint(M::POST, "/students/{id}/coverage/confirmations", post(coverage::confirm)),
        endpoint(M::GET, "/cohorts/{id}/coverage", get(coverage::of_cohort)),
        endpoint(M::POST, "/submissions", post(progress::submit)),
        endpoint(M::POST, "/submissions/withdraw", post(progress::withdraw)),
        endpoint(M::GET, "/queue", get(assessment::queue)),
        endpoint(M::POST, "/decisions", post(assessment::decide)),
        endpoint(M::POST, "/decisions/{id}/undo", post(assessment::undo)),
        endpoint(M::GET, "/cohorts/{id}/grid", get(assessment::grid)),
        endpoint(M::POST, "/grid-decisions", post(assessment::decide_grid)),
        endpoint(M::POST, "/students/{id}/awards", post(assessment::award)),
        endpoint(M::GET, "/cohorts", get(cohorts::list)),
        endpoint(M::POST, "/cohorts", post(cohorts::create)),
        endpoint(M::POST, "/cohorts/{id}/archive", post(cohorts::archive)),
        endpoint(M::PUT, "/cohorts/{id}/assessors/{assessor_id}", put(cohorts::assign)),
        endpoint(M::DELETE, "/cohorts/{id}/assessors/{assessor_id}", delete(cohorts::unassign)),
        endpoint(M::GET, "/cohorts/{id}/readiness", get(cohorts::readiness)),
        endpoint(M::GET, "/cohorts/{id}/readiness.csv", get(cohorts::readiness_csv)),
        endpoint(M::GET, "/cohorts/{id}/readiness.xlsx", get(cohorts::readiness_xlsx)),
        endpoint(
            M::POST,
            "/cohorts/{id}/enrolments",
            post(cohorts::enrol).layer(DefaultBodyLimit::max(cohorts::LIST_LIMIT_BYTES)),
        ),
        endpoint(M::GET, "/cohorts/{id}/report.pdf", get(cohorts::report_pdf)),
        endpoint(M::POST, "/cohorts/{id}/invitation-letters.pdf", post(cohorts::invitation_letters)),
        endpoint(M::POST, "/cohorts/{id}/framework-version", post(cohorts::move_version)),
        endpoint(M::GET, "/cohorts/{id}/deliberation", get(deliberations::list)),
        endpoint(M::POST, "/cohorts/{id}/deliberations", post(deliberations::record)),
        endpoint(M::GET, "/deliberations/{id}/record.pdf", get(deliberations::pdf)),
        endpoint(M::GET, "/staff", get(staff::list)),
        endpoint(M::POST, "/staff", post(staff::create)),
        endpoint(M::PUT, "/staff/{id}/role", put(staff::change_role)),
        endpoint(M::POST, "/staff/{id}/deactivate", post(staff::deactivate)),
        endpoint(M::POST, "/staff/{id}/reactivate", post(staff::reactivate)),
        endpoint(M::GET, "/students/{id}/account", get(student_accounts::show)),
        endpoint(M::PUT, "/students/{id}/account", put(student_accounts::edit)),
        endpoint(M::POST, "/students/{id}/deactivate", post(student_accounts::deactivate)),
        endpoint(M::POST, "/students/{id}/reactivate", post(student_accounts::reactivate)),
        endpoint(M::POST, "/students/{id}/erase", post(student_accounts::erase)),
        endpoint(M::POST, "/students/{id}/invitation", post(student_accounts::reinvite)),
        endpoint(M::GET, "/audit-log", get(audit_log::page)),
        endpoint(M::GET, "/outbox", get(outbox::page)),
        endpoint(M::GET, "/notifications", get(notifications::list)),
        endpoint(M::POST, "/notifications/read", post(notifications::mark_all_read)),
        endpoint(M::POST, "/notifications/{id}/read", post(notifications::mark_read)),
        endpoint(M::GET, "/me/notification-preferences", get(notifications::preferences)),
        endpoint(M::PUT, "/me/notification-preferences", put(notifications::set_preferences)),
        endpoint(M::GET, "/students/{id}/conversations", get(notifications::conversations)),
        endpoint(M::POST, "/replies", post(notifications::reply)),
        endpoint(M::GET, "/events", get(notifications::events)),
    ]
}

/// The `/api/v1` router: [`endpoints`], the methods of one path merged into one route.
pub fn router() -> Router<AppState> {
    endpoints()
        .into_iter()
        .fold(Router::new(), |router, endpoint| router.route(endpoint.path, endpoint.handler))
        // An address under /api/v1 that is none of these answers in the API's error shape.
        .fallback(|| async { AppError::NotFound(t!("services-api-not-found-address")) })
        .layer(axum::middleware::map_response(refusals_in_shape))
        // JSON requests are small: a decision on every skill of a module is a few KiB.
        .layer(DefaultBodyLimit::max(JSON_BODY_LIMIT_BYTES))
}

/// A plain form post to `endpoint` refused: a redirect to `page` with `error` in the address
/// (`__path`, `__err`), encoded as leptos encodes a server function's refusal, which the page
/// reads back (`components::forms::refused_post`), and the form as typed when it was `kept`
/// (`__kept`, see `crate::plain_forms`). A page a browser would read as another host
/// (`//host`, `/\host`, also once `..` is resolved) is replaced by `fallback`, so the answer
/// never leads off Vaardig.
fn refused_at(endpoint: &str, page: &str, fallback: &str, error: AppError, kept: Option<i64>) -> Response {
    use crate::plain_forms::{tidy, Outcome};
    use axum::response::Redirect;
    use leptos::server_fn::error::ServerFnUrlError;
    let at = |page: &str| {
        let url = ServerFnUrlError::new(endpoint, error.clone()).to_url(&format!("http://vaardig{page}"));
        url.ok().filter(|url| url.path().strip_prefix('/').is_some_and(|rest| !rest.starts_with(['/', '\\'])))
    };
    match at(page).or_else(|| at(fallback)) {
        Some(url) => {
            let location = format!("{}?{}", url.path(), url.query().unwrap_or_default());
            Redirect::to(&tidy(&location, Outcome::Refused { kept })).into_response()
        }
        None => Redirect::to(fallback).into_response(),
    }
}

/// The largest JSON request body; uploads and student lists have their own limits.
const JSON_BODY_LIMIT_BYTES: usize = 256 * 1024;

/// The signed-in account of a request; answers 401 when there is none.
pub struct SignedIn(pub Account);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let token = cookies::session_token(&parts.headers);
        auth::authenticate(state, token.as_deref(), state.clock.now()).await.map(SignedIn)
    }
}

/// A request body naming skills: `{"skill_ids": [...]}`.
#[derive(serde::Deserialize)]
pub struct SkillIds {
    pub skill_ids: Vec<domain::SkillId>,
}

/// Reads a JSON body, answering a clear 400 in our error shape when it is malformed.
pub struct JsonBody<T>(pub T);

impl<T, S> axum::extract::FromRequest<S> for JsonBody<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(JsonBody(value)),
            Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(AppError::TooLarge(
                t!("services-api-request-too-large", kib = JSON_BODY_LIMIT_BYTES / 1024),
            )),
            Err(rejection) => Err(json_refusal(&rejection)),
        }
    }
}

/// Why a JSON body was refused, in the reader's language: no JSON (415), JSON that does not
/// parse, or a field with a value of the wrong kind (named by its path, as serde gives it). A
/// field's own message (a role, a decision) is kept; serde's English is not shown.
fn json_refusal(rejection: &JsonRejection) -> AppError {
    tracing::info!(reason = %rejection.body_text(), "JSON body refused");
    match rejection {
        JsonRejection::MissingJsonContentType(_) => {
            AppError::UnsupportedMediaType(t!("services-api-json-required"))
        }
        JsonRejection::JsonDataError(error) => {
            let detail = std::error::Error::source(error).map(ToString::to_string).unwrap_or_default();
            AppError::Invalid(field_refusal(&detail))
        }
        _ => AppError::Invalid(t!("services-api-invalid-json")),
    }
}

/// serde's `path: reason at line L column C`, as a sentence in the reader's language.
fn field_refusal(detail: &str) -> String {
    const SERDE_ENGLISH: [&str; 9] = [
        "unknown variant",
        "invalid type",
        "missing field",
        "invalid value",
        "invalid length",
        "unknown field",
        "duplicate field",
        "expected",
        "data did not match",
    ];
    let Some((field, reason)) = detail.split_once(": ").filter(|(field, _)| !field.contains(' ')) else {
        return t!("services-api-unexpected-shape");
    };
    let reason = reason.rsplit_once(" at line ").map_or(reason, |(reason, _)| reason);
    // The one domain type that refuses while it is read (`StaffRole`) says why in Dutch.
    let not_staff = ManagementRefusal::NotAStaffRole;
    if reason == not_staff.to_string() {
        return not_staff.label();
    }
    if SERDE_ENGLISH.iter().any(|english| reason.starts_with(english)) {
        t!("services-api-field-invalid", field = field)
    } else {
        reason.to_owned()
    }
}

/// Puts the refusals axum makes before a handler runs (an id in the path that is not a number, a
/// query that does not parse, a method the address does not have) in the API's error shape, in
/// the reader's language; their English text goes to the log.
async fn refusals_in_shape(response: Response) -> Response {
    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    let status = response.status();
    if is_json || !status.is_client_error() {
        return response;
    }
    let (code, message) = match status {
        StatusCode::METHOD_NOT_ALLOWED => ("method_not_allowed", t!("services-api-method-not-allowed")),
        StatusCode::BAD_REQUEST => ("invalid", t!("services-api-malformed-request")),
        _ => ("refused", t!("services-api-refused")),
    };
    tracing::info!(%status, "request refused before its handler");
    let body = serde_json::json!({ "error": { "code": code, "message": message } });
    (status, axum::Json(body)).into_response()
}
