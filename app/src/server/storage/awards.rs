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

/// The units of a framework awarded to the students, by student.
pub async fn of_students(
    conn: &mut AnyConnection,
    students: Students,
    framework: &FrameworkCode,
) -> Result<HashMap<StudentId, HashMap<UnitCode, Award>>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String)> = sqlx::query_as(&format!(
        "select w.student_id, u.code, a.name, w.awarded_at from award w
         join unit u on u.unit_id = w.unit_id join framework f on f.framework_id = u.framework_id
         join account a on a.account_id = w.awarded_by
         where {} and f.code = $2",
        students.condition("w.student_id")
    ))
    .bind(students.id())
    .bind(framework.as_str())
    .fetch_all(conn)
    .await?;
    let mut by_student: HashMap<StudentId, HashMap<UnitCode, Award>> = HashMap::new();
    for (student_id, unit, awarded_by, awarded_at) in rows {
        by_student
            .entry(StudentId::new(student_id))
            .or_default()
            .insert(UnitCode::new(unit), Award { awarded_by, awarded_at: parse_timestamp(&awarded_at)? });
    }
    Ok(by_student)
}
