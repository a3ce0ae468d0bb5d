//! A student's progress through a framework, computed by the domain from what storage records:
//! evidence links, open submissions, the decision record and the awards.

use std::collections::{HashMap, HashSet};

use domain::{
    framework_progress, Framework, FrameworkCode, FrameworkProgress, SkillId, SkillRecord, UnitCode,
};
use sqlx::AnyConnection;

use super::access::ensure_can_view_student;
use crate::dto::{AwardView, PersonView, ProgrammeView};
use crate::error::AppError;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::{awards, catalog, cohorts, decisions, evidence, submissions};
use crate::server::AppState;

/// The progress of a student in one of the frameworks they are enrolled in.
pub async fn for_student(
    state: &AppState,
    account: &Account,
    student_id: i64,
    framework: &FrameworkCode,
) -> Result<ProgrammeView, AppError> {
    let mut conn = state.db.acquire().await?;
    ensure_can_view_student(&mut conn, account, student_id).await?;
    let student = accounts::find(&mut conn, student_id)
        .await?
        .ok_or_else(|| AppError::NotFound("Deze cursist".into()))?;
    if !cohorts::frameworks_of_student(&mut conn, student_id).await?.contains(framework) {
        return Err(AppError::NotFound(format!("De opleiding '{framework}' van deze cursist")));
    }
    let framework = load_framework(&mut conn, framework).await?;
    let (progress, awards) = progress_in(&mut conn, student_id, &framework).await?;
    Ok(ProgrammeView {
        student: PersonView { id: student.id, name: student.name },
        framework,
        progress,
        awards,
    })
}

/// The programmes (frameworks) a student follows, by code.
pub async fn programmes_of(
    state: &AppState,
    account: &Account,
    student_id: i64,
) -> Result<Vec<FrameworkCode>, AppError> {
    let mut conn = state.db.acquire().await?;
    ensure_can_view_student(&mut conn, account, student_id).await?;
    Ok(cohorts::frameworks_of_student(&mut conn, student_id).await?)
}

/// The student's framework that has this unit, with the student's progress in it.
pub(super) async fn programme_of_unit(
    conn: &mut AnyConnection,
    student_id: i64,
    unit: &UnitCode,
) -> Result<(FrameworkCode, FrameworkProgress), AppError> {
    for code in cohorts::frameworks_of_student(conn, student_id).await? {
        let framework = load_framework(conn, &code).await?;
        if framework.unit(unit).is_some() {
            let (progress, _) = progress_in(conn, student_id, &framework).await?;
            return Ok((code, progress));
        }
    }
    Err(AppError::NotFound(format!("Module '{unit}' in de opleiding van deze cursist")))
}

async fn load_framework(conn: &mut AnyConnection, code: &FrameworkCode) -> Result<Framework, AppError> {
    catalog::load(conn, code).await?.ok_or_else(|| AppError::NotFound(format!("De opleiding '{code}'")))
}

async fn progress_in(
    conn: &mut AnyConnection,
    student_id: i64,
    framework: &Framework,
) -> Result<(FrameworkProgress, Vec<AwardView>), AppError> {
    let records = skill_records(conn, student_id).await?;
    let awarded = awards::of_student(conn, student_id, &framework.code).await?;
    let units: HashSet<UnitCode> = awarded.keys().cloned().collect();
    let progress = framework_progress(framework, &records, &units);
    let awards = framework
        .units
        .iter()
        .filter_map(|unit| {
            awarded.get(&unit.code).map(|award| AwardView {
                unit_code: unit.code.clone(),
                awarded_by: award.awarded_by.clone(),
                awarded_at: award.awarded_at.clone(),
            })
        })
        .collect();
    Ok((progress, awards))
}

/// What happened to each skill of a student: linked evidence, open submissions, decisions.
pub(super) async fn skill_records(
    conn: &mut AnyConnection,
    student_id: i64,
) -> Result<HashMap<SkillId, SkillRecord>, AppError> {
    let mut records: HashMap<SkillId, SkillRecord> = HashMap::new();
    for (skill_id, evidence) in evidence::current_links_by_skill(conn, student_id).await? {
        records.entry(skill_id).or_default().evidence = evidence;
    }
    for skill_id in submissions::open_for_student(conn, student_id).await? {
        records.entry(skill_id).or_default().submitted = true;
    }
    for (skill_id, decisions) in decisions::of_student(conn, student_id).await? {
        records.entry(skill_id).or_default().decisions = decisions;
    }
    Ok(records)
}
