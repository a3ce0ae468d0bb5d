//! The curriculum catalog: frameworks, units, competencies, skills and knowledge.
//!
//! Saving a framework is an upsert keyed on codes and skill ids. Rows missing from the new
//! version are retired (`active = 0`), never deleted, so sign-offs keep pointing at real skills.

use std::collections::HashMap;

use domain::{
    CatalogFile, Competency, Framework, FrameworkCode, FrameworkKind, Profile, Skill, SkillId, Timestamp,
    Unit, UnitCode,
};
use sqlx::AnyConnection;

use crate::dto::FrameworkSummary;

/// The PostgreSQL advisory lock key of catalog writers ("vaardig" in ASCII).
const CATALOG_LOCK: i64 = 0x0076_6161_7264_6967;

/// Makes catalog writers take turns until the transaction ends: servers starting at once would
/// otherwise both insert the same framework. On SQLite the write transaction's lock does this.
pub async fn lock_for_writing(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    if conn.backend_name() == "PostgreSQL" {
        sqlx::query("select pg_advisory_xact_lock($1)").bind(CATALOG_LOCK).execute(conn).await?;
    }
    Ok(())
}

/// The content hash stored with a framework, if the framework exists.
pub async fn content_hash(
    conn: &mut AnyConnection,
    code: &FrameworkCode,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select content_hash from framework where code = $1")
        .bind(code.as_str())
        .fetch_optional(conn)
        .await
}

/// What is stored of a framework's catalog text: its content hash and its version.
pub async fn stored_text(
    conn: &mut AnyConnection,
    code: &FrameworkCode,
) -> Result<Option<(String, u32)>, sqlx::Error> {
    let row: Option<(String, i64)> =
        sqlx::query_as("select content_hash, version from framework where code = $1")
            .bind(code.as_str())
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(hash, version)| (hash, u32::try_from(version).unwrap_or(u32::MAX))))
}

/// The database id of a framework.
pub async fn framework_id(
    conn: &mut AnyConnection,
    code: &FrameworkCode,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("select framework_id from framework where code = $1")
        .bind(code.as_str())
        .fetch_optional(conn)
        .await
}

/// Skill ids that already belong to frameworks other than `code`, with the framework's code.
pub async fn skill_ids_of_other_frameworks(
    conn: &mut AnyConnection,
    code: &FrameworkCode,
) -> Result<HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "select s.skill_id, f.code
         from skill s
         join competency c on c.competency_id = s.competency_id
         join unit u on u.unit_id = c.unit_id
         join framework f on f.framework_id = u.framework_id
         where f.code <> $1",
    )
    .bind(code.as_str())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().collect())
}

/// Inserts or updates a framework so that its active rows are exactly those of `framework`.
/// Run it inside a transaction: it first retires every row, then revives what the file still has.
pub async fn save(
    conn: &mut AnyConnection,
    file: &CatalogFile,
    content_hash: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let framework = &file.framework;
    let framework_id: i64 = sqlx::query_scalar(
        "insert into framework (code, title, kind, level, total_lestijden, content_hash, updated_at, version, profiles)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (code) do update set
           title = excluded.title, kind = excluded.kind, level = excluded.level,
           total_lestijden = excluded.total_lestijden, content_hash = excluded.content_hash,
           updated_at = excluded.updated_at, version = excluded.version, profiles = excluded.profiles
         returning framework_id",
    )
    .bind(framework.code.as_str())
    .bind(&framework.title)
    .bind(framework.kind.as_str())
    .bind(framework.level.map(i64::from))
    .bind(framework.total_lestijden.map(i64::from))
    .bind(content_hash)
    .bind(now.to_string())
    .bind(i64::from(file.version))
    .bind(serde_json::to_string(&framework.profiles).map_err(|error| sqlx::Error::Encode(Box::new(error)))?)
    .fetch_one(&mut *conn)
    .await?;
    retire_everything(conn, framework_id).await?;
    for (position, unit) in framework.units.iter().enumerate() {
        save_unit(conn, framework_id, position, unit).await?;
    }
    save_version(conn, framework_id, file, content_hash, now).await
}

