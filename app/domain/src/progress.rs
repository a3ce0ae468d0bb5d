//! Where a student stands: the status of every skill, competency and unit of a framework,
//! computed from what happened to each skill (evidence linked, submitted, decided) and which
//! units were awarded. The result follows the curriculum's order, so it can be shown as is and
//! can say exactly what is still missing.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::curriculum::{Framework, FrameworkCode, SkillId, Unit, UnitCode};
use crate::ids::{AccountId, DecisionId, EvidenceId};
use crate::time::Timestamp;

/// An assessor's decision on one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Achieved,
    NotYet,
}

/// One recorded decision on a skill, as its history shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// Its id, which is also the order of recording: of two decisions on one skill, the higher
    /// one counts.
    pub sequence: DecisionId,
    pub verdict: Verdict,
    /// What is still missing, or why an earlier decision was revised.
    pub comment: String,
    /// The assessor's name.
    pub assessor: String,
    /// When it was recorded.
    pub decided_at: Timestamp,
    /// The Brussels calendar day of `decided_at` (`YYYY-MM-DD`), the one to show; the server
    /// works it out, so pages never convert time zones themselves.
    #[serde(default)]
    pub decided_on: String,
    /// The evidence items it rests on.
    pub evidence: Vec<EvidenceId>,
    /// The assessor's account.
    #[serde(default)]
    pub assessor_id: AccountId,
    /// The correction that undid it, if one did: it then never counts, and stays in the history.
    #[serde(default)]
    pub undone: Option<Undone>,
}

/// The correction of a decision recorded by mistake ([`crate::assessment::UndoCandidate`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Undone {
    /// Who undid it (the assessor who recorded it), by name.
    pub by: String,
    pub at: Timestamp,
    /// The Brussels calendar day of `at` (`YYYY-MM-DD`), worked out on the server.
    pub on: String,
}

/// What happened to one skill of one student, as far as its status depends on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillRecord {
    /// The evidence items (current versions) linked to the skill.
    pub evidence: Vec<EvidenceId>,
    /// Submitted for assessment and not yet reviewed or withdrawn.
    pub submitted: bool,
    /// Every decision on the skill, in any order.
    pub decisions: Vec<Decision>,
}

impl SkillRecord {
    /// The decision that counts: the one recorded last that was not undone. A later "not yet"
    /// revokes an earlier "achieved", and the other way round; an undone decision is as if it
    /// had not been taken.
    pub fn latest(&self) -> Option<&Decision> {
        counting(&self.decisions)
    }
}

/// Of a skill's decisions (in any order), the one that counts: the last recorded that was not
/// undone.
pub fn counting(decisions: &[Decision]) -> Option<&Decision> {
    decisions.iter().filter(|decision| decision.undone.is_none()).max_by_key(|decision| decision.sequence)
}

/// Where one skill stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkillStatus {
    NotStarted,
    InProgress,
    Submitted,
    NotYet,
    Achieved,
}

impl SkillStatus {
    /// A pending submission outranks an earlier "not yet": the student answered the feedback.
    pub fn of(record: &SkillRecord) -> SkillStatus {
        match (record.latest().map(|decision| decision.verdict), record.submitted) {
            (Some(Verdict::Achieved), _) => SkillStatus::Achieved,
            (_, true) => SkillStatus::Submitted,
            (Some(Verdict::NotYet), false) => SkillStatus::NotYet,
            (None, false) if record.evidence.is_empty() => SkillStatus::NotStarted,
            (None, false) => SkillStatus::InProgress,
        }
    }

    /// Whether the student may submit the skill now: it has evidence and nothing is pending.
    pub fn can_submit(self, has_evidence: bool) -> bool {
        has_evidence && matches!(self, SkillStatus::InProgress | SkillStatus::NotYet)
    }
}

/// Where one unit (module, role block) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitStatus {
    NotStarted,
    InProgress,
    /// At least one skill waits for an assessor.
    Submitted,
    /// Every skill is achieved: the deelcertificaat can be awarded.
    ReadyForDeelcertificaat,
    Awarded,
}

