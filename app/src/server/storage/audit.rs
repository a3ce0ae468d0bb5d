//! The audit log: every change to an account, who made it and when. Only added to.

use domain::{AccountId, Timestamp};
use sqlx::AnyConnection;

/// One change to record. `detail` says what changed (JSON; never a password or a token).
#[derive(Debug, Clone)]
pub struct Change<'a> {
    /// Who made it; `None` when the person did it with a link (invitation, reset).
    pub actor: Option<AccountId>,
    pub account: AccountId,
    pub action: &'a str,
    pub detail: serde_json::Value,
}

/// Records a change; call it inside the transaction that makes it.
pub async fn record(conn: &mut AnyConnection, change: &Change<'_>, at: Timestamp) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into audit_log (at, actor_id, account_id, action, detail) values ($1, $2, $3, $4, $5)",
    )
    .bind(at.to_string())
    .bind(change.actor.map(AccountId::get))
    .bind(change.account.get())
    .bind(change.action)
    .bind(change.detail.to_string())
    .execute(conn)
    .await?;
    Ok(())
}
