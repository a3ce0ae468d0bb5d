//! Evidence items, the blobs behind them and their links to skills.
//!
//! An item replaced by a new version stays, so that assessors keep seeing what they decided on;
//! "current" items are those no other item replaces.

use std::collections::HashMap;

use domain::{EvidenceId, EvidenceKind, SkillId, StudentId, Timestamp};
use sqlx::AnyConnection;

use super::Students;

/// An evidence item as stored, with the skills it is linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceRecord {
    pub id: EvidenceId,
    pub student_id: StudentId,
    pub kind: EvidenceKind,
    pub title: String,
    pub description: String,
    pub date: String,
    pub file: Option<StoredFile>,
    pub url: Option<String>,
    pub body: Option<String>,
    pub replaces_id: Option<EvidenceId>,
    pub replaced_by_id: Option<EvidenceId>,
    pub locked: bool,
    pub skill_ids: Vec<SkillId>,
}

/// The file of a file item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub sha256: String,
    pub name: String,
    pub media_type: String,
    pub size: i64,
    pub thumbnail_sha256: Option<String>,
}

#[derive(sqlx::FromRow)]
struct EvidenceRow {
    evidence_id: i64,
    student_id: i64,
    kind: String,
    title: String,
    description: String,
    evidence_date: String,
    blob_sha256: Option<String>,
    file_name: Option<String>,
    media_type: Option<String>,
    size: Option<i64>,
    thumbnail_sha256: Option<String>,
    url: Option<String>,
    body: Option<String>,
    replaces_id: Option<i64>,
    replaced_by_id: Option<i64>,
    locked_at: Option<String>,
}

const SELECT_EVIDENCE: &str =
    "select e.evidence_id, e.student_id, e.kind, e.title, e.description, e.evidence_date,
       e.blob_sha256, e.file_name, b.media_type, b.size, e.thumbnail_sha256, e.url, e.body, e.replaces_id,
       (select n.evidence_id from evidence n where n.replaces_id = e.evidence_id) as replaced_by_id,
       e.locked_at
     from evidence e left join blob b on b.sha256 = e.blob_sha256";

impl EvidenceRow {
    fn into_record(self, skill_ids: Vec<SkillId>) -> Result<EvidenceRecord, sqlx::Error> {
        let kind = EvidenceKind::parse(&self.kind)
            .ok_or_else(|| sqlx::Error::Decode(format!("unknown evidence kind '{}'", self.kind).into()))?;
        let file = match (self.blob_sha256, self.media_type, self.size) {
            (Some(sha256), Some(media_type), Some(size)) => Some(StoredFile {
                sha256,
                name: self.file_name.unwrap_or_default(),
                media_type,
                size,
                thumbnail_sha256: self.thumbnail_sha256,
            }),
            _ => None,
        };
        Ok(EvidenceRecord {
            id: EvidenceId::new(self.evidence_id),
            student_id: StudentId::new(self.student_id),
            kind,
            title: self.title,
            description: self.description,
            date: self.evidence_date,
            file,
            url: self.url,
            body: self.body,
            replaces_id: self.replaces_id.map(EvidenceId::new),
            replaced_by_id: self.replaced_by_id.map(EvidenceId::new),
            locked: self.locked_at.is_some(),
            skill_ids,
        })
    }
}

/// Records a stored file; one already recorded (an identical upload) is left as it is.
pub async fn insert_blob(
    conn: &mut AnyConnection,
    sha256: &str,
    size: u64,
    media_type: &str,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into blob (sha256, size, media_type, created_at) values ($1, $2, $3, $4)
         on conflict (sha256) do nothing",
    )
    .bind(sha256)
    .bind(size as i64)
    .bind(media_type)
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// What the student writes about an item: the parts that can be edited until it is locked.
pub struct Details<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub date: &'a str,
    pub url: Option<&'a str>,
    pub body: Option<&'a str>,
}

/// A new item, before it has an id.
pub struct NewEvidence<'a> {
    pub student_id: StudentId,
    pub kind: EvidenceKind,
    pub details: Details<'a>,
    pub blob_sha256: Option<&'a str>,
    pub file_name: Option<&'a str>,
    pub thumbnail_sha256: Option<&'a str>,
    pub replaces_id: Option<EvidenceId>,
}

