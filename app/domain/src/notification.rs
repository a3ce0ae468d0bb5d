//! Notifications: which facts are told to whom, how each person wants them by e-mail, and which
//! changes in a student's progress a coordinator must hear about.
//!
//! A notification is written with the fact it reports; this module decides its [`Notice`] (what
//! it says), its [`Audience`] (the role that receives it) and whether a later change undid it
//! before anybody was e-mailed. Services find the people of that audience who may see the
//! student; the rules of sight are [`crate::policy`]'s.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::curriculum::{FrameworkCode, FrameworkKind, SkillId, UnitCode};
use crate::progress::{FrameworkProgress, SkillStatus, Verdict};
use crate::role::Role;

/// What a notification is about; people choose the e-mail [`Delivery`] per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// A student submitted skills for assessment (to the cohort's assessors).
    Submitted,
    /// An assessor decided on skills (to the student).
    Decided,
    /// A deelcertificaat was awarded (to the student).
    Awarded,
    /// A student became ready for a deelcertificaat or the certificaat (to coordinators).
    Ready,
    /// An awarded unit needs attention: one of its skills was revoked (to coordinators).
    NeedsAttention,
    /// Somebody answered on a skill's feedback thread (to the other side).
    Reply,
}

impl NotificationKind {
    /// Every kind, in the order the preferences list them.
    pub const ALL: [NotificationKind; 6] = [
        NotificationKind::Submitted,
        NotificationKind::Decided,
        NotificationKind::Awarded,
        NotificationKind::Ready,
        NotificationKind::NeedsAttention,
        NotificationKind::Reply,
    ];

    /// The name stored and sent on the wire (`submitted`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::Submitted => "submitted",
            NotificationKind::Decided => "decided",
            NotificationKind::Awarded => "awarded",
            NotificationKind::Ready => "ready",
            NotificationKind::NeedsAttention => "needs_attention",
            NotificationKind::Reply => "reply",
        }
    }

    /// The kind of a stored name; `None` for any other text.
    pub fn parse(text: &str) -> Option<NotificationKind> {
        NotificationKind::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    /// The kinds a person with this role can receive: the rows of their preferences.
    pub fn received_by(role: Role) -> Vec<NotificationKind> {
        NotificationKind::ALL.into_iter().filter(|kind| kind.audiences().contains(&role)).collect()
    }

    fn audiences(self) -> &'static [Role] {
        match self {
            NotificationKind::Submitted => &[Role::Assessor],
            NotificationKind::Decided | NotificationKind::Awarded => &[Role::Student],
            NotificationKind::Ready | NotificationKind::NeedsAttention => &[Role::Coordinator],
            NotificationKind::Reply => &[Role::Student, Role::Assessor],
        }
    }
}

/// How a person gets a kind of notification by e-mail (it is always in the product).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// One e-mail for each notification, as it happens.
    AtOnce,
    /// One e-mail a day, at the centre's digest time, with everything since the last.
    Digest,
    /// No e-mail.
    Never,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::AtOnce, Delivery::Digest, Delivery::Never];

    /// The name stored and sent on the wire (`at_once`, `digest`, `never`).
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::AtOnce => "at_once",
            Delivery::Digest => "digest",
            Delivery::Never => "never",
        }
    }

    /// The delivery of a stored name; `None` for any other text.
    pub fn parse(text: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|delivery| delivery.as_str() == text)
    }

    /// What a person gets until they choose: students at once (it is their own work), staff a
    /// daily digest (they hear about many students).
    pub fn default_for(role: Role) -> Delivery {
        match role {
            Role::Student => Delivery::AtOnce,
            Role::Assessor | Role::Coordinator | Role::Admin => Delivery::Digest,
        }
    }
}

/// What a notification says: the fact, with the names and codes needed to tell it without
/// reading anything else. Stored as JSON with the notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// `student` submitted `skills` of one unit.
    Submitted { student: String, framework: FrameworkCode, unit: UnitCode, skills: Vec<SkillId> },
    /// An assessor decided `verdict` on `skills` of one unit, with the comment given.
    Decided {
        assessor: String,
        framework: FrameworkCode,
        unit: UnitCode,
        verdict: Verdict,
        skills: Vec<SkillId>,
        comment: String,
    },
    /// The deelcertificaat of `unit` was awarded.
    Awarded { framework: FrameworkCode, unit: UnitCode },
    /// `student` has every skill of `unit` achieved.
    ReadyForDeelcertificaat { student: String, framework: FrameworkCode, unit: UnitCode },
    /// `student` is ready for the certificaat of `framework`.
    ReadyForCertificaat { student: String, framework: FrameworkCode },
    /// A skill of `unit`, awarded to `student`, was revoked.
    NeedsAttention { student: String, framework: FrameworkCode, unit: UnitCode, skill: SkillId },
    /// `author` answered on the thread of `skill`.
    Reply { author: String, framework: FrameworkCode, unit: UnitCode, skill: SkillId, text: String },
}

