//! The worker `serve` runs beside the HTTP server: it delivers the outbox (side effects after
//! commit, see `app::server::services::outbox`), sends the daily digest of notifications when it
//! is due and removes expired notifications, until the server shuts down.

use std::time::{Duration, Instant};

use std::sync::Arc;

use app::server::services::notifications;
use app::server::services::outbox::{self, Deliver};
use app::server::{Clock, Settings};
use sqlx::AnyPool;
use tokio::sync::watch;

/// How often the worker looks for due messages when there was nothing to do.
pub const POLL: Duration = Duration::from_secs(1);

/// How often the worker looks whether a digest is due and removes expired notifications.
pub const HOUSEKEEPING: Duration = Duration::from_secs(60);

/// Delivers due messages every [`POLL`], at once again while whole batches keep coming, and
/// keeps house every [`HOUSEKEEPING`], until `stop` turns true (or its sender is gone). A round
/// in progress is finished first. Due means due by `clock`; the digest goes out at the
/// settings' time.
pub async fn run(
    db: AnyPool,
    settings: Arc<Settings>,
    deliver: impl Deliver,
    clock: Clock,
    mut stop: watch::Receiver<bool>,
) {
    let mut kept_house: Option<Instant> = None;
    while !*stop.borrow() {
        if kept_house.is_none_or(|at| at.elapsed() >= HOUSEKEEPING) {
            keep_house(&db, &settings, clock).await;
            kept_house = Some(Instant::now());
        }
        // A failed round is logged where it failed; the next one tries again.
        let busy = matches!(
            outbox::deliver_due(&db, &deliver, clock.now()).await,
            Ok(round) if round.claimed() as i64 == outbox::BATCH
        );
        if busy {
            continue;
        }
        tokio::select! {
            () = tokio::time::sleep(POLL) => {}
            _ = stop.changed() => {}
        }
    }
}

async fn keep_house(db: &AnyPool, settings: &Settings, clock: Clock) {
    let now = clock.now();
    match notifications::send_digest(db, settings, now).await {
        Ok(0) => {}
        Ok(sent) => tracing::info!(sent, "daily digest written to the outbox"),
        Err(error) => tracing::error!(%error, "daily digest failed; trying again later"),
    }
    match notifications::remove_expired(db, now).await {
        Ok(0) => {}
        Ok(removed) => tracing::info!(removed, "expired notifications removed"),
        Err(error) => tracing::error!(%error, "expired notifications not removed"),
    }
}
