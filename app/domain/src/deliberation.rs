//! The delibererende klassenraad: in Flemish adult education the deliberating class council, not
//! one assessor, formally grants a deelcertificaat. A meeting of a cohort's council has a day and
//! the members present, and decides per student and unit that is ready: granted, or postponed
//! with a reason. These are the rules of a meeting's record; which units are ready is
//! [`crate::progress`]'s to say.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::curriculum::UnitCode;
use crate::ids::StudentId;
use crate::text::{typed, typed_line};

/// Most members one meeting lists.
pub const MAX_MEMBERS: usize = 40;
/// Longest name of a member, and longest reason, in characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// What the council decided for one student and unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// The deelcertificaat is granted: it is awarded with a reference to the meeting.
    Granted,
    /// Not granted now; the reason is part of the record.
    Postponed { reason: String },
}

impl Outcome {}

/// The council's decision on one student's unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitOutcome {
    pub student_id: StudentId,
    pub unit: UnitCode,
    #[serde(flatten)]
    pub outcome: Outcome,
}

impl UnitOutcome {
    /// An outcome as a form or the API sends it: `granted`, or `postponed` with its reason
    /// (checked by [`check_outcomes`]).
    pub fn parse(
        student_id: StudentId,
        unit: UnitCode,
        kind: &str,
        reason: &str,
    ) -> Result<Self, DeliberationError> {
        let outcome = match kind {
            "granted" => Outcome::Granted,
            "postponed" => Outcome::Postponed { reason: reason.to_owned() },
            other => return Err(DeliberationError::Kind(other.to_owned())),
        };
        Ok(UnitOutcome { student_id, unit, outcome })
    }
}

/// A meeting as recorded: its day and members, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub held_on: NaiveDate,
    pub members: Vec<String>,
}

/// Why a meeting's record is refused, in the coordinator's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliberationError {
    #[error("'{0}' is geen datum (JJJJ-MM-DD).")]
    Date(String),
    #[error("De vergadering ligt in de toekomst: leg ze vast op de dag zelf of later.")]
    Future,
    #[error("De vergadering ligt vóór het begin van de groep ({0}).")]
    BeforeStart(NaiveDate),
    #[error("Vermeld minstens één lid van de klassenraad, één per regel.")]
    NoMembers,
    #[error("Vermeld hoogstens {MAX_MEMBERS} leden.")]
    TooManyMembers,
    #[error("Een naam of reden is hoogstens {MAX_TEXT_CHARS} tekens lang.")]
    Text,
    #[error("'{0}' is geen beslissing: kies toekennen (granted) of uitstellen (postponed).")]
    Kind(String),
    #[error("Kies minstens één module om over te beslissen.")]
    NoOutcomes,
    #[error("Over module {unit} van deze cursist is twee keer beslist.")]
    Repeated { unit: UnitCode },
    #[error("Module {unit} van deze cursist is niet klaar voor een deelcertificaat (of al toegekend).")]
    NotReady { unit: UnitCode },
    #[error("Geef de reden waarom module {unit} wordt uitgesteld.")]
    NoReason { unit: UnitCode },
}

impl Meeting {
    /// Reads a meeting held on `held_on` (`YYYY-MM-DD`, from the cohort's first day `earliest` up
    /// to `today`) by `members` (one
    /// name per line, each read as [`typed_line`] with spaces typed twice made one; blank lines
    /// are ignored).
    pub fn parse(
        held_on: &str,
        members: &str,
        earliest: NaiveDate,
        today: NaiveDate,
    ) -> Result<Meeting, DeliberationError> {
        let held_on = NaiveDate::parse_from_str(held_on.trim(), "%Y-%m-%d")
            .map_err(|_| DeliberationError::Date(held_on.to_owned()))?;
        if held_on > today {
            return Err(DeliberationError::Future);
        }
        if held_on < earliest {
            return Err(DeliberationError::BeforeStart(earliest));
        }
        let members: Vec<String> = members
            .lines()
            .map(|line| typed_line(line).split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|line| !line.is_empty())
            .collect();
        if members.is_empty() {
            return Err(DeliberationError::NoMembers);
        }
        if members.len() > MAX_MEMBERS {
            return Err(DeliberationError::TooManyMembers);
        }
        if members.iter().any(|member| member.chars().count() > MAX_TEXT_CHARS) {
            return Err(DeliberationError::Text);
        }
        Ok(Meeting { held_on, members })
    }
}

