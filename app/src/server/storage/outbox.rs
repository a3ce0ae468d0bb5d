//! The outbox: side effects waiting to be delivered after the transaction that asked for them
//! committed (see `services::outbox`). A message is due from `next_attempt_at`; a worker claims
//! it until `claimed_until`, then marks it delivered, due again later, or failed for good.

use domain::Timestamp;
use sqlx::AnyConnection;

/// A message claimed for delivery.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Message {
    pub outbox_id: i64,
    /// What to do: names the delivery (`services::outbox::LOG`, …).
    pub kind: String,
    /// The delivery's input, JSON.
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

/// Adds a message, due at once. Call it inside the use case's transaction: a rollback takes the
/// message with it, so nothing is delivered for work that did not happen.
pub async fn enqueue(
    conn: &mut AnyConnection,
    kind: &str,
    payload: &serde_json::Value,
    now: Timestamp,
) -> Result<i64, sqlx::Error> {
    let now = now.to_string();
    sqlx::query_scalar(
        "insert into outbox (kind, payload, created_at, next_attempt_at) values ($1, $2, $3, $3)
         returning outbox_id",
    )
    .bind(kind)
    .bind(payload.to_string())
    .bind(now)
    .fetch_one(conn)
    .await
}

/// Claims up to `limit` due messages of the given kinds (every kind: `None`), oldest first, until
/// `until`, counting the attempt. One statement, so it is one transaction: of two workers
/// claiming at once, each message goes to one. The conditions stand in the outer `where` too, so
/// PostgreSQL checks them again on a row another worker claimed while this one waited for it.
pub async fn claim_due(
    conn: &mut AnyConnection,
    now: Timestamp,
    until: Timestamp,
    limit: i64,
    kinds: Option<&[&str]>,
) -> Result<Vec<Message>, sqlx::Error> {
    let kind_condition = match kinds {
        None => String::new(),
        Some(kinds) => {
            let places: Vec<String> = (0..kinds.len()).map(|index| format!("${}", index + 4)).collect();
            format!("and kind in ({})", places.join(", "))
        }
    };
    let due = format!(
        "delivered_at is null and failed_at is null and next_attempt_at <= $1
         and (claimed_until is null or claimed_until <= $1) {kind_condition}"
    );
    let sql = format!(
        "update outbox set claimed_until = $2, attempts = attempts + 1
         where {due} and outbox_id in (select outbox_id from outbox where {due} order by outbox_id limit $3)
         returning outbox_id, kind, payload, attempts"
    );
    let mut query = sqlx::query_as(&sql).bind(now.to_string()).bind(until.to_string()).bind(limit);
    for kind in kinds.unwrap_or_default() {
        query = query.bind(*kind);
    }
    let mut claimed: Vec<Message> = query.fetch_all(conn).await?;
    claimed.sort_by_key(|message| message.outbox_id);
    Ok(claimed)
}

/// Records a delivery.
pub async fn mark_delivered(
    conn: &mut AnyConnection,
    outbox_id: i64,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("update outbox set delivered_at = $2, claimed_until = null where outbox_id = $1")
        .bind(outbox_id)
        .bind(now.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt; the message is due again at `next_attempt_at`.
pub async fn retry_at(
    conn: &mut AnyConnection,
    outbox_id: i64,
    error: &str,
    next_attempt_at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update outbox set next_attempt_at = $2, last_error = $3, claimed_until = null where outbox_id = $1",
    )
    .bind(outbox_id)
    .bind(next_attempt_at.to_string())
    .bind(error)
    .execute(conn)
    .await?;
    Ok(())
}

/// Records the last failed attempt: the message is never tried again.
pub async fn mark_failed(
    conn: &mut AnyConnection,
    outbox_id: i64,
    error: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update outbox set failed_at = $2, last_error = $3, claimed_until = null where outbox_id = $1",
    )
    .bind(outbox_id)
    .bind(now.to_string())
    .bind(error)
    .execute(conn)
    .await?;
    Ok(())
}

/// A message not delivered: waiting (`failed_at` none) or given up.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Undelivered {
    pub outbox_id: i64,
    /// The delivery's input, JSON.
    pub payload: String,
    pub created_at: String,
    pub attempts: i64,
    pub failed_at: Option<String>,
    pub last_error: Option<String>,
}

/// The newest `limit` messages of `kind` not delivered, waiting or failed, older than the
/// message `before` when given (the next page).
pub async fn undelivered(
    conn: &mut AnyConnection,
    kind: &str,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Undelivered>, sqlx::Error> {
    sqlx::query_as(
        "select outbox_id, payload, created_at, attempts, failed_at, last_error from outbox
         where kind = $1 and delivered_at is null and outbox_id < $2
         order by outbox_id desc
         limit $3",
    )
    .bind(kind)
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(conn)
    .await
}