/// Inserts an item and answers its id.
pub async fn insert(
    conn: &mut AnyConnection,
    new: &NewEvidence<'_>,
    at: Timestamp,
) -> Result<EvidenceId, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(
        "insert into evidence (student_id, kind, title, description, evidence_date, blob_sha256, file_name,
           thumbnail_sha256, url, body, replaces_id, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
         returning evidence_id",
    )
    .bind(new.student_id.get())
    .bind(new.kind.as_str())
    .bind(new.details.title)
    .bind(new.details.description)
    .bind(new.details.date)
    .bind(new.blob_sha256)
    .bind(new.file_name)
    .bind(new.thumbnail_sha256)
    .bind(new.details.url)
    .bind(new.details.body)
    .bind(new.replaces_id.map(EvidenceId::get))
    .bind(at.to_string())
    .fetch_one(conn)
    .await?;
    Ok(EvidenceId::new(id))
}

/// One item with its skills.
pub async fn find(conn: &mut AnyConnection, id: EvidenceId) -> Result<Option<EvidenceRecord>, sqlx::Error> {
    let row: Option<EvidenceRow> = sqlx::query_as(&format!("{SELECT_EVIDENCE} where e.evidence_id = $1"))
        .bind(id.get())
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let skill_ids = skills_of(conn, id).await?;
    row.into_record(skill_ids).map(Some)
}

/// Which versions of a student's items to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Versions {
    /// The latest version of each item: what the student works with.
    Current,
    /// Every version: what assessors may look back on.
    All,
}

/// A student's items, newest first.
pub async fn of_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
    versions: Versions,
) -> Result<Vec<EvidenceRecord>, sqlx::Error> {
    let current_only = match versions {
        Versions::Current => "and not exists (select 1 from evidence n where n.replaces_id = e.evidence_id)",
        Versions::All => "",
    };
    let rows: Vec<EvidenceRow> = sqlx::query_as(&format!(
        "{SELECT_EVIDENCE} where e.student_id = $1 {current_only}
         order by e.evidence_date desc, e.evidence_id desc"
    ))
    .bind(student_id.get())
    .fetch_all(&mut *conn)
    .await?;
    let mut links = skill_links(conn, student_id).await?;
    rows.into_iter()
        .map(|row| {
            let skills = links.remove(&EvidenceId::new(row.evidence_id)).unwrap_or_default();
            row.into_record(skills)
        })
        .collect()
}

async fn skills_of(conn: &mut AnyConnection, id: EvidenceId) -> Result<Vec<SkillId>, sqlx::Error> {
    let rows: Vec<(String,)> =
        sqlx::query_as("select skill_id from evidence_skill where evidence_id = $1 order by skill_id")
            .bind(id.get())
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|(skill,)| SkillId::new(skill)).collect())
}

/// For each of a student's items, old versions included, the skills it is linked to.
pub async fn skill_links(
    conn: &mut AnyConnection,
    student_id: StudentId,
) -> Result<HashMap<EvidenceId, Vec<SkillId>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "select l.evidence_id, l.skill_id from evidence_skill l
         join evidence e on e.evidence_id = l.evidence_id
         where e.student_id = $1 order by l.skill_id",
    )
    .bind(student_id.get())
    .fetch_all(conn)
    .await?;
    let mut links: HashMap<EvidenceId, Vec<SkillId>> = HashMap::new();
    for (evidence_id, skill_id) in rows {
        links.entry(EvidenceId::new(evidence_id)).or_default().push(SkillId::new(skill_id));
    }
    Ok(links)
}

/// For each student and skill, the current items linked to it.
pub async fn current_links_by_skill(
    conn: &mut AnyConnection,
    students: Students,
) -> Result<HashMap<StudentId, HashMap<SkillId, Vec<EvidenceId>>>, sqlx::Error> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(&format!(
        "select e.student_id, l.skill_id, l.evidence_id from evidence_skill l
         join evidence e on e.evidence_id = l.evidence_id
         where {}
           and not exists (select 1 from evidence n where n.replaces_id = e.evidence_id)
         order by l.evidence_id",
        students.condition("e.student_id")
    ))
    .bind(students.id())
    .fetch_all(conn)
    .await?;
    let mut by_student: HashMap<StudentId, HashMap<SkillId, Vec<EvidenceId>>> = HashMap::new();
    for (student_id, skill_id, evidence_id) in rows {
        by_student
            .entry(StudentId::new(student_id))
            .or_default()
            .entry(SkillId::new(skill_id))
            .or_default()
            .push(EvidenceId::new(evidence_id));
    }
    Ok(by_student)
}

/// The titles of the students' current items (no replaced versions), by id.
pub async fn current_titles(
    conn: &mut AnyConnection,
    students: Students,
) -> Result<Vec<(EvidenceId, String)>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "select e.evidence_id, e.title from evidence e
         where {} and not exists (select 1 from evidence n where n.replaces_id = e.evidence_id)
         order by e.evidence_id",
        students.condition("e.student_id")
    ))
    .bind(students.id())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id, title)| (EvidenceId::new(id), title)).collect())
}

