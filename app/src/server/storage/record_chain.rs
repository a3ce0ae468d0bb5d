//! The chain over decisions and awards (`domain::record_chain`): appending a row in the
//! transaction that records it, reading the chain page by page to verify it, and chaining the
//! rows recorded before the chain existed.

use domain::record_chain::{self, ChainHash, ChainHead, ChainedOutcome, RecordRow, Recorded, StoredEntry};
use domain::{AccountId, AwardId, CohortId, DecisionId, DeliberationId, EvidenceId, StudentId, Timestamp};
use sqlx::AnyConnection;

use super::parse_timestamp;

/// How many rows of each table one page of the walk reads.
const PAGE: i64 = 1000;

/// The head as stored, with the time of the last entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredHead {
    pub head: ChainHead,
    pub extended_at: Option<Timestamp>,
}

/// A position taken at the chain's head, for the row written next in the same transaction.
#[derive(Debug)]
#[must_use = "a reserved position must be sealed with its row"]
pub struct Reserved {
    position: u64,
    previous: ChainHash,
}

/// Takes the next position. Call it before writing the row, first among the transaction's
/// writes: the head's row lock (PostgreSQL) or the write lock (SQLite, `BEGIN IMMEDIATE`) makes
/// concurrent writers take their turn from here until this transaction ends, so positions never
/// repeat or skip, and no writer can hold another row this one needs while it waits.
pub async fn reserve(conn: &mut AnyConnection, at: Timestamp) -> Result<Reserved, sqlx::Error> {
    let (length, previous): (i64, String) = sqlx::query_as(
        "update record_chain_head set length = length + 1, extended_at = $1 where only_row = 1
         returning length, hash",
    )
    .bind(at.to_string())
    .fetch_one(conn)
    .await?;
    Ok(Reserved { position: length as u64, previous: parse_hash(&previous)? })
}

/// Writes the reserved position and the hash of the row as stored (with its cited evidence and
/// sources), and makes that hash the head's.
pub async fn seal(conn: &mut AnyConnection, reserved: Reserved, row: RecordRow) -> Result<(), sqlx::Error> {
    let (table, key) = Table::of(row);
    let stored = read(conn, table, Rows::Key(key)).await?;
    let record = stored.into_iter().next().ok_or(sqlx::Error::RowNotFound)?.record;
    write_link(conn, reserved, &record).await
}

