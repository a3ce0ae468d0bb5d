//! The server side of live updates (see [`crate::live`]): use cases publish [`LiveEvent`]s after
//! their commit; every open event stream of the account receives them, through a channel of that
//! account's own, so an event wakes only its account's streams.
//!
//! On SQLite the one server passes events through an in-process channel. On PostgreSQL several
//! servers share the database, so events go through `NOTIFY` on [`CHANNEL`] and each server's
//! listener passes what arrives to its own streams.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

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
const BUFFER: usize = 64;

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
pub struct LiveHub {
    /// A channel per account with open streams on this server.
    streams: Mutex<HashMap<AccountId, broadcast::Sender<Topic>>>,
    /// The database to relay through, on PostgreSQL (with its URL, for the listener).
    relay: Option<(AnyPool, String)>,
}

impl LiveHub {
    /// A hub for a server on the database at `url` (its `pool`).
    pub fn new(pool: &AnyPool, url: &str) -> Arc<LiveHub> {
        let relay = (Backend::of_url(url) == Some(Backend::Postgres)).then(|| (pool.clone(), url.to_owned()));
        Arc::new(LiveHub { streams: Mutex::default(), relay })
    }

    /// Receives the topics that change for `account` from now on.
    pub fn subscribe(&self, account: AccountId) -> broadcast::Receiver<Topic> {
        let mut streams = self.streams.lock().unwrap_or_else(PoisonError::into_inner);
        streams.entry(account).or_insert_with(|| broadcast::channel(BUFFER).0).subscribe()
    }

    /// Passes an event to its account's streams on this server; an account whose streams all
    /// closed loses its channel.
    fn pass_on(&self, event: LiveEvent) {
        let mut streams = self.streams.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(sender) = streams.get(&event.to) {
            if sender.send(event.topic).is_err() {
                streams.remove(&event.to);
            }
        }
    }

    /// Tells the open streams, after the use case committed. A failure is logged, not returned:
    /// the fact is recorded, and pages show it at their next load.
    pub async fn publish(&self, events: Vec<LiveEvent>) {
        let Some((pool, _)) = &self.relay else {
            events.into_iter().for_each(|event| self.pass_on(event));
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
                Ok(events) => events.into_iter().for_each(|event| self.pass_on(event)),
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
