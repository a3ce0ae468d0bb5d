//! The worker `serve` runs beside the HTTP server: it delivers the outbox (side effects after
//! commit, see `app::server::services::outbox`), sends the daily digest of notifications when it
//! is due, removes expired notifications and the student lists kept for a preview over a day
//! and, every hour, orphaned files and the evidence files past their retention period, until the
//! server shuts down.

use std::time::{Duration, Instant};

use std::sync::Arc;

use app::error::AppError;
use app::server::blobs::BlobStore;
use app::server::services::outbox::{self, Deliver};
use app::server::services::{enrolment, kept_form, notifications, orphans, privacy};
use app::server::{Clock, Settings};
use sqlx::AnyPool;
use tokio::sync::watch;

/// How often the worker looks for due messages when there was nothing to do.
pub const POLL: Duration = Duration::from_secs(1);

/// How often the worker looks whether a digest is due and removes expired notifications and the
/// student lists kept over a day.
pub const HOUSEKEEPING: Duration = Duration::from_secs(60);

/// How often the worker removes files no row refers to (the server's start does it too) and
/// applies the retention period of evidence files.
pub const HOURLY: Duration = Duration::from_secs(3600);

/// Delivers due messages every [`POLL`], at once again while whole batches keep coming, and
/// keeps house every [`HOUSEKEEPING`], until `stop` turns true (or its sender is gone). A round
/// in progress is finished first. Due means due by `clock`; the digest goes out at the
/// settings' time.
pub async fn run(
    db: AnyPool,
    blobs: BlobStore,
    settings: Arc<Settings>,
    deliver: impl Deliver,
    clock: Clock,
    mut stop: watch::Receiver<bool>,
) {
    let mut kept_house: Option<Instant> = None;
    let mut hourly: Option<Instant> = None;
    while !*stop.borrow() {
        if kept_house.is_none_or(|at| at.elapsed() >= HOUSEKEEPING) {
            keep_house(&db, &settings, clock).await;
            kept_house = Some(Instant::now());
        }
        if hourly.is_none_or(|at| at.elapsed() >= HOURLY) {
            // The server's start has just collected the orphans.
            if hourly.is_some() {
                orphans::collect_logged(&db, &blobs, settings.orphan_grace).await;
            }
            privacy::apply_retention_logged(&db, &blobs, &settings, clock.now()).await;
            hourly = Some(Instant::now());
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
    report(
        "daily digests written to the outbox",
        notifications::send_digest(db, settings, now).await.map(|sent| sent as u64),
    );
    report("expired notifications removed", notifications::remove_expired(db, now).await);
    report("student lists kept over a day removed", enrolment::forget_kept(db, now).await);
    report("refused forms kept over an hour removed", kept_form::forget_old(db, now).await);
}

/// Logs what a housekeeping task did (`count` things), when it did anything; a failed task is
/// tried again at the next round.
fn report(done: &str, count: Result<u64, AppError>) {
    match count {
        Ok(0) => {}
        Ok(count) => tracing::info!(count, "{done}"),
        Err(error) => tracing::error!(%error, "not done, trying again later: {done}"),
    }
}
