//! A cohort (groep) as a coordinator defines it, checked before it is stored.

use chrono::NaiveDate;

use crate::curriculum::{Framework, ProfileCode};

/// Why a cohort's details were refused; shown to the coordinator as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CohortRuleError {
    #[error("Geef de groep een naam (hoogstens 120 tekens).")]
    Name,
    #[error("Schrijf het schooljaar als 2026-2027.")]
    SchoolYear,
    #[error("'{0}' is geen geldige datum; gebruik JJJJ-MM-DD.")]
    Date(String),
    #[error("De einddatum valt voor de startdatum.")]
    EndsBeforeStart,
    #[error("Kies het profiel dat de groep volgt: {0}.")]
    ProfileRequired(String),
    #[error("'{0}' is geen profiel van deze opleiding; kies uit: {1}.")]
    UnknownProfile(String, String),
    #[error("Deze opleiding heeft geen profielen; laat het profiel leeg.")]
    NoProfiles,
}

/// The profile a new cohort of `framework` follows, from what the coordinator chose (`chosen`,
/// blank for none): a framework with profiles needs one of them, one without takes none.
pub fn profile_for(framework: &Framework, chosen: &str) -> Result<Option<ProfileCode>, CohortRuleError> {
    let chosen = chosen.trim();
    let offered = || {
        let names: Vec<String> = framework
            .profiles
            .iter()
            .map(|profile| format!("{} ({})", profile.code, profile.title))
            .collect();
        names.join(", ")
    };
    match (framework.profiles.is_empty(), chosen.is_empty()) {
        (true, true) => Ok(None),
        (true, false) => Err(CohortRuleError::NoProfiles),
        (false, true) => Err(CohortRuleError::ProfileRequired(offered())),
        (false, false) => framework
            .profile(&ProfileCode::new(chosen))
            .map(|profile| Some(profile.code.clone()))
            .ok_or_else(|| CohortRuleError::UnknownProfile(chosen.chars().take(80).collect(), offered())),
    }
}

/// A cohort's details, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CohortDetails {
    pub name: String,
    pub school_year: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl CohortDetails {
    pub fn parse(
        name: &str,
        school_year: &str,
        starts_on: &str,
        ends_on: &str,
    ) -> Result<Self, CohortRuleError> {
        // Spaces typed twice are one, so two names that read the same are the same name.
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() || name.chars().count() > 120 {
            return Err(CohortRuleError::Name);
        }
        let school_year = school_year.trim();
        let consecutive = school_year
            .split_once('-')
            .and_then(|(first, second)| Some((first.parse::<u16>().ok()?, second.parse::<u16>().ok()?)))
            .is_some_and(|(first, second)| second == first + 1 && (2000..3000).contains(&first));
        if !consecutive || school_year.len() != 9 {
            return Err(CohortRuleError::SchoolYear);
        }
        let date = |text: &str| {
            NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
                .map_err(|_| CohortRuleError::Date(text.to_owned()))
        };
        let (starts_on, ends_on) = (date(starts_on)?, date(ends_on)?);
        if ends_on < starts_on {
            return Err(CohortRuleError::EndsBeforeStart);
        }
        Ok(Self { name, school_year: school_year.to_owned(), starts_on, ends_on })
    }
}

/// Whether two cohort names are the same name to the people who read them: case is ignored.
/// Running cohorts of one programme and school year never share a name.
pub fn same_name(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cohort_follows_one_profile_of_a_framework_that_has_them() {
        let framework = crate::curriculum::tests::sample_with_profiles();
        assert_eq!(profile_for(&framework, " P2 "), Ok(Some(ProfileCode::new("P2"))));
        assert_eq!(
            profile_for(&framework, "").unwrap_err().to_string(),
            "Kies het profiel dat de groep volgt: P1 (Allround), P2 (Expert)."
        );
        assert_eq!(
            profile_for(&framework, "P3").unwrap_err().to_string(),
            "'P3' is geen profiel van deze opleiding; kies uit: P1 (Allround), P2 (Expert)."
        );
        let whole = crate::curriculum::tests::sample_framework();
        assert_eq!(profile_for(&whole, ""), Ok(None));
        assert_eq!(profile_for(&whole, "P1"), Err(CohortRuleError::NoProfiles));
    }

    #[test]
    fn a_cohort_has_a_name_a_school_year_and_ordered_dates() {
        let cohort = CohortDetails::parse(" Avond ", "2026-2027", "2026-09-07", "2027-06-25").unwrap();
        assert_eq!(cohort.name, "Avond");
        assert_eq!(
            CohortDetails::parse("", "2026-2027", "2026-09-07", "2027-06-25"),
            Err(CohortRuleError::Name)
        );
        for year in ["2026", "2026-2028", "26-27", "2026/2027"] {
            assert_eq!(
                CohortDetails::parse("A", year, "2026-09-07", "2027-06-25"),
                Err(CohortRuleError::SchoolYear)
            );
        }
        assert_eq!(
            CohortDetails::parse("A", "2026-2027", "07/09/2026", "2027-06-25"),
            Err(CohortRuleError::Date("07/09/2026".into()))
        );
        assert_eq!(
            CohortDetails::parse("A", "2026-2027", "2027-06-25", "2026-09-07"),
            Err(CohortRuleError::EndsBeforeStart)
        );
    }

    #[test]
    fn names_that_read_the_same_are_the_same_name() {
        let cohort =
            CohortDetails::parse("  Avond   Gent ", "2026-2027", "2026-09-07", "2027-06-25").unwrap();
        assert_eq!(cohort.name, "Avond Gent");
        assert!(same_name("Avond Gent", "avond gent"));
        assert!(same_name("Élan", "élan"));
        assert!(!same_name("Avond Gent", "Avond Gent 2"));
    }
}
