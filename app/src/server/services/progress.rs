//! A student's progress through a framework, computed by the domain from what storage records.

use std::collections::{HashMap, HashSet};

use domain::{framework_progress, FrameworkCode, SkillId, SkillRecord};
use sqlx::AnyConnection;

use super::access::ensure_can_view_student;
use crate::dto::{PersonView, ProgrammeView};
use crate::error::AppError;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::{catalog, cohorts, evidence, submissions};
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
    let framework = catalog::load(&mut conn, framework)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("De opleiding '{framework}'")))?;
    let records = skill_records(&mut conn, student_id).await?;
    let progress = framework_progress(&framework, &records, &HashSet::new());
    Ok(ProgrammeView { student: PersonView { id: student.id, name: student.name }, framework, progress })
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

/// What happened to each skill of a student: linked evidence and open submissions.
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
    Ok(records)
}
