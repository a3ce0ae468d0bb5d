//! Versions of a framework: what a newer text adds, rewords and retires, and what moving a
//! cohort to it does to each student. A cohort stays on the version it started with until a
//! coordinator moves it; these are the rules `vaardig catalog diff` and the move preview show.
//!
//! Skills are the same skill across versions when they keep their id (see [`SkillId`]).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::curriculum::{Competency, Framework, SkillId, Unit, UnitCode};
use crate::progress::{framework_progress, FrameworkProgress, SkillRecord, SkillStatus, UnitStatus};

/// A skill as a comparison names it: where it stands and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillEntry {
    pub unit: UnitCode,
    /// The competency's number in its unit.
    pub competency: String,
    pub id: SkillId,
    pub text: String,
}

/// A text that changed between two versions, at its place (`M IT 020`, `M IT 020 / 7`, or a
/// skill id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rewording {
    pub place: String,
    pub before: String,
    pub after: String,
}

/// What a newer version of a framework changes, in the newer version's order (retired skills
/// in the older one's).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkDiff {
    /// Skills with an id the older version does not have.
    pub added: Vec<SkillEntry>,
    /// Skills, unit and competency titles, knowledge lists and profiles whose wording changed.
    pub reworded: Vec<Rewording>,
    /// Skills of the older version the newer one no longer has.
    pub retired: Vec<SkillEntry>,
}

impl FrameworkDiff {
    /// Whether the two versions ask the same skills in the same words.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.reworded.is_empty() && self.retired.is_empty()
    }
}

/// Compares two versions of a framework.
pub fn diff(older: &Framework, newer: &Framework) -> FrameworkDiff {
    let old_skills = skill_entries(older);
    let new_skills = skill_entries(newer);
    let old_by_id: HashMap<&SkillId, &SkillEntry> =
        old_skills.iter().map(|entry| (&entry.id, entry)).collect();
    let new_ids: HashSet<&SkillId> = new_skills.iter().map(|entry| &entry.id).collect();
    let mut reworded = other_rewordings(older, newer);
    let mut added = Vec::new();
    for entry in &new_skills {
        match old_by_id.get(&entry.id) {
            None => added.push(entry.clone()),
            Some(old) => {
                if old.text != entry.text {
                    reworded.push(Rewording {
                        place: entry.id.to_string(),
                        before: old.text.clone(),
                        after: entry.text.clone(),
                    });
                }
                let (from, to) = (
                    format!("{} / {}", old.unit, old.competency),
                    format!("{} / {}", entry.unit, entry.competency),
                );
                if from != to {
                    reworded.push(Rewording {
                        place: format!("{}: plaats", entry.id),
                        before: from,
                        after: to,
                    });
                }
            }
        }
    }
    let retired = old_skills.iter().filter(|entry| !new_ids.contains(&entry.id)).cloned().collect();
    FrameworkDiff { added, reworded, retired }
}

fn skill_entries(framework: &Framework) -> Vec<SkillEntry> {
    let mut entries = Vec::new();
    for unit in &framework.units {
        for competency in &unit.competencies {
            for skill in &competency.skills {
                entries.push(SkillEntry {
                    unit: unit.code.clone(),
                    competency: competency.nr.clone(),
                    id: skill.id.clone(),
                    text: skill.text.clone(),
                });
            }
        }
    }
    entries
}

