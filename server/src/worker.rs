//! The worker `serve` runs beside the HTTP server: it delivers the outbox (side effects after
//! commit, see `app::server::services::outbox`), sends the daily digest of notifications when it
//! is due and removes expired notifications, until the server shuts down.

use std::time::{Duration, Instant};

use app::server::services::notifications;
use app::server::services::outbox::{self, Deliver};
use app::server::AppState;
use tokio::sync::watch;

/// How often the worker looks for due messages when there was nothing to do.
pub const POLL: Duration = Duration::from_secs(1);

/// How often the worker looks whether a digest is due and removes expired notifications.
pub const HOUSEKEEPING: Duration = Duration::from_secs(60);

/// Delivers due messages every [`POLL`], at once again while whole batches keep coming, and
/// keeps house every [`HOUSEKEEPING`], until `stop` turns true (or its sender is gone). A round
/// in progress is finished first. Due means due by the state's clock.
pub async fn run(state: AppState, deliver: impl Deliver, mut stop: watch::Receiver<bool>) {
    let mut kept_house: Option<Instant> = None;
    while !*stop.borrow() {
        if kept_house.is_none_or(|at| at.elapsed() >= HOUSEKEEPING) {
            keep_house(&state).await;
            kept_house = Some(Instant::now());
        }
        // A failed round is logged where it failed; the next one tries again.
        let busy = matches!(
            outbox::deliver_due(&state.db, &deliver, state.clock.now()).await,
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

async fn keep_house(state: &AppState) {
    let now = state.clock.now();
    match notifications::send_digest(&state.db, &state.settings, now).await {
        Ok(0) => {}
        Ok(sent) => tracing::info!(sent, "daily digest written to the outbox"),
        Err(error) => tracing::error!(%error, "daily digest failed; trying again later"),
    }
    match notifications::remove_expired(&state.db, now).await {
        Ok(0) => {}
        Ok(removed) => tracing::info!(removed, "expired notifications removed"),
        Err(error) => tracing::error!(%error, "expired notifications not removed"),
    }
}
