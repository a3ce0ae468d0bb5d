//! Assessment: assessors record decisions on skills; a unit that is ready gets its
//! deelcertificaat awarded. Both are records that are added to, never changed.

use domain::assessment::{check_award, AwardRefusal, DecisionDraft, SkillDecision};
use domain::notification::{Notice, NotificationKind};
use domain::policy::{self, Action, Reach};
use domain::{
    AccountId, CohortId, DecisionId, EvidenceId, FrameworkCode, FrameworkProgress, SkillId, StudentId,
    Timestamp, UnitCode,
};
use sqlx::AnyConnection;

use super::access::{assessable_programmes, ensure_skills_in, workable_programmes};
use super::authorise;
use super::notifications::{self, Audience, Telling};
use super::progress::progress_in_programme;
use crate::dto::{AwardInput, DecisionInput, QueueEntry, RecordedDecision};
use crate::error::AppError;
use crate::live::Topic;
use crate::server::storage::accounts::Account;
use crate::server::storage::awards::NewAward;
use crate::server::storage::cohorts::Scope;
use crate::server::storage::decisions::{self, NewDecision};
use crate::server::storage::{self, awards, evidence, record_chain, submissions};
use crate::server::{AppState, Settings};
use crate::t;

/// Narrows the queue; every field left empty keeps all.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct QueueFilter {
    pub cohort: Option<CohortId>,
    pub unit: Option<String>,
    pub student: Option<StudentId>,
}

/// The skills waiting for assessment, oldest first, each once: for an assessor those of the
/// running cohorts assigned to them; coordinators and administrators see every running cohort's.
pub async fn queue(
    state: &AppState,
    account: &Account,
    filter: &QueueFilter,
) -> Result<Vec<QueueEntry>, AppError> {
    authorise(account, Action::ReadQueue)?;
    let scope = match policy::reach(account.role) {
        Reach::AssignedCohorts => Scope::AssignedAssessor(account.id),
        Reach::AllCohorts => Scope::All,
        Reach::OwnPortfolio => return Err(AppError::Forbidden),
    };
    let mut conn = state.db.acquire().await?;
    let mut entries = submissions::queue(&mut conn, scope, filter.cohort).await?;
    entries.retain(|entry| {
        filter.unit.as_deref().is_none_or(|unit| entry.unit_code.as_str() == unit)
            && filter.student.is_none_or(|student| entry.student.id == AccountId::from(student))
    });
    Ok(entries)
}

/// Records one decision per skill, all or none. Only an assessor decides, and only in the
/// programmes of the cohorts assigned to them. The rules of a decision, and which evidence it
/// cites, are [`DecisionDraft`]'s; the cited items become locked. The student is told (one
/// notification per unit), and coordinators what became ready or needs attention.
pub async fn decide(
    state: &AppState,
    account: &Account,
    input: &DecisionInput,
    now: Timestamp,
) -> Result<Vec<RecordedDecision>, AppError> {
    authorise(account, Action::DecideSkills)?;
    let draft = DecisionDraft::parse(input.decision, &input.comment, &input.skill_ids)?;
    let mut tx = storage::begin(&state.db).await?;
    let drafts = [(draft, input.evidence_ids.clone())];
    let (recorded, telling) =
        decide_for(&mut tx, &state.settings, account, input.student_id, &drafts, now).await?;
    tx.commit().await?;
    telling.publish(state).await;
    Ok(recorded)
}

/// Records, in the caller's transaction, one student's drafts, each with the evidence given
/// for it (see [`decide`]); answers the decisions and what to publish after the commit.
pub(super) async fn decide_for(
    conn: &mut AnyConnection,
    settings: &Settings,
    account: &Account,
    student_id: StudentId,
    drafts: &[(DecisionDraft, Vec<EvidenceId>)],
    now: Timestamp,
) -> Result<(Vec<RecordedDecision>, Telling), AppError> {
    let programmes = assessable_programmes(conn, account, student_id).await?;
    let skills: Vec<SkillId> = drafts.iter().flat_map(|(draft, _)| draft.skill_ids()).cloned().collect();
    ensure_skills_in(conn, account, student_id, &programmes, &skills).await?;
    let links = evidence::skill_links(conn, student_id).await?;
    let own = evidence::ids_of_student(conn, student_id).await?;
    let mut decisions = Vec::new();
    for (draft, given) in drafts {
        decisions.extend(draft.cite(given, &own, &links)?);
    }
    let before = notifications::readiness_of(conn, student_id, &programmes).await?;
    let mut recorded = Vec::with_capacity(decisions.len());
    for decision in decisions {
        recorded.push(record(conn, account, student_id, decision, now).await?);
    }
    let mut telling = notifications::tell_readiness(conn, settings, student_id, &before, now).await?;
    for (draft, _) in drafts {
        for (framework, unit, skills) in notifications::units_of(conn, student_id, draft.skill_ids()).await? {
            let notice = Notice::Decided {
                assessor: account.name.clone(),
                framework,
                unit,
                verdict: draft.verdict(),
                skills,
                comment: draft.comment().to_owned(),
            };
            telling.tell(conn, settings, student_id, notice, Audience::Student, now).await?;
        }
    }
    telling.touch(student_id, Topic::Progress);
    telling.touch(account.id, Topic::Queue);
    Ok((recorded, telling))
}

