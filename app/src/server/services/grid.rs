//! The assessment grid: one unit of one cohort, every student against every skill, for an
//! assessor of the cohort to sign off many cells at once. The same rules as one decision
//! ([`super::assessment::decide`]); every marked cell of a request is recorded in one
//! transaction, or none is.

use std::collections::{BTreeMap, HashSet};

use domain::assessment::{grid_drafts, NoSkillChosen};
use domain::policy::Action;
use domain::{CohortId, SkillId, SkillStatus, StudentId, Timestamp, Unit, UnitCode, Verdict};
use sqlx::AnyConnection;

use super::access::visible_cohort;
use super::assessment::decide_for;
use super::authorise;
use super::notifications::Telling;
use super::progress::{framework_version, skill_records_of};
use crate::dto::{AssessmentGrid, GridCell, GridDecisionInput, GridRow, GridSkill, PersonView, UnitHead};
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::decisions::History;
use crate::server::storage::readiness::CohortHead;
use crate::server::storage::{self, evidence, readiness, Students};
use crate::server::AppState;
use crate::t;

/// The grid of `unit` (its code or slug) for the cohort, for an assessor assigned to it: the
/// unit as the cohort follows it (its version and profile), the students in name order.
pub async fn grid(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    unit: &UnitCode,
) -> Result<AssessmentGrid, AppError> {
    authorise(account, Action::DecideSkills)?;
    let mut conn = state.db.acquire().await?;
    let (head, unit) = cohort_unit(&mut conn, account, cohort_id, unit).await?;
    let code = head.framework();
    let skills: Vec<GridSkill> = unit
        .competencies
        .iter()
        .flat_map(|competency| {
            competency.skills.iter().enumerate().map(|(place, skill)| GridSkill {
                id: skill.id.clone(),
                nr: format!("{}.{}", competency.nr, place + 1),
                text: skill.text.clone(),
            })
        })
        .collect();
    let mut records = skill_records_of(&mut conn, Students::InCohort(cohort_id), History::Latest).await?;
    let rows = readiness::students(&mut conn, cohort_id)
        .await?
        .into_iter()
        .map(|student| {
            let records = records.remove(&student.student_id).unwrap_or_default();
            let cells = skills
                .iter()
                .map(|skill| {
                    let record = records.get(&skill.id).cloned().unwrap_or_default();
                    GridCell { status: SkillStatus::of(&record), evidence: record.evidence }
                })
                .collect();
            GridRow { student: PersonView { id: student.student_id.into(), name: student.name }, cells }
        })
        .collect();
    Ok(AssessmentGrid {
        cohort_id,
        cohort_name: head.name,
        framework_code: code,
        unit: UnitHead { code: unit.code.clone(), title: unit.title.clone() },
        skills,
        rows,
        titles: evidence::current_titles(&mut conn, Students::InCohort(cohort_id)).await?,
    })
}

/// The cohort, for an account that may see it, and its unit as the cohort follows it, by the
/// unit's code (`M IT 020`) or, from a page's address, its slug (`M-IT-020`).
async fn cohort_unit(
    conn: &mut AnyConnection,
    account: &Account,
    cohort_id: CohortId,
    unit: &UnitCode,
) -> Result<(CohortHead, Unit), AppError> {
    let head = visible_cohort(conn, account, cohort_id).await?;
    let text = framework_version(conn, &head.framework(), head.framework_version).await?;
    let framework = text.as_followed(head.profile().as_ref());
    let found = framework
        .units
        .into_iter()
        .find(|candidate| &candidate.code == unit || candidate.code.slug() == unit.as_str())
        .ok_or_else(|| AppError::NotFound(t!("server-not-found-module", unit = unit.to_string())))?;
    Ok((head, found))
}

/// Records every marked cell, all or none, for an assessor assigned to the cohort, each a skill
/// of the grid's unit: per student,
/// the drafts [`grid_drafts`] makes of their cells, recorded as [`super::assessment::decide`]
/// records them. A student outside the cohort is refused. Answers how many decisions were
/// recorded.
pub async fn decide(
    state: &AppState,
    account: &Account,
    input: &GridDecisionInput,
    now: Timestamp,
) -> Result<usize, AppError> {
    authorise(account, Action::DecideSkills)?;
    if input.marks.is_empty() {
        return Err(NoSkillChosen.into());
    }
    let mut marks: BTreeMap<StudentId, Vec<(SkillId, Verdict)>> = BTreeMap::new();
    for mark in &input.marks {
        marks.entry(mark.student_id).or_default().push((mark.skill_id.clone(), mark.decision));
    }
    let mut tx = storage::begin(&state.db).await?;
    let (_, unit) = cohort_unit(&mut tx, account, input.cohort_id, &input.unit).await?;
    if let Some(outside) =
        input.marks.iter().find(|mark| !unit.skills().any(|skill| skill.id == mark.skill_id))
    {
        let (skill, unit) = (outside.skill_id.place(), unit.code.to_string());
        return Err(AppError::Invalid(t!("server-skill-not-in-grid", skill = skill, unit = unit)));
    }
    let enrolled: HashSet<StudentId> = readiness::students(&mut tx, input.cohort_id)
        .await?
        .into_iter()
        .map(|student| student.student_id)
        .collect();
    if marks.keys().any(|student| !enrolled.contains(student)) {
        return Err(AppError::Forbidden);
    }
    // The cohort's current evidence in one query, not one per student.
    let mut current = evidence::current_links_by_skill(&mut tx, Students::InCohort(input.cohort_id)).await?;
    let (mut recorded, mut telling) = (0, Telling::default());
    for (student_id, cells) in marks {
        let current = current.remove(&student_id).unwrap_or_default();
        let drafts = grid_drafts(&cells, &current, &input.not_yet_comment, &input.observed_note)?;
        let (decisions, told) =
            decide_for(&mut tx, &state.settings, account, student_id, &drafts, now).await?;
        recorded += decisions.len();
        telling.extend(told);
    }
    tx.commit().await?;
    telling.publish(state).await;
    Ok(recorded)
}
