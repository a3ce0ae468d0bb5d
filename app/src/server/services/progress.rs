//! A student's progress through a framework, computed by the domain from what storage records:
//! evidence links, open submissions, the decision record and the awards.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use domain::{
    framework_progress, Framework, FrameworkCode, FrameworkProgress, SkillId, SkillRecord, StudentId,
    Timestamp, UnitCode,
};
use sqlx::AnyConnection;

use super::access::{ensure_can_view_programme, visible_programmes};
use crate::dto::{AwardView, PersonView, ProgrammeView};
use crate::error::AppError;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::decisions::History;
use crate::server::storage::{awards, catalog, cohorts, decisions, evidence, submissions, Students};
use crate::server::AppState;
use crate::t;

/// The progress of a student in one of the frameworks they are (or were, in an archived cohort)
/// enrolled in, with the submissions closed without a review.
pub async fn for_student(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
    framework: &FrameworkCode,
) -> Result<ProgrammeView, AppError> {
    let mut conn = state.db.acquire().await?;
    ensure_can_view_programme(&mut conn, account, student_id, framework).await?;
    let student = find_student(&mut conn, student_id).await?;
    programme_view(&mut conn, student_id, &student, framework, state.clock.now()).await
}

/// Every programme of a student the account may see (archived cohorts included), with progress,
/// in the order of [`programmes_of`]: a student's own portfolio, or one an assessor looks at.
pub async fn all_for_student(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<ProgrammeView>, AppError> {
    let mut conn = state.db.acquire().await?;
    let codes = visible_programmes(&mut conn, account, student_id).await?;
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let student = find_student(&mut conn, student_id).await?;
    let mut programmes = Vec::with_capacity(codes.len());
    for code in &codes {
        programmes.push(programme_view(&mut conn, student_id, &student, code, state.clock.now()).await?);
    }
    Ok(programmes)
}

async fn find_student(conn: &mut AnyConnection, student_id: StudentId) -> Result<PersonView, AppError> {
    let student = accounts::find(conn, student_id.into())
        .await?
        .ok_or_else(|| AppError::NotFound(t!("services-not-found-this-student")))?;
    Ok(PersonView { id: student.id, name: student.name })
}

/// One programme's progress, for an account already allowed to see it.
async fn programme_view(
    conn: &mut AnyConnection,
    student_id: StudentId,
    student: &PersonView,
    code: &FrameworkCode,
    now: Timestamp,
) -> Result<ProgrammeView, AppError> {
    let framework = followed_framework(conn, student_id, code).await?;
    let (progress, awards) = progress_in(conn, student_id, &framework).await?;
    let closed_submissions = submissions::closed_with_note(conn, student_id, &framework.code).await?;
    let skills: Vec<SkillId> = framework.skills().map(|skill| skill.id.clone()).collect();
    let conversations = super::conversations::of_skills(conn, student_id, &skills).await?;
    Ok(ProgrammeView {
        student: student.clone(),
        framework,
        progress,
        awards,
        closed_submissions,
        conversations,
        read_at: now,
    })
}

/// The student's programmes (frameworks) the account may see, by code.
pub async fn programmes_of(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<FrameworkCode>, AppError> {
    let mut conn = state.db.acquire().await?;
    visible_programmes(&mut conn, account, student_id).await
}

/// A student's progress in one programme, for a service that already checked access.
pub(super) async fn progress_in_programme(
    conn: &mut AnyConnection,
    student_id: StudentId,
    code: &FrameworkCode,
) -> Result<(Framework, FrameworkProgress), AppError> {
    let framework = followed_framework(conn, student_id, code).await?;
    let (progress, _) = progress_in(conn, student_id, &framework).await?;
    Ok((framework, progress))
}

/// The framework as the student follows it: the version their cohort follows, with only the
/// units of its profile where the framework has profiles (see [`Framework::as_followed`]).
pub(super) async fn followed_framework(
    conn: &mut AnyConnection,
    student_id: StudentId,
    code: &FrameworkCode,
) -> Result<Framework, AppError> {
    let (version, profile) =
        cohorts::followed_by_student(conn, student_id, code).await?.ok_or_else(|| {
            AppError::NotFound(t!("services-not-found-programme-of-student", code = code.as_str()))
        })?;
    Ok(framework_version(conn, code, version).await?.as_followed(profile.as_ref()))
}

/// One version of a framework (see [`catalog::load_version`]). A kept version's text never
/// changes, so it is read and parsed once per process: pages, decisions and submissions ask for
/// it on every request.
pub(super) async fn framework_version(
    conn: &mut AnyConnection,
    code: &FrameworkCode,
    version: u32,
) -> Result<Framework, AppError> {
    // By content hash: the hash names the text whatever database (or test server) holds it.
    static READ: LazyLock<Mutex<HashMap<String, Arc<Framework>>>> = LazyLock::new(Default::default);
    let hash = catalog::kept_hash(conn, code, version).await?;
    let cached =
        hash.as_ref().and_then(|hash| READ.lock().unwrap_or_else(PoisonError::into_inner).get(hash).cloned());
    if let Some(framework) = cached {
        return Ok(Framework::clone(&framework));
    }
    let framework = catalog::load_version(conn, code, version)
        .await?
        .ok_or_else(|| AppError::NotFound(t!("services-not-found-programme", code = code.as_str())))?;
    if let Some(hash) = hash {
        READ.lock().unwrap_or_else(PoisonError::into_inner).insert(hash, Arc::new(framework.clone()));
    }
    Ok(framework)
}

async fn progress_in(
    conn: &mut AnyConnection,
    student_id: StudentId,
    framework: &Framework,
) -> Result<(FrameworkProgress, Vec<AwardView>), AppError> {
    let records = skill_records(conn, student_id).await?;
    let awarded = awards::of_students(conn, Students::One(student_id), &framework.code)
        .await?
        .remove(&student_id)
        .unwrap_or_default();
    let units: HashSet<UnitCode> = awarded.keys().cloned().collect();
    let progress = framework_progress(framework, &records, &units);
    let awards = framework
        .units
        .iter()
        .filter_map(|unit| {
            awarded.get(&unit.code).map(|award| AwardView {
                unit_code: unit.code.clone(),
                awarded_by: award.awarded_by.clone(),
                awarded_on: crate::format::brussels_day(award.awarded_at),
                awarded_at: award.awarded_at,
            })
        })
        .collect();
    Ok((progress, awards))
}

/// What happened to each skill of a student: linked evidence, open submissions, decisions.
pub(super) async fn skill_records(
    conn: &mut AnyConnection,
    student_id: StudentId,
) -> Result<HashMap<SkillId, SkillRecord>, AppError> {
    let mut records = skill_records_of(conn, Students::One(student_id), History::Full).await?;
    Ok(records.remove(&student_id).unwrap_or_default())
}

/// The skill records of several students at once, by student: the same facts as
/// [`skill_records`], read in a few queries for a whole cohort.
pub(super) async fn skill_records_of(
    conn: &mut AnyConnection,
    students: Students,
    history: History,
) -> Result<HashMap<StudentId, HashMap<SkillId, SkillRecord>>, AppError> {
    let mut records: HashMap<StudentId, HashMap<SkillId, SkillRecord>> = HashMap::new();
    for (student_id, links) in evidence::current_links_by_skill(conn, students).await? {
        let student = records.entry(student_id).or_default();
        for (skill_id, evidence) in links {
            student.entry(skill_id).or_default().evidence = evidence;
        }
    }
    for (student_id, skill_id) in submissions::open_for(conn, students).await? {
        records.entry(student_id).or_default().entry(skill_id).or_default().submitted = true;
    }
    for (student_id, by_skill) in decisions::of_students(conn, students, history).await? {
        let student = records.entry(student_id).or_default();
        for (skill_id, decisions) in by_skill {
            student.entry(skill_id).or_default().decisions = decisions;
        }
    }
    Ok(records)
}
