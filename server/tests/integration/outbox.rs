//! Side effects after commit: a message written in a use case's transaction is delivered by the
//! server's worker once that transaction commits, never when it rolls back, never twice, and a
//! failing delivery is tried again after a growing wait until it is marked failed.

use std::collections::HashMap;
use std::sync::Mutex;

use app::server::services::outbox::{backoff, deliver_due, Deliver, Deliveries, Round, LOG, MAX_ATTEMPTS};
use app::server::storage::{self, outbox};
use chrono::Utc;
use domain::Timestamp;
use serde_json::json;
use sqlx::AnyPool;

use crate::common::logs::Captured;
use crate::common::{database, spawn_app};

const DELIVERED: &str = "outbox message delivered";

/// Enqueues a message in a transaction that commits (or not); answers its id.
async fn enqueue(db: &AnyPool, kind: &str, payload: serde_json::Value, commit: bool) -> i64 {
    let mut tx = storage::begin(db).await.unwrap();
    let id = outbox::enqueue(&mut tx, kind, &payload, Utc::now().into()).await.unwrap();
    if commit {
        tx.commit().await.unwrap();
    } else {
        tx.rollback().await.unwrap();
    }
    id
}

/// The outbox row's attempts and whether it was delivered, failed, and why.
async fn row(db: &AnyPool, id: i64) -> (i64, bool, bool, Option<String>) {
    let (attempts, delivered, failed, error): (i64, Option<String>, Option<String>, Option<String>) =
        sqlx::query_as(
            "select attempts, delivered_at, failed_at, last_error from outbox where outbox_id = $1",
        )
        .bind(id)
        .fetch_one(db)
        .await
        .unwrap();
    (attempts, delivered.is_some(), failed.is_some(), error)
}

#[tokio::test]
async fn the_worker_delivers_a_committed_message_once_and_a_rolled_back_one_never() {
    let (log, _capturing) = Captured::install();
    let app = spawn_app().await;
    enqueue(&app.db, LOG, json!({ "note": "teruggedraaid" }), false).await;
    let id = enqueue(&app.db, LOG, json!({ "note": "bevestigd" }), true).await;

    let mut waited = 0;
    while !row(&app.db, id).await.1 {
        assert!(waited < 100, "the worker delivers within ten seconds");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        waited += 1;
    }

    assert_eq!(app.rows("outbox").await, 1, "the rolled-back message is gone with its transaction");
    assert_eq!(row(&app.db, id).await, (1, true, false, None));
    let deliveries = log.lines_with(&[DELIVERED]);
    assert_eq!(deliveries.len(), 1, "{deliveries:?}");
    assert!(deliveries[0].contains(&format!("outbox_id={id}")), "{}", deliveries[0]);
    assert!(deliveries[0].contains("bevestigd"), "{}", deliveries[0]);
    let much_later = Timestamp::from(Utc::now()) + chrono::Duration::days(1);
    assert_eq!(deliver_due(&app.db, &Deliveries::default(), much_later).await.unwrap(), Round::default());
}

/// Counts deliveries per message; fails every one when `failing`.
#[derive(Default)]
struct Recorder {
    deliveries: Mutex<HashMap<i64, usize>>,
    failing: bool,
}

impl Deliver for Recorder {
    async fn deliver(&self, message: &outbox::Message) -> Result<(), String> {
        *self.deliveries.lock().unwrap().entry(message.outbox_id).or_default() += 1;
        tokio::task::yield_now().await;
        if self.failing {
            Err("de mailserver antwoordt niet".into())
        } else {
            Ok(())
        }
    }
}

#[tokio::test]
async fn two_workers_at_once_deliver_each_message_once() {
    let (db, _data) = database().await;
    for n in 0..12 {
        enqueue(&db, LOG, json!({ "n": n }), true).await;
    }
    let (first, second) = (Recorder::default(), Recorder::default());
    let now = Utc::now().into();

    let (a, b) = tokio::join!(deliver_due(&db, &first, now), deliver_due(&db, &second, now));

    assert_eq!(a.unwrap().delivered + b.unwrap().delivered, 12);
    let mut counts = first.deliveries.into_inner().unwrap();
    for (id, times) in second.deliveries.into_inner().unwrap() {
        *counts.entry(id).or_default() += times;
    }
    assert_eq!(counts.len(), 12);
    assert!(counts.values().all(|&times| times == 1), "{counts:?}");
}

#[tokio::test]
async fn a_failing_delivery_is_retried_after_a_growing_wait_and_then_marked_failed() {
    let (db, _data) = database().await;
    let id = enqueue(&db, LOG, json!({ "note": "blijft mislukken" }), true).await;
    let failing = Recorder { failing: true, ..Recorder::default() };
    let second = chrono::Duration::seconds(1);
    let mut at: Timestamp = Utc::now().into();

    for attempt in 1..MAX_ATTEMPTS {
        let round = deliver_due(&db, &failing, at).await.unwrap();
        assert_eq!(round, Round { retried: 1, ..Round::default() }, "attempt {attempt}");
        let early = deliver_due(&db, &failing, at + (backoff(attempt) - second)).await.unwrap();
        assert_eq!(early, Round::default(), "not due before the wait after attempt {attempt}");
        at = at + backoff(attempt);
    }
    let last = deliver_due(&db, &failing, at).await.unwrap();

    assert_eq!(last, Round { failed: 1, ..Round::default() });
    assert_eq!(failing.deliveries.lock().unwrap()[&id], 5);
    assert_eq!(row(&db, id).await, (5, false, true, Some("de mailserver antwoordt niet".into())));
    let much_later = at + chrono::Duration::days(30);
    assert_eq!(deliver_due(&db, &failing, much_later).await.unwrap(), Round::default(), "failed is final");
}

#[tokio::test]
async fn the_worker_stops_when_the_server_shuts_down() {
    let (db, data) = database().await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(server::worker::run(
        db,
        app::server::blobs::BlobStore::folder(data.path().join("blobs")),
        std::sync::Arc::new(crate::common::settings("http://localhost", None)),
        Deliveries::default(),
        app::server::Clock::System,
        stopped,
    ));
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;

    stop.send(true).unwrap();

    let ended = tokio::time::timeout(std::time::Duration::from_secs(2), worker).await;
    assert!(matches!(ended, Ok(Ok(()))), "the worker ends within its poll interval");
}
