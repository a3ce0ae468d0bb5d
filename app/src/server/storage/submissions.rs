//! Submissions: skills a student puts forward for assessment.

use domain::person_name::NameOrder;
use domain::{AccountId, CohortId, FrameworkCode, SkillId, StudentId, Timestamp, UnitCode};
use sqlx::AnyConnection;

use super::cohorts::Scope;
use super::{parse_timestamp, Students};
use crate::dto::{ClosedSubmission, PersonView, QueueEntry};

/// The skills submitted and neither withdrawn nor reviewed, by student.
pub async fn open_for(
    conn: &mut AnyConnection,
    students: Students,
) -> Result<Vec<(StudentId, SkillId)>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "select student_id, skill_id from submission
         where {} and withdrawn_at is null and reviewed_at is null",
        students.condition("student_id")
    ))
    .bind(students.id())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(student, skill)| (StudentId::new(student), SkillId::new(skill))).collect())
}

/// Opens a submission. The unique index on open submissions refuses a second one.
pub async fn open(
    conn: &mut AnyConnection,
    student_id: StudentId,
    skill_id: &SkillId,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("insert into submission (student_id, skill_id, submitted_at) values ($1, $2, $3)")
        .bind(student_id.get())
        .bind(skill_id.as_str())
        .bind(at.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// Withdraws the open submission of a skill; answers whether there was one.
pub async fn withdraw(
    conn: &mut AnyConnection,
    student_id: StudentId,
    skill_id: &SkillId,
    at: Timestamp,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "update submission set withdrawn_at = $3
         where student_id = $1 and skill_id = $2 and withdrawn_at is null and reviewed_at is null",
    )
    .bind(student_id.get())
    .bind(skill_id.as_str())
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(result.rows_affected() > 0)
}

/// The skills of the student's submission made at `at` (one request) that were withdrawn since.
pub async fn withdrawn_of_moment(
    conn: &mut AnyConnection,
    student_id: StudentId,
    at: Timestamp,
) -> Result<Vec<SkillId>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "select skill_id from submission where student_id = $1 and submitted_at = $2 and withdrawn_at is not null",
    )
    .bind(student_id.get())
    .bind(at.to_string())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(skill,)| SkillId::new(skill)).collect())
}

/// An open submission in a cohort's framework, with what its closing note names.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenInCohort {
    pub submission_id: i64,
    #[sqlx(try_from = "i64")]
    pub student_id: StudentId,
    pub skill_id: String,
    pub skill_text: String,
    pub framework_code: String,
    pub framework_title: String,
}

/// The open submissions of a cohort's students in the cohort's framework.
pub async fn open_in_cohort(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
) -> Result<Vec<OpenInCohort>, sqlx::Error> {
    sqlx::query_as(
        "select s.submission_id, s.student_id, s.skill_id, k.text as skill_text, f.code as framework_code,
           f.title as framework_title
         from submission s join skill k on k.skill_id = s.skill_id
         join competency cp on cp.competency_id = k.competency_id join unit u on u.unit_id = cp.unit_id
         join framework f on f.framework_id = u.framework_id
         join cohort c on c.cohort_id = $1 and c.framework_id = f.framework_id
         join enrolment e on e.cohort_id = c.cohort_id and e.student_id = s.student_id
         where s.withdrawn_at is null and s.reviewed_at is null
         order by s.submission_id",
    )
    .bind(cohort_id.get())
    .fetch_all(conn)
    .await
}

/// Closes an open submission without a review, keeping the note the student will read.
pub async fn close_with_note(
    conn: &mut AnyConnection,
    submission_id: i64,
    note: &str,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update submission set withdrawn_at = $2, closed_note = $3
         where submission_id = $1 and withdrawn_at is null and reviewed_at is null",
    )
    .bind(submission_id)
    .bind(at.to_string())
    .bind(note)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ClosedRow {
    skill_id: String,
    skill_text: String,
    unit_code: String,
    closed_at: String,
    note: String,
}

