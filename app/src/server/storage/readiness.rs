//! What the readiness of a cohort needs beyond the per-student records: the cohort itself and
//! its students with the revision of their progress.

use domain::person_name::NameOrder;
use domain::{CohortId, FrameworkCode, ProfileCode, StudentId};
use sqlx::AnyConnection;

/// A cohort as the readiness overview heads it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CohortHead {
    #[sqlx(try_from = "i64")]
    pub cohort_id: CohortId,
    pub name: String,
    pub school_year: String,
    pub framework_code: String,
    pub framework_title: String,
    pub profile_code: Option<String>,
    #[sqlx(try_from = "i64")]
    pub framework_version: u32,
}

impl CohortHead {
    pub fn framework(&self) -> FrameworkCode {
        FrameworkCode::new(self.framework_code.clone())
    }

    /// The profile of the framework the cohort follows, if any.
    pub fn profile(&self) -> Option<ProfileCode> {
        self.profile_code.clone().map(ProfileCode::new)
    }
}

/// The cohort, if it exists.
pub async fn cohort(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
) -> Result<Option<CohortHead>, sqlx::Error> {
    sqlx::query_as(
        "select c.cohort_id, c.name, c.school_year, f.code as framework_code, f.title as framework_title,
           c.profile_code, c.framework_version
         from cohort c join framework f on f.framework_id = c.framework_id where c.cohort_id = $1",
    )
    .bind(cohort_id.get())
    .fetch_optional(conn)
    .await
}

/// A student of the cohort and how often their progress changed (0: never).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct StudentRevision {
    #[sqlx(try_from = "i64")]
    pub student_id: StudentId,
    pub name: String,
    pub last_name: String,
    pub first_name: String,
    pub revision: i64,
}

/// The cohort's students by last name, then first name (Dutch collation), each with the
/// revision of their progress.
pub async fn students(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
) -> Result<Vec<StudentRevision>, sqlx::Error> {
    let mut students: Vec<StudentRevision> = sqlx::query_as(
        "select a.account_id as student_id, a.name, a.last_name, a.first_name,
           coalesce(r.revision, 0) as revision
         from enrolment e join account a on a.account_id = e.student_id
         left join progress_revision r on r.student_id = e.student_id
         where e.cohort_id = $1 order by a.account_id",
    )
    .bind(cohort_id.get())
    .fetch_all(conn)
    .await?;
    NameOrder::default()
        .sort(&mut students, |student| (student.last_name.as_str(), student.first_name.as_str()));
    Ok(students)
}
