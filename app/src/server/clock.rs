//! The one clock of the server: handlers, server functions, the worker and the CLI ask it for
//! "now" and hand that to the services, so a test can freeze time. The domain never reads it.

use chrono::Utc;
use domain::Timestamp;

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Clock {
    /// The system clock: what the `vaardig` binary uses.
    #[default]
    System,
    /// Always the same instant: for tests that assert recorded times.
    Fixed(Timestamp),
}

impl Clock {
    /// The current instant by this clock.
    pub fn now(&self) -> Timestamp {
        match self {
            Clock::System => Utc::now().into(),
            Clock::Fixed(instant) => *instant,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_always_tells_the_same_time() {
        let instant: Timestamp = "2026-03-14T09:30:00Z".parse().expect("time");
        let clock = Clock::Fixed(instant);
        assert_eq!(clock.now(), instant);
        assert_eq!(clock.now(), instant);
    }

    #[test]
    fn the_system_clock_moves_forward() {
        let before = Timestamp::from(Utc::now());
        assert!(Clock::System.now() >= before);
    }
}
