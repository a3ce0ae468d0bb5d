//! Submissions: skills a student puts forward for assessment.

use domain::{FrameworkCode, SkillId, UnitCode};
use sqlx::AnyConnection;

use super::cohorts::Scope;
use super::Students;
use crate::dto::{PersonView, QueueEntry};

/// The skills submitted and neither withdrawn nor reviewed, by student.
pub async fn open_for(
    conn: &mut AnyConnection,
    students: Students,
) -> Result<Vec<(i64, SkillId)>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "select student_id, skill_id from submission
         where {} and withdrawn_at is null and reviewed_at is null",
        students.condition("student_id")
    ))
    .bind(students.id())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(student, skill)| (student, SkillId::new(skill))).collect())
}

/// Opens a submission. The unique index on open submissions refuses a second one.
pub async fn open(
    conn: &mut AnyConnection,
    student_id: i64,
    skill_id: &SkillId,
    at: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("insert into submission (student_id, skill_id, submitted_at) values ($1, $2, $3)")
        .bind(student_id)
        .bind(skill_id.as_str())
        .bind(at)
        .execute(conn)
        .await?;
    Ok(())
}

/// Withdraws the open submission of a skill; answers whether there was one.
pub async fn withdraw(
    conn: &mut AnyConnection,
    student_id: i64,
    skill_id: &SkillId,
    at: &str,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "update submission set withdrawn_at = $3
         where student_id = $1 and skill_id = $2 and withdrawn_at is null and reviewed_at is null",
    )
    .bind(student_id)
    .bind(skill_id.as_str())
    .bind(at)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() > 0)
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    student_id: i64,
    student_name: String,
    cohort_id: i64,
    cohort_name: String,
    framework_code: String,
    unit_code: String,
    skill_id: String,
    skill_text: String,
    submitted_at: String,
}

/// The open submissions of the students in the cohorts in scope, oldest first.
pub async fn queue(conn: &mut AnyConnection, scope: Scope) -> Result<Vec<QueueEntry>, sqlx::Error> {
    let (condition, person) = scope.condition();
    let sql = format!(
        "select s.student_id, a.name as student_name, c.cohort_id, c.name as cohort_name,
           f.code as framework_code, u.code as unit_code, s.skill_id, k.text as skill_text, s.submitted_at
         from submission s
         join account a on a.account_id = s.student_id
         join enrolment e on e.student_id = s.student_id
         join cohort c on c.cohort_id = e.cohort_id
         join framework f on f.framework_id = c.framework_id
         join skill k on k.skill_id = s.skill_id
         join competency cp on cp.competency_id = k.competency_id
         join unit u on u.unit_id = cp.unit_id and u.framework_id = f.framework_id
         where s.withdrawn_at is null and s.reviewed_at is null and {condition}
         order by s.submitted_at, s.submission_id"
    );
    let mut query = sqlx::query_as(&sql);
    if let Some(id) = person {
        query = query.bind(id);
    }
    let rows: Vec<QueueRow> = query.fetch_all(conn).await?;
    Ok(rows
        .into_iter()
        .map(|row| QueueEntry {
            student: PersonView { id: row.student_id, name: row.student_name },
            cohort_id: row.cohort_id,
            cohort_name: row.cohort_name,
            framework_code: FrameworkCode::new(row.framework_code),
            unit_code: UnitCode::new(row.unit_code),
            skill_id: SkillId::new(row.skill_id),
            skill_text: row.skill_text,
            submitted_on: crate::format::brussels_day(&row.submitted_at),
            submitted_at: row.submitted_at,
        })
        .collect())
}
