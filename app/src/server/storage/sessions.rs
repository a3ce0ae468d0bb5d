//! Server-side sessions, stored by the hash of their token.

use domain::Timestamp;
use sqlx::AnyConnection;

use super::accounts::{Account, AccountRow};

/// Records a new session.
pub async fn insert(
    conn: &mut AnyConnection,
    token_hash: &str,
    account_id: domain::AccountId,
    created_at: Timestamp,
    expires_at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into session (token_hash, account_id, created_at, expires_at) values ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(account_id.get())
    .bind(created_at.to_string())
    .bind(expires_at.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// The account of a session that has not expired at `now`, if the account is active.
pub async fn find_account(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: Timestamp,
) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> = sqlx::query_as(
        "select a.account_id, a.email, a.name, a.role
         from session s join account a on a.account_id = s.account_id
         where s.token_hash = $1 and s.expires_at > $2 and a.deactivated_at is null",
    )
    .bind(token_hash)
    .bind(now.to_string())
    .fetch_optional(conn)
    .await?;
    row.map(Account::try_from).transpose()
}

/// Ends a session; ending one that does not exist is not an error.
pub async fn delete(conn: &mut AnyConnection, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("delete from session where token_hash = $1").bind(token_hash).execute(conn).await?;
    Ok(())
}

/// Ends every session of an account but the one with `keep` (a token hash); returns how many.
pub async fn delete_all_of(
    conn: &mut AnyConnection,
    account_id: domain::AccountId,
    keep: Option<&str>,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("delete from session where account_id = $1 and token_hash <> $2")
        .bind(account_id.get())
        .bind(keep.unwrap_or_default())
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Removes the sessions that expired before `now`; returns how many.
pub async fn delete_expired(conn: &mut AnyConnection, now: Timestamp) -> Result<u64, sqlx::Error> {
    let done =
        sqlx::query("delete from session where expires_at <= $1").bind(now.to_string()).execute(conn).await?;
    Ok(done.rows_affected())
}