async fn write_link(
    conn: &mut AnyConnection,
    reserved: Reserved,
    record: &Recorded,
) -> Result<(), sqlx::Error> {
    let hash = record_chain::link(reserved.position, &reserved.previous, record);
    let (table, id) = Table::of(record.row());
    let (name, key) = (table.name(), table.key());
    sqlx::query(&format!("update {name} set chain_position = $1, chain_hash = $2 where {key} = $3"))
        .bind(reserved.position as i64)
        .bind(hash.as_str())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("update record_chain_head set hash = $1 where only_row = 1")
        .bind(hash.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

/// Chains, once, the rows recorded before the chain existed, in the order they were recorded.
/// Later rows outside the chain are not chained here: verification names them.
pub async fn chain_earlier_rows(conn: &mut AnyConnection) -> Result<usize, sqlx::Error> {
    // Taking the flag also takes the head's lock: a second server starting at the same moment
    // waits here, then finds the flag taken and chains nothing.
    let taken = sqlx::query(
        "update record_chain_head set legacy_chained = 1 where only_row = 1 and legacy_chained = 0",
    )
    .execute(&mut *conn)
    .await?;
    if taken.rows_affected() == 0 {
        return Ok(0);
    }
    let mut earlier: Vec<Recorded> = Vec::new();
    for table in TABLES {
        earlier.extend(read(conn, table, Rows::Unchained).await?.into_iter().map(|entry| entry.record));
    }
    earlier.sort_by(|a, b| (a.recorded_at(), a.row()).cmp(&(b.recorded_at(), b.row())));
    for record in &earlier {
        let at = parse_timestamp(record.recorded_at())?;
        let reserved = reserve(conn, at).await?;
        write_link(conn, reserved, record).await?;
    }
    Ok(earlier.len())
}

/// The head as stored.
pub async fn head(conn: &mut AnyConnection) -> Result<StoredHead, sqlx::Error> {
    let (length, hash, extended_at): (i64, String, Option<String>) =
        sqlx::query_as("select length, hash, extended_at from record_chain_head where only_row = 1")
            .fetch_one(conn)
            .await?;
    Ok(StoredHead {
        head: ChainHead { length: length as u64, hash: parse_hash(&hash)? },
        extended_at: extended_at.as_deref().map(parse_timestamp).transpose()?,
    })
}

/// A row outside the chain, if there is one (decisions first, then awards, then withdrawals).
pub async fn first_unchained(conn: &mut AnyConnection) -> Result<Option<RecordRow>, sqlx::Error> {
    for table in TABLES {
        if let Some(entry) = read(conn, table, Rows::Unchained).await?.first() {
            return Ok(Some(entry.record.row()));
        }
    }
    Ok(None)
}

/// The chained rows after position `after`, in position order: at most a page of each table,
/// cut where one table's page ends so that no row of another is skipped.
pub async fn entries_after(conn: &mut AnyConnection, after: u64) -> Result<Vec<StoredEntry>, sqlx::Error> {
    let mut pages = Vec::new();
    for table in TABLES {
        pages.push(read(conn, table, Rows::After(after)).await?);
    }
    let page_end = |entries: &[StoredEntry]| {
        (entries.len() as i64 == PAGE).then(|| entries.last().and_then(|entry| entry.position)).flatten()
    };
    let end = pages.iter().filter_map(|page| page_end(page)).min();
    let mut entries: Vec<StoredEntry> = pages
        .into_iter()
        .flatten()
        .filter(|entry| end.is_none_or(|end| entry.position.is_some_and(|position| position <= end)))
        .collect();
    entries.sort_by_key(|entry| entry.position);
    Ok(entries)
}

/// The tables whose rows are chained.
#[derive(Debug, Clone, Copy)]
enum Table {
    Decision,
    Award,
    Withdrawal,
    Undo,
    Deliberation,
}

const TABLES: [Table; 5] =
    [Table::Decision, Table::Award, Table::Withdrawal, Table::Undo, Table::Deliberation];

impl Table {
    /// The table of a row, and the row's key.
    fn of(row: RecordRow) -> (Table, i64) {
        match row {
            RecordRow::Decision(id) => (Table::Decision, id.get()),
            RecordRow::Award(id) => (Table::Award, id.get()),
            RecordRow::Withdrawal(id) => (Table::Withdrawal, id.get()),
            RecordRow::Undo(id) => (Table::Undo, id.get()),
            RecordRow::Deliberation(id) => (Table::Deliberation, id.get()),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Table::Decision => "decision",
            Table::Award => "award",
            Table::Withdrawal => "award_withdrawal",
            Table::Undo => "decision_undo",
            Table::Deliberation => "deliberation",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Table::Decision | Table::Undo => "decision_id",
            Table::Award | Table::Withdrawal => "award_id",
            Table::Deliberation => "deliberation_id",
        }
    }
}

async fn read(conn: &mut AnyConnection, table: Table, rows: Rows) -> Result<Vec<StoredEntry>, sqlx::Error> {
    match table {
        Table::Decision => decisions(conn, rows).await,
        Table::Award => awards(conn, rows).await,
        Table::Withdrawal => withdrawals(conn, rows).await,
        Table::Undo => undos(conn, rows).await,
        Table::Deliberation => meetings(conn, rows).await,
    }
}

/// Which rows of a table to read.
#[derive(Debug, Clone, Copy)]
enum Rows {
    /// The row with this key (`t.row_key`: the table's key).
    Key(i64),
    /// A page of the chained rows after a position, in position order.
    After(u64),
    /// Every row outside the chain.
    Unchained,
}

impl Rows {
    /// The condition on the table aliased `t`, with the order and limit after it, and the value
    /// it binds as `$1`.
    fn sql(self) -> (String, Option<i64>) {
        match self {
            Rows::Key(id) => ("t.row_key = $1".to_owned(), Some(id)),
            Rows::After(after) => {
                (format!("t.chain_position > $1 order by t.chain_position limit {PAGE}"), Some(after as i64))
            }
            Rows::Unchained => ("t.chain_position is null".to_owned(), None),
        }
    }

    /// The query with its value bound.
    fn query<'q, T>(self, sql: &'q str) -> sqlx::query::QueryAs<'q, sqlx::Any, T, sqlx::any::AnyArguments<'q>>
    where
        T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow>,
    {
        let query = sqlx::query_as(sql);
        match self.sql().1 {
            Some(value) => query.bind(value),
            None => query,
        }
    }
}

#[derive(sqlx::FromRow)]
struct DecisionRow {
    decision_id: i64,
    student_id: i64,
    skill_id: String,
    verdict: String,
    comment: String,
    assessor_id: i64,
    decided_at: String,
    chain_position: Option<i64>,
    chain_hash: Option<String>,
}

async fn decisions(conn: &mut AnyConnection, rows: Rows) -> Result<Vec<StoredEntry>, sqlx::Error> {
    let sql = format!(
        "select t.decision_id, t.student_id, t.skill_id, t.verdict, t.comment, t.assessor_id,
                t.decided_at, t.chain_position, t.chain_hash
         from (select decision.*, decision_id as row_key from decision) t where {}",
        rows.sql().0
    );
    let found: Vec<DecisionRow> = rows.query(&sql).fetch_all(&mut *conn).await?;
    let ids = found.iter().map(|row| row.decision_id.to_string()).collect::<Vec<_>>().join(",");
    let cited = linked(conn, "select decision_id, evidence_id from decision_evidence", &ids).await?;
    let sources = linked(conn, "select decision_id, source_decision_id from decision_source", &ids).await?;
    let of = |links: &[(i64, i64)], id: i64| -> Vec<i64> {
        links.iter().filter(|(decision, _)| *decision == id).map(|(_, other)| *other).collect()
    };
    Ok(found
        .into_iter()
        .map(|row| StoredEntry {
            position: row.chain_position.map(|position| position as u64),
            hash: row.chain_hash,
            record: Recorded::Decision {
                decision_id: DecisionId::new(row.decision_id),
                student_id: StudentId::new(row.student_id),
                evidence_ids: of(&cited, row.decision_id).into_iter().map(EvidenceId::new).collect(),
                source_decision_ids: of(&sources, row.decision_id).into_iter().map(DecisionId::new).collect(),
                skill_id: row.skill_id,
                verdict: row.verdict,
                comment: row.comment,
                assessor_id: AccountId::new(row.assessor_id),
                decided_at: row.decided_at,
            },
        })
        .collect())
}

/// The (decision, other) pairs of a link table for the decisions `ids` (comma-separated), in
/// ascending order.
async fn linked(conn: &mut AnyConnection, select: &str, ids: &str) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut pairs: Vec<(i64, i64)> =
        sqlx::query_as(&format!("{select} where decision_id in ({ids})")).fetch_all(conn).await?;
    pairs.sort_unstable();
    Ok(pairs)
}

