//! The rules of assessment: what a decision must say and may cite, and when a unit's
//! deelcertificaat may be awarded. The services enforce them; the review page asks the same
//! functions what to offer.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::curriculum::{Framework, FrameworkCode, FrameworkKind, SkillId, UnitCode};
use crate::ids::{AccountId, EvidenceId};
use crate::policy::{self, Action};
use crate::progress::{counting, Decision, UnitProgress, Verdict};
use crate::role::Role;
use crate::time::Timestamp;

/// The longest comment a decision may carry, in characters.
pub const MAX_COMMENT_CHARS: usize = 5_000;

/// A request about skills (submit, withdraw, decide) that names none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("Kies minstens één vaardigheid.")]
pub struct NoSkillChosen;

/// The skills a request names, each once in their first order; at least one.
pub fn chosen_skills(skill_ids: &[SkillId]) -> Result<Vec<SkillId>, NoSkillChosen> {
    let mut seen = HashSet::new();
    let chosen: Vec<SkillId> = skill_ids.iter().filter(|id| seen.insert(*id)).cloned().collect();
    if chosen.is_empty() {
        Err(NoSkillChosen)
    } else {
        Ok(chosen)
    }
}

/// Why a decision cannot be recorded as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionRuleError {
    #[error("De toelichting is te lang (hoogstens {MAX_COMMENT_CHARS} tekens).")]
    CommentTooLong,
    #[error(transparent)]
    NoSkillChosen(#[from] NoSkillChosen),
    /// "Not yet" must say what is missing.
    #[error("Zeg bij 'nog niet' wat er voor vaardigheid '{0}' nog ontbreekt.")]
    NotYetWithoutComment(SkillId),
    /// A decision cites only the student's own evidence.
    #[error("Bewijsstuk {0} hoort niet bij deze cursist.")]
    ForeignEvidence(EvidenceId),
    /// "Achieved" on a skill the student linked no evidence to: the assessor saw it, and notes
    /// what they saw, so the record says what the decision rests on.
    #[error("Vaardigheid '{0}' heeft geen bewijsstuk: noteer in één regel wat je zelf zag.")]
    ObservedWithoutNote(SkillId),
    /// A request that marks one skill of one student twice.
    #[error("Vaardigheid '{0}' is twee keer gemarkeerd.")]
    MarkedTwice(SkillId),
}

/// A decision as an assessor asks for it, checked: at least one skill (each once), a trimmed
/// comment within [`MAX_COMMENT_CHARS`], and one for "not yet". That is also how an earlier
/// "achieved" is revoked: by a new decision with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionDraft {
    verdict: Verdict,
    comment: String,
    skill_ids: Vec<SkillId>,
}

/// One decision on one skill, ready to be recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillDecision {
    pub skill_id: SkillId,
    pub verdict: Verdict,
    pub comment: String,
    /// The evidence it rests on: of the items given, those linked to this skill.
    pub evidence_ids: Vec<EvidenceId>,
}

impl DecisionDraft {
    /// Checks a decision in the order a person fixes it: the comment's length, the skills, then
    /// what "not yet" needs.
    pub fn parse(verdict: Verdict, comment: &str, skill_ids: &[SkillId]) -> Result<Self, DecisionRuleError> {
        let comment = crate::text::typed(comment);
        if comment.chars().count() > MAX_COMMENT_CHARS {
            return Err(DecisionRuleError::CommentTooLong);
        }
        let skill_ids = chosen_skills(skill_ids)?;
        if verdict == Verdict::NotYet && comment.is_empty() {
            return Err(DecisionRuleError::NotYetWithoutComment(skill_ids[0].clone()));
        }
        Ok(Self { verdict, comment, skill_ids })
    }

    /// The skills decided, each once.
    pub fn skill_ids(&self) -> &[SkillId] {
        &self.skill_ids
    }

    pub fn verdict(&self) -> Verdict {
        self.verdict
    }

    /// The comment, trimmed; empty for a bare "achieved".
    pub fn comment(&self) -> &str {
        &self.comment
    }

