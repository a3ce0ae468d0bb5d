//! Administrators read the audit log: every change to an account, newest first, a page at a time.

use domain::policy::Action;

use super::authorise;
use crate::dto::AuditEntry;
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::audit;
use crate::server::AppState;
use crate::t;

/// How many entries a page has when the caller does not say.
pub const DEFAULT_PAGE: i64 = 50;
/// The most entries one page has.
pub const MAX_PAGE: i64 = 500;

/// The newest `limit` entries (1 to [`MAX_PAGE`]), older than the entry `before` when given.
pub async fn page(
    state: &AppState,
    actor: &Account,
    before: Option<i64>,
    limit: Option<i64>,
) -> Result<Vec<AuditEntry>, AppError> {
    authorise(actor, Action::ReadAuditLog)?;
    let limit = limit.unwrap_or(DEFAULT_PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(AppError::Invalid(t!("server-audit-page-size", max = MAX_PAGE)));
    }
    let mut conn = state.db.acquire().await?;
    Ok(audit::newest(&mut conn, before, limit).await?)
}
