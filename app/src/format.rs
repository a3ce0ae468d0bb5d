//! How values are written for people, the same on pages and in exported files.

/// A stored date or timestamp (`2026-11-23…`) as Flemish readers write it: `23/11/2026`.
pub fn date_nl(stored: &str) -> String {
    match (stored.get(0..4), stored.get(5..7), stored.get(8..10)) {
        (Some(year), Some(month), Some(day)) => format!("{day}/{month}/{year}"),
        _ => stored.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_read_day_month_year() {
        assert_eq!(super::date_nl("2026-11-23T10:00:00.000000Z"), "23/11/2026");
        assert_eq!(super::date_nl("2026-09-07"), "07/09/2026");
        assert_eq!(super::date_nl("gisteren"), "gisteren");
    }
}
