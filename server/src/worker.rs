//! The worker `serve` runs beside the HTTP server: it delivers the outbox (side effects after
//! commit, see `app::server::services::outbox`) until the server shuts down.

use std::time::Duration;

use app::server::services::outbox::{self, Deliver};
use app::server::Clock;
use sqlx::AnyPool;
use tokio::sync::watch;

/// How often the worker looks for due messages when there was nothing to do.
pub const POLL: Duration = Duration::from_secs(1);

/// Delivers due messages every [`POLL`], at once again while whole batches keep coming, until
/// `stop` turns true (or its sender is gone). A round in progress is finished first. Due means
/// due by `clock`.
pub async fn run(db: AnyPool, deliver: impl Deliver, clock: Clock, mut stop: watch::Receiver<bool>) {
    while !*stop.borrow() {
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