#[derive(sqlx::FromRow)]
struct AwardRow {
    award_id: i64,
    student_id: i64,
    framework: String,
    unit: String,
    awarded_by: i64,
    awarded_at: String,
    deliberation_id: Option<i64>,
    chain_position: Option<i64>,
    chain_hash: Option<String>,
}

async fn awards(conn: &mut AnyConnection, rows: Rows) -> Result<Vec<StoredEntry>, sqlx::Error> {
    let sql = format!(
        "select t.award_id, t.student_id, f.code as framework, u.code as unit, t.awarded_by,
                t.awarded_at, t.deliberation_id, t.chain_position, t.chain_hash
         from (select award.*, award_id as row_key from award) t join unit u on u.unit_id = t.unit_id
         join framework f on f.framework_id = u.framework_id
         where {}",
        rows.sql().0
    );
    let found: Vec<AwardRow> = rows.query(&sql).fetch_all(conn).await?;
    Ok(found
        .into_iter()
        .map(|row| StoredEntry {
            position: row.chain_position.map(|position| position as u64),
            hash: row.chain_hash,
            record: Recorded::Award {
                award_id: AwardId::new(row.award_id),
                student_id: StudentId::new(row.student_id),
                framework: row.framework,
                unit: row.unit,
                awarded_by: AccountId::new(row.awarded_by),
                awarded_at: row.awarded_at,
                deliberation_id: row.deliberation_id.map(DeliberationId::new),
            },
        })
        .collect())
}

fn parse_hash(text: &str) -> Result<ChainHash, sqlx::Error> {
    ChainHash::parse(text)
        .ok_or_else(|| sqlx::Error::Decode(format!("'{text}' is not a SHA-256 hash").into()))
}

#[derive(sqlx::FromRow)]
struct WithdrawalRow {
    award_id: i64,
    withdrawn_by: i64,
    withdrawn_at: String,
    reason: String,
    chain_position: Option<i64>,
    chain_hash: Option<String>,
}

