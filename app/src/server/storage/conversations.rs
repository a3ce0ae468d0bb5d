//! The conversations on skills' feedback: messages appended, never changed.

use domain::{AccountId, EvidenceId, Role, SkillId, StudentId, Timestamp};
use sqlx::AnyConnection;

use super::parse_timestamp;

/// A message as stored, with its author's name and role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: i64,
    pub skill_id: SkillId,
    pub author: String,
    pub author_role: Role,
    pub body: String,
    pub evidence_id: Option<EvidenceId>,
    pub written_at: Timestamp,
}

/// Appends a message. The evidence it cites stays the student's to change; should they delete
/// it, the message keeps its text and loses the reference.
pub async fn insert(
    conn: &mut AnyConnection,
    student_id: StudentId,
    skill_id: &SkillId,
    author_id: AccountId,
    body: &str,
    evidence_id: Option<EvidenceId>,
    at: Timestamp,
) -> Result<i64, sqlx::Error> {
    let id = sqlx::query_scalar(
        "insert into skill_message (student_id, skill_id, author_id, body, evidence_id, created_at)
         values ($1, $2, $3, $4, $5, $6) returning message_id",
    )
    .bind(student_id.get())
    .bind(skill_id.as_str())
    .bind(author_id.get())
    .bind(body)
    .bind(evidence_id.map(EvidenceId::get))
    .bind(at.to_string())
    .fetch_one(conn)
    .await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct MessageRow {
    message_id: i64,
    skill_id: String,
    author: String,
    role: String,
    body: String,
    evidence_id: Option<i64>,
    created_at: String,
}

/// The student's messages on the given skills, oldest first.
pub async fn of_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
    skills: &[SkillId],
) -> Result<Vec<Message>, sqlx::Error> {
    let rows: Vec<MessageRow> = sqlx::query_as(
        "select m.message_id, m.skill_id, a.name as author, a.role, m.body, m.evidence_id, m.created_at
         from skill_message m join account a on a.account_id = m.author_id
         where m.student_id = $1 order by m.message_id",
    )
    .bind(student_id.get())
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .filter(|row| skills.iter().any(|skill| skill.as_str() == row.skill_id))
        .map(|row| {
            Ok(Message {
                id: row.message_id,
                skill_id: SkillId::new(row.skill_id),
                author: row.author,
                author_role: row.role.parse().map_err(|error| sqlx::Error::Decode(Box::new(error)))?,
                body: row.body,
                evidence_id: row.evidence_id.map(EvidenceId::new),
                written_at: parse_timestamp(&row.created_at)?,
            })
        })
        .collect()
}
