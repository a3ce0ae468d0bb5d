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

/// Appends a message, locking the evidence it cites like a decision does (the record must keep
/// what it points to).
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
    .fetch_one(&mut *conn)
    .await?;
    if let Some(evidence_id) = evidence_id {
        sqlx::query("update evidence set locked_at = $2 where evidence_id = $1 and locked_at is null")
            .bind(evidence_id.get())
            .bind(at.to_string())
            .execute(conn)
            .await?;
    }
    Ok(id)
}

/// The student's messages on the given skills, oldest first.
pub async fn of_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
    skills: &[SkillId],
) -> Result<Vec<Message>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, String, Option<i64>, String)> = sqlx::query_as(
        "select m.message_id, m.skill_id, a.name, a.role, m.body, m.evidence_id, m.created_at
         from skill_message m join account a on a.account_id = m.author_id
         where m.student_id = $1 order by m.message_id",
    )
    .bind(student_id.get())
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .filter(|row| skills.iter().any(|skill| skill.as_str() == row.1))
        .map(|(id, skill, author, role, body, evidence, at)| {
            Ok(Message {
                id,
                skill_id: SkillId::new(skill),
                author,
                author_role: role.parse().map_err(|error| sqlx::Error::Decode(Box::new(error)))?,
                body,
                evidence_id: evidence.map(EvidenceId::new),
                written_at: parse_timestamp(&at)?,
            })
        })
        .collect()
}