/// What else the versions say differently: the framework's title, kind, level and lestijden;
/// units and competencies added, dropped, retitled or renumbered, their lestijden and knowledge;
/// the profiles. A side without the thing reads as empty.
fn other_rewordings(older: &Framework, newer: &Framework) -> Vec<Rewording> {
    let mut changes = Vec::new();
    let mut compare = |place: String, before: String, after: String| {
        if before != after {
            changes.push(Rewording { place, before, after });
        }
    };
    let head = |framework: &Framework| {
        let level = framework.level.map(|level| format!(", niveau {level}")).unwrap_or_default();
        let total = framework.total_lestijden.map(|total| format!(", {total} lestijden")).unwrap_or_default();
        format!("{} ({}{level}{total})", framework.title, framework.kind.as_str())
    };
    compare(newer.code.to_string(), head(older), head(newer));
    for (code, old, new) in paired(&older.units, &newer.units, |unit| unit.code.to_string()) {
        let lestijden = |unit: Option<&Unit>| {
            unit.and_then(|unit| unit.lestijden).map(|n| n.to_string()).unwrap_or_default()
        };
        compare(
            code.clone(),
            old.map(|unit| unit.title.clone()).unwrap_or_default(),
            new.map(|unit| unit.title.clone()).unwrap_or_default(),
        );
        compare(format!("{code}: lestijden"), lestijden(old), lestijden(new));
        let knowledge = |unit: Option<&Unit>| unit.map(|unit| unit.knowledge.join("; ")).unwrap_or_default();
        compare(format!("{code}: kennis"), knowledge(old), knowledge(new));
        let no_competencies = Vec::new();
        let (old_competencies, new_competencies) = (
            old.map_or(&no_competencies, |unit| &unit.competencies),
            new.map_or(&no_competencies, |unit| &unit.competencies),
        );
        for (nr, old, new) in paired(old_competencies, new_competencies, |competency| competency.nr.clone()) {
            let place = format!("{code} / {nr}");
            let title =
                |competency: Option<&Competency>| competency.map(|c| c.title.clone()).unwrap_or_default();
            let knowledge = |competency: Option<&Competency>| {
                competency.map(|c| c.knowledge.join("; ")).unwrap_or_default()
            };
            compare(place.clone(), title(old), title(new));
            compare(format!("{place}: kennis"), knowledge(old), knowledge(new));
        }
    }
    let profiles = |framework: &Framework| {
        let described = framework.profiles.iter().map(|profile| {
            let units = profile.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            format!("{} {} ({units})", profile.code, profile.title)
        });
        described.collect::<Vec<_>>().join("; ")
    };
    compare("profielen".into(), profiles(older), profiles(newer));
    changes
}

/// The items of two lists matched by key: the newer list's order, then what only the older has.
fn paired<'a, T>(
    older: &'a [T],
    newer: &'a [T],
    key: impl Fn(&T) -> String,
) -> Vec<(String, Option<&'a T>, Option<&'a T>)> {
    let old_of = |wanted: &str| older.iter().find(|item| key(item) == wanted);
    let mut pairs: Vec<_> = newer.iter().map(|item| (key(item), old_of(&key(item)), Some(item))).collect();
    let dropped = older.iter().filter(|item| !newer.iter().any(|new| key(new) == key(item)));
    pairs.extend(dropped.map(|item| (key(item), Some(item), None)));
    pairs
}

/// What moving to a newer version does to one student. Nothing is deleted: decisions on
/// retired skills stay in the record, they no longer count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentMove {
    /// Achieved skills the newer version keeps: they count there too.
    pub carried: Vec<SkillId>,
    /// Achieved skills the newer version retires.
    pub dropped: Vec<SkillId>,
    /// Skills the newer version adds, which the student has not achieved.
    pub to_prove: Vec<SkillId>,
    /// Units whose status changes; `None` where a version does not have the unit.
    pub units: Vec<UnitChange>,
}

/// A unit's status before and after a move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitChange {
    pub unit: UnitCode,
    pub before: Option<UnitStatus>,
    pub after: Option<UnitStatus>,
}

/// What moving from `older` to `newer` does to a student with these records and awards.
pub fn student_move(
    older: &Framework,
    newer: &Framework,
    records: &HashMap<SkillId, SkillRecord>,
    awarded: &HashSet<UnitCode>,
) -> StudentMove {
    let before = framework_progress(older, records, awarded);
    let after = framework_progress(newer, records, awarded);
    let achieved = |progress: &FrameworkProgress| -> Vec<SkillId> {
        skills_of(progress).filter(|(_, status)| *status == SkillStatus::Achieved).map(|(id, _)| id).collect()
    };
    let achieved_before = achieved(&before);
    let in_newer: HashSet<SkillId> = skills_of(&after).map(|(id, _)| id).collect();
    let in_older: HashSet<SkillId> = skills_of(&before).map(|(id, _)| id).collect();
    let (carried, dropped) = achieved_before.into_iter().partition(|id| in_newer.contains(id));
    let to_prove = skills_of(&after)
        .filter(|(id, status)| !in_older.contains(id) && *status != SkillStatus::Achieved)
        .map(|(id, _)| id)
        .collect();
    StudentMove { carried, dropped, to_prove, units: unit_changes(&before, &after) }
}

