//! Student lists sent by a plain form, kept between the preview and the confirmation.

use domain::{AccountId, CohortId, Timestamp};
use sqlx::AnyConnection;

/// Keeps `list` (the file's bytes, base64-encoded) for `account` and `cohort`; answers its id.
pub async fn keep(
    conn: &mut AnyConnection,
    cohort: CohortId,
    account: AccountId,
    list: &str,
    now: Timestamp,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "insert into pending_import (cohort_id, account_id, list, created_at) values ($1, $2, $3, $4)
         returning pending_import_id",
    )
    .bind(cohort.get())
    .bind(account.get())
    .bind(list)
    .bind(now.to_string())
    .fetch_one(conn)
    .await
}

/// The list kept as `id` by `account` for `cohort` after `since`, if it is still there; none for
/// anyone else's.
pub async fn find(
    conn: &mut AnyConnection,
    id: i64,
    cohort: CohortId,
    account: AccountId,
    since: Timestamp,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "select list from pending_import
         where pending_import_id = $1 and cohort_id = $2 and account_id = $3 and created_at >= $4",
    )
    .bind(id)
    .bind(cohort.get())
    .bind(account.get())
    .bind(since.to_string())
    .fetch_optional(conn)
    .await
}

/// Forgets the lists kept before `before`; answers how many.
pub async fn remove_older_than(conn: &mut AnyConnection, before: Timestamp) -> Result<u64, sqlx::Error> {
    super::remove_created_before(conn, "pending_import", before).await
}

/// Forgets the list kept as `id` (as it is imported); answers whether it was still there.
pub async fn remove(conn: &mut AnyConnection, id: i64) -> Result<bool, sqlx::Error> {
    let removed =
        sqlx::query("delete from pending_import where pending_import_id = $1").bind(id).execute(conn).await?;
    Ok(removed.rows_affected() == 1)
}
