//! Side effects after commit (e-mail, notifications): a use case writes an outbox message with
//! [`storage::outbox::enqueue`] inside its own transaction; the server's worker calls
//! [`deliver_due`] now and then, which claims the due messages, delivers each through a
//! [`Deliver`] outside any transaction, and records the outcome: delivered, due again after a
//! growing wait ([`backoff`]), or failed for good after [`MAX_ATTEMPTS`].
//!
//! A claimed message belongs to one worker for [`CLAIM`], so two servers on one database never
//! deliver it twice. Only a server that stops between delivering and recording it (a crash)
//! leaves it to be delivered again once the claim runs out.

use std::future::Future;

use chrono::Duration;
use domain::Timestamp;
use sqlx::AnyPool;

use crate::error::AppError;
use crate::server::mail::{Mail, Mailer, MAIL};
use crate::server::storage::outbox::{self, Message};

/// A message only written to the log: for tests, and for checking that a server delivers. E-mail
/// is [`MAIL`].
pub const LOG: &str = "log";

/// Attempts before a message is marked failed.
pub const MAX_ATTEMPTS: i64 = 5;

/// How long a worker holds a claimed message before another may take it.
pub const CLAIM: Duration = Duration::minutes(5);

/// Messages claimed in one round.
pub const BATCH: i64 = 20;

/// Delivers one message; an `Err` (why, for the log and the outbox row) means "try again later".
pub trait Deliver: Send + Sync {
    fn deliver(&self, message: &Message) -> impl Future<Output = Result<(), String>> + Send;

    /// The kinds it can deliver (`None`: all); messages of other kinds wait in the outbox.
    fn kinds(&self) -> Option<&[&'static str]> {
        None
    }
}

/// The deliveries the server makes, chosen by the message's kind. Without a mailer, e-mail is
/// not claimed: it waits in the outbox, where administrators read it.
#[derive(Clone, Default)]
pub struct Deliveries {
    pub mailer: Option<Mailer>,
}

impl Deliver for Deliveries {
    async fn deliver(&self, message: &Message) -> Result<(), String> {
        match (message.kind.as_str(), &self.mailer) {
            (LOG, _) => {
                tracing::info!(outbox_id = message.outbox_id, payload = %message.payload, "outbox message delivered");
                Ok(())
            }
            (MAIL, Some(mailer)) => {
                let mail: Mail =
                    serde_json::from_str(&message.payload).map_err(|error| format!("not a mail: {error}"))?;
                mailer.send(&mail).await
            }
            (other, _) => Err(format!("no delivery for kind '{other}'")),
        }
    }

    fn kinds(&self) -> Option<&[&'static str]> {
        Some(if self.mailer.is_some() { &[LOG, MAIL] } else { &[LOG] })
    }
}

/// The wait before attempt `attempts + 1`: half a minute, doubling per attempt, at most an hour.
pub fn backoff(attempts: i64) -> Duration {
    let doublings = attempts.clamp(1, 8) - 1;
    (Duration::seconds(30) * (1 << doublings)).min(Duration::hours(1))
}

/// What one round did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Round {
    pub delivered: usize,
    pub retried: usize,
    pub failed: usize,
}

impl Round {
    /// Messages claimed: when it is a whole [`BATCH`], more may be waiting.
    pub fn claimed(&self) -> usize {
        self.delivered + self.retried + self.failed
    }
}

/// Delivers the messages due at `now`, one [`BATCH`] at most.
pub async fn deliver_due(db: &AnyPool, deliver: &impl Deliver, now: Timestamp) -> Result<Round, AppError> {
    let claimed = {
        let mut conn = db.acquire().await?;
        outbox::claim_due(&mut conn, now, now + CLAIM, BATCH, deliver.kinds()).await?
    };
    let mut round = Round::default();
    for message in claimed {
        let outcome = deliver.deliver(&message).await;
        let mut conn = db.acquire().await?;
        match outcome {
            Ok(()) => {
                outbox::mark_delivered(&mut conn, message.outbox_id, now).await?;
                round.delivered += 1;
            }
            Err(error) if message.attempts >= MAX_ATTEMPTS => {
                tracing::error!(outbox_id = message.outbox_id, kind = %message.kind, %error, "outbox message failed for good");
                outbox::mark_failed(&mut conn, message.outbox_id, &error, now).await?;
                round.failed += 1;
            }
            Err(error) => {
                tracing::warn!(outbox_id = message.outbox_id, kind = %message.kind, %error, "outbox delivery failed; retrying");
                outbox::retry_at(&mut conn, message.outbox_id, &error, now + backoff(message.attempts))
                    .await?;
                round.retried += 1;
            }
        }
    }
    Ok(round)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_from_half_a_minute_up_to_an_hour() {
        let waits: Vec<i64> = (1..=9).map(|attempts| backoff(attempts).num_seconds()).collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }
}