impl UnitStatus {}

/// One skill's status, the evidence linked to it and its decisions, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillProgress {
    pub id: SkillId,
    pub status: SkillStatus,
    pub evidence: Vec<EvidenceId>,
    pub decisions: Vec<Decision>,
}

/// One competency: complete when every one of its skills is achieved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyProgress {
    pub nr: String,
    pub complete: bool,
    pub achieved: u32,
    pub total: u32,
    pub skills: Vec<SkillProgress>,
}

/// One unit with its counts and what it still misses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitProgress {
    pub code: UnitCode,
    pub status: UnitStatus,
    pub achieved: u32,
    pub submitted: u32,
    pub total: u32,
    /// Distinct evidence items linked to the unit's skills.
    pub evidence: u32,
    pub ready_for_deelcertificaat: bool,
    pub awarded: bool,
    /// Awarded, but a skill was revoked since: the coordinator must look at it. An award is
    /// never undone silently.
    pub needs_attention: bool,
    /// The skills not yet achieved, in curriculum order.
    pub missing: Vec<SkillId>,
    pub competencies: Vec<CompetencyProgress>,
}

/// A student's progress through a whole framework, in curriculum order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkProgress {
    pub framework: FrameworkCode,
    pub achieved: u32,
    pub total: u32,
    pub ready_for_certificate: bool,
    pub units: Vec<UnitProgress>,
}

/// Computes the progress of one student. Skills without a record have not been started.
pub fn framework_progress(
    framework: &Framework,
    records: &HashMap<SkillId, SkillRecord>,
    awarded: &HashSet<UnitCode>,
) -> FrameworkProgress {
    let units: Vec<UnitProgress> = framework
        .units
        .iter()
        .map(|unit| unit_progress(unit, records, awarded.contains(&unit.code)))
        .collect();
    let ready_for_certificate = !units.is_empty()
        && if framework.kind.awards_units() {
            // A programme's certificate follows from its deelcertificaten.
            // A flagged unit (revoked after its award) holds the certificate back until resolved.
            units.iter().all(|unit| unit.awarded && !unit.needs_attention)
        } else {
            // A qualification is proven by all its activities at once; it has no partial awards.
            units.iter().all(|unit| unit.ready_for_deelcertificaat)
        };
    FrameworkProgress {
        framework: framework.code.clone(),
        achieved: units.iter().map(|unit| unit.achieved).sum(),
        total: units.iter().map(|unit| unit.total).sum(),
        ready_for_certificate,
        units,
    }
}

