//! Versions of a framework over time: comparing a catalog file with the stored text before it is
//! imported, and moving a cohort to a newer version with a preview of what each student gains
//! and loses. The rules are [`domain::versions`]'.

use std::collections::{HashMap, HashSet};

use domain::policy::Action;
use domain::versions::{self, FrameworkDiff};
use domain::{
    parse_catalog_file, CatalogFile, CohortId, FrameworkCode, ProfileCode, SkillId, StudentId, Timestamp,
};
use sqlx::{AnyConnection, AnyPool};

use super::access::visible_cohort;
use super::authorise;
use super::progress::{framework_version, skill_records_of};
use crate::dto::{CatalogComparison, CohortVersionMove, PersonView, StudentVersionMove};
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::decisions::History;
use crate::server::storage::{self, awards, catalog, cohorts, readiness, submissions, Students};
use crate::server::AppState;
use crate::t;

/// What importing the catalog file `json` would change: its framework's code, the stored
/// version it is compared with (`None` for a framework not stored yet, compared with nothing),
/// and the changes. A malformed file is refused as the import refuses it.
pub async fn diff_file(
    db: &AnyPool,
    json: &str,
) -> Result<(FrameworkCode, Option<u32>, FrameworkDiff), AppError> {
    let (file, stored_version, diff) = compared_file(db, json).await?;
    Ok((file.framework.code, stored_version, diff))
}

/// [`diff_file`], with the file as read.
async fn compared_file(
    db: &AnyPool,
    json: &str,
) -> Result<(CatalogFile, Option<u32>, FrameworkDiff), AppError> {
    super::catalog::check_schema(json)?;
    let file = parse_catalog_file(json).map_err(|error| AppError::Invalid(error.to_string()))?;
    let code = &file.framework.code;
    let mut conn = db.acquire().await?;
    super::catalog::check_claims(&mut conn, &file.framework).await?;
    let Some(version) = catalog::version(&mut conn, code).await? else {
        let empty = domain::Framework { units: Vec::new(), profiles: Vec::new(), ..file.framework.clone() };
        let diff = versions::diff(&empty, &file.framework);
        return Ok((file, None, diff));
    };
    let stored = framework_version(&mut conn, code, version).await?;
    let diff = versions::diff(&stored, &file.framework);
    Ok((file, Some(version), diff))
}

/// Every stored framework with its newest version, by code, for the administrator's page.
pub async fn stored(db: &AnyPool, account: &Account) -> Result<Vec<(FrameworkCode, u32)>, AppError> {
    authorise(account, Action::ManageCatalog)?;
    let mut conn = db.acquire().await?;
    let mut stored = Vec::new();
    for framework in catalog::list(&mut conn).await? {
        let version = catalog::version(&mut conn, &framework.code).await?.unwrap_or_default();
        stored.push((framework.code, version));
    }
    Ok(stored)
}

/// [`diff_file`] for an administrator's page: what importing the file would change.
pub async fn compare(db: &AnyPool, account: &Account, json: &str) -> Result<CatalogComparison, AppError> {
    authorise(account, Action::ManageCatalog)?;
    let (file, stored_version, diff) = compared_file(db, json).await?;
    Ok(CatalogComparison {
        code: file.framework.code,
        stored_version,
        file_version: file.version,
        diff,
        recorded_version: None,
    })
}

/// Imports a catalog file as an administrator: a new version of its framework (see
/// [`super::catalog::import`]); answers the comparison with what was stored before.
pub async fn import(
    db: &AnyPool,
    account: &Account,
    json: &str,
    now: Timestamp,
) -> Result<CatalogComparison, AppError> {
    let comparison = compare(db, account, json).await?;
    let (code, outcome) = super::catalog::import(db, json, now).await?;
    tracing::info!(account_id = account.id.get(), framework = %code, ?outcome, "catalog file imported from the page");
    let mut conn = db.acquire().await?;
    let recorded_version = catalog::version(&mut conn, &code).await?;
    Ok(CatalogComparison { recorded_version, ..comparison })
}