/// Undoes a decision the account recorded by mistake: a correction is recorded next to it (both
/// stay in the history), the submission it closed opens again, and the student's notice of it
/// is taken back once all the decisions it told of are. Who may undo what, and until when, is
/// [`domain::assessment::UndoCandidate::check`]'s rule; a decision of a student out of the
/// account's reach is refused as that student is.
pub async fn undo(
    state: &AppState,
    account: &Account,
    decision_id: DecisionId,
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::DecideSkills)?;
    let mut tx = storage::begin(&state.db).await?;
    // The record's turn first: what the rule reads cannot change until this commits.
    let position = record_chain::reserve(&mut tx, now).await?;
    let mut decision = decisions::undoable(&mut tx, decision_id)
        .await?
        .ok_or_else(|| AppError::NotFound(t!("server-not-found-decision", id = decision_id.to_string())))?;
    let student_id = decision.student_id;
    let programmes = assessable_programmes(&mut tx, account, student_id).await?;
    let before = notifications::readiness_of(&mut tx, student_id, &programmes).await?;
    decision.candidate.awarded = before.iter().any(|progress| awarded_unit_has(progress, &decision.skill_id));
    decision.candidate.check(account.id, now)?;
    decisions::undo(&mut tx, position, decision_id, &decision, account.id, now).await?;
    let settings = &state.settings;
    let mut telling = notifications::tell_readiness(&mut tx, settings, student_id, &before, now).await?;
    telling
        .extend(notifications::settle_taken_back(&mut tx, student_id, NotificationKind::Decided, now).await?);
    telling.touch(student_id, Topic::Progress);
    telling.touch(account.id, Topic::Queue);
    tx.commit().await?;
    telling.publish(state).await;
    Ok(())
}

/// Whether the skill belongs to a unit whose deelcertificaat stands in this progress.
fn awarded_unit_has(progress: &FrameworkProgress, skill: &SkillId) -> bool {
    progress.units.iter().filter(|unit| unit.awarded).any(|unit| {
        unit.competencies.iter().flat_map(|competency| &competency.skills).any(|one| &one.id == skill)
    })
}

/// Writes one decision in the caller's transaction and answers it as recorded.
async fn record(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
    decision: SkillDecision,
    at: Timestamp,
) -> Result<RecordedDecision, AppError> {
    let new = NewDecision {
        student_id,
        skill_id: &decision.skill_id,
        verdict: decision.verdict,
        comment: &decision.comment,
        assessor_id: account.id,
        evidence_ids: &decision.evidence_ids,
        sources: &[],
    };
    let id = decisions::record(conn, &new, at).await?;
    Ok(RecordedDecision {
        id,
        student_id,
        skill_id: decision.skill_id,
        decision: decision.verdict,
        comment: decision.comment,
        evidence_ids: decision.evidence_ids,
        assessor_id: account.id,
        decided_at: at.to_owned(),
    })
}

/// Awards the deelcertificaat of a unit. A coordinator, or an assessor of the student in that
/// programme, awards; when it may be awarded is [`check_award`]'s to say (a unit with skills
/// still missing is refused with the list).
pub async fn award(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
    input: &AwardInput,
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::AwardUnits)?;
    if state.settings.awards_by_deliberation_only {
        return Err(AppError::Conflict(t!("server-awards-by-deliberation-only")));
    }
    let unit_code = UnitCode::new(input.unit_code.trim());
    let mut tx = storage::begin(&state.db).await?;
    // For an assessor these are the programmes of its assigned cohorts: those it assesses in.
    let programmes = workable_programmes(&mut tx, account, student_id).await?;
    let code =
        programme_with_unit(&mut tx, student_id, &programmes, input.framework.as_deref(), &unit_code).await?;
    let (framework, progress) = progress_in_programme(&mut tx, student_id, &code).await?;
    let before = vec![progress.clone()];
    let unit = progress
        .units
        .iter()
        .find(|unit| unit.code == unit_code)
        .ok_or_else(|| AppError::NotFound(t!("server-not-found-module", unit = unit_code.to_string())))?;
    check_award(&framework, unit)?;
    if awards::is_withdrawn(&mut tx, student_id, &code, &unit_code).await? {
        return Err(AppError::Conflict(t!("server-award-withdrawn", unit = unit_code.to_string())));
    }
    let inserted = awards::insert(
        &mut tx,
        &NewAward {
            student_id,
            framework: &code,
            unit: &unit_code,
            awarded_by: account.id,
            deliberation: None,
        },
        now,
    )
    .await
    .map_err(|error| {
        if storage::is_unique_violation(&error) {
            AwardRefusal::AlreadyAwarded(unit_code.clone()).into()
        } else {
            AppError::from(error)
        }
    })?;
    if inserted.is_none() {
        return Err(AppError::NotFound(t!("server-not-found-module", unit = unit_code.to_string())));
    }
    let settings = &state.settings;
    let mut telling = notifications::tell_readiness(&mut tx, settings, student_id, &before, now).await?;
    let notice = Notice::Awarded { framework: framework.code.clone(), unit: unit_code };
    telling.tell(&mut tx, settings, student_id, notice, Audience::Student, now).await?;
    tx.commit().await?;
    telling.publish(state).await;
    Ok(())
}

/// The programme, among those the account may act in, that has the unit as the student follows
/// it: the one named, or the only one with a unit of that code.
async fn programme_with_unit(
    conn: &mut AnyConnection,
    student_id: StudentId,
    programmes: &[FrameworkCode],
    named: Option<&str>,
    unit: &UnitCode,
) -> Result<FrameworkCode, AppError> {
    let mut candidates = Vec::new();
    for code in programmes.iter().filter(|code| named.is_none_or(|named| code.as_str() == named)) {
        let followed = super::progress::followed_framework(conn, student_id, code).await?;
        let has_unit = followed.unit(unit).is_some();
        if has_unit {
            candidates.push(code.clone());
        }
    }
    match candidates.as_slice() {
        [only] => Ok(only.clone()),
        [] => Err(AppError::NotFound(t!("server-not-found-module-of-student", unit = unit.to_string()))),
        _ => Err(AppError::Invalid(t!("server-module-in-several-programmes", unit = unit.to_string()))),
    }
}
