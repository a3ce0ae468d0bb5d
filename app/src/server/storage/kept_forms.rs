//! Forms refused after a plain post, kept so that their page can show what was typed.

use domain::{AccountId, Timestamp};
use sqlx::AnyConnection;

/// Keeps `fields` (JSON: a list of name and value) posted by `account` to `endpoint`; answers its id.
pub async fn keep(
    conn: &mut AnyConnection,
    account: AccountId,
    endpoint: &str,
    fields: &str,
    now: Timestamp,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "insert into kept_form (account_id, endpoint, fields, created_at) values ($1, $2, $3, $4)
         returning kept_form_id",
    )
    .bind(account.get())
    .bind(endpoint)
    .bind(fields)
    .bind(now.to_string())
    .fetch_one(conn)
    .await
}

/// The endpoint and fields kept as `id` by `account` after `since`, if still there; none for
/// anyone else's.
pub async fn find(
    conn: &mut AnyConnection,
    id: i64,
    account: AccountId,
    since: Timestamp,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "select endpoint, fields from kept_form
         where kept_form_id = $1 and account_id = $2 and created_at >= $3",
    )
    .bind(id)
    .bind(account.get())
    .bind(since.to_string())
    .fetch_optional(conn)
    .await
}

/// Forgets all but the newest `count` forms kept for `account`.
pub async fn keep_newest(
    conn: &mut AnyConnection,
    account: AccountId,
    count: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "delete from kept_form where account_id = $1 and kept_form_id not in
         (select kept_form_id from kept_form where account_id = $1 order by kept_form_id desc limit $2)",
    )
    .bind(account.get())
    .bind(count)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets the forms kept before `before`; answers how many.
pub async fn remove_older_than(conn: &mut AnyConnection, before: Timestamp) -> Result<u64, sqlx::Error> {
    super::remove_created_before(conn, "kept_form", before).await
}