fn skills_of(progress: &FrameworkProgress) -> impl Iterator<Item = (SkillId, SkillStatus)> + '_ {
    progress
        .units
        .iter()
        .flat_map(|unit| &unit.competencies)
        .flat_map(|competency| &competency.skills)
        .map(|skill| (skill.id.clone(), skill.status))
}

fn unit_changes(before: &FrameworkProgress, after: &FrameworkProgress) -> Vec<UnitChange> {
    let status_in = |progress: &FrameworkProgress, code: &UnitCode| {
        progress.units.iter().find(|unit| &unit.code == code).map(|unit| unit.status)
    };
    let mut codes: Vec<&UnitCode> = after.units.iter().map(|unit| &unit.code).collect();
    codes.extend(before.units.iter().map(|unit| &unit.code).filter(|code| status_in(after, code).is_none()));
    codes
        .into_iter()
        .map(|code| UnitChange {
            unit: code.clone(),
            before: status_in(before, code),
            after: status_in(after, code),
        })
        .filter(|change| change.before != change.after)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::tests::sample_framework;
    use crate::curriculum::{Competency, Skill};
    use crate::progress::{Decision, Verdict};
    use crate::DecisionId;
    use proptest::prelude::*;

    /// The sample's second version: `T.M-1.1.2` retired, `T.M-1.1.1` reworded, `T.M-2.1.2` added,
    /// the second module retitled.
    fn newer() -> Framework {
        let mut framework = sample_framework();
        let first = &mut framework.units[0].competencies[0];
        first.skills.retain(|skill| skill.id.as_str() != "T.M-1.1.2");
        first.skills[0].text = "Vaardigheid T.M-1.1.1, herschreven".into();
        framework.units[1].title = "Tweede module (herzien)".into();
        framework.units[1].competencies[0]
            .skills
            .push(Skill { id: SkillId::new("T.M-2.1.2"), text: "Nieuwe vaardigheid".into() });
        framework
    }

    #[test]
    fn a_diff_names_what_is_added_reworded_and_retired() {
        let diff = diff(&sample_framework(), &newer());
        let ids =
            |entries: &[SkillEntry]| entries.iter().map(|entry| entry.id.to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&diff.added), ["T.M-2.1.2"]);
        assert_eq!(ids(&diff.retired), ["T.M-1.1.2"]);
        assert_eq!(
            diff.reworded,
            [
                Rewording {
                    place: "M 2".into(),
                    before: "Tweede module".into(),
                    after: "Tweede module (herzien)".into()
                },
                Rewording {
                    place: "T.M-1.1.1".into(),
                    before: "Vaardigheid T.M-1.1.1".into(),
                    after: "Vaardigheid T.M-1.1.1, herschreven".into()
                },
            ]
        );
        assert!(super::diff(&sample_framework(), &sample_framework()).is_empty());
    }

    fn achieved(ids: &[&str]) -> HashMap<SkillId, SkillRecord> {
        ids.iter()
            .map(|id| {
                let decision = Decision {
                    sequence: DecisionId::new(1),
                    verdict: Verdict::Achieved,
                    comment: String::new(),
                    assessor: "Karin Vermeulen".into(),
                    decided_at: "2026-11-01T10:00:00.000000Z".parse().expect("a time"),
                    decided_on: "2026-11-01".into(),
                    assessor_id: crate::AccountId::default(),
                    undone: None,
                    evidence: vec![],
                };
                (SkillId::new(*id), SkillRecord { decisions: vec![decision], ..SkillRecord::default() })
            })
            .collect()
    }

    #[test]
    fn a_diff_names_changed_knowledge_and_profiles() {
        let mut newer = sample_framework();
        newer.units[0].competencies[0].knowledge = vec!["Kennis van testen en meten".into()];
        newer.profiles = crate::curriculum::tests::sample_with_profiles().profiles;
        let places: Vec<String> =
            diff(&sample_framework(), &newer).reworded.into_iter().map(|change| change.place).collect();
        assert_eq!(places, ["M 1 / 1: kennis", "profielen"]);
    }

    #[test]
    fn a_diff_names_a_moved_skill_a_renumbered_competency_and_the_head() {
        let mut newer = sample_framework();
        let moved = newer.units[0].competencies[1].skills.remove(0);
        newer.units[1].competencies[0].skills.push(moved);
        newer.units[1].competencies[0].nr = "1b".into();
        newer.units[1].lestijden = Some(45);
        newer.title = "Testopleiding (herzien)".into();
        let changes: Vec<(String, String, String)> = diff(&sample_framework(), &newer)
            .reworded
            .into_iter()
            .map(|change| (change.place, change.before, change.after))
            .collect();
        let expected = [
            (
                "T",
                "Testopleiding (opleidingsprofiel, niveau 4, 100 lestijden)",
                "Testopleiding (herzien) (opleidingsprofiel, niveau 4, 100 lestijden)",
            ),
            ("M 2: lestijden", "40", "45"),
            ("M 2 / 1b", "", "Derde competentie"),
            ("M 2 / 1", "Derde competentie", ""),
            ("T.M-2.1.1: plaats", "M 2 / 1", "M 2 / 1b"),
            ("T.M-1.2.1: plaats", "M 1 / 2", "M 2 / 1b"),
        ];
        let expected: Vec<(String, String, String)> =
            expected.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
        assert_eq!(changes, expected);
    }

    #[test]
    fn a_move_carries_what_stays_drops_what_is_retired_and_changes_unit_statuses() {
        let records = achieved(&["T.M-1.1.1", "T.M-1.1.2", "T.M-2.1.1"]);
        let moved = student_move(&sample_framework(), &newer(), &records, &HashSet::new());
        assert_eq!(moved.carried, [SkillId::new("T.M-1.1.1"), SkillId::new("T.M-2.1.1")]);
        assert_eq!(moved.dropped, [SkillId::new("T.M-1.1.2")]);
        assert_eq!(moved.to_prove, [SkillId::new("T.M-2.1.2")]);
        assert_eq!(
            moved.units,
            [UnitChange {
                unit: UnitCode::new("M 2"),
                before: Some(UnitStatus::ReadyForDeelcertificaat),
                after: Some(UnitStatus::InProgress)
            }]
        );
    }

    #[test]
    fn a_unit_only_one_version_has_is_named_with_its_status_on_that_side() {
        let mut newer = sample_framework();
        newer.units.truncate(1);
        newer.units.push(crate::curriculum::Unit {
            code: UnitCode::new("M 3"),
            title: "Derde module".into(),
            lestijden: None,
            knowledge: vec![],
            competencies: vec![Competency {
                nr: "1".into(),
                title: "Nieuw".into(),
                skills: vec![Skill { id: SkillId::new("T.M-3.1.1"), text: "Nieuw".into() }],
                knowledge: vec![],
            }],
        });
        let moved = student_move(&sample_framework(), &newer, &HashMap::new(), &HashSet::new());
        let changes: Vec<_> = moved.units.iter().map(|c| (c.unit.as_str(), c.before, c.after)).collect();
        assert_eq!(
            changes,
            [("M 3", None, Some(UnitStatus::NotStarted)), ("M 2", Some(UnitStatus::NotStarted), None)]
        );
    }

    proptest! {
        /// Every skill achieved before is carried or dropped, never both, and what is carried is
        /// exactly what counts as achieved in the newer version among the older one's skills.
        #[test]
        fn a_move_accounts_for_every_achieved_skill(mask in prop::collection::vec(any::<bool>(), 4)) {
            let ids = ["T.M-1.1.1", "T.M-1.1.2", "T.M-1.2.1", "T.M-2.1.1"];
            let chosen: Vec<&str> = ids.iter().zip(&mask).filter(|(_, on)| **on).map(|(id, _)| *id).collect();
            let moved = student_move(&sample_framework(), &newer(), &achieved(&chosen), &HashSet::new());
            prop_assert_eq!(moved.carried.len() + moved.dropped.len(), chosen.len());
            let after = framework_progress(&newer(), &achieved(&chosen), &HashSet::new());
            prop_assert_eq!(moved.carried.len() as u32, after.achieved);
        }
    }
}