/// Keeps a version of a framework's text whole, with the list of its skills. A version is
/// recorded once: writing it again changes nothing.
pub async fn save_version(
    conn: &mut AnyConnection,
    framework_id: i64,
    file: &CatalogFile,
    content_hash: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let catalog = serde_json::to_string(file).map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
    let version = i64::from(file.version);
    let inserted = sqlx::query(
        "insert into framework_version (framework_id, version, content_hash, catalog, recorded_at)
         values ($1, $2, $3, $4, $5) on conflict (framework_id, version) do nothing",
    )
    .bind(framework_id)
    .bind(version)
    .bind(content_hash)
    .bind(catalog)
    .bind(now.to_string())
    .execute(&mut *conn)
    .await?;
    if inserted.rows_affected() == 0 {
        return Ok(());
    }
    for unit in &file.framework.units {
        for skill in unit.skills() {
            sqlx::query(
                "insert into version_skill (framework_id, version, skill_id, unit_code, text)
                 values ($1, $2, $3, $4, $5)",
            )
            .bind(framework_id)
            .bind(version)
            .bind(skill.id.as_str())
            .bind(unit.code.as_str())
            .bind(&skill.text)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// The frameworks whose stored version is not yet kept whole (stored before versions were),
/// with their id and content hash.
pub async fn without_kept_version(
    conn: &mut AnyConnection,
) -> Result<Vec<(i64, FrameworkCode, String)>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "select f.framework_id, f.code, f.content_hash from framework f
         where not exists (select 1 from framework_version v
                           where v.framework_id = f.framework_id and v.version = f.version)
         order by f.code",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id, code, hash)| (id, FrameworkCode::new(code), hash)).collect())
}

/// A framework as one of its versions says it; the current text when that version was never
/// kept whole (cannot happen after the first start: see [`without_kept_version`]).
pub async fn load_version(
    conn: &mut AnyConnection,
    code: &FrameworkCode,
    version: u32,
) -> Result<Option<Framework>, sqlx::Error> {
    let kept: Option<String> = sqlx::query_scalar(
        "select v.catalog from framework_version v join framework f on f.framework_id = v.framework_id
         where f.code = $1 and v.version = $2",
    )
    .bind(code.as_str())
    .bind(i64::from(version))
    .fetch_optional(&mut *conn)
    .await?;
    match kept {
        // Checked when it was stored: read as written, so a stricter parser later still reads it.
        Some(catalog) => {
            serde_json::from_str(&catalog).map(Some).map_err(|error| sqlx::Error::Decode(Box::new(error)))
        }
        None => {
            tracing::warn!(framework = %code, version, "a version that was never kept: reading the current text");
            load(conn, code).await
        }
    }
}

/// The content hash of a kept version of a framework, if that version is kept.
pub async fn kept_hash(
    conn: &mut AnyConnection,
    code: &FrameworkCode,
    version: u32,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "select v.content_hash from framework_version v join framework f on f.framework_id = v.framework_id
         where f.code = $1 and v.version = $2",
    )
    .bind(code.as_str())
    .bind(i64::from(version))
    .fetch_optional(conn)
    .await
}

/// The versions of a framework that are kept, oldest first.
pub async fn versions(conn: &mut AnyConnection, code: &FrameworkCode) -> Result<Vec<u32>, sqlx::Error> {
    let rows: Vec<i64> = sqlx::query_scalar(
        "select v.version from framework_version v join framework f on f.framework_id = v.framework_id
         where f.code = $1 order by v.version",
    )
    .bind(code.as_str())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().filter_map(|version| u32::try_from(version).ok()).collect())
}

async fn retire_everything(conn: &mut AnyConnection, framework_id: i64) -> Result<(), sqlx::Error> {
    const UNITS: &str = "select unit_id from unit where framework_id = $1";
    const COMPETENCIES: &str =
        "select competency_id from competency where unit_id in (select unit_id from unit where framework_id = $1)";
    for statement in [
        format!("delete from knowledge where competency_id in ({COMPETENCIES})"),
        format!("delete from unit_knowledge where unit_id in ({UNITS})"),
        format!("update skill set active = 0 where competency_id in ({COMPETENCIES})"),
        format!("update competency set active = 0 where unit_id in ({UNITS})"),
        "update unit set active = 0 where framework_id = $1".to_owned(),
    ] {
        sqlx::query(&statement).bind(framework_id).execute(&mut *conn).await?;
    }
    Ok(())
}