/// Checks the outcomes against the units that are ready for their deelcertificaat and not yet
/// awarded (`ready`): each names one of them, once; a postponement says why. Answers them with
/// each reason read as [`typed`].
pub fn check_outcomes(
    outcomes: &[UnitOutcome],
    ready: &HashSet<(StudentId, UnitCode)>,
) -> Result<Vec<UnitOutcome>, DeliberationError> {
    if outcomes.is_empty() {
        return Err(DeliberationError::NoOutcomes);
    }
    let mut seen = HashSet::new();
    outcomes
        .iter()
        .map(|outcome| {
            let key = (outcome.student_id, outcome.unit.clone());
            let unit = || outcome.unit.clone();
            if !seen.insert(key.clone()) {
                return Err(DeliberationError::Repeated { unit: unit() });
            }
            if !ready.contains(&key) {
                return Err(DeliberationError::NotReady { unit: unit() });
            }
            let checked = match &outcome.outcome {
                Outcome::Granted => Outcome::Granted,
                Outcome::Postponed { reason } => {
                    let reason = typed(reason);
                    if reason.is_empty() {
                        return Err(DeliberationError::NoReason { unit: unit() });
                    }
                    if reason.chars().count() > MAX_TEXT_CHARS {
                        return Err(DeliberationError::Text);
                    }
                    Outcome::Postponed { reason }
                }
            };
            Ok(UnitOutcome { outcome: checked, ..outcome.clone() })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 6, 20).unwrap()
    }

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, 7).unwrap()
    }

    fn outcome(student: i64, unit: &str, outcome: Outcome) -> UnitOutcome {
        UnitOutcome { student_id: StudentId::new(student), unit: UnitCode::new(unit), outcome }
    }

    fn ready() -> HashSet<(StudentId, UnitCode)> {
        [(1, "M IT 020"), (1, "M IT 021"), (2, "M IT 020")]
            .into_iter()
            .map(|(student, unit)| (StudentId::new(student), UnitCode::new(unit)))
            .collect()
    }

    #[test]
    fn a_meeting_has_a_past_day_and_members_one_per_line() {
        let meeting =
            Meeting::parse("2027-06-18", "An  Peeters\n\n Bert Claes \n", start(), today()).unwrap();
        assert_eq!(meeting.held_on, NaiveDate::from_ymd_opt(2027, 6, 18).unwrap());
        assert_eq!(meeting.members, ["An Peeters", "Bert Claes"]);
        assert_eq!(
            Meeting::parse("18/06/2027", "An", start(), today()),
            Err(DeliberationError::Date("18/06/2027".into()))
        );
        assert_eq!(Meeting::parse("2027-06-21", "An", start(), today()), Err(DeliberationError::Future));
        assert_eq!(
            Meeting::parse("1900-01-01", "An", start(), today()),
            Err(DeliberationError::BeforeStart(start()))
        );
        assert_eq!(Meeting::parse("2027-06-20", " \n ", start(), today()), Err(DeliberationError::NoMembers));
        let hostile = Meeting::parse("2027-06-20", "An\u{202e} Peeters", start(), today()).unwrap();
        assert_eq!(hostile.members, ["An Peeters"], "direction characters are dropped");
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(Meeting::parse("2027-06-20", &long, start(), today()), Err(DeliberationError::Text));
        let crowd = vec!["Lid"; MAX_MEMBERS + 1].join("\n");
        assert_eq!(
            Meeting::parse("2027-06-20", &crowd, start(), today()),
            Err(DeliberationError::TooManyMembers)
        );
    }

    #[test]
    fn outcomes_name_ready_units_once_and_a_postponement_says_why() {
        let granted = outcome(1, "M IT 020", Outcome::Granted);
        let postponed =
            outcome(1, "M IT 021", Outcome::Postponed { reason: "Stage nog niet beoordeeld".into() });
        let checked = check_outcomes(&[granted.clone(), postponed], &ready()).unwrap();
        assert_eq!(checked[1].outcome, Outcome::Postponed { reason: "Stage nog niet beoordeeld".into() });
        assert_eq!(check_outcomes(&[], &ready()), Err(DeliberationError::NoOutcomes));
        let unit = UnitCode::new("M IT 020");
        assert_eq!(
            check_outcomes(&[granted.clone(), granted.clone()], &ready()),
            Err(DeliberationError::Repeated { unit: unit.clone() })
        );
        let not_ready = outcome(2, "M IT 021", Outcome::Granted);
        assert_eq!(
            check_outcomes(&[not_ready], &ready()),
            Err(DeliberationError::NotReady { unit: UnitCode::new("M IT 021") })
        );
        let silent = outcome(2, "M IT 020", Outcome::Postponed { reason: "  ".into() });
        assert_eq!(check_outcomes(&[silent], &ready()), Err(DeliberationError::NoReason { unit }));
    }

    #[test]
    fn a_form_names_the_outcome_by_its_kind() {
        let unit = UnitCode::new("M IT 020");
        let granted = UnitOutcome::parse(StudentId::new(1), unit.clone(), "granted", "genegeerd").unwrap();
        assert_eq!(granted.outcome, Outcome::Granted);
        let postponed = UnitOutcome::parse(StudentId::new(1), unit.clone(), "postponed", "ziek").unwrap();
        assert_eq!(postponed.outcome, Outcome::Postponed { reason: "ziek".into() });
        assert_eq!(
            UnitOutcome::parse(StudentId::new(1), unit, "ja", ""),
            Err(DeliberationError::Kind("ja".into()))
        );
    }

    #[test]
    fn outcomes_read_as_the_record_prints_them() {
        let json = serde_json::to_value(outcome(1, "M IT 020", Outcome::Postponed { reason: "ziek".into() }))
            .unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "student_id": 1, "unit": "M IT 020", "outcome": "postponed", "reason": "ziek" })
        );
    }
}