    /// One decision per skill, each citing, of the evidence given, the items linked to its skill
    /// (`links`: evidence id → its skills). Evidence that is not the student's (`own`) is refused,
    /// and so is a bare "achieved" on a skill no evidence is linked to
    /// ([`DecisionRuleError::ObservedWithoutNote`]).
    pub fn cite(
        &self,
        given: &[EvidenceId],
        own: &HashSet<EvidenceId>,
        links: &HashMap<EvidenceId, Vec<SkillId>>,
    ) -> Result<Vec<SkillDecision>, DecisionRuleError> {
        if let Some(foreign) = given.iter().find(|id| !own.contains(id)) {
            return Err(DecisionRuleError::ForeignEvidence(*foreign));
        }
        if self.verdict == Verdict::Achieved && self.comment.is_empty() {
            let proven = |skill: &&SkillId| links.values().any(|skills| skills.contains(skill));
            if let Some(unproven) = self.skill_ids.iter().find(|skill| !proven(skill)) {
                return Err(DecisionRuleError::ObservedWithoutNote(unproven.clone()));
            }
        }
        let mut seen = HashSet::new();
        let given: Vec<EvidenceId> = given.iter().copied().filter(|id| seen.insert(*id)).collect();
        let decision = |skill_id: &SkillId| SkillDecision {
            skill_id: skill_id.clone(),
            verdict: self.verdict,
            comment: self.comment.clone(),
            evidence_ids: given
                .iter()
                .copied()
                .filter(|id| links.get(id).is_some_and(|skills| skills.contains(skill_id)))
                .collect(),
        };
        Ok(self.skill_ids.iter().map(decision).collect())
    }
}

/// How long, in minutes, the assessor who recorded a decision may undo it. After that a
/// decision is revised the way the record always allows: by a new decision with its reason.
pub const UNDO_MINUTES: i64 = 10;

/// A recorded decision, as far as undoing it depends on it. Undoing records a correction next
/// to the decision (both stay in the history); the decision then no longer counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoCandidate {
    pub assessor_id: AccountId,
    pub decided_at: Timestamp,
    pub undone: bool,
    /// A later decision on the same skill counts instead.
    pub superseded: bool,
    /// Another decision rests on it (credit across frameworks).
    pub cited: bool,
    /// The deelcertificaat of its skill's unit stands (awarded, not withdrawn).
    pub awarded: bool,
}

/// Why a decision cannot be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UndoRefusal {
    #[error("Alleen wie een beslissing vastlegde, kan ze ongedaan maken.")]
    NotYours,
    #[error("Een beslissing kan tot {UNDO_MINUTES} minuten na het vastleggen ongedaan worden gemaakt.")]
    TooLate,
    #[error("Deze beslissing is al ongedaan gemaakt.")]
    AlreadyUndone,
    #[error("Er is sindsdien een nieuwere beslissing over deze vaardigheid.")]
    Superseded,
    #[error("Een andere beslissing steunt op deze beslissing.")]
    Cited,
    #[error("Het deelcertificaat van deze module is toegekend.")]
    Awarded,
}

impl UndoCandidate {
    /// Until when the decision may be undone: [`UNDO_MINUTES`] after it was recorded.
    pub fn until(&self) -> Timestamp {
        self.decided_at + chrono::TimeDelta::minutes(UNDO_MINUTES)
    }

    /// Whether `by` may undo it at `now`: only its own assessor, within the time, while it is
    /// the decision that counts and nothing rests on it yet.
    pub fn check(&self, by: AccountId, now: Timestamp) -> Result<(), UndoRefusal> {
        let refusal = if self.assessor_id != by {
            UndoRefusal::NotYours
        } else if self.undone {
            UndoRefusal::AlreadyUndone
        } else if now >= self.until() {
            UndoRefusal::TooLate
        } else if self.superseded {
            UndoRefusal::Superseded
        } else if self.cited {
            UndoRefusal::Cited
        } else if self.awarded {
            UndoRefusal::Awarded
        } else {
            return Ok(());
        };
        Err(refusal)
    }
}

/// Whether the review page offers `me` the undo of `decision`, one of a skill's `decisions`, at
/// `now`: [`UndoCandidate::check`] on what the page knows (whether another decision rests on it,
/// only the server knows, and checks).
pub fn offers_undo(
    decision: &Decision,
    decisions: &[Decision],
    unit_awarded: bool,
    me: AccountId,
    now: Timestamp,
) -> bool {
    let candidate = UndoCandidate {
        assessor_id: decision.assessor_id,
        decided_at: decision.decided_at,
        undone: decision.undone.is_some(),
        superseded: counting(decisions).is_some_and(|counts| counts.sequence > decision.sequence),
        cited: false,
        awarded: unit_awarded,
    };
    candidate.check(me, now).is_ok()
}