async fn withdrawals(conn: &mut AnyConnection, rows: Rows) -> Result<Vec<StoredEntry>, sqlx::Error> {
    let sql = format!(
        "select t.award_id, t.withdrawn_by, t.withdrawn_at, t.reason, t.chain_position, t.chain_hash
         from (select award_withdrawal.*, award_id as row_key from award_withdrawal) t where {}",
        rows.sql().0
    );
    let found: Vec<WithdrawalRow> = rows.query(&sql).fetch_all(conn).await?;
    Ok(found
        .into_iter()
        .map(|row| StoredEntry {
            position: row.chain_position.map(|position| position as u64),
            hash: row.chain_hash,
            record: Recorded::Withdrawal {
                award_id: AwardId::new(row.award_id),
                withdrawn_by: AccountId::new(row.withdrawn_by),
                withdrawn_at: row.withdrawn_at,
                reason: row.reason,
            },
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct UndoRow {
    decision_id: i64,
    undone_by: i64,
    undone_at: String,
    chain_position: Option<i64>,
    chain_hash: Option<String>,
}

async fn undos(conn: &mut AnyConnection, rows: Rows) -> Result<Vec<StoredEntry>, sqlx::Error> {
    let sql = format!(
        "select t.decision_id, t.undone_by, t.undone_at, t.chain_position, t.chain_hash
         from (select decision_undo.*, decision_id as row_key from decision_undo) t where {}",
        rows.sql().0
    );
    let found: Vec<UndoRow> = rows.query(&sql).fetch_all(conn).await?;
    Ok(found
        .into_iter()
        .map(|row| StoredEntry {
            position: row.chain_position.map(|position| position as u64),
            hash: row.chain_hash,
            record: Recorded::Undo {
                decision_id: DecisionId::new(row.decision_id),
                undone_by: AccountId::new(row.undone_by),
                undone_at: row.undone_at,
            },
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct MeetingRow {
    deliberation_id: i64,
    cohort_id: i64,
    held_on: String,
    members: String,
    recorded_by: i64,
    recorded_at: String,
    chain_position: Option<i64>,
    chain_hash: Option<String>,
}

async fn meetings(conn: &mut AnyConnection, rows: Rows) -> Result<Vec<StoredEntry>, sqlx::Error> {
    let sql = format!(
        "select t.deliberation_id, t.cohort_id, t.held_on, t.members, t.recorded_by, t.recorded_at,
                t.chain_position, t.chain_hash
         from (select deliberation.*, deliberation_id as row_key from deliberation) t where {}",
        rows.sql().0
    );
    let found: Vec<MeetingRow> = rows.query(&sql).fetch_all(&mut *conn).await?;
    let ids = found.iter().map(|row| row.deliberation_id.to_string()).collect::<Vec<_>>().join(",");
    let mut outcomes: Vec<(i64, i64, String, String, String)> = if ids.is_empty() {
        Vec::new()
    } else {
        sqlx::query_as(&format!(
            "select o.deliberation_id, o.student_id, u.code, o.outcome, o.reason
             from deliberation_outcome o join unit u on u.unit_id = o.unit_id
             where o.deliberation_id in ({ids})"
        ))
        .fetch_all(conn)
        .await?
    };
    // Ordered here, not by the database, whose collation may differ after a dump and restore.
    outcomes.sort_unstable();
    found
        .into_iter()
        .map(|row| {
            let members =
                serde_json::from_str(&row.members).map_err(|error| sqlx::Error::Decode(Box::new(error)))?;
            let outcomes = outcomes
                .iter()
                .filter(|(meeting, ..)| *meeting == row.deliberation_id)
                .map(|(_, student, unit, outcome, reason)| ChainedOutcome {
                    student_id: StudentId::new(*student),
                    unit: unit.clone(),
                    outcome: outcome.clone(),
                    reason: reason.clone(),
                })
                .collect();
            Ok(StoredEntry {
                position: row.chain_position.map(|position| position as u64),
                hash: row.chain_hash,
                record: Recorded::Deliberation {
                    deliberation_id: DeliberationId::new(row.deliberation_id),
                    cohort_id: CohortId::new(row.cohort_id),
                    held_on: row.held_on,
                    members,
                    recorded_by: AccountId::new(row.recorded_by),
                    recorded_at: row.recorded_at,
                    outcomes,
                },
            })
        })
        .collect()
}
