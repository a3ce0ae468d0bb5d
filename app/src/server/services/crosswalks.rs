//! Credit across frameworks (EVC): the crosswalks between frameworks, a student's coverage of a
//! related framework, and an assessor's confirmation of a related correspondence. The rules are
//! [`domain::crosswalk`]'s.
//!
//! The built-in crosswalks are derived from the texts of the built-in frameworks whenever no
//! crosswalk of that pair was imported, so they follow corrections of the texts.

use std::collections::{HashMap, HashSet};

use domain::crosswalk::{self, Crosswalk, Link, LinkKind, Numbering};
use domain::policy::Action;
use domain::{
    CohortId, DecisionId, Framework, FrameworkCode, ProfileCode, SkillId, SkillRecord, SkillStatus,
    StudentId, Timestamp, Verdict,
};
use sqlx::{AnyConnection, AnyPool};

use super::access::{assessable_programmes, ensure_can_view_student, visible_cohort};
use super::progress::{framework_version, skill_records_of};
use super::{authorise, distinct};
use crate::dto::{CohortCoverage, CoverageRow, PersonView, StudentCoverage};
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::cohorts::{self, Standing};
use crate::server::storage::decisions::{self, History, NewDecision};
use crate::server::storage::{self, catalog, crosswalks, readiness, Students};
use crate::server::AppState;
use crate::t;

/// The crosswalks derived from the texts: BO-IT-002 numbers its competencies after BK-0331-4,
/// the qualification it leads to; BK-0331-4 and BK-0547-2 share skills word for word.
const BUILTIN: [(&str, &str, Numbering); 3] = [
    ("BO-IT-002", "BK-0331-4", Numbering::Shared),
    ("BK-0547-2", "BK-0331-4", Numbering::Own),
    ("BK-0331-4", "BK-0547-2", Numbering::Own),
];

/// The crosswalk from a framework, as `source` says it, to another: the imported one, else the
/// built-in one derived from `source` and the target's current text, else none.
async fn find(
    conn: &mut AnyConnection,
    source: &Framework,
    to: &FrameworkCode,
) -> Result<Option<Crosswalk>, AppError> {
    let from = &source.code;
    if let Some(imported) = crosswalks::find(conn, from, to).await? {
        return Ok(Some(imported));
    }
    let Some((_, _, numbering)) = BUILTIN.iter().find(|(f, t, _)| *f == from.as_str() && *t == to.as_str())
    else {
        return Ok(None);
    };
    let Some(target) = catalog::load(conn, to).await? else { return Ok(None) };
    Ok(Some(crosswalk::derive(source, &target, *numbering)))
}