async fn save_unit(
    conn: &mut AnyConnection,
    framework_id: i64,
    position: usize,
    unit: &Unit,
) -> Result<(), sqlx::Error> {
    let unit_id: i64 = sqlx::query_scalar(
        "insert into unit (framework_id, code, title, lestijden, position, active)
         values ($1, $2, $3, $4, $5, 1)
         on conflict (framework_id, code) do update set
           title = excluded.title, lestijden = excluded.lestijden, position = excluded.position, active = 1
         returning unit_id",
    )
    .bind(framework_id)
    .bind(unit.code.as_str())
    .bind(&unit.title)
    .bind(unit.lestijden.map(i64::from))
    .bind(position as i64)
    .fetch_one(&mut *conn)
    .await?;
    for (position, text) in unit.knowledge.iter().enumerate() {
        sqlx::query("insert into unit_knowledge (unit_id, text, position) values ($1, $2, $3)")
            .bind(unit_id)
            .bind(text)
            .bind(position as i64)
            .execute(&mut *conn)
            .await?;
    }
    for (position, competency) in unit.competencies.iter().enumerate() {
        save_competency(conn, unit_id, position, competency).await?;
    }
    Ok(())
}

async fn save_competency(
    conn: &mut AnyConnection,
    unit_id: i64,
    position: usize,
    competency: &Competency,
) -> Result<(), sqlx::Error> {
    let competency_id: i64 = sqlx::query_scalar(
        "insert into competency (unit_id, nr, title, position, active)
         values ($1, $2, $3, $4, 1)
         on conflict (unit_id, nr) do update set title = excluded.title, position = excluded.position, active = 1
         returning competency_id",
    )
    .bind(unit_id)
    .bind(&competency.nr)
    .bind(&competency.title)
    .bind(position as i64)
    .fetch_one(&mut *conn)
    .await?;
    for (position, skill) in competency.skills.iter().enumerate() {
        sqlx::query(
            "insert into skill (skill_id, competency_id, text, position, active)
             values ($1, $2, $3, $4, 1)
             on conflict (skill_id) do update set
               competency_id = excluded.competency_id, text = excluded.text, position = excluded.position, active = 1",
        )
        .bind(skill.id.as_str())
        .bind(competency_id)
        .bind(&skill.text)
        .bind(position as i64)
        .execute(&mut *conn)
        .await?;
    }
    for (position, text) in competency.knowledge.iter().enumerate() {
        sqlx::query("insert into knowledge (competency_id, text, position) values ($1, $2, $3)")
            .bind(competency_id)
            .bind(text)
            .bind(position as i64)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    code: String,
    title: String,
    kind: String,
    level: Option<i64>,
    total_lestijden: Option<i64>,
    units: i64,
    competencies: i64,
    skills: i64,
    profiles: String,
}

/// Every framework with the size of its current (active) curriculum, ordered by code.
pub async fn list(conn: &mut AnyConnection) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(
        "select f.code, f.title, f.kind, f.level, f.total_lestijden,
           (select count(*) from unit u where u.framework_id = f.framework_id and u.active = 1) as units,
           (select count(*) from competency c join unit u on u.unit_id = c.unit_id
             where u.framework_id = f.framework_id and c.active = 1) as competencies,
           (select count(*) from skill s join competency c on c.competency_id = s.competency_id
             join unit u on u.unit_id = c.unit_id
             where u.framework_id = f.framework_id and s.active = 1) as skills,
           f.profiles
         from framework f order by f.code",
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(FrameworkSummary {
                code: FrameworkCode::new(row.code),
                title: row.title,
                kind: decode_kind(&row.kind)?,
                level: row.level.and_then(|level| u8::try_from(level).ok()),
                total_lestijden: row.total_lestijden.and_then(|total| u32::try_from(total).ok()),
                units: row.units as u32,
                competencies: row.competencies as u32,
                skills: row.skills as u32,
                profiles: decode_profiles(&row.profiles)?
                    .into_iter()
                    .map(|profile| (profile.code.to_string(), profile.title))
                    .collect(),
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct FrameworkRow {
    framework_id: i64,
    title: String,
    kind: String,
    level: Option<i64>,
    total_lestijden: Option<i64>,
    profiles: String,
}

/// The version of a framework's stored catalog text, if the framework exists.
pub async fn version(conn: &mut AnyConnection, code: &FrameworkCode) -> Result<Option<u32>, sqlx::Error> {
    Ok(stored_text(conn, code).await?.map(|(_, version)| version))
}

/// The current curriculum of a framework, in source order.
pub async fn load(conn: &mut AnyConnection, code: &FrameworkCode) -> Result<Option<Framework>, sqlx::Error> {
    let head: Option<FrameworkRow> = sqlx::query_as(
        "select framework_id, title, kind, level, total_lestijden, profiles from framework where code = $1",
    )
    .bind(code.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(FrameworkRow { framework_id, title, kind, level, total_lestijden, profiles }) = head else {
        return Ok(None);
    };

    let units: Vec<(i64, String, String, Option<i64>)> = sqlx::query_as(
        "select unit_id, code, title, lestijden from unit
         where framework_id = $1 and active = 1 order by position",
    )
    .bind(framework_id)
    .fetch_all(&mut *conn)
    .await?;
    let competencies: Vec<(i64, i64, String, String)> = sqlx::query_as(
        "select c.competency_id, c.unit_id, c.nr, c.title from competency c join unit u on u.unit_id = c.unit_id
         where u.framework_id = $1 and c.active = 1 order by c.position",
    )
    .bind(framework_id)
    .fetch_all(&mut *conn)
    .await?;
    let skills: Vec<(i64, String, String)> = sqlx::query_as(
        "select s.competency_id, s.skill_id, s.text from skill s
         join competency c on c.competency_id = s.competency_id join unit u on u.unit_id = c.unit_id
         where u.framework_id = $1 and s.active = 1 order by s.position",
    )
    .bind(framework_id)
    .fetch_all(&mut *conn)
    .await?;
    let knowledge: Vec<(i64, String)> = sqlx::query_as(
        "select k.competency_id, k.text from knowledge k
         join competency c on c.competency_id = k.competency_id join unit u on u.unit_id = c.unit_id
         where u.framework_id = $1 order by k.position",
    )
    .bind(framework_id)
    .fetch_all(&mut *conn)
    .await?;
    let unit_knowledge: Vec<(i64, String)> = sqlx::query_as(
        "select k.unit_id, k.text from unit_knowledge k join unit u on u.unit_id = k.unit_id
         where u.framework_id = $1 order by k.position",
    )
    .bind(framework_id)
    .fetch_all(&mut *conn)
    .await?;

    let mut unit_knowledge_of: HashMap<i64, Vec<String>> = HashMap::new();
    for (unit_id, text) in unit_knowledge {
        unit_knowledge_of.entry(unit_id).or_default().push(text);
    }
    let mut skills_of: HashMap<i64, Vec<Skill>> = HashMap::new();
    for (competency_id, id, text) in skills {
        skills_of.entry(competency_id).or_default().push(Skill { id: SkillId::new(id), text });
    }
    let mut knowledge_of: HashMap<i64, Vec<String>> = HashMap::new();
    for (competency_id, text) in knowledge {
        knowledge_of.entry(competency_id).or_default().push(text);
    }
    let mut competencies_of: HashMap<i64, Vec<Competency>> = HashMap::new();
    for (competency_id, unit_id, nr, title) in competencies {
        competencies_of.entry(unit_id).or_default().push(Competency {
            nr,
            title,
            skills: skills_of.remove(&competency_id).unwrap_or_default(),
            knowledge: knowledge_of.remove(&competency_id).unwrap_or_default(),
        });
    }
    Ok(Some(Framework {
        code: code.clone(),
        title,
        kind: decode_kind(&kind)?,
        level: level.and_then(|level| u8::try_from(level).ok()),
        total_lestijden: total_lestijden.and_then(|total| u32::try_from(total).ok()),
        units: units
            .into_iter()
            .map(|(unit_id, code, title, lestijden)| Unit {
                code: UnitCode::new(code),
                title,
                lestijden: lestijden.and_then(|n| u32::try_from(n).ok()),
                knowledge: unit_knowledge_of.remove(&unit_id).unwrap_or_default(),
                competencies: competencies_of.remove(&unit_id).unwrap_or_default(),
            })
            .collect(),
        profiles: decode_profiles(&profiles)?,
    }))
}

fn decode_profiles(json: &str) -> Result<Vec<Profile>, sqlx::Error> {
    serde_json::from_str(json).map_err(|error| sqlx::Error::Decode(Box::new(error)))
}

fn decode_kind(text: &str) -> Result<FrameworkKind, sqlx::Error> {
    FrameworkKind::parse(text)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown framework kind '{text}'").into()))
}
