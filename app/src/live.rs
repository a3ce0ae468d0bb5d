//! Live updates of open pages: the server tells each signed-in tab, over one server-sent event
//! stream (`GET /api/v1/events`), which [`Topic`] changed for its account; pages that show it
//! fetch it again. The events carry no data, so nothing is told that a page could not read.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What changed for an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Its notifications (a new one, one read or undone): the unread count and the list.
    Notifications,
    /// A student's progress: decisions, awards, submissions, conversations.
    Progress,
    /// The queue of skills waiting for assessment.
    Queue,
}

impl Topic {
    pub const ALL: [Topic; 3] = [Topic::Notifications, Topic::Progress, Topic::Queue];

    /// The event name on the stream.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Notifications => "notifications",
            Topic::Progress => "progress",
            Topic::Queue => "queue",
        }
    }
}

/// A counter per topic that grows with each event for this tab; resources that read one are
/// fetched again when it changes. Provided by [`App`](crate::App); on the server (and before the
/// stream opens) the counters stay at zero, so the first render hydrates unchanged.
#[derive(Clone, Copy)]
pub struct Live {
    notifications: RwSignal<u32>,
    progress: RwSignal<u32>,
    queue: RwSignal<u32>,
}

impl Live {
    pub fn new() -> Live {
        Live { notifications: RwSignal::new(0), progress: RwSignal::new(0), queue: RwSignal::new(0) }
    }

    /// The counter of a topic, to read (and so track) in a resource's source.
    pub fn version(&self, topic: Topic) -> u32 {
        self.signal(topic).get()
    }

    fn signal(&self, topic: Topic) -> RwSignal<u32> {
        match topic {
            Topic::Notifications => self.notifications,
            Topic::Progress => self.progress,
            Topic::Queue => self.queue,
        }
    }

    /// Counts an event of `topic`.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    fn bump(&self, topic: Topic) {
        self.signal(topic).update(|version| *version = version.wrapping_add(1));
    }

    /// After a reconnection events may have been missed: everything is fetched again.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    fn bump_all(&self) {
        for topic in Topic::ALL {
            self.bump(topic);
        }
    }
}

impl Default for Live {
    fn default() -> Self {
        Live::new()
    }
}

/// The counters of the page's [`Live`] context.
pub fn use_live() -> Live {
    use_context::<Live>().unwrap_or_default()
}

/// Opens the tab's event stream once the page runs in the browser, and keeps it open: when it
/// breaks, it opens again after a wait that doubles from 1 to 30 seconds (reset once open), and
/// counts every topic as changed.
pub fn connect(live: Live) {
    #[cfg(feature = "hydrate")]
    browser::open(live, 0);
    #[cfg(not(feature = "hydrate"))]
    let _ = live;
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::Cell;
    use std::rc::Rc;

    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{EventSource, MessageEvent};

    use super::{Live, Topic};

    const FIRST_WAIT_MS: i32 = 1_000;
    const LONGEST_WAIT_MS: i32 = 30_000;

    pub(super) fn open(live: Live, failures: u32) {
        let Ok(source) = EventSource::new(crate::urls::events()) else {
            return;
        };
        let source = Rc::new(source);
        let failures = Rc::new(Cell::new(failures));
        for topic in Topic::ALL {
            let on_event = Closure::<dyn Fn(MessageEvent)>::new(move |_| live.bump(topic));
            let _ =
                source.add_event_listener_with_callback(topic.as_str(), on_event.as_ref().unchecked_ref());
            on_event.forget();
        }
        // The server lost track (a slow tab): everything may have changed.
        let on_resync = Closure::<dyn Fn(MessageEvent)>::new(move |_| live.bump_all());
        let _ = source.add_event_listener_with_callback("resync", on_resync.as_ref().unchecked_ref());
        on_resync.forget();
        let on_open = {
            let failures = failures.clone();
            Closure::<dyn Fn()>::new(move || {
                if failures.replace(0) > 0 {
                    live.bump_all();
                }
            })
        };
        source.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        on_open.forget();
        let on_error = {
            let source = source.clone();
            Closure::<dyn Fn()>::new(move || {
                // The browser's own retry has no backoff: close, and open again after a wait.
                source.close();
                let failed = failures.get() + 1;
                set_timeout(
                    move || open(live, failed),
                    std::time::Duration::from_millis(wait_ms(failed) as u64),
                );
            })
        };
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        on_error.forget();
    }

    fn wait_ms(failures: u32) -> i32 {
        FIRST_WAIT_MS.saturating_mul(1 << failures.saturating_sub(1).min(5)).min(LONGEST_WAIT_MS)
    }
}
