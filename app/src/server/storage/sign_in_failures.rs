//! Failed sign-ins within the throttling window (see `domain::sign_in`).

use domain::sign_in::RecentFailures;
use domain::Timestamp;
use sqlx::AnyConnection;

use super::parse_timestamp;

/// The failures of `email` and from `address` after `since`, but for the attempt `except`.
pub async fn recent(
    conn: &mut AnyConnection,
    email: &str,
    address: &str,
    since: Timestamp,
    except: i64,
) -> Result<RecentFailures, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "select email, address, failed_at from sign_in_failure
         where (email = $1 or address = $2) and failed_at > $3 and failure_id <> $4",
    )
    .bind(email)
    .bind(address)
    .bind(since.to_string())
    .bind(except)
    .fetch_all(conn)
    .await?;
    let mut failures = RecentFailures::default();
    for (row_email, row_address, failed_at) in rows {
        let failed_at = parse_timestamp(&failed_at)?;
        if row_email == email {
            failures.of_account.push(failed_at);
        }
        if row_address == address {
            failures.from_address.push(failed_at);
        }
    }
    Ok(failures)
}

/// Records an attempt as failed until it is known to succeed, and forgets the failures from
/// before `forget_before`; answers the attempt's id.
pub async fn record(
    conn: &mut AnyConnection,
    email: &str,
    address: &str,
    at: Timestamp,
    forget_before: Timestamp,
) -> Result<i64, sqlx::Error> {
    sqlx::query("delete from sign_in_failure where failed_at < $1")
        .bind(forget_before.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query_scalar(
        "insert into sign_in_failure (email, address, failed_at) values ($1, $2, $3) returning failure_id",
    )
    .bind(email)
    .bind(address)
    .bind(at.to_string())
    .fetch_one(conn)
    .await
}

/// Forgets one attempt (one refused before its password was checked).
pub async fn forget(conn: &mut AnyConnection, attempt: i64) -> Result<(), sqlx::Error> {
    sqlx::query("delete from sign_in_failure where failure_id = $1").bind(attempt).execute(conn).await?;
    Ok(())
}

/// Forgets the failures of an account, after it signed in.
pub async fn clear(conn: &mut AnyConnection, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("delete from sign_in_failure where email = $1").bind(email).execute(conn).await?;
    Ok(())
}
