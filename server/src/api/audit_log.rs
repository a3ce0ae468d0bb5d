//! `GET /api/v1/audit-log?before=<audit_id>&limit=<n>`: the changes to accounts, newest first.

use app::dto::AuditEntry;
use app::error::AppError;
use app::server::services::audit_log;
use app::server::AppState;
use axum::extract::{Query, State};
use axum::Json;

use super::SignedIn;

#[derive(serde::Deserialize)]
pub struct Page {
    before: Option<i64>,
    limit: Option<i64>,
}

/// One page of the log; the next starts `before` the last entry's id.
pub async fn page(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Query(page): Query<Page>,
) -> Result<Json<Vec<AuditEntry>>, AppError> {
    Ok(Json(audit_log::page(&state, &account, page.before, page.limit).await?))
}
