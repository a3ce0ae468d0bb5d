//! The one timestamp type: a moment, UTC inside, one text form outside.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A moment in time, kept in UTC. Its text, in storage and on the wire, is RFC 3339 in UTC with
/// microseconds (`2026-11-20T09:30:00.000000Z`): fixed width, so text order is time order. It is
/// never shown to people as it is: the server turns it into a Brussels day or time for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

/// Text that is not an RFC 3339 moment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{text}' is geen tijdstip (RFC 3339)")]
pub struct TimestampError {
    pub text: String,
}

impl Timestamp {
    /// The moment as a UTC date-time, for arithmetic and time zones.
    pub fn utc(self) -> DateTime<Utc> {
        self.0
    }
}

/// The moment `delta` later (earlier when negative).
impl std::ops::Add<chrono::TimeDelta> for Timestamp {
    type Output = Self;

    fn add(self, delta: chrono::TimeDelta) -> Self {
        Self(self.0 + delta)
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(at: DateTime<Utc>) -> Self {
        Self(at)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Micros, true))
    }
}

/// Reads any RFC 3339 moment; one with another offset is the same moment in UTC.
impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        DateTime::parse_from_rfc3339(text)
            .map(|at| Self(at.to_utc()))
            .map_err(|_| TimestampError { text: text.to_owned() })
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32, minute: u32) -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 22, hour, minute, 0).unwrap().into()
    }

    #[test]
    fn the_text_is_utc_with_microseconds() {
        assert_eq!(at(9, 5).to_string(), "2026-11-22T09:05:00.000000Z");
    }

    #[test]
    fn the_text_reads_back_as_the_same_moment() {
        assert_eq!("2026-11-22T09:05:00.000000Z".parse(), Ok(at(9, 5)));
    }

    #[test]
    fn another_offset_is_the_same_moment_in_utc() {
        assert_eq!("2026-11-22T10:05:00+01:00".parse(), Ok(at(9, 5)));
    }

    #[test]
    fn text_order_is_time_order() {
        let early = at(9, 5).to_string();
        let late = (at(10, 0) + chrono::TimeDelta::microseconds(1)).to_string();
        assert!(early < late);
        assert_eq!(early.len(), late.len());
    }

    #[test]
    fn a_day_alone_is_not_a_moment() {
        assert_eq!("2026-11-22".parse::<Timestamp>(), Err(TimestampError { text: "2026-11-22".into() }));
    }

    #[test]
    fn json_carries_the_text() {
        let json = serde_json::to_string(&at(9, 5)).unwrap();
        assert_eq!(json, "\"2026-11-22T09:05:00.000000Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), at(9, 5));
        assert!(serde_json::from_str::<Timestamp>("\"morgen\"").is_err());
    }
}
