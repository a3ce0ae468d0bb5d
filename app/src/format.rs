//! How values are written for people, the same on pages and in exported files.
//!
//! Dates: storage keeps UTC timestamps; people read Brussels time. The server turns a stored
//! timestamp into its Brussels calendar day ([`brussels_day`], daylight saving included) and
//! passes that day down in the DTOs; pages and files then write a day with [`date`], a pure
//! function that gives the same text on the server and in the browser. Words and decimal
//! separators follow the reader's language (`crate::i18n::locale`).

/// A calendar day (`2026-11-23`) as Belgian readers write it in each of the three languages (and
/// British English): `23/11/2026`. Give it a day, never
/// a stored timestamp: a timestamp becomes a day with [`brussels_day`] on the server first, and
/// one given here anyway is shown as it is rather than cut to its UTC day.
pub fn date(day: &str) -> String {
    if day.len() != 10 {
        return day.to_owned();
    }
    match (day.get(0..4), day.get(4..5), day.get(5..7), day.get(7..8), day.get(8..10)) {
        (Some(year), Some("-"), Some(month), Some("-"), Some(day)) => format!("{day}/{month}/{year}"),
        _ => day.to_owned(),
    }
}

/// A size in bytes as the number of megabytes (10^6 bytes) with one decimal, written with the
/// reader's decimal separator: `1,5` in Dutch and French, `1.5` in English. The unit is part of
/// the message it goes into (`MB`, `Mo`).
pub fn megabytes(bytes: u64) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    let separator = match crate::i18n::locale() {
        crate::i18n::Locale::En => '.',
        crate::i18n::Locale::Nl | crate::i18n::Locale::Fr => ',',
    };
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

#[cfg(feature = "ssr")]
pub use brussels::{brussels_day, date_time};

/// The conversion to Brussels time, on the server only: the time-zone tables stay out of the
/// browser's bundle.
#[cfg(feature = "ssr")]
mod brussels {
    use chrono_tz::Europe::Brussels;
    use domain::Timestamp;

    /// The Brussels calendar day (`YYYY-MM-DD`) of a moment.
    pub fn brussels_day(at: Timestamp) -> String {
        at.utc().with_timezone(&Brussels).format("%Y-%m-%d").to_string()
    }

    /// A moment as Belgians read it, Brussels time, in the reader's language: `30/03/2026 om
    /// 00:30`, `30/03/2026 à 00:30`, `30/03/2026 at 00:30`.
    pub fn date_time(at: Timestamp) -> String {
        let local = at.utc().with_timezone(&Brussels);
        let day = super::date(&local.format("%Y-%m-%d").to_string());
        crate::t!("format-date-time", date = day, time = local.format("%H:%M").to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_have_one_decimal_with_the_readers_separator() {
        assert_eq!(megabytes(1_500_000), "1,5");
        assert_eq!(megabytes(1_449_999), "1,4");
        assert_eq!(megabytes(0), "0,0");
        assert_eq!(megabytes(12_960_000), "13,0");
        #[cfg(feature = "ssr")]
        assert_eq!(crate::i18n::in_locale(crate::i18n::Locale::En, || megabytes(1_500_000)), "1.5");
    }

    #[test]
    fn days_read_day_month_year() {
        assert_eq!(date("2026-09-07"), "07/09/2026");
        assert_eq!(date("gisteren"), "gisteren");
        assert_eq!(date("2026/09/07"), "2026/09/07");
        // A UTC timestamp is not a Brussels day: never cut to one.
        assert_eq!(date("2026-03-29T22:30:00.000000Z"), "2026-03-29T22:30:00.000000Z");
    }

    #[cfg(feature = "ssr")]
    mod brussels_time {
        use super::super::*;
        use chrono::{TimeZone, Utc};

        fn day_nl(stored: &str) -> String {
            date(&brussels_day(stored.parse().expect("a timestamp")))
        }

        #[test]
        fn an_award_late_on_the_night_summer_time_starts_is_dated_the_next_day() {
            assert_eq!(day_nl("2026-03-29T22:30:00Z"), "30/03/2026");
            assert_eq!(day_nl("2026-03-29T22:30:00.000000Z"), "30/03/2026");
        }

        #[test]
        fn a_decision_late_on_the_night_winter_time_starts_is_dated_the_next_day() {
            assert_eq!(day_nl("2026-10-25T23:30:00.000000Z"), "26/10/2026");
        }

        #[test]
        fn summer_is_two_hours_ahead_of_utc_and_winter_one() {
            // Summer (CEST, UTC+2): 21:59 UTC is 23:59 the same day, 22:00 UTC is midnight.
            assert_eq!(day_nl("2026-07-15T21:59:00.000000Z"), "15/07/2026");
            assert_eq!(day_nl("2026-07-15T22:00:00.000000Z"), "16/07/2026");
            // Winter (CET, UTC+1): 22:30 UTC is 23:30 the same day, 23:00 UTC is midnight.
            assert_eq!(day_nl("2026-01-15T22:30:00.000000Z"), "15/01/2026");
            assert_eq!(day_nl("2026-01-15T23:00:00.000000Z"), "16/01/2026");
        }

        #[test]
        fn times_are_shown_in_brussels_time() {
            let summer = Utc.with_ymd_and_hms(2026, 3, 29, 22, 30, 0).unwrap().into();
            assert_eq!(date_time(summer), "30/03/2026 om 00:30");
            let winter = Utc.with_ymd_and_hms(2026, 10, 25, 23, 30, 0).unwrap().into();
            assert_eq!(date_time(winter), "26/10/2026 om 00:30");
        }
    }
}