impl Notice {
    pub fn kind(&self) -> NotificationKind {
        match self {
            Notice::Submitted { .. } => NotificationKind::Submitted,
            Notice::Decided { .. } => NotificationKind::Decided,
            Notice::Awarded { .. } => NotificationKind::Awarded,
            Notice::ReadyForDeelcertificaat { .. } | Notice::ReadyForCertificaat { .. } => {
                NotificationKind::Ready
            }
            Notice::NeedsAttention { .. } => NotificationKind::NeedsAttention,
            Notice::Reply { .. } => NotificationKind::Reply,
        }
    }

    /// The framework it is about.
    pub fn framework(&self) -> &FrameworkCode {
        match self {
            Notice::Submitted { framework, .. }
            | Notice::Decided { framework, .. }
            | Notice::Awarded { framework, .. }
            | Notice::ReadyForDeelcertificaat { framework, .. }
            | Notice::ReadyForCertificaat { framework, .. }
            | Notice::NeedsAttention { framework, .. }
            | Notice::Reply { framework, .. } => framework,
        }
    }

    /// The unit it is about; `None` for the certificaat, which is about the whole framework.
    pub fn unit(&self) -> Option<&UnitCode> {
        match self {
            Notice::Submitted { unit, .. }
            | Notice::Decided { unit, .. }
            | Notice::Awarded { unit, .. }
            | Notice::ReadyForDeelcertificaat { unit, .. }
            | Notice::NeedsAttention { unit, .. }
            | Notice::Reply { unit, .. } => Some(unit),
            Notice::ReadyForCertificaat { .. } => None,
        }
    }

    /// Whether what a submission or decision notice tells was taken back whole: every skill of it
    /// is among `taken_back` (the skills whose submission of that moment was withdrawn, or whose
    /// decision of that moment was undone). Other notices: never.
    pub fn taken_back_whole(&self, taken_back: &HashSet<SkillId>) -> bool {
        match self {
            Notice::Submitted { skills, .. } | Notice::Decided { skills, .. } => {
                skills.iter().all(|skill| taken_back.contains(skill))
            }
            _ => false,
        }
    }

    /// Whether a readiness notice no longer holds by the student's `progress` in its framework now:
    /// the unit, or the certificaat, is not ready any more (an awarded unit has had its news).
    /// Other notices: never.
    pub fn no_longer_ready(&self, progress: &FrameworkProgress) -> bool {
        match self {
            Notice::ReadyForDeelcertificaat { unit, .. } => !progress
                .units
                .iter()
                .any(|now| &now.code == unit && (now.ready_for_deelcertificaat || now.awarded)),
            Notice::ReadyForCertificaat { .. } => !progress.ready_for_certificate,
            _ => false,
        }
    }
}

/// What changed for coordinators between two states of one student's progress in a framework:
/// units that became ready for their deelcertificaat, the certificaat that came within reach,
/// awarded units whose skill was revoked (with the first skill now missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadinessChange {
    UnitReady(UnitCode),
    CertificateReady,
    NeedsAttention { unit: UnitCode, skill: SkillId },
}

/// The [`ReadinessChange`]s from `before` to `after` in a framework of this kind, units in
/// curriculum order, the certificaat last. A unit that was already ready (or awarded) before is
/// not news again; the units of a framework without deelcertificaten never are.
pub fn readiness_changes(
    kind: FrameworkKind,
    before: &FrameworkProgress,
    after: &FrameworkProgress,
) -> Vec<ReadinessChange> {
    let mut changes = Vec::new();
    for unit in &after.units {
        let Some(earlier) = before.units.iter().find(|earlier| earlier.code == unit.code) else {
            continue;
        };
        let newly_ready = unit.ready_for_deelcertificaat && !earlier.ready_for_deelcertificaat;
        if kind.awards_units() && newly_ready && !unit.awarded {
            changes.push(ReadinessChange::UnitReady(unit.code.clone()));
        }
        if unit.needs_attention && !earlier.needs_attention {
            let skill = unit.missing.first().cloned().unwrap_or_else(|| SkillId::new(""));
            changes.push(ReadinessChange::NeedsAttention { unit: unit.code.clone(), skill });
        }
    }
    if after.ready_for_certificate && !before.ready_for_certificate {
        changes.push(ReadinessChange::CertificateReady);
    }
    changes
}

