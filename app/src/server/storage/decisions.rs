//! The decision record: one row per skill decided, never changed or deleted, each chained into
//! the tamper-evident record ([`record_chain`]). Recording a decision also closes the skill's
//! open submission and locks the evidence it cites. A decision recorded by mistake is undone by
//! a correction next to it (`decision_undo`), chained too.

use std::collections::HashMap;

use domain::assessment::UndoCandidate;
use domain::progress::Undone;
use domain::{AccountId, Decision, DecisionId, EvidenceId, SkillId, StudentId, Timestamp, Verdict};
use sqlx::AnyConnection;

use super::record_chain;
use super::{parse_timestamp, Students};
use domain::record_chain::RecordRow;

/// A decision to record.
pub struct NewDecision<'a> {
    pub student_id: StudentId,
    pub skill_id: &'a SkillId,
    pub verdict: Verdict,
    pub comment: &'a str,
    pub assessor_id: AccountId,
    pub evidence_ids: &'a [EvidenceId],
    /// The decisions in another framework it rests on (credit across frameworks), or none.
    pub sources: &'a [DecisionId],
}

fn verdict_text(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Achieved => "achieved",
        Verdict::NotYet => "not_yet",
    }
}

fn parse_verdict(text: &str) -> Result<Verdict, sqlx::Error> {
    match text {
        "achieved" => Ok(Verdict::Achieved),
        "not_yet" => Ok(Verdict::NotYet),
        other => Err(sqlx::Error::Decode(format!("unknown verdict '{other}'").into())),
    }
}

/// Appends a decision and answers its id, which orders it after every earlier one.
pub async fn record(
    conn: &mut AnyConnection,
    new: &NewDecision<'_>,
    at: Timestamp,
) -> Result<DecisionId, sqlx::Error> {
    let position = record_chain::reserve(conn, at).await?;
    let (id,): (i64,) = sqlx::query_as(
        "insert into decision (student_id, skill_id, verdict, comment, assessor_id, decided_at)
         values ($1, $2, $3, $4, $5, $6) returning decision_id",
    )
    .bind(new.student_id.get())
    .bind(new.skill_id.as_str())
    .bind(verdict_text(new.verdict))
    .bind(new.comment)
    .bind(new.assessor_id.get())
    .bind(at.to_string())
    .fetch_one(&mut *conn)
    .await?;
    for evidence_id in new.evidence_ids {
        sqlx::query("insert into decision_evidence (decision_id, evidence_id) values ($1, $2)")
            .bind(id)
            .bind(evidence_id.get())
            .execute(&mut *conn)
            .await?;
        sqlx::query("update evidence set locked_at = $2 where evidence_id = $1 and locked_at is null")
            .bind(evidence_id.get())
            .bind(at.to_string())
            .execute(&mut *conn)
            .await?;
    }
    for source in new.sources {
        sqlx::query("insert into decision_source (decision_id, source_decision_id) values ($1, $2)")
            .bind(id)
            .bind(source.get())
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query(
        "update submission set reviewed_at = $3
         where student_id = $1 and skill_id = $2 and withdrawn_at is null and reviewed_at is null",
    )
    .bind(new.student_id.get())
    .bind(new.skill_id.as_str())
    .bind(at.to_string())
    .execute(&mut *conn)
    .await?;
    let id = DecisionId::new(id);
    record_chain::seal(conn, position, RecordRow::Decision(id)).await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct DecisionRow {
    decision_id: i64,
    student_id: i64,
    skill_id: String,
    verdict: String,
    comment: String,
    assessor_id: i64,
    assessor: String,
    decided_at: String,
    undone_by: Option<String>,
    undone_at: Option<String>,
}

/// The decision `l` was not undone.
const NOT_UNDONE: &str = "not exists (select 1 from decision_undo x where x.decision_id = l.decision_id)";

/// Which decisions to read: a skill's whole history, or only the one that counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    Full,
    Latest,
}

/// The decisions on the skills of the students, per student and skill, in the order recorded.
pub async fn of_students(
    conn: &mut AnyConnection,
    students: Students,
    history: History,
) -> Result<HashMap<StudentId, HashMap<SkillId, Vec<Decision>>>, sqlx::Error> {
    let mut condition = students.condition("d.student_id");
    if history == History::Latest {
        condition.push_str(&format!(
            " and d.decision_id = (select max(l.decision_id) from decision l
                                   where l.student_id = d.student_id and l.skill_id = d.skill_id
                                   and {NOT_UNDONE})"
        ));
    }
    let rows: Vec<DecisionRow> = sqlx::query_as(&format!(
        "select d.decision_id, d.student_id, d.skill_id, d.verdict, d.comment, d.assessor_id,
                a.name as assessor, d.decided_at, ua.name as undone_by, u.undone_at
         from decision d join account a on a.account_id = d.assessor_id
         left join decision_undo u on u.decision_id = d.decision_id
         left join account ua on ua.account_id = u.undone_by
         where {condition} order by d.decision_id"
    ))
    .bind(students.id())
    .fetch_all(&mut *conn)
    .await?;
    let cited: Vec<(i64, i64)> = sqlx::query_as(&format!(
        "select de.decision_id, de.evidence_id from decision_evidence de
         where de.decision_id in (select d.decision_id from decision d where {condition})
         order by de.evidence_id"
    ))
    .bind(students.id())
    .fetch_all(&mut *conn)
    .await?;
    let mut evidence: HashMap<i64, Vec<EvidenceId>> = HashMap::new();
    for (decision_id, evidence_id) in cited {
        evidence.entry(decision_id).or_default().push(EvidenceId::new(evidence_id));
    }
    let mut by_student: HashMap<StudentId, HashMap<SkillId, Vec<Decision>>> = HashMap::new();
    for row in rows {
        let decided_at = parse_timestamp(&row.decided_at)?;
        let decision = Decision {
            sequence: DecisionId::new(row.decision_id),
            verdict: parse_verdict(&row.verdict)?,
            comment: row.comment,
            assessor: row.assessor,
            decided_at,
            decided_on: crate::format::brussels_day(decided_at),
            evidence: evidence.remove(&row.decision_id).unwrap_or_default(),
            assessor_id: AccountId::new(row.assessor_id),
            undone: undone(row.undone_by, row.undone_at)?,
        };
        by_student
            .entry(StudentId::new(row.student_id))
            .or_default()
            .entry(SkillId::new(row.skill_id))
            .or_default()
            .push(decision);
    }
    Ok(by_student)
}

