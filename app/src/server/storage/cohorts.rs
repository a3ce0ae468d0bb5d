//! Cohorts, the students enrolled in them and the assessors assigned to them.

use std::collections::HashMap;

use domain::person_name::NameOrder;
use domain::{AccountId, CohortId, FrameworkCode, Profile, ProfileCode, StudentId, Timestamp};
use sqlx::AnyConnection;

use crate::dto::{CohortView, PersonView};

/// What a new cohort needs.
pub struct NewCohort<'a> {
    pub name: &'a str,
    pub framework_id: i64,
    /// The profile of the framework the cohort follows, if the framework has profiles.
    pub profile_code: Option<&'a ProfileCode>,
    pub school_year: &'a str,
    pub starts_on: &'a str,
    pub ends_on: &'a str,
}

/// Creates a cohort, following the newest version of its framework; returns its id.
pub async fn insert(
    conn: &mut AnyConnection,
    cohort: &NewCohort<'_>,
    created_at: Timestamp,
) -> Result<CohortId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "insert into cohort (name, framework_id, school_year, starts_on, ends_on, created_at, profile_code,
           framework_version)
         values ($1, $2, $3, $4, $5, $6, $7, (select version from framework where framework_id = $2))
         returning cohort_id",
    )
    .bind(cohort.name)
    .bind(cohort.framework_id)
    .bind(cohort.school_year)
    .bind(cohort.starts_on)
    .bind(cohort.ends_on)
    .bind(created_at.to_string())
    .bind(cohort.profile_code.map(ProfileCode::as_str))
    .fetch_one(conn)
    .await?;
    Ok(CohortId::new(id))
}

