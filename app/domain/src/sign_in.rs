//! Throttling sign-ins: how many failed attempts an account, or a network address, may make
//! before further attempts wait.

use chrono::TimeDelta;

use crate::time::Timestamp;

/// Failed sign-ins of one account within [`WINDOW`] after which it waits.
pub const ACCOUNT_LIMIT: usize = 5;
/// Failed sign-ins from one network address within [`WINDOW`] after which it waits.
pub const ADDRESS_LIMIT: usize = 20;
/// How far back failed sign-ins count: 15 minutes.
pub const WINDOW: TimeDelta = TimeDelta::minutes(15);

/// The failed sign-ins that count now: those of the account (its e-mail address, as typed and
/// lower-cased) and those from the network address, each since `now - WINDOW`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecentFailures {
    pub of_account: Vec<Timestamp>,
    pub from_address: Vec<Timestamp>,
}

/// The moment from which a sign-in may be tried again, or `None` when it may be tried now.
/// A limit reached stays reached until the oldest failure that makes it up leaves the window.
pub fn locked_until(failures: &RecentFailures, now: Timestamp) -> Option<Timestamp> {
    let since = now + -WINDOW;
    [(&failures.of_account, ACCOUNT_LIMIT), (&failures.from_address, ADDRESS_LIMIT)]
        .into_iter()
        .filter_map(|(times, limit)| {
            let mut counted: Vec<Timestamp> = times.iter().copied().filter(|at| *at > since).collect();
            counted.sort_unstable();
            let oldest_that_counts = counted.len().checked_sub(limit).map(|first| counted[first])?;
            Some(oldest_that_counts + WINDOW)
        })
        .max()
}

/// Whole seconds from `now` until `until`, at least one: what `Retry-After` says.
pub fn seconds_until(until: Timestamp, now: Timestamp) -> u64 {
    let millis = (until.utc() - now.utc()).num_milliseconds().max(1);
    u64::try_from(millis).unwrap_or(1).div_ceil(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> Timestamp {
        let start: Timestamp = "2026-11-30T08:00:00Z".parse().unwrap();
        start + TimeDelta::minutes(minute)
    }

    fn account_failures(minutes: &[i64]) -> RecentFailures {
        RecentFailures { of_account: minutes.iter().map(|m| at(*m)).collect(), from_address: vec![] }
    }

    #[test]
    fn four_failures_of_an_account_leave_it_open() {
        assert_eq!(locked_until(&account_failures(&[0, 1, 2, 3]), at(4)), None);
    }

    #[test]
    fn the_fifth_failure_of_an_account_locks_it_for_fifteen_minutes_from_the_first() {
        assert_eq!(locked_until(&account_failures(&[0, 1, 2, 3, 4]), at(5)), Some(at(15)));
    }

    #[test]
    fn the_lock_ends_when_the_oldest_counted_failure_leaves_the_window() {
        assert_eq!(locked_until(&account_failures(&[0, 1, 2, 3, 4]), at(15)), None);
        // Six failures: the lock lasts until the second oldest has left too.
        assert_eq!(locked_until(&account_failures(&[0, 1, 2, 3, 4, 5]), at(15)), Some(at(16)));
    }

    #[test]
    fn failures_older_than_the_window_do_not_count() {
        assert_eq!(locked_until(&account_failures(&[-30, -20, 1, 2, 3]), at(4)), None);
    }

    #[test]
    fn twenty_failures_from_one_address_lock_it() {
        let nineteen = RecentFailures { of_account: vec![], from_address: (0..19).map(|_| at(1)).collect() };
        assert_eq!(locked_until(&nineteen, at(2)), None);
        let twenty = RecentFailures { of_account: vec![], from_address: (0..20).map(|_| at(1)).collect() };
        assert_eq!(locked_until(&twenty, at(2)), Some(at(16)));
    }

    #[test]
    fn the_later_of_two_locks_holds() {
        let both = RecentFailures {
            of_account: (0..5).map(at).collect(),
            from_address: (0..20).map(|_| at(3)).collect(),
        };
        assert_eq!(locked_until(&both, at(5)), Some(at(18)));
    }

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        let now = at(0);
        assert_eq!(seconds_until(at(15), now), 900);
        assert_eq!(seconds_until(now + TimeDelta::milliseconds(1500), now), 2);
        assert_eq!(seconds_until(now, now), 1);
    }
}
