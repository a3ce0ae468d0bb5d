//! The single-use links of invitations and password resets, stored by the SHA-256 of their token.

use domain::account::LinkPurpose;
use domain::{AccountId, Timestamp};
use sqlx::AnyConnection;

use super::accounts::{Account, AccountRow};

/// Records a link that opens until `expires_at`.
pub async fn insert(
    conn: &mut AnyConnection,
    token_hash: &str,
    account_id: AccountId,
    purpose: LinkPurpose,
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into account_token (token_hash, account_id, purpose, created_at, expires_at)
         values ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(account_id.get())
    .bind(purpose.as_str())
    .bind(now.to_string())
    .bind(expires_at.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// The active account of a link that is unused and has not expired at `now`.
pub async fn find_open(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: Timestamp,
) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> = sqlx::query_as(
        "select a.account_id, a.email, a.name, a.role from account_token t
         join account a on a.account_id = t.account_id
         where t.token_hash = $1 and t.used_at is null and t.expires_at > $2 and a.deactivated_at is null",
    )
    .bind(token_hash)
    .bind(now.to_string())
    .fetch_optional(conn)
    .await?;
    row.map(Account::try_from).transpose()
}

/// Uses up an open link of this account; false when it is no longer open. One statement, so of
/// two uses at once only one succeeds.
pub async fn consume(
    conn: &mut AnyConnection,
    token_hash: &str,
    account_id: AccountId,
    now: Timestamp,
) -> Result<bool, sqlx::Error> {
    let used = sqlx::query(
        "update account_token set used_at = $3
         where token_hash = $1 and account_id = $2 and used_at is null and expires_at > $3",
    )
    .bind(token_hash)
    .bind(account_id.get())
    .bind(now.to_string())
    .execute(conn)
    .await?;
    Ok(used.rows_affected() == 1)
}

/// Closes every unused link of an account (after its password was set, or it was deactivated).
pub async fn close_all_of(
    conn: &mut AnyConnection,
    account_id: AccountId,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("update account_token set used_at = $2 where account_id = $1 and used_at is null")
        .bind(account_id.get())
        .bind(now.to_string())
        .execute(conn)
        .await?;
    Ok(())
}