/// Enrols a student in a cohort.
pub async fn enrol(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    student_id: StudentId,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("insert into enrolment (cohort_id, student_id, created_at) values ($1, $2, $3)")
        .bind(cohort_id.get())
        .bind(student_id.get())
        .bind(at.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// Assigns an assessor to a cohort; assigning twice changes nothing.
pub async fn assign_assessor(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    assessor_id: AccountId,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into assessor_assignment (cohort_id, assessor_id, created_at) values ($1, $2, $3)
         on conflict (cohort_id, assessor_id) do nothing",
    )
    .bind(cohort_id.get())
    .bind(assessor_id.get())
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// Which cohorts to list.
pub enum Scope {
    /// Every cohort that is not archived.
    All,
    /// The cohorts a student is enrolled in.
    EnrolledStudent(StudentId),
    /// The cohorts an assessor is assigned to.
    AssignedAssessor(AccountId),
    /// One cohort, archived or not: for reading it.
    One(CohortId),
}

impl Scope {
    /// The condition on `c` (the cohort) that selects this scope, and the id it binds as `$1`.
    pub(super) fn condition(&self) -> (&'static str, Option<i64>) {
        match self {
            Scope::All => ("c.archived_at is null", None),
            Scope::EnrolledStudent(id) => (
                "c.archived_at is null and c.cohort_id in (select cohort_id from enrolment where student_id = $1)",
                Some(id.get()),
            ),
            Scope::AssignedAssessor(id) => (
                "c.archived_at is null
                 and c.cohort_id in (select cohort_id from assessor_assignment where assessor_id = $1)",
                Some(id.get()),
            ),
            Scope::One(id) => ("c.cohort_id = $1", Some(id.get())),
        }
    }
}

/// The cohorts in scope, with their students and assessors, by name.
pub async fn list(conn: &mut AnyConnection, scope: Scope) -> Result<Vec<CohortView>, sqlx::Error> {
    let (condition, person) = scope.condition();
    let sql = format!(
        "select c.cohort_id, c.name, c.school_year, f.code, f.title, c.archived_at, c.profile_code, f.profiles,
           c.framework_version, f.version as newest_version
         from cohort c join framework f on f.framework_id = c.framework_id
         where {condition} order by c.starts_on, c.name"
    );
    let mut query = sqlx::query_as(&sql);
    if let Some(id) = person {
        query = query.bind(id);
    }
    let cohorts: Vec<CohortRow> = query.fetch_all(&mut *conn).await?;
    let mut students = members(conn, "enrolment", "student_id", condition, person).await?;
    let mut assessors = members(conn, "assessor_assignment", "assessor_id", condition, person).await?;
    Ok(cohorts
        .into_iter()
        .map(|row| {
            let id = CohortId::new(row.cohort_id);
            CohortView {
                id,
                profile: row.profile_title(),
                framework_version: u32::try_from(row.framework_version).unwrap_or_default(),
                newest_version: u32::try_from(row.newest_version).unwrap_or_default(),
                name: row.name,
                school_year: row.school_year,
                framework_code: FrameworkCode::new(row.code),
                framework_title: row.title,
                students: students.remove(&id).unwrap_or_default(),
                assessors: assessors.remove(&id).unwrap_or_default(),
                archived: row.archived_at.is_some(),
            }
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct CohortRow {
    cohort_id: i64,
    name: String,
    school_year: String,
    code: String,
    title: String,
    archived_at: Option<String>,
    profile_code: Option<String>,
    profiles: String,
    framework_version: i64,
    newest_version: i64,
}

impl CohortRow {
    /// The followed profile as people name it, "P2 Expert IT systems and devices".
    fn profile_title(&self) -> Option<String> {
        let code = self.profile_code.as_deref()?;
        let profiles: Vec<Profile> = serde_json::from_str(&self.profiles).unwrap_or_default();
        let title =
            profiles.into_iter().find(|profile| profile.code.as_str() == code).map(|profile| profile.title);
        Some(title.map_or_else(|| code.to_owned(), |title| format!("{code} {title}")))
    }
}

/// How a student follows a framework: the version and profile of their newest running cohort
/// in it, or else of their newest archived one; `None` when they were never enrolled in it.
pub async fn followed_by_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
    framework: &FrameworkCode,
) -> Result<Option<(u32, Option<ProfileCode>)>, sqlx::Error> {
    let row: Option<(i64, Option<String>)> = sqlx::query_as(
        "select c.framework_version, c.profile_code from enrolment e
         join cohort c on c.cohort_id = e.cohort_id join framework f on f.framework_id = c.framework_id
         where e.student_id = $1 and f.code = $2
         order by case when c.archived_at is null then 0 else 1 end, c.starts_on desc, c.cohort_id desc
         limit 1",
    )
    .bind(student_id.get())
    .bind(framework.as_str())
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(version, profile)| {
        (u32::try_from(version).unwrap_or_default(), profile.map(ProfileCode::new))
    }))
}

/// Moves a running cohort from version `from` of its framework to `to`; answers whether it did
/// (not when the cohort was archived or moved in the meantime).
pub async fn set_version(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    from: u32,
    to: u32,
) -> Result<bool, sqlx::Error> {
    let moved = sqlx::query(
        "update cohort set framework_version = $1
         where cohort_id = $2 and framework_version = $3 and archived_at is null",
    )
    .bind(i64::from(to))
    .bind(cohort_id.get())
    .bind(i64::from(from))
    .execute(conn)
    .await?;
    Ok(moved.rows_affected() == 1)
}

/// The people linked through a membership table to each cohort that meets `condition`, by last
/// name, then first name.
async fn members(
    conn: &mut AnyConnection,
    table: &'static str,
    person_column: &'static str,
    condition: &'static str,
    person: Option<i64>,
) -> Result<HashMap<CohortId, Vec<PersonView>>, sqlx::Error> {
    let sql = format!(
        "select m.cohort_id, a.account_id, a.name, a.last_name, a.first_name from {table} m
         join account a on a.account_id = m.{person_column}
         where m.cohort_id in (select c.cohort_id from cohort c where {condition})"
    );
    let mut query = sqlx::query_as(&sql);
    if let Some(id) = person {
        query = query.bind(id);
    }
    let mut rows: Vec<(i64, i64, String, String, String)> = query.fetch_all(conn).await?;
    NameOrder::default().sort(&mut rows, |(_, _, _, last, first)| (last.as_str(), first.as_str()));
    let mut by_cohort: HashMap<CohortId, Vec<PersonView>> = HashMap::new();
    for (cohort_id, id, name, _, _) in rows {
        by_cohort
            .entry(CohortId::new(cohort_id))
            .or_default()
            .push(PersonView { id: AccountId::new(id), name });
    }
    Ok(by_cohort)
}

/// Which cohorts count: archiving takes a cohort out of the work, never out of the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Only running cohorts: for work (submitting, deciding, awarding, enrolling).
    Running,
    /// Archived cohorts too: for reading what was recorded.
    WithArchived,
}

impl Standing {
    /// The condition on `c` (the cohort) that this standing adds.
    fn condition(self) -> &'static str {
        match self {
            Standing::Running => "and c.archived_at is null",
            Standing::WithArchived => "",
        }
    }
}

/// The frameworks of the cohorts a student is enrolled in, by code.
pub async fn frameworks_of_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
    standing: Standing,
) -> Result<Vec<FrameworkCode>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(&format!(
        "select distinct f.code from enrolment e
         join cohort c on c.cohort_id = e.cohort_id join framework f on f.framework_id = c.framework_id
         where e.student_id = $1 {} order by f.code",
        standing.condition()
    ))
    .bind(student_id.get())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(code,)| FrameworkCode::new(code)).collect())
}

