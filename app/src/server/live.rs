//! The server side of live updates (see [`crate::live`]): use cases publish [`LiveEvent`]s after
//! their commit; every open event stream of the account receives them.
//!
//! On SQLite the one server passes events through an in-process channel. On PostgreSQL several
//! servers share the database, so events go through `NOTIFY` on [`CHANNEL`] and each server's
//! listener passes what arrives to its own streams.

use std::sync::Arc;

use domain::AccountId;
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgListener;
use sqlx::AnyPool;
use tokio::sync::broadcast;

use crate::live::Topic;
use crate::server::storage::Backend;

/// The PostgreSQL notification channel of live events.
pub const CHANNEL: &str = "vaardig_live";

/// Events waiting for a slow stream before it is told to fetch everything again.
const BUFFER: usize = 4096;

/// Events in one `NOTIFY` (its payload holds at most 8000 bytes).
const PER_NOTIFY: usize = 100;

/// `topic` changed for account `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LiveEvent {
    pub to: AccountId,
    pub topic: Topic,
}

impl LiveEvent {
    pub fn new(to: impl Into<AccountId>, topic: Topic) -> LiveEvent {
        LiveEvent { to: to.into(), topic }
    }
}

/// Passes live events from the use cases to the open streams, across servers on PostgreSQL.
#[derive(Clone)]
pub struct LiveHub {
    sender: broadcast::Sender<LiveEvent>,
    /// The database to relay through, on PostgreSQL (with its URL, for the listener).
    relay: Option<(AnyPool, String)>,
}

impl LiveHub {
    /// A hub for a server on the database at `url` (its `pool`).
    pub fn new(pool: &AnyPool, url: &str) -> Arc<LiveHub> {
        let relay = (Backend::of_url(url) == Some(Backend::Postgres)).then(|| (pool.clone(), url.to_owned()));
        Arc::new(LiveHub { sender: broadcast::channel(BUFFER).0, relay })
    }

    /// Receives every event this server passes on; a stream keeps those for its account.
    pub fn subscribe(&self) -> broadcast::Receiver<LiveEvent> {
        self.sender.subscribe()
    }

    /// Tells the open streams, after the use case committed. A failure is logged, not returned:
    /// the fact is recorded, and pages show it at their next load.
    pub async fn publish(&self, events: Vec<LiveEvent>) {
        let Some((pool, _)) = &self.relay else {
            for event in events {
                let _ = self.sender.send(event);
            }
            return;
        };
        for batch in events.chunks(PER_NOTIFY) {
            if let Err(error) = notify(pool, batch).await {
                tracing::warn!(%error, "live events not sent");
            }
        }
    }

    /// On PostgreSQL, listens for the events of every server and passes them on, until the
    /// process ends; the listener reconnects by itself after a lost connection. Nothing to do
    /// on SQLite.
    pub fn start(self: &Arc<Self>) {
        let Some((_, url)) = self.relay.clone() else { return };
        let hub = self.clone();
        tokio::spawn(async move {
            let mut wait = std::time::Duration::from_millis(500);
            loop {
                if let Err(error) = hub.relay_from(&url).await {
                    tracing::warn!(%error, "live event listener lost; listening again");
                }
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(std::time::Duration::from_secs(30));
            }
        });
    }

    async fn relay_from(&self, url: &str) -> Result<(), sqlx::Error> {
        let mut listener = PgListener::connect(url).await?;
        listener.listen(CHANNEL).await?;
        loop {
            let notification = listener.recv().await?;
            match serde_json::from_str::<Vec<LiveEvent>>(notification.payload()) {
                Ok(events) => events.into_iter().for_each(|event| {
                    let _ = self.sender.send(event);
                }),
                Err(error) => tracing::warn!(%error, "a live event that does not parse"),
            }
        }
    }
}

async fn notify(pool: &AnyPool, events: &[LiveEvent]) -> Result<(), sqlx::Error> {
    let payload = serde_json::to_string(events).map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
    // `pg_notify` answers void, which the Any driver cannot read: cast it to text.
    sqlx::query("select pg_notify($1, $2)::text").bind(CHANNEL).bind(payload).execute(pool).await?;
    Ok(())
}
