//! Assessment: assessors record decisions on skills; a unit that is ready gets its
//! deelcertificaat awarded. Both are records that are added to, never changed.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use domain::{Role, SkillId, UnitCode, Verdict};

use super::access::ensure_can_view_student;
use super::progress::programme_of_unit;
use super::require_role;
use crate::dto::{AwardInput, DecisionInput, QueueEntry, RecordedDecision};
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::cohorts::Scope;
use crate::server::storage::decisions::{self, NewDecision};
use crate::server::storage::{self, awards, catalog, cohorts, evidence, submissions, timestamp};
use crate::server::AppState;

pub const MAX_COMMENT_CHARS: usize = 5_000;

/// Narrows the queue; every field left empty keeps all.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct QueueFilter {
    pub cohort: Option<i64>,
    pub unit: Option<String>,
    pub student: Option<i64>,
}

/// The skills waiting for assessment, oldest first: for an assessor those of the cohorts
/// assigned to them; coordinators and administrators see every cohort's.
pub async fn queue(
    state: &AppState,
    account: &Account,
    filter: &QueueFilter,
) -> Result<Vec<QueueEntry>, AppError> {
    let scope = match account.role {
        Role::Assessor => Scope::AssignedAssessor(account.id),
        Role::Coordinator | Role::Admin => Scope::All,
        Role::Student => return Err(AppError::Forbidden),
    };
    let mut conn = state.db.acquire().await?;
    let mut entries = submissions::queue(&mut conn, scope).await?;
    entries.retain(|entry| {
        filter.cohort.is_none_or(|cohort| entry.cohort_id == cohort)
            && filter.unit.as_deref().is_none_or(|unit| entry.unit_code.as_str() == unit)
            && filter.student.is_none_or(|student| entry.student.id == student)
    });
    Ok(entries)
}

/// Records one decision per skill, all or none. Only an assessor assigned to one of the
/// student's cohorts decides.
pub async fn decide(
    state: &AppState,
    account: &Account,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<Vec<RecordedDecision>, AppError> {
    require_role(account, &[Role::Assessor])?;
    let comment = input.comment.trim();
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(AppError::Invalid(format!(
            "De toelichting is te lang (hoogstens {MAX_COMMENT_CHARS} tekens)."
        )));
    }
    if input.skill_ids.is_empty() {
        return Err(AppError::Invalid("Kies minstens één vaardigheid.".into()));
    }
    let at = timestamp(now);
    let mut tx = storage::begin(&state.db).await?;
    if !cohorts::assessor_has_student(&mut tx, account.id, input.student_id).await? {
        tracing::warn!(
            account_id = account.id,
            student_id = input.student_id,
            "refused: not this assessor's student"
        );
        return Err(AppError::Forbidden);
    }
    let open = catalog::skills_open_to_student(&mut tx, input.student_id).await?;
    let own_evidence: HashSet<i64> = evidence::ids_of_student(&mut tx, input.student_id).await?;
    if let Some(foreign) = input.evidence_ids.iter().find(|id| !own_evidence.contains(id)) {
        return Err(AppError::Invalid(format!("Bewijsstuk {foreign} hoort niet bij deze cursist.")));
    }
    let mut recorded = Vec::with_capacity(input.skill_ids.len());
    for skill_id in distinct(&input.skill_ids) {
        if !open.contains(&skill_id) {
            return Err(AppError::Invalid(format!(
                "Vaardigheid '{skill_id}' hoort niet bij de opleiding van deze cursist."
            )));
        }
        check_comment(input.decision, comment, &skill_id)?;
        let new = NewDecision {
            student_id: input.student_id,
            skill_id: &skill_id,
            verdict: input.decision,
            comment,
            assessor_id: account.id,
            evidence_ids: &input.evidence_ids,
        };
        let id = decisions::record(&mut tx, &new, &at).await?;
        recorded.push(RecordedDecision {
            id,
            student_id: input.student_id,
            skill_id,
            decision: input.decision,
            comment: comment.to_owned(),
            evidence_ids: input.evidence_ids.clone(),
            assessor_id: account.id,
            decided_at: at.clone(),
        });
    }
    tx.commit().await?;
    Ok(recorded)
}

/// "Not yet" must say what is missing; that is also how an earlier "achieved" is revoked: by a
/// new decision with its reason.
fn check_comment(verdict: Verdict, comment: &str, skill_id: &SkillId) -> Result<(), AppError> {
    if verdict == Verdict::NotYet && comment.is_empty() {
        return Err(AppError::Invalid(format!(
            "Zeg bij 'nog niet' wat er voor vaardigheid '{skill_id}' nog ontbreekt."
        )));
    }
    Ok(())
}

fn distinct(skill_ids: &[SkillId]) -> Vec<SkillId> {
    let mut seen = HashSet::new();
    skill_ids.iter().filter(|id| seen.insert(*id)).cloned().collect()
}

/// Awards the deelcertificaat of a unit that is ready. A coordinator, or an assessor of the
/// student, awards; a unit with skills still missing is refused with the list.
pub async fn award(
    state: &AppState,
    account: &Account,
    student_id: i64,
    input: &AwardInput,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    require_role(account, &[Role::Assessor, Role::Coordinator])?;
    let unit_code = UnitCode::new(input.unit_code.trim());
    let mut tx = storage::begin(&state.db).await?;
    ensure_can_view_student(&mut tx, account, student_id).await?;
    let (framework, progress) = programme_of_unit(&mut tx, student_id, &unit_code).await?;
    let unit = progress
        .units
        .iter()
        .find(|unit| unit.code == unit_code)
        .ok_or_else(|| AppError::NotFound(format!("Module '{unit_code}'")))?;
    if unit.awarded {
        return Err(AppError::Conflict(format!("Het deelcertificaat van {unit_code} is al toegekend.")));
    }
    if !unit.ready_for_deelcertificaat {
        return Err(AppError::NotReady(unit.missing.clone()));
    }
    awards::insert(&mut tx, student_id, &framework, &unit_code, account.id, &timestamp(now)).await?;
    tx.commit().await?;
    Ok(())
}
