//! `GET /api/v1/outbox?before=<id>`: the e-mail not delivered (waiting or failed), newest first,
//! for administrators.

use app::dto::OutboxView;
use app::error::AppError;
use app::server::services::mailbox;
use app::server::AppState;
use axum::extract::{Query, State};
use axum::Json;

use super::SignedIn;

#[derive(serde::Deserialize)]
pub struct Page {
    before: Option<i64>,
}

/// One page of mail; the next starts `before` the last message's id.
pub async fn page(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Query(page): Query<Page>,
) -> Result<Json<OutboxView>, AppError> {
    Ok(Json(mailbox::page(&state, &account, page.before).await?))
}