/// Changes what the student wrote about an item that is not locked; answers whether it did
/// (a decision may have locked it since it was read).
pub async fn update_details(
    conn: &mut AnyConnection,
    id: EvidenceId,
    details: &Details<'_>,
    at: Timestamp,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "update evidence set title = $2, description = $3, evidence_date = $4,
           url = coalesce($5, url), body = coalesce($6, body), updated_at = $7
         where evidence_id = $1 and locked_at is null",
    )
    .bind(id.get())
    .bind(details.title)
    .bind(details.description)
    .bind(details.date)
    .bind(details.url)
    .bind(details.body)
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(result.rows_affected() > 0)
}

/// Replaces the skills of an item that is not locked; answers whether it did (a decision may
/// have locked it since it was read: the update waits for that decision's row lock).
pub async fn set_skills(
    conn: &mut AnyConnection,
    id: EvidenceId,
    skill_ids: &[SkillId],
    at: Timestamp,
) -> Result<bool, sqlx::Error> {
    let unlocked =
        sqlx::query("update evidence set updated_at = $2 where evidence_id = $1 and locked_at is null")
            .bind(id.get())
            .bind(at.to_string())
            .execute(&mut *conn)
            .await?;
    if unlocked.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("delete from evidence_skill where evidence_id = $1")
        .bind(id.get())
        .execute(&mut *conn)
        .await?;
    for skill_id in skill_ids {
        sqlx::query("insert into evidence_skill (evidence_id, skill_id, linked_at) values ($1, $2, $3)")
            .bind(id.get())
            .bind(skill_id.as_str())
            .bind(at.to_string())
            .execute(&mut *conn)
            .await?;
    }
    Ok(true)
}

/// Deletes an item that is not locked, with its links; answers whether it did.
pub async fn delete(conn: &mut AnyConnection, id: EvidenceId) -> Result<bool, sqlx::Error> {
    let unlocked = "(select evidence_id from evidence where evidence_id = $1 and locked_at is null)";
    sqlx::query(&format!("delete from evidence_skill where evidence_id in {unlocked}"))
        .bind(id.get())
        .execute(&mut *conn)
        .await?;
    let deleted = sqlx::query("delete from evidence where evidence_id = $1 and locked_at is null")
        .bind(id.get())
        .execute(conn)
        .await?;
    Ok(deleted.rows_affected() > 0)
}

/// Forgets the blobs no item refers to any more and answers which ones, so their files can go.
pub async fn forget_unused_blobs(
    conn: &mut AnyConnection,
    candidates: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    let mut unused = Vec::new();
    for sha256 in candidates {
        let removed = sqlx::query(
            "delete from blob where sha256 = $1
               and not exists (select 1 from evidence where blob_sha256 = $1 or thumbnail_sha256 = $1)",
        )
        .bind(sha256)
        .execute(&mut *conn)
        .await?;
        if removed.rows_affected() > 0 {
            unused.push(sha256.clone());
        }
    }
    Ok(unused)
}

/// Those of the blobs named that no row records, in the order given.
pub async fn unrecorded_blobs(
    conn: &mut AnyConnection,
    names: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    let mut unrecorded = Vec::new();
    for chunk in names.chunks(500) {
        let placeholders = (1..=chunk.len()).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ");
        let sql = format!("select sha256 from blob where sha256 in ({placeholders})");
        let query = chunk.iter().fold(sqlx::query_as(&sql), |query, name| query.bind(name));
        let recorded: Vec<(String,)> = query.fetch_all(&mut *conn).await?;
        let recorded: std::collections::HashSet<String> = recorded.into_iter().map(|(name,)| name).collect();
        unrecorded.extend(chunk.iter().filter(|name| !recorded.contains(*name)).cloned());
    }
    Ok(unrecorded)
}

/// True when a blob is recorded (so its file is in use).
pub async fn blob_is_recorded(conn: &mut AnyConnection, sha256: &str) -> Result<bool, sqlx::Error> {
    let found: Option<(i64,)> =
        sqlx::query_as("select 1 from blob where sha256 = $1").bind(sha256).fetch_optional(conn).await?;
    Ok(found.is_some())
}

/// The ids of all a student's items, old versions included.
pub async fn ids_of_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
) -> Result<std::collections::HashSet<EvidenceId>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as("select evidence_id from evidence where student_id = $1")
        .bind(student_id.get())
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(|(id,)| EvidenceId::new(id)).collect())
}
