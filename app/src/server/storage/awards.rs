//! Awarded deelcertificaten: one row per student and unit, never removed, each chained into the
//! tamper-evident record ([`record_chain`]).

use std::collections::HashMap;

use domain::{AccountId, FrameworkCode, StudentId, Timestamp, UnitCode};
use sqlx::AnyConnection;

use super::record_chain;
use super::{parse_timestamp, Students};
use domain::record_chain::RecordRow;
use domain::{AwardId, DeliberationId};

/// Who awarded a unit, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Award {
    pub id: AwardId,
    pub awarded_by: String,
    pub awarded_at: Timestamp,
}

/// An award to record.
pub struct NewAward<'a> {
    pub student_id: StudentId,
    pub framework: &'a FrameworkCode,
    pub unit: &'a UnitCode,
    pub awarded_by: AccountId,
    /// The meeting of the klassenraad that granted it, if one did.
    pub deliberation: Option<DeliberationId>,
}

/// Records an award and answers its id, or `None` when the framework has no such unit. The
/// unique constraint refuses a second award of the same unit.
pub async fn insert(
    conn: &mut AnyConnection,
    new: &NewAward<'_>,
    at: Timestamp,
) -> Result<Option<AwardId>, sqlx::Error> {
    let position = record_chain::reserve(conn, at).await?;
    let inserted: Option<(i64,)> = sqlx::query_as(
        "insert into award (student_id, unit_id, awarded_by, awarded_at, deliberation_id)
         select $1, u.unit_id, $4, $5, $6 from unit u join framework f on f.framework_id = u.framework_id
         where f.code = $2 and u.code = $3
         returning award_id",
    )
    .bind(new.student_id.get())
    .bind(new.framework.as_str())
    .bind(new.unit.as_str())
    .bind(new.awarded_by.get())
    .bind(at.to_string())
    .bind(new.deliberation.map(DeliberationId::get))
    .fetch_optional(&mut *conn)
    .await?;
    let Some((id,)) = inserted else { return Ok(None) };
    let id = AwardId::new(id);
    record_chain::seal(conn, position, RecordRow::Award(id)).await?;
    Ok(Some(id))
}

/// The units of a framework awarded to the students (and not withdrawn), by student.
pub async fn of_students(
    conn: &mut AnyConnection,
    students: Students,
    framework: &FrameworkCode,
) -> Result<HashMap<StudentId, HashMap<UnitCode, Award>>, sqlx::Error> {
    let rows: Vec<(i64, i64, String, String, String)> = sqlx::query_as(&format!(
        "select w.award_id, w.student_id, u.code, a.name, w.awarded_at from award w
         join unit u on u.unit_id = w.unit_id join framework f on f.framework_id = u.framework_id
         join account a on a.account_id = w.awarded_by
         where {} and f.code = $2
           and not exists (select 1 from award_withdrawal x where x.award_id = w.award_id)",
        students.condition("w.student_id")
    ))
    .bind(students.id())
    .bind(framework.as_str())
    .fetch_all(conn)
    .await?;
    let mut by_student: HashMap<StudentId, HashMap<UnitCode, Award>> = HashMap::new();
    for (id, student_id, unit, awarded_by, awarded_at) in rows {
        let award = Award { id: AwardId::new(id), awarded_by, awarded_at: parse_timestamp(&awarded_at)? };
        by_student.entry(StudentId::new(student_id)).or_default().insert(UnitCode::new(unit), award);
    }
    Ok(by_student)
}

/// Whether the student's award of the unit was withdrawn.
pub async fn is_withdrawn(
    conn: &mut AnyConnection,
    student_id: StudentId,
    framework: &FrameworkCode,
    unit: &UnitCode,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "select x.award_id from award_withdrawal x join award w on w.award_id = x.award_id
         join unit u on u.unit_id = w.unit_id join framework f on f.framework_id = u.framework_id
         where w.student_id = $1 and f.code = $2 and u.code = $3",
    )
    .bind(student_id.get())
    .bind(framework.as_str())
    .bind(unit.as_str())
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// Records the withdrawal of an award, chained into the record after every earlier row.
pub async fn withdraw(
    conn: &mut AnyConnection,
    award: AwardId,
    withdrawn_by: AccountId,
    reason: &str,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    let position = record_chain::reserve(conn, at).await?;
    sqlx::query(
        "insert into award_withdrawal (award_id, withdrawn_by, withdrawn_at, reason) values ($1, $2, $3, $4)",
    )
    .bind(award.get())
    .bind(withdrawn_by.get())
    .bind(at.to_string())
    .bind(reason)
    .execute(&mut *conn)
    .await?;
    record_chain::seal(conn, position, RecordRow::Withdrawal(award)).await
}
