//! Assessment: assessors record decisions on skills; a unit that is ready gets its
//! deelcertificaat awarded. Both are records that are added to, never changed.

use chrono::{DateTime, Utc};
use domain::policy::{self, Action, Reach};
use domain::{FrameworkCode, FrameworkKind, SkillId, UnitCode, Verdict};
use sqlx::AnyConnection;

use super::access::{assessable_programmes, ensure_skills_in, workable_programmes};
use super::progress::progress_in_programme;
use super::{authorise, distinct};
use crate::dto::{AwardInput, DecisionInput, QueueEntry, RecordedDecision};
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::cohorts::Scope;
use crate::server::storage::decisions::{self, NewDecision};
use crate::server::storage::{self, awards, catalog, evidence, submissions, timestamp};
use crate::server::AppState;

pub const MAX_COMMENT_CHARS: usize = 5_000;

/// Narrows the queue; every field left empty keeps all.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct QueueFilter {
    pub cohort: Option<i64>,
    pub unit: Option<String>,
    pub student: Option<i64>,
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
            && filter.student.is_none_or(|student| entry.student.id == student)
    });
    Ok(entries)
}

/// Records one decision per skill, all or none. Only an assessor decides, and only in the
/// programmes of the cohorts assigned to them. A decision cites, of the evidence given, the
/// items linked to its skill; those become locked.
pub async fn decide(
    state: &AppState,
    account: &Account,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<Vec<RecordedDecision>, AppError> {
    authorise(account, Action::DecideSkills)?;
    let comment = input.comment.trim();
    if comment.chars().count() > MAX_COMMENT_CHARS {
        return Err(AppError::Invalid(format!(
            "De toelichting is te lang (hoogstens {MAX_COMMENT_CHARS} tekens)."
        )));
    }
    let skill_ids = distinct(&input.skill_ids);
    if skill_ids.is_empty() {
        return Err(AppError::Invalid("Kies minstens één vaardigheid.".into()));
    }
    for skill_id in &skill_ids {
        check_comment(input.decision, comment, skill_id)?;
    }
    let at = timestamp(now);
    let mut tx = storage::begin(&state.db).await?;
    let programmes = assessable_programmes(&mut tx, account, input.student_id).await?;
    ensure_skills_in(&mut tx, account, input.student_id, &programmes, &skill_ids).await?;
    let links = evidence::skill_links(&mut tx, input.student_id).await?;
    let own = evidence::ids_of_student(&mut tx, input.student_id).await?;
    if let Some(foreign) = input.evidence_ids.iter().find(|id| !own.contains(id)) {
        return Err(AppError::Invalid(format!("Bewijsstuk {foreign} hoort niet bij deze cursist.")));
    }
    let cited_evidence = distinct(&input.evidence_ids);
    let mut recorded = Vec::with_capacity(skill_ids.len());
    for skill_id in skill_ids {
        let cited: Vec<i64> = cited_evidence
            .iter()
            .copied()
            .filter(|id| links.get(id).is_some_and(|skills| skills.contains(&skill_id)))
            .collect();
        let new = NewDecision {
            student_id: input.student_id,
            skill_id: &skill_id,
            verdict: input.decision,
            comment,
            assessor_id: account.id,
            evidence_ids: &cited,
        };
        let id = decisions::record(&mut tx, &new, &at).await?;
        recorded.push(RecordedDecision {
            id,
            student_id: input.student_id,
            skill_id,
            decision: input.decision,
            comment: comment.to_owned(),
            evidence_ids: cited,
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

/// Awards the deelcertificaat of a unit that is ready. A coordinator, or an assessor of the
/// student in that programme, awards; a unit with skills still missing is refused with the list.
/// Only modules of an opleidingsprofiel have deelcertificaten.
pub async fn award(
    state: &AppState,
    account: &Account,
    student_id: i64,
    input: &AwardInput,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    authorise(account, Action::AwardUnits)?;
    let unit_code = UnitCode::new(input.unit_code.trim());
    let mut tx = storage::begin(&state.db).await?;
    // For an assessor these are the programmes of its assigned cohorts: those it assesses in.
    let programmes = workable_programmes(&mut tx, account, student_id).await?;
    let code = programme_with_unit(&mut tx, &programmes, input.framework.as_deref(), &unit_code).await?;
    let (framework, progress) = progress_in_programme(&mut tx, student_id, &code).await?;
    if framework.kind != FrameworkKind::Opleidingsprofiel {
        return Err(AppError::Conflict(format!(
            "{} is een {}: die kent geen deelcertificaten.",
            framework.code,
            framework.kind.as_str()
        )));
    }
    let unit = progress
        .units
        .iter()
        .find(|unit| unit.code == unit_code)
        .ok_or_else(|| AppError::NotFound(format!("Module '{unit_code}'")))?;
    if unit.awarded {
        return Err(already_awarded(&unit_code));
    }
    if !unit.ready_for_deelcertificaat {
        return Err(AppError::NotReady(unit.missing.clone()));
    }
    let inserted = awards::insert(&mut tx, student_id, &code, &unit_code, account.id, &timestamp(now))
        .await
        .map_err(|error| {
            if storage::is_unique_violation(&error) {
                already_awarded(&unit_code)
            } else {
                error.into()
            }
        })?;
    if !inserted {
        return Err(AppError::NotFound(format!("Module '{unit_code}'")));
    }
    tx.commit().await?;
    Ok(())
}

/// The programme, among those the account may act in, that has the unit: the one named, or the
/// only one with a unit of that code.
async fn programme_with_unit(
    conn: &mut AnyConnection,
    programmes: &[FrameworkCode],
    named: Option<&str>,
    unit: &UnitCode,
) -> Result<FrameworkCode, AppError> {
    let mut candidates = Vec::new();
    for code in programmes.iter().filter(|code| named.is_none_or(|named| code.as_str() == named)) {
        let has_unit =
            catalog::load(conn, code).await?.is_some_and(|framework| framework.unit(unit).is_some());
        if has_unit {
            candidates.push(code.clone());
        }
    }
    match candidates.as_slice() {
        [only] => Ok(only.clone()),
        [] => Err(AppError::NotFound(format!("Module '{unit}' in een opleiding van deze cursist"))),
        _ => Err(AppError::Invalid(format!(
            "Module '{unit}' komt in meerdere opleidingen voor: geef 'framework'."
        ))),
    }
}

fn already_awarded(unit: &UnitCode) -> AppError {
    AppError::Conflict(format!("Het deelcertificaat van {unit} is al toegekend."))
}