fn undone(by: Option<String>, at: Option<String>) -> Result<Option<Undone>, sqlx::Error> {
    let (Some(by), Some(at)) = (by, at) else { return Ok(None) };
    let at = parse_timestamp(&at)?;
    Ok(Some(Undone { by, at, on: crate::format::brussels_day(at) }))
}

/// A recorded decision as undoing it needs it ([`domain::assessment::UndoCandidate`]), with
/// the student and skill it is about.
pub struct Undoable {
    pub student_id: StudentId,
    pub skill_id: SkillId,
    pub candidate: UndoCandidate,
}

/// The decision `id`, as undoing it needs it, or `None` when there is none. Whether its unit
/// was awarded is the caller's to fill in (`candidate.awarded` is false here).
pub async fn undoable(conn: &mut AnyConnection, id: DecisionId) -> Result<Option<Undoable>, sqlx::Error> {
    let row: Option<(i64, String, i64, String, i64, i64, i64)> = sqlx::query_as(&format!(
        "select d.student_id, d.skill_id, d.assessor_id, d.decided_at,
                (select count(*) from decision_undo u where u.decision_id = d.decision_id),
                (select count(*) from decision l where l.student_id = d.student_id
                  and l.skill_id = d.skill_id and l.decision_id > d.decision_id and {NOT_UNDONE}),
                (select count(*) from decision_source s where s.source_decision_id = d.decision_id)
         from decision d where d.decision_id = $1"
    ))
    .bind(id.get())
    .fetch_optional(&mut *conn)
    .await?;
    let Some((student_id, skill_id, assessor_id, decided_at, undone, later, cited)) = row else {
        return Ok(None);
    };
    Ok(Some(Undoable {
        student_id: StudentId::new(student_id),
        skill_id: SkillId::new(skill_id),
        candidate: UndoCandidate {
            assessor_id: AccountId::new(assessor_id),
            decided_at: parse_timestamp(&decided_at)?,
            undone: undone > 0,
            superseded: later > 0,
            cited: cited > 0,
            awarded: false,
        },
    }))
}

/// Records that the decision was undone, chained into the record at `position` (reserved before
/// the decision was read, so no other writer changes it in between), and opens again the
/// submission it closed (unless the student has submitted the skill anew since). The evidence
/// it locked stays locked: it was cited in the record.
pub async fn undo(
    conn: &mut AnyConnection,
    position: record_chain::Reserved,
    id: DecisionId,
    decision: &Undoable,
    by: AccountId,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("insert into decision_undo (decision_id, undone_by, undone_at) values ($1, $2, $3)")
        .bind(id.get())
        .bind(by.get())
        .bind(at.to_string())
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "update submission set reviewed_at = null
         where student_id = $1 and skill_id = $2 and reviewed_at = $3 and withdrawn_at is null
           and not exists (select 1 from submission o where o.student_id = $1 and o.skill_id = $2
                           and o.withdrawn_at is null and o.reviewed_at is null)",
    )
    .bind(decision.student_id.get())
    .bind(decision.skill_id.as_str())
    .bind(decision.candidate.decided_at.to_string())
    .execute(&mut *conn)
    .await?;
    record_chain::seal(conn, position, RecordRow::Undo(id)).await
}

/// The skills of the student's decisions recorded at `at` (one request) that were undone since.
pub async fn undone_of_moment(
    conn: &mut AnyConnection,
    student_id: StudentId,
    at: Timestamp,
) -> Result<Vec<SkillId>, sqlx::Error> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "select d.skill_id from decision d join decision_undo u on u.decision_id = d.decision_id
         where d.student_id = $1 and d.decided_at = $2",
    )
    .bind(student_id.get())
    .bind(at.to_string())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(skill,)| SkillId::new(skill)).collect())
}
