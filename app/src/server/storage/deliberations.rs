//! Meetings of the delibererende klassenraad and their outcomes, never changed and chained into
//! the tamper-evident record ([`record_chain`]): a granted unit's award (in `awards`) refers to
//! the meeting.

use domain::deliberation::{Meeting, Outcome, UnitOutcome};
use domain::person_name::NameOrder;
use domain::{AccountId, CohortId, DeliberationId, FrameworkCode, StudentId, Timestamp, UnitCode};
use sqlx::AnyConnection;

use super::{parse_timestamp, record_chain};
use domain::record_chain::RecordRow;

/// Student id, name, last and first name, unit code and title, outcome, reason.
type OutcomeRow = (i64, String, String, String, String, String, String, String);

/// A meeting as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMeeting {
    pub id: DeliberationId,
    pub cohort_id: CohortId,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub members: Vec<String>,
    pub recorded_by: String,
    pub recorded_at: Timestamp,
    /// Outcomes granted and postponed.
    pub granted: i64,
    pub postponed: i64,
}

/// One outcome as stored, with the names to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredOutcome {
    pub student_id: StudentId,
    pub student: String,
    pub unit: UnitCode,
    pub unit_title: String,
    pub outcome: Outcome,
}

/// The cohort's first day (`YYYY-MM-DD`) and whether it is archived, if it exists.
pub async fn cohort_standing(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
) -> Result<Option<(String, bool)>, sqlx::Error> {
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("select starts_on, archived_at from cohort where cohort_id = $1")
            .bind(cohort_id.get())
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(starts_on, archived_at)| (starts_on, archived_at.is_some())))
}

/// Records a meeting of the cohort's council with its outcomes (for units of `framework`),
/// chained into the tamper-evident record, and answers its id.
pub async fn record(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    meeting: &Meeting,
    framework: &FrameworkCode,
    outcomes: &[UnitOutcome],
    recorded_by: AccountId,
    at: Timestamp,
) -> Result<DeliberationId, sqlx::Error> {
    let position = record_chain::reserve(conn, at).await?;
    let id = insert(conn, cohort_id, meeting, recorded_by, at).await?;
    for outcome in outcomes {
        insert_outcome(conn, id, framework, outcome).await?;
    }
    record_chain::seal(conn, position, RecordRow::Deliberation(id)).await?;
    Ok(id)
}

async fn insert(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    meeting: &Meeting,
    recorded_by: AccountId,
    at: Timestamp,
) -> Result<DeliberationId, sqlx::Error> {
    let members =
        serde_json::to_string(&meeting.members).map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
    let (id,): (i64,) = sqlx::query_as(
        "insert into deliberation (cohort_id, held_on, members, recorded_by, recorded_at)
         values ($1, $2, $3, $4, $5) returning deliberation_id",
    )
    .bind(cohort_id.get())
    .bind(meeting.held_on.format("%Y-%m-%d").to_string())
    .bind(members)
    .bind(recorded_by.get())
    .bind(at.to_string())
    .fetch_one(conn)
    .await?;
    Ok(DeliberationId::new(id))
}

async fn insert_outcome(
    conn: &mut AnyConnection,
    id: DeliberationId,
    framework: &FrameworkCode,
    outcome: &UnitOutcome,
) -> Result<(), sqlx::Error> {
    let (kind, reason) = match &outcome.outcome {
        Outcome::Granted => ("granted", ""),
        Outcome::Postponed { reason } => ("postponed", reason.as_str()),
    };
    sqlx::query(
        "insert into deliberation_outcome (deliberation_id, student_id, unit_id, outcome, reason)
         select $1, $2, u.unit_id, $5, $6 from unit u join framework f on f.framework_id = u.framework_id
         where f.code = $3 and u.code = $4",
    )
    .bind(id.get())
    .bind(outcome.student_id.get())
    .bind(framework.as_str())
    .bind(outcome.unit.as_str())
    .bind(kind)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    deliberation_id: i64,
    cohort_id: i64,
    held_on: String,
    members: String,
    recorded_by: String,
    recorded_at: String,
    granted: i64,
    postponed: i64,
}

const MEETINGS: &str = "select d.deliberation_id, d.cohort_id, d.held_on, d.members, a.name as recorded_by,
            d.recorded_at,
            (select count(*) from deliberation_outcome o
             where o.deliberation_id = d.deliberation_id and o.outcome = 'granted') as granted,
            (select count(*) from deliberation_outcome o
             where o.deliberation_id = d.deliberation_id and o.outcome = 'postponed') as postponed
     from deliberation d join account a on a.account_id = d.recorded_by";

fn meeting(row: MeetingRow) -> Result<StoredMeeting, sqlx::Error> {
    Ok(StoredMeeting {
        id: DeliberationId::new(row.deliberation_id),
        cohort_id: CohortId::new(row.cohort_id),
        held_on: row.held_on,
        members: serde_json::from_str(&row.members).map_err(|error| sqlx::Error::Decode(Box::new(error)))?,
        recorded_by: row.recorded_by,
        recorded_at: parse_timestamp(&row.recorded_at)?,
        granted: row.granted,
        postponed: row.postponed,
    })
}

/// The cohort's meetings, newest first.
pub async fn of_cohort(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
) -> Result<Vec<StoredMeeting>, sqlx::Error> {
    let rows: Vec<MeetingRow> = sqlx::query_as(&format!(
        "{MEETINGS} where d.cohort_id = $1 order by d.held_on desc, d.deliberation_id desc"
    ))
    .bind(cohort_id.get())
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(meeting).collect()
}

/// One meeting.
pub async fn find(
    conn: &mut AnyConnection,
    id: DeliberationId,
) -> Result<Option<StoredMeeting>, sqlx::Error> {
    let row: Option<MeetingRow> = sqlx::query_as(&format!("{MEETINGS} where d.deliberation_id = $1"))
        .bind(id.get())
        .fetch_optional(conn)
        .await?;
    row.map(meeting).transpose()
}

/// A meeting's outcomes, by student name (Dutch order) and then in curriculum order.
pub async fn outcomes(
    conn: &mut AnyConnection,
    id: DeliberationId,
) -> Result<Vec<StoredOutcome>, sqlx::Error> {
    let mut rows: Vec<OutcomeRow> = sqlx::query_as(
        "select o.student_id, a.name, a.last_name, a.first_name, u.code, u.title, o.outcome, o.reason
         from deliberation_outcome o join account a on a.account_id = o.student_id
         join unit u on u.unit_id = o.unit_id
         where o.deliberation_id = $1
         order by o.student_id, u.position",
    )
    .bind(id.get())
    .fetch_all(conn)
    .await?;
    NameOrder::default().sort(&mut rows, |row| (row.2.as_str(), row.3.as_str()));
    Ok(rows
        .into_iter()
        .map(|(student_id, student, _, _, unit, unit_title, outcome, reason)| StoredOutcome {
            student_id: StudentId::new(student_id),
            student,
            unit: UnitCode::new(unit),
            unit_title,
            outcome: if outcome == "granted" { Outcome::Granted } else { Outcome::Postponed { reason } },
        })
        .collect())
}
