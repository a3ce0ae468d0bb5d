//! Submissions: skills a student puts forward for assessment.

use domain::SkillId;
use sqlx::AnyConnection;

/// The skills a student has submitted that are neither withdrawn nor reviewed.
pub async fn open_for_student(
    conn: &mut AnyConnection,
    student_id: i64,
) -> Result<Vec<SkillId>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "select skill_id from submission
         where student_id = $1 and withdrawn_at is null and reviewed_at is null",
    )
    .bind(student_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(skill,)| SkillId::new(skill)).collect())
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
