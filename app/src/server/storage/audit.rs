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

/// The most recent changes, newest first: at most `limit`, all older than the entry `before`
/// when given (the next page).
pub async fn newest(
    conn: &mut AnyConnection,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<crate::dto::AuditEntry>, sqlx::Error> {
    let rows: Vec<EntryRow> = sqlx::query_as(
        "select l.audit_id, l.at, l.actor_id, actor.name, l.account_id, account.name, l.action, l.detail
         from audit_log l
         join account on account.account_id = l.account_id
         left join account actor on actor.account_id = l.actor_id
         where l.audit_id < $1
         order by l.audit_id desc
         limit $2",
    )
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(entry).collect()
}

type EntryRow = (i64, String, Option<i64>, Option<String>, i64, String, String, String);

fn entry(row: EntryRow) -> Result<crate::dto::AuditEntry, sqlx::Error> {
    use crate::dto::PersonView;
    let (id, at, actor_id, actor_name, account_id, account_name, action, detail) = row;
    let actor = actor_id.zip(actor_name).map(|(id, name)| PersonView { id: AccountId::new(id), name });
    let at = super::parse_timestamp(&at)?;
    Ok(crate::dto::AuditEntry {
        id,
        at,
        shown_at: crate::format::date_time(at),
        actor,
        account: PersonView { id: AccountId::new(account_id), name: account_name },
        action,
        detail: serde_json::from_str(&detail).map_err(|error| sqlx::Error::Decode(error.into()))?,
    })
}
