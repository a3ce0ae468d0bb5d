//! The one error type of the application, shared by server functions, the JSON API and the UI.
//!
//! Each variant has a stable code for clients and a message for people in the reader's language
//! (`i18n::locale`; the texts are in `locales/*/common.ftl`). Variants that carry a text carry it
//! already in the reader's language: the server makes them while it knows the request. Internal
//! details (SQL, IO) are logged on the server and never reach the user.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use crate::t;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    Unauthenticated,
    BadCredentials,
    Forbidden,
    /// A state-changing request sent by a page of another website (cross-site request forgery).
    ForeignOrigin,
    /// Too many failed sign-ins; the number is the seconds to wait (`Retry-After`).
    TooManyAttempts(u64),
    /// What was not found, as a noun in the reader's language.
    NotFound(String),
    Invalid(String),
    Conflict(String),
    /// A deelcertificaat asked for while skills are missing (their ids).
    NotReady(Vec<domain::SkillId>),
    TooLarge(String),
    UnsupportedMediaType(String),
    Internal,
    /// The request never got a proper answer (network, encoding); raised on the calling side.
    Transport(String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            AppError::Unauthenticated => t!("error-unauthenticated"),
            AppError::BadCredentials => t!("error-bad-credentials"),
            AppError::Forbidden => t!("error-forbidden"),
            AppError::ForeignOrigin => t!("error-foreign-origin"),
            // A wait in whole minutes, rounded up.
            AppError::TooManyAttempts(seconds) => {
                t!("error-too-many-attempts", minutes = seconds.div_ceil(60).max(1))
            }
            AppError::NotFound(what) => t!("error-not-found", what = what.as_str()),
            AppError::Invalid(message)
            | AppError::Conflict(message)
            | AppError::TooLarge(message)
            | AppError::UnsupportedMediaType(message) => message.clone(),
            AppError::NotReady(missing) => t!("error-not-ready", count = missing.len()),
            AppError::Internal => t!("error-internal"),
            AppError::Transport(detail) => t!("error-transport", detail = detail.as_str()),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for AppError {}

impl AppError {
    /// The stable, machine-readable code of the JSON API's error body.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthenticated => "unauthenticated",
            AppError::BadCredentials => "bad_credentials",
            AppError::Forbidden => "forbidden",
            AppError::ForeignOrigin => "foreign_origin",
            AppError::TooManyAttempts(_) => "too_many_attempts",
            AppError::NotFound(_) => "not_found",
            AppError::Invalid(_) => "invalid",
            AppError::Conflict(_) => "conflict",
            AppError::NotReady(_) => "not_ready",
            AppError::TooLarge(_) => "too_large",
            AppError::UnsupportedMediaType(_) => "unsupported_media_type",
            AppError::Internal => "internal",
            AppError::Transport(_) => "transport",
        }
    }

    /// The HTTP status that carries this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated | AppError::BadCredentials => 401,
            AppError::Forbidden | AppError::ForeignOrigin => 403,
            AppError::TooManyAttempts(_) => 429,
            AppError::NotFound(_) => 404,
            AppError::Invalid(_) => 400,
            AppError::Conflict(_) | AppError::NotReady(_) => 409,
            AppError::TooLarge(_) => 413,
            AppError::UnsupportedMediaType(_) => 415,
            AppError::Internal | AppError::Transport(_) => 500,
        }
    }

    /// Seconds the client should wait before trying again (`Retry-After`), for errors that say so.
    pub fn retry_after_seconds(&self) -> Option<u64> {
        match self {
            AppError::TooManyAttempts(seconds) => Some(*seconds),
            _ => None,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(error: ServerFnErrorErr) -> Self {
        match error {
            // A malformed call to a server function is the caller's mistake, not a transport failure.
            ServerFnErrorErr::Args(detail) | ServerFnErrorErr::MissingArg(detail) => {
                AppError::Invalid(t!("error-bad-request", detail = detail))
            }
            // On the server, a body that cannot be read is the request's: too large, or not what the
            // function takes. In the browser the same error means the answer was unreadable.
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(detail) if detail.contains("length limit exceeded") => {
                AppError::TooLarge(t!("error-request-too-large"))
            }
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(detail) => {
                AppError::Invalid(t!("error-bad-request", detail = detail))
            }
            other => AppError::Transport(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_maps_to_a_client_or_server_status() {
        assert_eq!(AppError::Unauthenticated.status(), 401);
        assert_eq!(AppError::BadCredentials.status(), 401);
        assert_eq!(AppError::Forbidden.status(), 403);
        assert_eq!(AppError::ForeignOrigin.status(), 403);
        assert_eq!(AppError::TooManyAttempts(60).status(), 429);
        assert_eq!(AppError::NotFound("Opleiding".into()).status(), 404);
        assert_eq!(AppError::Invalid("x".into()).status(), 400);
        assert_eq!(AppError::Conflict("x".into()).status(), 409);
        assert_eq!(AppError::TooLarge("x".into()).status(), 413);
        assert_eq!(AppError::UnsupportedMediaType("x".into()).status(), 415);
        assert_eq!(AppError::Internal.status(), 500);
    }

    #[test]
    fn a_lock_out_says_how_many_minutes_to_wait_rounded_up() {
        assert_eq!(
            AppError::TooManyAttempts(841).to_string(),
            "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 15 minuten."
        );
        assert_eq!(
            AppError::TooManyAttempts(30).to_string(),
            "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 1 minuut."
        );
        assert_eq!(AppError::TooManyAttempts(841).retry_after_seconds(), Some(841));
        assert_eq!(AppError::Forbidden.retry_after_seconds(), None);
    }

    #[test]
    fn wrong_email_and_wrong_password_read_the_same() {
        // One variant for both cases, so the message cannot tell which one was wrong.
        assert_eq!(AppError::BadCredentials.to_string(), "Onbekend e-mailadres of verkeerd wachtwoord.");
    }
}

#[cfg(feature = "ssr")]
mod server_side {
    use super::AppError;
    use crate::i18n::labels::Label;
    use axum::response::{IntoResponse, Response};
    use axum::Json;

    impl From<sqlx::Error> for AppError {
        fn from(error: sqlx::Error) -> Self {
            tracing::error!(%error, "database error");
            AppError::Internal
        }
    }

    impl From<tokio::task::JoinError> for AppError {
        fn from(error: tokio::task::JoinError) -> Self {
            tracing::error!(%error, "background task failed");
            AppError::Internal
        }
    }

    impl From<domain::AccountRuleError> for AppError {
        fn from(error: domain::AccountRuleError) -> Self {
            AppError::Invalid(error.label())
        }
    }

    /// A staff role that is not one is invalid; the other refusals conflict with the account's state.
    impl From<domain::management::ManagementRefusal> for AppError {
        fn from(refusal: domain::management::ManagementRefusal) -> Self {
            match refusal {
                domain::management::ManagementRefusal::NotAStaffRole => AppError::Invalid(refusal.label()),
                other => AppError::Conflict(other.label()),
            }
        }
    }

    impl From<domain::cohort::CohortRuleError> for AppError {
        fn from(error: domain::cohort::CohortRuleError) -> Self {
            AppError::Invalid(error.label())
        }
    }

    /// A unit that is not (or no longer) ready is a conflict with the record; the rest are
    /// mistakes in the form.
    impl From<domain::deliberation::DeliberationError> for AppError {
        fn from(error: domain::deliberation::DeliberationError) -> Self {
            match error {
                domain::deliberation::DeliberationError::NotReady { .. } => AppError::Conflict(error.label()),
                _ => AppError::Invalid(error.label()),
            }
        }
    }

    impl From<domain::conversation::ReplyError> for AppError {
        fn from(error: domain::conversation::ReplyError) -> Self {
            AppError::Invalid(error.label())
        }
    }

    impl From<domain::EvidenceRuleError> for AppError {
        fn from(error: domain::EvidenceRuleError) -> Self {
            AppError::Invalid(error.label())
        }
    }

    impl From<domain::assessment::NoSkillChosen> for AppError {
        fn from(error: domain::assessment::NoSkillChosen) -> Self {
            AppError::Invalid(error.label())
        }
    }

    impl From<domain::assessment::DecisionRuleError> for AppError {
        fn from(error: domain::assessment::DecisionRuleError) -> Self {
            AppError::Invalid(error.label())
        }
    }

    impl From<domain::assessment::UndoRefusal> for AppError {
        fn from(refusal: domain::assessment::UndoRefusal) -> Self {
            AppError::Conflict(refusal.label())
        }
    }

    /// A unit that is not ready answers with its missing skills; the other refusals are conflicts.
    impl From<domain::assessment::AwardRefusal> for AppError {
        fn from(refusal: domain::assessment::AwardRefusal) -> Self {
            match refusal {
                domain::assessment::AwardRefusal::NotReady(missing) => AppError::NotReady(missing),
                other => AppError::Conflict(other.label()),
            }
        }
    }

    impl From<domain::evidence::EvidenceLocked> for AppError {
        fn from(error: domain::evidence::EvidenceLocked) -> Self {
            AppError::Conflict(error.label())
        }
    }

    impl From<std::io::Error> for AppError {
        fn from(error: std::io::Error) -> Self {
            tracing::error!(%error, "file system error");
            AppError::Internal
        }
    }

    /// The JSON API's error body: `{"error": {"code", "message"}}` with the matching status.
    impl IntoResponse for AppError {
        fn into_response(self) -> Response {
            let status =
                http::StatusCode::from_u16(self.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
            let mut error = serde_json::json!({ "code": self.code(), "message": self.to_string() });
            if let AppError::NotReady(missing) = &self {
                error["missing"] = serde_json::json!(missing);
            }
            let body = serde_json::json!({ "error": error });
            let mut response = (status, Json(body)).into_response();
            if let Some(seconds) = self.retry_after_seconds() {
                response.headers_mut().insert(http::header::RETRY_AFTER, seconds.into());
            }
            response
        }
    }
}