/// The frameworks of the cohorts that the assessor is assigned to and the student is enrolled
/// in: the programmes in which this assessor assesses (running) or reads (with archived) this
/// student.
pub async fn frameworks_assessed_by(
    conn: &mut AnyConnection,
    assessor_id: AccountId,
    student_id: StudentId,
    standing: Standing,
) -> Result<Vec<FrameworkCode>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(&format!(
        "select distinct f.code from assessor_assignment a
         join enrolment e on e.cohort_id = a.cohort_id join cohort c on c.cohort_id = a.cohort_id
         join framework f on f.framework_id = c.framework_id
         where a.assessor_id = $1 and e.student_id = $2 {} order by f.code",
        standing.condition()
    ))
    .bind(assessor_id.get())
    .bind(student_id.get())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(code,)| FrameworkCode::new(code)).collect())
}

/// The names of the running cohorts of a framework and school year, to keep names unique.
pub async fn running_names(
    conn: &mut AnyConnection,
    framework_id: i64,
    school_year: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "select name from cohort where framework_id = $1 and school_year = $2 and archived_at is null",
    )
    .bind(framework_id)
    .bind(school_year)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(name,)| name).collect())
}

/// True when the assessor is assigned to the cohort.
pub async fn assessor_assigned(
    conn: &mut AnyConnection,
    assessor_id: AccountId,
    cohort_id: CohortId,
) -> Result<bool, sqlx::Error> {
    let found: Option<(i64,)> =
        sqlx::query_as("select 1 from assessor_assignment where assessor_id = $1 and cohort_id = $2")
            .bind(assessor_id.get())
            .bind(cohort_id.get())
            .fetch_optional(conn)
            .await?;
    Ok(found.is_some())
}

/// Whether the cohort is archived; `None` when there is no such cohort.
pub async fn archived(conn: &mut AnyConnection, cohort_id: CohortId) -> Result<Option<bool>, sqlx::Error> {
    let row: Option<(Option<String>,)> =
        sqlx::query_as("select archived_at from cohort where cohort_id = $1")
            .bind(cohort_id.get())
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(archived_at,)| archived_at.is_some()))
}

/// True when the student is enrolled in the cohort.
pub async fn is_enrolled(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    student_id: StudentId,
) -> Result<bool, sqlx::Error> {
    let found: Option<(i64,)> =
        sqlx::query_as("select 1 from enrolment where cohort_id = $1 and student_id = $2")
            .bind(cohort_id.get())
            .bind(student_id.get())
            .fetch_optional(conn)
            .await?;
    Ok(found.is_some())
}

/// Archives a cohort; answers false when it was already archived or does not exist.
pub async fn archive(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    at: Timestamp,
) -> Result<bool, sqlx::Error> {
    let result =
        sqlx::query("update cohort set archived_at = $2 where cohort_id = $1 and archived_at is null")
            .bind(cohort_id.get())
            .bind(at.to_string())
            .execute(conn)
            .await?;
    Ok(result.rows_affected() > 0)
}

/// Removes an assessor from a cohort; answers whether they were assigned.
pub async fn unassign_assessor(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    assessor_id: AccountId,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("delete from assessor_assignment where cohort_id = $1 and assessor_id = $2")
        .bind(cohort_id.get())
        .bind(assessor_id.get())
        .execute(conn)
        .await?;
    Ok(result.rows_affected() > 0)
}