/// The student's submissions in a framework that were closed with a note, newest first.
pub async fn closed_with_note(
    conn: &mut AnyConnection,
    student_id: StudentId,
    framework: &FrameworkCode,
) -> Result<Vec<ClosedSubmission>, sqlx::Error> {
    let rows: Vec<ClosedRow> = sqlx::query_as(
        "select s.skill_id, k.text as skill_text, u.code as unit_code, s.withdrawn_at as closed_at,
           s.closed_note as note
         from submission s join skill k on k.skill_id = s.skill_id
         join competency cp on cp.competency_id = k.competency_id join unit u on u.unit_id = cp.unit_id
         join framework f on f.framework_id = u.framework_id
         where s.student_id = $1 and f.code = $2 and s.closed_note is not null
         order by s.withdrawn_at desc, s.submission_id desc",
    )
    .bind(student_id.get())
    .bind(framework.as_str())
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|row| {
            let closed_at = parse_timestamp(&row.closed_at)?;
            Ok(ClosedSubmission {
                skill_id: SkillId::new(row.skill_id),
                skill_text: row.skill_text,
                unit_code: UnitCode::new(row.unit_code),
                closed_at,
                closed_on: crate::format::brussels_day(closed_at),
                note: row.note,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    student_id: i64,
    student_name: String,
    last_name: String,
    first_name: String,
    cohort_id: i64,
    cohort_name: String,
    framework_code: String,
    unit_code: String,
    skill_id: String,
    skill_text: String,
    submitted_at: String,
}

/// The open submissions of the students in the cohorts in scope (only `cohort`, when given),
/// by student (last name, first name, Dutch collation), each student's oldest first, each once: a student enrolled in several cohorts of the skill's programme
/// (a second attempt, a day and an evening group) is shown with the one that started last.
/// A skill retired from its framework cannot be decided, so it is never offered.
pub async fn queue(
    conn: &mut AnyConnection,
    scope: Scope,
    cohort: Option<CohortId>,
) -> Result<Vec<QueueEntry>, sqlx::Error> {
    let (condition, person) = scope.condition();
    let cohort_condition = match (cohort, person) {
        (None, _) => "",
        (Some(_), None) => "and c.cohort_id = $1",
        (Some(_), Some(_)) => "and c.cohort_id = $2",
    };
    let sql = format!(
        "select s.student_id, a.name as student_name, a.last_name, a.first_name, qc.cohort_id, qc.name as cohort_name,
           f.code as framework_code, vs.unit_code, s.skill_id, vs.text as skill_text, s.submitted_at
         from submission s
         join account a on a.account_id = s.student_id
         join skill k on k.skill_id = s.skill_id
         join competency cp on cp.competency_id = k.competency_id
         join unit u on u.unit_id = cp.unit_id
         join framework f on f.framework_id = u.framework_id
         join cohort qc on qc.cohort_id = (
           select c.cohort_id from enrolment e join cohort c on c.cohort_id = e.cohort_id
           where e.student_id = s.student_id and c.framework_id = f.framework_id and {condition}
             {cohort_condition}
           order by c.starts_on desc, c.cohort_id desc limit 1)
         -- The skill as the cohort's version words and places it; a skill it lacks is not offered.
         join version_skill vs on vs.framework_id = qc.framework_id and vs.version = qc.framework_version
           and vs.skill_id = s.skill_id
         where s.withdrawn_at is null and s.reviewed_at is null
         order by s.submitted_at, s.submission_id"
    );
    let mut query = sqlx::query_as(&sql);
    if let Some(id) = person {
        query = query.bind(id);
    }
    if let Some(id) = cohort {
        query = query.bind(id.get());
    }
    let mut rows: Vec<QueueRow> = query.fetch_all(conn).await?;
    // By student (last name, first name), each student's oldest first: the sort is stable.
    NameOrder::default().sort(&mut rows, |row| (row.last_name.as_str(), row.first_name.as_str()));
    rows.into_iter()
        .map(|row| {
            let submitted_at = parse_timestamp(&row.submitted_at)?;
            Ok(QueueEntry {
                student: PersonView { id: AccountId::new(row.student_id), name: row.student_name },
                cohort_id: CohortId::new(row.cohort_id),
                cohort_name: row.cohort_name,
                framework_code: FrameworkCode::new(row.framework_code),
                unit_code: UnitCode::new(row.unit_code),
                skill_id: SkillId::new(row.skill_id),
                skill_text: row.skill_text,
                submitted_at,
                submitted_on: crate::format::brussels_day(submitted_at),
            })
        })
        .collect()
}