/// What a student still has to do for one skill, on the list of their start page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToDo {
    /// No evidence linked yet.
    AddEvidence,
    /// Evidence linked, not submitted.
    Submit,
    /// "Not yet": read the feedback, add what it asks, and submit again (a reply alone does not
    /// settle it).
    AnswerFeedback,
}

impl ToDo {
    /// What the skill's status asks of the student; `None` when it waits for others or is done.
    pub fn of(status: SkillStatus) -> Option<ToDo> {
        match status {
            SkillStatus::NotStarted => Some(ToDo::AddEvidence),
            SkillStatus::InProgress => Some(ToDo::Submit),
            SkillStatus::NotYet => Some(ToDo::AnswerFeedback),
            SkillStatus::Submitted | SkillStatus::Achieved => None,
        }
    }
}

/// One skill that still needs something from the student.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillToDo {
    pub unit: UnitCode,
    pub skill: SkillId,
    pub to_do: ToDo,
}

/// Every skill of a framework that still needs something from the student, in curriculum
/// order. Skills of awarded units are left out unless revoked since.
pub fn still_to_do(progress: &FrameworkProgress) -> Vec<SkillToDo> {
    progress
        .units
        .iter()
        .flat_map(|unit| {
            unit.competencies.iter().flat_map(|competency| &competency.skills).filter_map(|skill| {
                ToDo::of(skill.status).map(|to_do| SkillToDo {
                    unit: unit.code.clone(),
                    skill: skill.id.clone(),
                    to_do,
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::curriculum::tests::sample_framework;
    use crate::ids::{DecisionId, EvidenceId};
    use crate::progress::{framework_progress, Decision, SkillRecord};

    fn decided(sequence: i64, verdict: Verdict) -> Decision {
        Decision {
            sequence: DecisionId::new(sequence),
            verdict,
            comment: String::new(),
            assessor: "Karin".into(),
            decided_at: "2026-11-22T10:00:00.000000Z".parse().unwrap(),
            decided_on: "2026-11-22".into(),
            assessor_id: crate::AccountId::default(),
            undone: None,
            evidence: vec![EvidenceId::new(1)],
        }
    }

    fn record(verdicts: &[Verdict], submitted: bool) -> SkillRecord {
        SkillRecord {
            evidence: vec![EvidenceId::new(1)],
            submitted,
            decisions: verdicts
                .iter()
                .enumerate()
                .map(|(at, verdict)| decided(at as i64, *verdict))
                .collect(),
        }
    }

    fn progress(entries: &[(&str, SkillRecord)], awarded: &[&str]) -> FrameworkProgress {
        let records: HashMap<SkillId, SkillRecord> =
            entries.iter().map(|(id, record)| (SkillId::new(*id), record.clone())).collect();
        let awarded = awarded.iter().map(|code| UnitCode::new(*code)).collect();
        framework_progress(&sample_framework(), &records, &awarded)
    }

    const ACHIEVED: &[Verdict] = &[Verdict::Achieved];

    #[test]
    fn each_kind_reaches_its_roles() {
        assert_eq!(
            NotificationKind::received_by(Role::Student),
            [NotificationKind::Decided, NotificationKind::Awarded, NotificationKind::Reply]
        );
        assert_eq!(
            NotificationKind::received_by(Role::Assessor),
            [NotificationKind::Submitted, NotificationKind::Reply]
        );
        assert_eq!(
            NotificationKind::received_by(Role::Coordinator),
            [NotificationKind::Ready, NotificationKind::NeedsAttention]
        );
        assert!(NotificationKind::received_by(Role::Admin).is_empty());
    }

    #[test]
    fn students_get_mail_at_once_and_staff_a_digest_until_they_choose() {
        assert_eq!(Delivery::default_for(Role::Student), Delivery::AtOnce);
        assert_eq!(Delivery::default_for(Role::Assessor), Delivery::Digest);
        assert_eq!(Delivery::default_for(Role::Coordinator), Delivery::Digest);
    }

    #[test]
    fn names_round_trip() {
        for kind in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(kind.as_str()), Some(kind));
        }
        for delivery in Delivery::ALL {
            assert_eq!(Delivery::parse(delivery.as_str()), Some(delivery));
        }
        assert_eq!(Delivery::parse("weekly"), None);
    }

    #[test]
    fn the_last_skill_achieved_makes_the_unit_ready_once() {
        let before =
            progress(&[("T.M-1.1.1", record(ACHIEVED, false)), ("T.M-1.1.2", record(&[], true))], &[]);
        let almost = [("T.M-1.1.1", record(ACHIEVED, false)), ("T.M-1.1.2", record(ACHIEVED, false))];
        let after =
            progress(&[almost[0].clone(), almost[1].clone(), ("T.M-1.2.1", record(ACHIEVED, false))], &[]);
        assert_eq!(
            readiness_changes(FrameworkKind::Opleidingsprofiel, &before, &after),
            [ReadinessChange::UnitReady(UnitCode::new("M 1"))]
        );
        assert!(
            readiness_changes(FrameworkKind::Opleidingsprofiel, &after, &after).is_empty(),
            "ready before is not news"
        );
        assert!(
            readiness_changes(FrameworkKind::Beroepskwalificatie, &before, &after).is_empty(),
            "a qualification has no deelcertificaten"
        );
    }

    #[test]
    fn a_revoked_skill_of_an_awarded_unit_asks_for_attention() {
        let all = |verdicts: &'static [Verdict]| {
            vec![
                ("T.M-1.1.1", record(ACHIEVED, false)),
                ("T.M-1.1.2", record(verdicts, false)),
                ("T.M-1.2.1", record(ACHIEVED, false)),
            ]
        };
        let before = progress(&all(ACHIEVED), &["M 1"]);
        let after = progress(&all(&[Verdict::Achieved, Verdict::NotYet]), &["M 1"]);
        assert_eq!(
            readiness_changes(FrameworkKind::Opleidingsprofiel, &before, &after),
            [ReadinessChange::NeedsAttention {
                unit: UnitCode::new("M 1"),
                skill: SkillId::new("T.M-1.1.2")
            }]
        );
    }

    #[test]
    fn the_certificaat_comes_within_reach_with_the_last_award() {
        let skills = [
            ("T.M-1.1.1", record(ACHIEVED, false)),
            ("T.M-1.1.2", record(ACHIEVED, false)),
            ("T.M-1.2.1", record(ACHIEVED, false)),
            ("T.M-2.1.1", record(ACHIEVED, false)),
        ];
        let before = progress(&skills, &["M 1"]);
        let after = progress(&skills, &["M 1", "M 2"]);
        assert_eq!(
            readiness_changes(FrameworkKind::Opleidingsprofiel, &before, &after),
            [ReadinessChange::CertificateReady]
        );
    }

    #[test]
    fn a_submission_withdrawn_whole_or_a_unit_no_longer_ready_is_undone() {
        let notice = Notice::Submitted {
            student: "Ayşe".into(),
            framework: FrameworkCode::new("BO-TEST"),
            unit: UnitCode::new("M 1"),
            skills: vec![SkillId::new("T.M-1.1.1"), SkillId::new("T.M-1.1.2")],
        };
        let nothing = progress(&[], &[]);
        let one_withdrawn = HashSet::from([SkillId::new("T.M-1.1.2")]);
        assert!(!notice.taken_back_whole(&one_withdrawn));
        let both = HashSet::from([SkillId::new("T.M-1.1.1"), SkillId::new("T.M-1.1.2")]);
        assert!(notice.taken_back_whole(&both));
        let decided = Notice::Decided {
            assessor: "Karin".into(),
            framework: FrameworkCode::new("BO-TEST"),
            unit: UnitCode::new("M 1"),
            verdict: Verdict::Achieved,
            skills: vec![SkillId::new("T.M-1.1.1"), SkillId::new("T.M-1.1.2")],
            comment: String::new(),
        };
        assert!(!decided.taken_back_whole(&one_withdrawn));
        assert!(decided.taken_back_whole(&both));
        let ready = Notice::ReadyForDeelcertificaat {
            student: "Ayşe".into(),
            framework: FrameworkCode::new("BO-TEST"),
            unit: UnitCode::new("M 2"),
        };
        assert!(ready.no_longer_ready(&nothing));
        assert!(!ready.no_longer_ready(&progress(&[("T.M-2.1.1", record(ACHIEVED, false))], &[])));
    }

    #[test]
    fn the_to_do_list_follows_the_curriculum_and_skips_what_waits_or_is_done() {
        let progress = progress(
            &[
                ("T.M-1.1.1", record(ACHIEVED, false)),
                ("T.M-1.1.2", record(&[Verdict::NotYet], false)),
                ("T.M-1.2.1", record(&[], true)),
                ("T.M-2.1.1", SkillRecord { evidence: vec![EvidenceId::new(4)], ..SkillRecord::default() }),
            ],
            &[],
        );
        let list: Vec<(String, ToDo)> = still_to_do(&progress)
            .into_iter()
            .map(|item| (item.skill.as_str().to_owned(), item.to_do))
            .collect();
        assert_eq!(
            list,
            [("T.M-1.1.2".to_owned(), ToDo::AnswerFeedback), ("T.M-2.1.1".to_owned(), ToDo::Submit)]
        );
    }
}