/// One student's marked cells of the assessment grid (skill, verdict), as drafts to record in
/// one go, each with the evidence it cites (`current`: the student's current items per skill):
/// "achieved" on skills with evidence cites it; "achieved" on skills without carries
/// `observed`, what the assessor saw; "not yet" carries `not_yet`, what is missing, shared by
/// every such cell. A skill marked twice is refused; so is whatever [`DecisionDraft::parse`]
/// refuses. Empty groups make no draft.
pub fn grid_drafts(
    marks: &[(SkillId, Verdict)],
    current: &HashMap<SkillId, Vec<EvidenceId>>,
    not_yet: &str,
    observed: &str,
) -> Result<Vec<(DecisionDraft, Vec<EvidenceId>)>, DecisionRuleError> {
    let mut seen = HashSet::new();
    if let Some((twice, _)) = marks.iter().find(|(skill, _)| !seen.insert(skill)) {
        return Err(DecisionRuleError::MarkedTwice(twice.clone()));
    }
    let proven = |skill: &SkillId| current.get(skill).is_some_and(|items| !items.is_empty());
    let group = |verdict: Verdict, evidence: Option<bool>| -> Vec<SkillId> {
        marks
            .iter()
            .filter(|(skill, marked)| {
                *marked == verdict && evidence.is_none_or(|wanted| proven(skill) == wanted)
            })
            .map(|(skill, _)| skill.clone())
            .collect()
    };
    let groups = [
        (Verdict::Achieved, "", group(Verdict::Achieved, Some(true))),
        (Verdict::Achieved, observed, group(Verdict::Achieved, Some(false))),
        (Verdict::NotYet, not_yet, group(Verdict::NotYet, None)),
    ];
    let mut drafts = Vec::new();
    for (verdict, comment, skills) in groups.into_iter().filter(|(_, _, skills)| !skills.is_empty()) {
        let cited: BTreeSet<EvidenceId> =
            skills.iter().flat_map(|skill| current.get(skill)).flatten().copied().collect();
        drafts.push((DecisionDraft::parse(verdict, comment, &skills)?, cited.into_iter().collect()));
    }
    Ok(drafts)
}

/// Why a unit's deelcertificaat cannot be awarded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AwardRefusal {
    /// Only an opleidingsprofiel's modules earn a deelcertificaat ([`FrameworkKind::awards_units`]).
    #[error("{framework} is een {}: die kent geen deelcertificaten.", kind.as_str())]
    NoDeelcertificaten { framework: FrameworkCode, kind: FrameworkKind },
    #[error("Het deelcertificaat van {0} is al toegekend.")]
    AlreadyAwarded(UnitCode),
    /// Skills are still missing (their ids, in curriculum order).
    #[error("Nog niet klaar voor het deelcertificaat: {} vaardigheden ontbreken nog.", .0.len())]
    NotReady(Vec<SkillId>),
}

/// Whether the unit's deelcertificaat may be awarded now: the framework awards units, this one is
/// not awarded yet, and every skill is achieved.
pub fn check_award(framework: &Framework, unit: &UnitProgress) -> Result<(), AwardRefusal> {
    if !framework.kind.awards_units() {
        return Err(AwardRefusal::NoDeelcertificaten {
            framework: framework.code.clone(),
            kind: framework.kind,
        });
    }
    if unit.awarded {
        return Err(AwardRefusal::AlreadyAwarded(unit.code.clone()));
    }
    if !unit.ready_for_deelcertificaat {
        return Err(AwardRefusal::NotReady(unit.missing.clone()));
    }
    Ok(())
}