/// Moves a running cohort to a newer `version` of its framework, or with `dry_run` only tells
/// what that would do: per student, the achieved skills carried over and dropped, the skills to
/// prove, the units whose status changes. Decisions are never touched: those on retired skills
/// stay in the record. Open submissions of skills the students' versions no longer have are
/// closed with a note, in the move's transaction. Coordinators and administrators move cohorts.
pub async fn move_cohort(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    version: u32,
    dry_run: bool,
    now: Timestamp,
) -> Result<CohortVersionMove, AppError> {
    authorise(account, Action::ManageCohorts)?;
    let mut tx = storage::begin(&state.db).await?;
    let head = visible_cohort(&mut tx, account, cohort_id).await?;
    super::cohorts::ensure_running(&mut tx, cohort_id).await?;
    let code = head.framework();
    let from = head.framework_version;
    if !catalog::versions(&mut tx, &code).await?.contains(&version) {
        return Err(AppError::NotFound(t!(
            "services-not-found-version",
            version = version,
            code = code.as_str()
        )));
    }
    if version <= from {
        return Err(AppError::Invalid(t!("services-version-not-newer", from = from, code = code.as_str())));
    }
    let profile = head.profile();
    let newer_text = framework_version(&mut tx, &code, version).await?;
    ensure_profile_in(&newer_text, profile.as_ref(), version)?;
    let older = framework_version(&mut tx, &code, from).await?.as_followed(profile.as_ref());
    let newer = newer_text.as_followed(profile.as_ref());
    let students = preview(&mut tx, cohort_id, &code, &older, &newer).await?;
    if !dry_run {
        if !cohorts::set_version(&mut tx, cohort_id, from, version).await? {
            return Err(AppError::Conflict(t!("services-version-cohort-changed")));
        }
        close_submissions_of_retired_skills(&mut tx, cohort_id, now).await?;
        tx.commit().await?;
        tracing::info!(cohort_id = cohort_id.get(), framework = %code, from, to = version, "cohort moved to a newer version");
    }
    Ok(CohortVersionMove {
        cohort_id,
        framework_code: code,
        from_version: from,
        to_version: version,
        diff: versions::diff(&older, &newer),
        students,
        applied: !dry_run,
    })
}

/// A cohort keeps its profile across versions: a newer version without it, or one with profiles
/// for a cohort that follows none, would change what the cohort must prove wholesale.
fn ensure_profile_in(
    newer: &domain::Framework,
    profile: Option<&ProfileCode>,
    version: u32,
) -> Result<(), AppError> {
    match profile {
        Some(code) if newer.profile(code).is_none() => Err(AppError::Invalid(t!(
            "services-version-profile-missing",
            version = version,
            code = newer.code.as_str(),
            profile = code.as_str()
        ))),
        None if !newer.profiles.is_empty() => Err(AppError::Invalid(t!(
            "services-version-profile-required",
            version = version,
            code = newer.code.as_str()
        ))),
        _ => Ok(()),
    }
}

async fn preview(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    code: &FrameworkCode,
    older: &domain::Framework,
    newer: &domain::Framework,
) -> Result<Vec<StudentVersionMove>, AppError> {
    let selection = Students::InCohort(cohort_id);
    let mut records = skill_records_of(conn, selection, History::Full).await?;
    let mut awarded = awards::of_students(conn, selection, code).await?;
    let students = readiness::students(conn, cohort_id).await?;
    let kept: HashSet<&str> = newer.skills().map(|skill| skill.id.as_str()).collect();
    let mut closing: HashMap<StudentId, Vec<SkillId>> = HashMap::new();
    for open in submissions::open_in_cohort(conn, cohort_id).await? {
        if !kept.contains(open.skill_id.as_str()) {
            closing.entry(open.student_id).or_default().push(SkillId::new(open.skill_id));
        }
    }
    Ok(students
        .into_iter()
        .map(|student| {
            let records = records.remove(&student.student_id).unwrap_or_default();
            let units = awarded.remove(&student.student_id).unwrap_or_default().into_keys().collect();
            StudentVersionMove {
                closes: closing.remove(&student.student_id).unwrap_or_default(),
                student: PersonView { id: student.student_id.into(), name: student.name },
                change: versions::student_move(older, newer, &records, &units),
            }
        })
        .collect())
}

/// Closes every open submission of the cohort's students of a skill they no longer follow
/// (the rule of [`super::progress::followed_framework`]), with a note that tells why.
async fn close_submissions_of_retired_skills(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    at: Timestamp,
) -> Result<(), AppError> {
    for open in submissions::open_in_cohort(conn, cohort_id).await? {
        let code = FrameworkCode::new(open.framework_code.clone());
        let followed = super::progress::followed_framework(conn, open.student_id, &code).await?;
        if followed.skills().any(|skill| skill.id.as_str() == open.skill_id) {
            continue;
        }
        let note = format!(
            "Vaardigheid '{}' is geschrapt uit {} ({}). Je indiening is afgesloten zonder beoordeling; je bewijsstukken blijven bewaard.",
            open.skill_text, open.framework_code, open.framework_title
        );
        submissions::close_with_note(conn, open.submission_id, &note, at).await?;
    }
    Ok(())
}