/// Every pair with a crosswalk, built-in or imported, by code.
pub async fn pairs(db: &AnyPool) -> Result<Vec<(FrameworkCode, FrameworkCode)>, AppError> {
    let mut conn = db.acquire().await?;
    let mut pairs: Vec<(FrameworkCode, FrameworkCode)> = crosswalks::imported_pairs(&mut conn).await?;
    for (from, to, _) in BUILTIN {
        let pair = (FrameworkCode::new(from), FrameworkCode::new(to));
        let stored = catalog::framework_id(&mut conn, &pair.0).await?.is_some()
            && catalog::framework_id(&mut conn, &pair.1).await?.is_some();
        if stored && !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    pairs.sort();
    Ok(pairs)
}

/// The crosswalk of a pair, as `vaardig crosswalk export` prints it (a built-in one derived from
/// the current texts).
pub async fn export(db: &AnyPool, from: &FrameworkCode, to: &FrameworkCode) -> Result<Crosswalk, AppError> {
    let mut conn = db.acquire().await?;
    let missing =
        || AppError::NotFound(t!("server-not-found-crosswalk", from = from.to_string(), to = to.to_string()));
    let source = catalog::load(&mut conn, from).await?.ok_or_else(missing)?;
    find(&mut conn, &source, to).await?.ok_or_else(missing)
}

/// Stores a crosswalk file (`vaardig crosswalk import`), replacing the pair's crosswalk; every
/// skill it names must be one of the current text of its side's framework.
pub async fn import(
    db: &AnyPool,
    json: &str,
    now: Timestamp,
) -> Result<(FrameworkCode, FrameworkCode), AppError> {
    #[derive(serde::Deserialize)]
    struct Pair {
        from: FrameworkCode,
        to: FrameworkCode,
    }
    let pair: Pair = serde_json::from_str(json)
        .map_err(|error| AppError::Invalid(format!("not a crosswalk file: {error}")))?;
    let mut tx = storage::begin(db).await?;
    let load = async |conn: &mut AnyConnection, code: &FrameworkCode| {
        catalog::load(conn, code)
            .await?
            .ok_or_else(|| AppError::Invalid(format!("unknown framework '{code}'")))
    };
    let from = load(&mut tx, &pair.from).await?;
    let to = load(&mut tx, &pair.to).await?;
    let crosswalk =
        crosswalk::parse_crosswalk(json, &from, &to).map_err(|error| AppError::Invalid(error.to_string()))?;
    crosswalks::save(&mut tx, &crosswalk, now).await?;
    tx.commit().await?;
    Ok((pair.from, pair.to))
}

/// A student's coverage of `target` through the crosswalks from every framework they follow, for
/// whoever may see the student: the same answer whoever asks.
pub async fn of_student(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
    target: &FrameworkCode,
) -> Result<StudentCoverage, AppError> {
    let mut conn = state.db.acquire().await?;
    ensure_can_view_student(&mut conn, account, student_id).await?;
    let achieved = achieved_by(&mut conn, student_id).await?;
    let may_confirm = may_confirm(&mut conn, account, student_id).await;
    coverage_in(&mut conn, student_id, &achieved, target, may_confirm).await
}

/// A student's coverage of every framework a crosswalk leads to from the frameworks they follow
/// (and do not follow themselves), by code.
pub async fn all_of_student(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<StudentCoverage>, AppError> {
    let programmes = {
        let mut conn = state.db.acquire().await?;
        ensure_can_view_student(&mut conn, account, student_id).await?;
        cohorts::frameworks_of_student(&mut conn, student_id, Standing::WithArchived).await?
    };
    let targets = targets_from(&state.db, &programmes).await?;
    let mut conn = state.db.acquire().await?;
    let achieved = achieved_by(&mut conn, student_id).await?;
    let may_confirm = may_confirm(&mut conn, account, student_id).await;
    let mut coverages = Vec::new();
    for target in targets {
        coverages.push(coverage_in(&mut conn, student_id, &achieved, &target, may_confirm).await?);
    }
    Ok(coverages)
}

/// The frameworks a crosswalk leads to from `programmes`, other than those, once each.
async fn targets_from(db: &AnyPool, programmes: &[FrameworkCode]) -> Result<Vec<FrameworkCode>, AppError> {
    let targets: Vec<FrameworkCode> = pairs(db)
        .await?
        .into_iter()
        .filter(|(from, to)| programmes.contains(from) && !programmes.contains(to))
        .map(|(_, to)| to)
        .collect();
    Ok(distinct(&targets))
}

async fn coverage_in(
    conn: &mut AnyConnection,
    student_id: StudentId,
    achieved: &HashSet<SkillId>,
    target: &FrameworkCode,
    may_confirm: bool,
) -> Result<StudentCoverage, AppError> {
    let target_framework = load_target(conn, target).await?;
    let walks = walks_of_student(conn, student_id, target, &mut WalkCache::new()).await?;
    Ok(StudentCoverage {
        framework: target.clone(),
        title: target_framework.title.clone(),
        competencies: crosswalk::coverage(&walks, &target_framework, achieved),
        links: walks.into_iter().flat_map(|walk| walk.links).collect(),
        may_confirm,
    })
}

/// Whether the account may confirm related links for the student: an assessor of theirs.
async fn may_confirm(conn: &mut AnyConnection, account: &Account, student_id: StudentId) -> bool {
    domain::policy::may(account.role, Action::DecideSkills)
        && assessable_programmes(conn, account, student_id)
            .await
            .is_ok_and(|programmes| !programmes.is_empty())
}

async fn achieved_by(conn: &mut AnyConnection, student_id: StudentId) -> Result<HashSet<SkillId>, AppError> {
    let mut records = skill_records_of(conn, Students::One(student_id), History::Full).await?;
    Ok(achieved(&records.remove(&student_id).unwrap_or_default()))
}

/// Every student of a cohort against the competencies of `target`, for whoever may see the
/// cohort: the coordinator's matrix of a related framework.
pub async fn of_cohort(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    target: &FrameworkCode,
) -> Result<CohortCoverage, AppError> {
    let mut conn = state.db.acquire().await?;
    visible_cohort(&mut conn, account, cohort_id).await?;
    cohort_coverage(&mut conn, cohort_id, target, &mut WalkCache::new()).await
}

/// [`of_cohort`] for every framework a crosswalk leads to from the cohort's framework.
pub async fn all_of_cohort(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
) -> Result<Vec<CohortCoverage>, AppError> {
    let head = {
        let mut conn = state.db.acquire().await?;
        visible_cohort(&mut conn, account, cohort_id).await?
    };
    let programme = head.framework();
    let targets = targets_from(&state.db, std::slice::from_ref(&programme)).await?;
    let mut conn = state.db.acquire().await?;
    let mut cache = WalkCache::new();
    let mut coverages = Vec::new();
    for target in &targets {
        coverages.push(cohort_coverage(&mut conn, cohort_id, target, &mut cache).await?);
    }
    Ok(coverages)
}

/// Each student's coverage as [`of_student`] has it.
async fn cohort_coverage(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    target: &FrameworkCode,
    cache: &mut WalkCache,
) -> Result<CohortCoverage, AppError> {
    let target_framework = load_target(conn, target).await?;
    let mut records = skill_records_of(conn, Students::InCohort(cohort_id), History::Latest).await?;
    let mut students = Vec::new();
    for student in readiness::students(conn, cohort_id).await? {
        let walks = walks_of_student(conn, student.student_id, target, cache).await?;
        let achieved = achieved(&records.remove(&student.student_id).unwrap_or_default());
        students.push(CoverageRow {
            student: PersonView { id: student.student_id.into(), name: student.name },
            competencies: crosswalk::coverage(&walks, &target_framework, &achieved),
        });
    }
    Ok(CohortCoverage {
        cohort_id,
        framework: target.clone(),
        title: target_framework.title.clone(),
        students,
    })
}

/// An assessor confirms a related correspondence for a student: every `to` skill of the link not
/// yet achieved gets an "achieved" decision in the target framework, citing the latest decisions
/// on the `from` skills, in one transaction. The link must be a related one of a crosswalk from a
/// framework the student follows (400 otherwise) that the assessor assesses them in (403), its
/// source achieved (400), and a target skill still open (409).
pub async fn confirm(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
    target: &FrameworkCode,
    link: &Link,
    now: Timestamp,
) -> Result<Vec<DecisionId>, AppError> {
    authorise(account, Action::DecideSkills)?;
    let mut tx = storage::begin(&state.db).await?;
    load_target(&mut tx, target).await?;
    let programmes = assessable_programmes(&mut tx, account, student_id).await?;
    let walks = walks_of_student(&mut tx, student_id, target, &mut WalkCache::new()).await?;
    let Some(walk) = walks
        .iter()
        .find(|walk| walk.links.iter().any(|known| known == link && known.kind == LinkKind::Related))
    else {
        return Err(AppError::Invalid(t!("server-link-not-related")));
    };
    if !programmes.contains(&walk.from) {
        return Err(AppError::Forbidden);
    }
    let records = skill_records_of(&mut tx, Students::One(student_id), History::Full)
        .await?
        .remove(&student_id)
        .unwrap_or_default();
    let sources: Option<Vec<DecisionId>> = link
        .from
        .iter()
        .map(|skill| {
            records
                .get(skill)
                .filter(|record| SkillStatus::of(record) == SkillStatus::Achieved)
                .and_then(|record| record.latest())
                .map(|decision| decision.sequence)
        })
        .collect();
    let sources = sources.ok_or_else(|| AppError::Invalid(t!("server-sources-not-achieved")))?;
    let achieved = achieved(&records);
    let comment = format!(
        "Erkend via {}: {}",
        walk.from,
        link.from.iter().map(SkillId::as_str).collect::<Vec<_>>().join(", ")
    );
    let open: Vec<&SkillId> = link.to.iter().filter(|skill| !achieved.contains(*skill)).collect();
    if open.is_empty() {
        return Err(AppError::Conflict(t!("server-skills-already-achieved", target = target.to_string())));
    }
    let mut recorded = Vec::new();
    for skill in open {
        let new = NewDecision {
            student_id,
            skill_id: skill,
            verdict: Verdict::Achieved,
            comment: &comment,
            assessor_id: account.id,
            evidence_ids: &[],
            sources: &sources,
        };
        let id = decisions::record(&mut tx, &new, now).await?;
        recorded.push(id);
    }
    tx.commit().await?;
    Ok(recorded)
}

async fn load_target(
    conn: &mut AnyConnection,
    target: &FrameworkCode,
) -> Result<domain::Framework, AppError> {
    catalog::load(conn, target)
        .await?
        .ok_or_else(|| AppError::NotFound(t!("server-not-found-qualification", code = target.to_string())))
}

/// Crosswalks already derived, by the source text they were derived from (framework, version,
/// profile): the students of a cohort mostly share one.
type WalkCache = HashMap<(FrameworkCode, u32, Option<ProfileCode>), Option<Crosswalk>>;

/// The crosswalks into `target` from every framework the student follows (archived cohorts
/// too), each from the text they follow there: the version and profile of their cohort.
async fn walks_of_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
    target: &FrameworkCode,
    cache: &mut WalkCache,
) -> Result<Vec<Crosswalk>, AppError> {
    let mut walks = Vec::new();
    for code in cohorts::frameworks_of_student(conn, student_id, Standing::WithArchived).await? {
        let Some((version, profile)) = cohorts::followed_by_student(conn, student_id, &code).await? else {
            continue;
        };
        if &code == target {
            continue;
        }
        let key = (code.clone(), version, profile.clone());
        if !cache.contains_key(&key) {
            let source = framework_version(conn, &code, version).await?.as_followed(profile.as_ref());
            let walk = find(conn, &source, target).await?;
            cache.insert(key.clone(), walk);
        }
        walks.extend(cache[&key].clone());
    }
    Ok(walks)
}

/// The skills whose decision that counts is "achieved".
fn achieved(records: &HashMap<SkillId, SkillRecord>) -> HashSet<SkillId> {
    records
        .iter()
        .filter(|(_, record)| SkillStatus::of(record) == SkillStatus::Achieved)
        .map(|(id, _)| id.clone())
        .collect()
}