/// Whether the review page offers this account the award of the unit: the role may award and
/// [`check_award`] lets it, so the button never offers what the server refuses.
pub fn offers_award(role: Role, framework: &Framework, unit: &UnitProgress) -> bool {
    policy::may(role, Action::AwardUnits) && check_award(framework, unit).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::tests::sample_framework;
    use crate::progress::framework_progress;
    use crate::progress::SkillRecord;

    fn skill(id: &str) -> SkillId {
        SkillId::new(id)
    }

    fn candidate() -> UndoCandidate {
        UndoCandidate {
            assessor_id: AccountId::new(7),
            decided_at: "2026-12-07T10:00:00Z".parse().unwrap(),
            undone: false,
            superseded: false,
            cited: false,
            awarded: false,
        }
    }

    #[test]
    fn the_assessor_undoes_a_decision_within_ten_minutes() {
        let at = |text: &str| text.parse::<Timestamp>().unwrap();
        let karin = AccountId::new(7);
        assert_eq!(candidate().until(), at("2026-12-07T10:10:00Z"));
        assert_eq!(candidate().check(karin, at("2026-12-07T10:09:59Z")), Ok(()));
        assert_eq!(candidate().check(karin, at("2026-12-07T10:10:00Z")), Err(UndoRefusal::TooLate));
        assert_eq!(
            candidate().check(AccountId::new(8), at("2026-12-07T10:01:00Z")),
            Err(UndoRefusal::NotYours)
        );
    }

    #[test]
    fn grid_marks_become_one_draft_per_verdict_and_kind_of_proof() {
        let current = HashMap::from([
            (skill("a"), vec![EvidenceId::new(4), EvidenceId::new(2)]),
            (skill("n"), vec![EvidenceId::new(2)]),
        ]);
        let marks = [
            (skill("a"), Verdict::Achieved),
            (skill("seen"), Verdict::Achieved),
            (skill("n"), Verdict::NotYet),
            (skill("m"), Verdict::NotYet),
        ];
        let drafts = grid_drafts(&marks, &current, " Testplan ontbreekt. ", "Zag het in het labo.").unwrap();
        let shape: Vec<(Verdict, &str, &[SkillId], Vec<i64>)> = drafts
            .iter()
            .map(|(draft, cited)| {
                (
                    draft.verdict(),
                    draft.comment(),
                    draft.skill_ids(),
                    cited.iter().map(|id| id.get()).collect(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                (Verdict::Achieved, "", &[skill("a")][..], vec![2, 4]),
                (Verdict::Achieved, "Zag het in het labo.", &[skill("seen")][..], vec![]),
                (Verdict::NotYet, "Testplan ontbreekt.", &[skill("n"), skill("m")][..], vec![2]),
            ]
        );
        assert_eq!(
            grid_drafts(&marks[2..], &current, "", "").unwrap_err(),
            DecisionRuleError::NotYetWithoutComment(skill("n")),
            "'not yet' needs its comment"
        );
        let twice = [(skill("a"), Verdict::Achieved), (skill("a"), Verdict::NotYet)];
        assert_eq!(
            grid_drafts(&twice, &current, "x", "").unwrap_err(),
            DecisionRuleError::MarkedTwice(skill("a"))
        );
        assert_eq!(grid_drafts(&[], &current, "", ""), Ok(vec![]));
    }

    #[test]
    fn the_page_offers_the_undo_of_the_counting_decision_only() {
        let decided = |sequence: i64, at: &str| Decision {
            sequence: crate::DecisionId::new(sequence),
            verdict: Verdict::Achieved,
            comment: String::new(),
            assessor: "Karin Vermeulen".into(),
            decided_at: at.parse().unwrap(),
            decided_on: "2026-12-07".into(),
            evidence: vec![],
            assessor_id: AccountId::new(7),
            undone: None,
        };
        let decisions = [decided(1, "2026-12-07T10:00:00Z"), decided(2, "2026-12-07T10:02:00Z")];
        let (karin, now) = (AccountId::new(7), "2026-12-07T10:05:00Z".parse().unwrap());
        assert!(!offers_undo(&decisions[0], &decisions, false, karin, now), "a later one counts");
        assert!(offers_undo(&decisions[1], &decisions, false, karin, now));
        assert!(!offers_undo(&decisions[1], &decisions, true, karin, now), "the unit is awarded");
        assert!(!offers_undo(&decisions[1], &decisions, false, AccountId::new(8), now));
        let late = "2026-12-07T10:12:00Z".parse().unwrap();
        assert!(!offers_undo(&decisions[1], &decisions, false, karin, late));
    }

    #[test]
    fn a_decision_something_builds_on_stays() {
        let karin = AccountId::new(7);
        let now = "2026-12-07T10:01:00Z".parse().unwrap();
        let refused = |change: fn(&mut UndoCandidate)| {
            let mut candidate = candidate();
            change(&mut candidate);
            candidate.check(karin, now)
        };
        assert_eq!(refused(|c| c.undone = true), Err(UndoRefusal::AlreadyUndone));
        assert_eq!(refused(|c| c.superseded = true), Err(UndoRefusal::Superseded));
        assert_eq!(refused(|c| c.cited = true), Err(UndoRefusal::Cited));
        assert_eq!(refused(|c| c.awarded = true), Err(UndoRefusal::Awarded));
    }

    #[test]
    fn a_comment_over_the_limit_is_refused() {
        let long = "x".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(
            DecisionDraft::parse(Verdict::Achieved, &long, &[skill("a")]),
            Err(DecisionRuleError::CommentTooLong)
        );
        let at_limit = "é".repeat(MAX_COMMENT_CHARS);
        assert!(
            DecisionDraft::parse(Verdict::Achieved, &at_limit, &[skill("a")]).is_ok(),
            "characters, not bytes"
        );
        assert_eq!(
            DecisionRuleError::CommentTooLong.to_string(),
            "De toelichting is te lang (hoogstens 5000 tekens)."
        );
    }

    #[test]
    fn not_yet_needs_a_comment() {
        assert_eq!(
            DecisionDraft::parse(Verdict::NotYet, "  ", &[skill("a"), skill("b")]),
            Err(DecisionRuleError::NotYetWithoutComment(skill("a")))
        );
        assert_eq!(
            DecisionRuleError::NotYetWithoutComment(skill("a")).to_string(),
            "Zeg bij 'nog niet' wat er voor vaardigheid 'a' nog ontbreekt."
        );
        assert!(DecisionDraft::parse(Verdict::NotYet, "Foto ontbreekt.", &[skill("a")]).is_ok());
        assert!(DecisionDraft::parse(Verdict::Achieved, "", &[skill("a")]).is_ok(), "achieved needs none");
    }

    #[test]
    fn a_request_names_at_least_one_skill_each_once() {
        assert_eq!(chosen_skills(&[]), Err(NoSkillChosen));
        assert_eq!(NoSkillChosen.to_string(), "Kies minstens één vaardigheid.");
        assert_eq!(chosen_skills(&[skill("b"), skill("a"), skill("b")]), Ok(vec![skill("b"), skill("a")]));
        assert_eq!(
            DecisionDraft::parse(Verdict::Achieved, "", &[]),
            Err(DecisionRuleError::NoSkillChosen(NoSkillChosen))
        );
    }

    #[test]
    fn the_comment_is_checked_before_the_skills() {
        let long = "x".repeat(MAX_COMMENT_CHARS + 1);
        assert_eq!(DecisionDraft::parse(Verdict::NotYet, &long, &[]), Err(DecisionRuleError::CommentTooLong));
    }

    #[test]
    fn a_decision_cites_of_the_evidence_given_only_the_items_linked_to_its_skill() {
        let draft = DecisionDraft::parse(Verdict::Achieved, " Goed. ", &[skill("a"), skill("b")]).unwrap();
        let e = EvidenceId::new;
        let own = HashSet::from([e(1), e(2), e(3)]);
        let links =
            HashMap::from([(e(1), vec![skill("a")]), (e(2), vec![skill("a"), skill("b")]), (e(3), vec![])]);
        let decisions = draft.cite(&[e(2), e(1), e(3), e(2)], &own, &links).unwrap();
        let cited: Vec<(&str, &[EvidenceId])> =
            decisions.iter().map(|d| (d.skill_id.as_str(), d.evidence_ids.as_slice())).collect();
        assert_eq!(cited, [("a", &[e(2), e(1)][..]), ("b", &[e(2)][..])]);
        assert!(decisions.iter().all(|d| d.comment == "Goed." && d.verdict == Verdict::Achieved));
    }

    #[test]
    fn achieved_without_any_evidence_needs_a_note_of_what_was_seen() {
        let e = EvidenceId::new;
        let links = HashMap::from([(e(1), vec![skill("a")])]);
        let bare = DecisionDraft::parse(Verdict::Achieved, " ", &[skill("a"), skill("b")]).unwrap();
        assert_eq!(
            bare.cite(&[], &HashSet::new(), &links),
            Err(DecisionRuleError::ObservedWithoutNote(skill("b")))
        );
        let noted = DecisionDraft::parse(Verdict::Achieved, "Zag het in de les.", &[skill("b")]).unwrap();
        assert_eq!(noted.cite(&[], &HashSet::new(), &links).unwrap()[0].comment, "Zag het in de les.");
        // Evidence linked but not cited is enough: the student showed something.
        let linked = DecisionDraft::parse(Verdict::Achieved, "", &[skill("a")]).unwrap();
        assert!(linked.cite(&[], &HashSet::new(), &links).is_ok());
    }

    #[test]
    fn a_decision_cites_only_the_students_own_evidence() {
        let draft = DecisionDraft::parse(Verdict::Achieved, "", &[skill("a")]).unwrap();
        let e = EvidenceId::new;
        let own = HashSet::from([e(1)]);
        assert_eq!(
            draft.cite(&[e(1), e(9)], &own, &HashMap::new()),
            Err(DecisionRuleError::ForeignEvidence(e(9)))
        );
        assert_eq!(
            DecisionRuleError::ForeignEvidence(e(9)).to_string(),
            "Bewijsstuk 9 hoort niet bij deze cursist."
        );
    }

    /// The sample framework with every skill of its first unit achieved.
    fn first_unit_ready(kind: FrameworkKind) -> (Framework, UnitProgress) {
        let mut framework = sample_framework();
        framework.kind = kind;
        let achieved = SkillRecord {
            decisions: vec![Decision {
                sequence: crate::DecisionId::new(1),
                verdict: Verdict::Achieved,
                comment: String::new(),
                assessor: "Beoordelaar".into(),
                decided_at: "2025-01-01T10:00:00Z".parse().unwrap(),
                decided_on: "2025-01-01".into(),
                assessor_id: crate::AccountId::default(),
                undone: None,
                evidence: vec![],
            }],
            ..SkillRecord::default()
        };
        let records = framework.units[0].skills().map(|skill| (skill.id.clone(), achieved.clone())).collect();
        let progress = framework_progress(&framework, &records, &HashSet::new());
        let unit = progress.units[0].clone();
        assert!(unit.ready_for_deelcertificaat);
        (framework, unit)
    }

    #[test]
    fn only_an_opleidingsprofiel_has_deelcertificaten() {
        let (mut framework, unit) = first_unit_ready(FrameworkKind::Beroepskwalificatie);
        framework.code = FrameworkCode::new("BK-0547-2");
        let refusal = check_award(&framework, &unit).unwrap_err();
        assert_eq!(
            refusal.to_string(),
            "BK-0547-2 is een beroepskwalificatie: die kent geen deelcertificaten."
        );
        let (framework, unit) = first_unit_ready(FrameworkKind::Opleidingsprofiel);
        assert_eq!(check_award(&framework, &unit), Ok(()));
    }

    #[test]
    fn a_unit_is_awarded_once() {
        let (framework, mut unit) = first_unit_ready(FrameworkKind::Opleidingsprofiel);
        unit.awarded = true;
        assert_eq!(check_award(&framework, &unit), Err(AwardRefusal::AlreadyAwarded(unit.code.clone())));
    }

    #[test]
    fn a_unit_with_skills_missing_is_not_awarded_and_says_which() {
        let framework = sample_framework();
        let progress = framework_progress(&framework, &HashMap::new(), &HashSet::new());
        let unit = &progress.units[0];
        assert_eq!(check_award(&framework, unit), Err(AwardRefusal::NotReady(unit.missing.clone())));
        assert!(!unit.missing.is_empty());
    }

    #[test]
    fn no_award_button_on_a_ready_bk_0547_2_unit() {
        let (mut framework, unit) = first_unit_ready(FrameworkKind::Beroepskwalificatie);
        framework.code = FrameworkCode::new("BK-0547-2");
        for role in Role::ALL {
            assert!(!offers_award(role, &framework, &unit), "{role}");
        }
    }

    #[test]
    fn the_award_button_shows_for_those_who_may_award_a_ready_module() {
        let (framework, unit) = first_unit_ready(FrameworkKind::Opleidingsprofiel);
        let offered: Vec<Role> =
            Role::ALL.into_iter().filter(|role| offers_award(*role, &framework, &unit)).collect();
        assert_eq!(offered, [Role::Assessor, Role::Coordinator]);
    }
}
