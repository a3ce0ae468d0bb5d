//! The JSON API under `/api/v1`, for integrations and tests. Handlers parse, call one service
//! and answer; errors are `{"error": {"code", "message"}}` with the matching status.

mod session;

use app::server::AppState;
use axum::routing::{get, post};
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/session", post(session::create).delete(session::delete))
        .route("/me", get(session::me))
}