fn unit_progress(unit: &Unit, records: &HashMap<SkillId, SkillRecord>, awarded: bool) -> UnitProgress {
    let no_record = SkillRecord::default();
    let competencies: Vec<CompetencyProgress> = unit
        .competencies
        .iter()
        .map(|competency| {
            let skills: Vec<SkillProgress> = competency
                .skills
                .iter()
                .map(|skill| {
                    let record = records.get(&skill.id).unwrap_or(&no_record);
                    let mut decisions = record.decisions.clone();
                    decisions.sort_by_key(|decision| decision.sequence);
                    SkillProgress {
                        id: skill.id.clone(),
                        status: SkillStatus::of(record),
                        evidence: record.evidence.clone(),
                        decisions,
                    }
                })
                .collect();
            let achieved = skills.iter().filter(|skill| skill.status == SkillStatus::Achieved).count() as u32;
            CompetencyProgress {
                nr: competency.nr.clone(),
                complete: achieved as usize == skills.len(),
                achieved,
                total: skills.len() as u32,
                skills,
            }
        })
        .collect();
    let skills = || competencies.iter().flat_map(|competency| &competency.skills);
    let missing: Vec<SkillId> = skills()
        .filter(|skill| skill.status != SkillStatus::Achieved)
        .map(|skill| skill.id.clone())
        .collect();
    let total = skills().count() as u32;
    // A unit without skills has nothing to assess, so it never becomes ready by default.
    let ready = total > 0 && missing.is_empty();
    let submitted = skills().filter(|skill| skill.status == SkillStatus::Submitted).count() as u32;
    let evidence: BTreeSet<EvidenceId> = skills().flat_map(|skill| skill.evidence.iter().copied()).collect();
    let started = skills().any(|skill| skill.status != SkillStatus::NotStarted);
    let status = if awarded {
        UnitStatus::Awarded
    } else if ready {
        UnitStatus::ReadyForDeelcertificaat
    } else if submitted > 0 {
        UnitStatus::Submitted
    } else if started {
        UnitStatus::InProgress
    } else {
        UnitStatus::NotStarted
    };
    UnitProgress {
        code: unit.code.clone(),
        status,
        achieved: total - missing.len() as u32,
        submitted,
        total,
        evidence: evidence.len() as u32,
        ready_for_deelcertificaat: ready,
        awarded,
        needs_attention: awarded && !ready,
        missing,
        competencies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::tests::sample_framework;
    use crate::curriculum::FrameworkKind;

    fn decision(sequence: i64, verdict: Verdict) -> Decision {
        Decision {
            sequence: DecisionId::new(sequence),
            verdict,
            comment: String::new(),
            assessor: "Karin Vermeulen".into(),
            decided_at: "2026-11-22T10:00:00.000000Z".parse().unwrap(),
            decided_on: "2026-11-22".into(),
            assessor_id: AccountId::default(),
            undone: None,
            evidence: vec![],
        }
    }

    fn record(evidence: &[i64], submitted: bool, verdict: Option<Verdict>) -> SkillRecord {
        SkillRecord {
            evidence: evidence.iter().copied().map(EvidenceId::new).collect(),
            submitted,
            decisions: verdict.map(|v| decision(1, v)).into_iter().collect(),
        }
    }

    #[test]
    fn an_undone_decision_does_not_count() {
        let mut record = record(&[1], true, Some(Verdict::Achieved));
        let at = "2026-11-22T10:05:00.000000Z".parse().unwrap();
        record.decisions[0].undone =
            Some(Undone { by: "Karin Vermeulen".into(), at, on: "2026-11-22".into() });
        assert_eq!(record.latest(), None);
        assert_eq!(
            SkillStatus::of(&record),
            SkillStatus::Submitted,
            "the submission it closed is open again"
        );
        record.decisions.push(decision(0, Verdict::NotYet));
        record.submitted = false;
        assert_eq!(SkillStatus::of(&record), SkillStatus::NotYet, "the decision before it counts again");
    }

    fn records(entries: &[(&str, SkillRecord)]) -> HashMap<SkillId, SkillRecord> {
        entries.iter().map(|(id, record)| (SkillId::new(*id), record.clone())).collect()
    }

    #[test]
    fn a_skill_moves_from_not_started_to_achieved() {
        assert_eq!(SkillStatus::of(&record(&[], false, None)), SkillStatus::NotStarted);
        assert_eq!(SkillStatus::of(&record(&[1], false, None)), SkillStatus::InProgress);
        assert_eq!(SkillStatus::of(&record(&[1], true, None)), SkillStatus::Submitted);
        assert_eq!(SkillStatus::of(&record(&[1], false, Some(Verdict::NotYet))), SkillStatus::NotYet);
        assert_eq!(SkillStatus::of(&record(&[1], false, Some(Verdict::Achieved))), SkillStatus::Achieved);
    }

    #[test]
    fn a_resubmission_after_not_yet_is_pending_again() {
        assert_eq!(SkillStatus::of(&record(&[1, 2], true, Some(Verdict::NotYet))), SkillStatus::Submitted);
    }

    #[test]
    fn the_decision_recorded_last_counts_whatever_the_order_given() {
        let revoked = SkillRecord {
            evidence: vec![EvidenceId::new(1)],
            submitted: false,
            decisions: vec![decision(9, Verdict::NotYet), decision(4, Verdict::Achieved)],
        };
        assert_eq!(SkillStatus::of(&revoked), SkillStatus::NotYet);
        let restored = SkillRecord {
            decisions: vec![decision(4, Verdict::NotYet), decision(11, Verdict::Achieved)],
            ..revoked
        };
        assert_eq!(SkillStatus::of(&restored), SkillStatus::Achieved);
    }

    #[test]
    fn a_skill_revoked_after_the_award_flags_the_unit_and_keeps_the_award() {
        let achieved = || record(&[1], false, Some(Verdict::Achieved));
        let revoked = SkillRecord {
            evidence: vec![EvidenceId::new(1)],
            submitted: false,
            decisions: vec![decision(1, Verdict::Achieved), decision(2, Verdict::NotYet)],
        };
        let progress = framework_progress(
            &sample_framework(),
            &records(&[("T.M-1.1.1", achieved()), ("T.M-1.1.2", revoked), ("T.M-1.2.1", achieved())]),
            &HashSet::from([UnitCode::new("M 1")]),
        );
        let unit = &progress.units[0];
        assert!(unit.awarded);
        assert!(unit.needs_attention);
        assert_eq!(unit.status, UnitStatus::Awarded);
        assert_eq!(unit.missing, [SkillId::new("T.M-1.1.2")]);
        let history: Vec<i64> =
            unit.competencies[0].skills[1].decisions.iter().map(|d| d.sequence.get()).collect();
        assert_eq!(history, [1, 2], "the history reads oldest first");
    }

    #[test]
    fn only_skills_with_evidence_and_nothing_pending_can_be_submitted() {
        assert!(!SkillStatus::NotStarted.can_submit(false));
        assert!(SkillStatus::InProgress.can_submit(true));
        assert!(!SkillStatus::Submitted.can_submit(true));
        assert!(SkillStatus::NotYet.can_submit(true));
        assert!(!SkillStatus::NotYet.can_submit(false), "after 'not yet', evidence must be linked again");
        assert!(!SkillStatus::Achieved.can_submit(true));
    }

    #[test]
    fn nothing_recorded_means_nothing_started() {
        let progress = framework_progress(&sample_framework(), &HashMap::new(), &HashSet::new());
        assert_eq!(progress.total, 4);
        assert_eq!(progress.achieved, 0);
        assert!(!progress.ready_for_certificate);
        for unit in &progress.units {
            assert_eq!(unit.status, UnitStatus::NotStarted);
            assert_eq!(unit.missing.len() as u32, unit.total);
        }
    }

    #[test]
    fn units_count_distinct_evidence_and_pending_skills() {
        let progress = framework_progress(
            &sample_framework(),
            &records(&[("T.M-1.1.1", record(&[7, 8], true, None)), ("T.M-1.2.1", record(&[7], false, None))]),
            &HashSet::new(),
        );
        let unit = &progress.units[0];
        assert_eq!(unit.evidence, 2);
        assert_eq!(unit.submitted, 1);
        assert_eq!(unit.status, UnitStatus::Submitted);
        assert_eq!(progress.units[1].status, UnitStatus::NotStarted);
    }

    #[test]
    fn missing_skills_are_listed_in_curriculum_order() {
        let progress = framework_progress(
            &sample_framework(),
            &records(&[("T.M-1.1.2", record(&[1], false, Some(Verdict::Achieved)))]),
            &HashSet::new(),
        );
        let missing: Vec<_> = progress.units[0].missing.iter().map(SkillId::as_str).collect();
        assert_eq!(missing, ["T.M-1.1.1", "T.M-1.2.1"]);
        assert_eq!(progress.units[0].status, UnitStatus::InProgress);
        assert!(!progress.units[0].competencies[0].complete);
    }

    #[test]
    fn a_unit_with_every_skill_achieved_is_ready_for_its_deelcertificaat() {
        let achieved = || record(&[1], false, Some(Verdict::Achieved));
        let progress = framework_progress(
            &sample_framework(),
            &records(&[("T.M-1.1.1", achieved()), ("T.M-1.1.2", achieved()), ("T.M-1.2.1", achieved())]),
            &HashSet::new(),
        );
        let unit = &progress.units[0];
        assert!(unit.ready_for_deelcertificaat);
        assert_eq!(unit.status, UnitStatus::ReadyForDeelcertificaat);
        assert!(unit.competencies.iter().all(|competency| competency.complete));
        assert!(unit.missing.is_empty());
        assert!(!progress.ready_for_certificate, "the second module is still open");
    }

    #[test]
    fn a_programme_needs_every_unit_awarded_for_its_certificate() {
        let achieved = || record(&[1], false, Some(Verdict::Achieved));
        let all: Vec<(&str, SkillRecord)> = ["T.M-1.1.1", "T.M-1.1.2", "T.M-1.2.1", "T.M-2.1.1"]
            .into_iter()
            .map(|id| (id, achieved()))
            .collect();
        let framework = sample_framework();
        let one_awarded = HashSet::from([UnitCode::new("M 1")]);
        assert!(!framework_progress(&framework, &records(&all), &one_awarded).ready_for_certificate);
        let both_awarded = HashSet::from([UnitCode::new("M 1"), UnitCode::new("M 2")]);
        let progress = framework_progress(&framework, &records(&all), &both_awarded);
        assert!(progress.ready_for_certificate);
        assert!(progress.units.iter().all(|unit| unit.status == UnitStatus::Awarded));
    }

    #[test]
    fn a_qualification_is_ready_when_every_activity_is_achieved() {
        let mut framework = sample_framework();
        framework.kind = FrameworkKind::Beroepskwalificatie;
        let achieved = || record(&[1], false, Some(Verdict::Achieved));
        let all: Vec<(&str, SkillRecord)> = ["T.M-1.1.1", "T.M-1.1.2", "T.M-1.2.1", "T.M-2.1.1"]
            .into_iter()
            .map(|id| (id, achieved()))
            .collect();
        assert!(framework_progress(&framework, &records(&all), &HashSet::new()).ready_for_certificate);
    }

    #[test]
    fn a_unit_without_skills_is_never_ready() {
        let mut framework = sample_framework();
        framework.units[1].competencies.clear();
        let progress = framework_progress(&framework, &HashMap::new(), &HashSet::new());
        assert!(!progress.units[1].ready_for_deelcertificaat);
        assert_eq!(progress.units[1].status, UnitStatus::NotStarted);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::curriculum::{Competency, FrameworkKind, Skill};
    use proptest::prelude::*;

    /// A framework of up to 3 units × 3 competencies × 3 skills (any of them possibly empty).
    fn framework(shape: &[Vec<usize>]) -> Framework {
        let units = shape
            .iter()
            .enumerate()
            .map(|(u, competencies)| Unit {
                code: UnitCode::new(format!("U{u}")),
                title: format!("Unit {u}"),
                lestijden: None,
                knowledge: vec![],
                competencies: competencies
                    .iter()
                    .enumerate()
                    .map(|(c, &skills)| Competency {
                        nr: c.to_string(),
                        title: format!("Competentie {c}"),
                        skills: (0..skills)
                            .map(|s| Skill { id: SkillId::new(format!("U{u}.{c}.{s}")), text: String::new() })
                            .collect(),
                        knowledge: vec![],
                    })
                    .collect(),
            })
            .collect();
        Framework {
            code: FrameworkCode::new("P"),
            title: "Eigenschappen".into(),
            kind: FrameworkKind::Opleidingsprofiel,
            level: None,
            total_lestijden: None,
            units,
            profiles: vec![],
        }
    }

    fn shapes() -> impl Strategy<Value = Vec<Vec<usize>>> {
        prop::collection::vec(prop::collection::vec(0usize..4, 0..4), 1..4)
    }

    proptest! {
        /// A unit is ready exactly when it has skills and each one's latest decision is
        /// "achieved", however the decisions were ordered; what is missing is every other skill,
        /// in curriculum order.
        #[test]
        fn ready_iff_every_latest_decision_is_achieved(
            shape in shapes(),
            raw in prop::collection::vec((0usize..64, any::<bool>(), 0i64..1000), 0..80),
        ) {
            let framework = framework(&shape);
            let skills: Vec<SkillId> = framework.skills().map(|skill| skill.id.clone()).collect();
            let mut records: HashMap<SkillId, SkillRecord> = HashMap::new();
            let mut latest: HashMap<SkillId, (i64, bool)> = HashMap::new();
            for (index, (pick, achieved, sequence)) in raw.into_iter().enumerate() {
                if skills.is_empty() { break; }
                let skill = skills[pick % skills.len()].clone();
                // Sequences are unique in the record; make them so here too.
                let sequence = sequence * 100 + index as i64;
                let verdict = if achieved { Verdict::Achieved } else { Verdict::NotYet };
                records.entry(skill.clone()).or_default().decisions.push(Decision {
                    sequence: DecisionId::new(sequence), verdict, comment: String::new(), assessor: String::new(),
                    decided_at: chrono::DateTime::UNIX_EPOCH.into(), decided_on: String::new(), evidence: vec![],
                    assessor_id: AccountId::default(), undone: None,
                });
                let entry = latest.entry(skill).or_insert((sequence, achieved));
                if sequence > entry.0 { *entry = (sequence, achieved); }
            }
            let progress = framework_progress(&framework, &records, &HashSet::new());
            for (unit, unit_progress) in framework.units.iter().zip(&progress.units) {
                let expected_missing: Vec<SkillId> = unit
                    .skills()
                    .filter(|skill| latest.get(&skill.id).map(|(_, achieved)| *achieved) != Some(true))
                    .map(|skill| skill.id.clone())
                    .collect();
                prop_assert_eq!(&unit_progress.missing, &expected_missing);
                let has_skills = unit.skills().next().is_some();
                prop_assert_eq!(unit_progress.ready_for_deelcertificaat, has_skills && expected_missing.is_empty());
                for (competency, competency_progress) in unit.competencies.iter().zip(&unit_progress.competencies) {
                    let complete = competency.skills.iter().all(|skill| latest.get(&skill.id).map(|l| l.1) == Some(true));
                    prop_assert_eq!(competency_progress.complete, complete);
                }
            }
            prop_assert!(!progress.ready_for_certificate, "nothing was awarded");
        }

        /// With every skill achieved, the certificate needs every unit awarded; a unit without
        /// skills can never be ready, so it holds the certificate back.
        #[test]
        fn the_certificate_needs_every_unit_awarded(shape in shapes(), awarded_mask in any::<u8>()) {
            let framework = framework(&shape);
            let records: HashMap<SkillId, SkillRecord> = framework
                .skills()
                .enumerate()
                .map(|(index, skill)| {
                    let decision = Decision {
                        sequence: DecisionId::new(index as i64),
                        verdict: Verdict::Achieved,
                        comment: String::new(),
                        assessor: String::new(),
                        decided_at: chrono::DateTime::UNIX_EPOCH.into(),
                        decided_on: String::new(),
                        assessor_id: AccountId::default(),
                        undone: None,
                        evidence: vec![],
                    };
                    (skill.id.clone(), SkillRecord { evidence: vec![], submitted: false, decisions: vec![decision] })
                })
                .collect();
            let awarded: HashSet<UnitCode> = framework
                .units
                .iter()
                .enumerate()
                .filter(|(index, _)| awarded_mask & (1 << index) != 0)
                .map(|(_, unit)| unit.code.clone())
                .collect();
            let progress = framework_progress(&framework, &records, &awarded);
            let every_unit_has_skills = framework.units.iter().all(|unit| unit.skills().next().is_some());
            prop_assert_eq!(
                progress.ready_for_certificate,
                awarded.len() == framework.units.len() && every_unit_has_skills
            );
        }
    }
}
