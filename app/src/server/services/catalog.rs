//! The curriculum catalog: loading the frameworks that ship with Vaardig, importing others,
//! and reading them.

use chrono::{DateTime, Utc};
use domain::{parse_framework, Framework, FrameworkCode};
use sha2::{Digest, Sha256};
use sqlx::AnyPool;

use crate::dto::FrameworkSummary;
use crate::error::AppError;
use crate::server::storage::{self, catalog};

/// The catalog files compiled into Vaardig, loaded at every start.
pub const BUILTIN: [(&str, &str); 2] = [
    ("BO-IT-002.json", include_str!("../../../../catalog/BO-IT-002.json")),
    ("BK-0547-2.json", include_str!("../../../../catalog/BK-0547-2.json")),
];

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    Added,
    Updated,
    Unchanged,
}

/// Adds or updates a framework from the text of a catalog file, in one transaction: a file that
/// is malformed, or that claims skill ids of another framework, changes nothing.
pub async fn import(db: &AnyPool, json: &str, now: DateTime<Utc>) -> Result<(FrameworkCode, Imported), AppError> {
    let framework = parse_framework(json).map_err(|error| AppError::Invalid(error.to_string()))?;
    let hash = content_hash(&framework);
    let mut tx = db.begin().await?;
    let stored_hash = catalog::content_hash(&mut tx, &framework.code).await?;
    if stored_hash.as_deref() == Some(hash.as_str()) {
        return Ok((framework.code, Imported::Unchanged));
    }
    let taken = catalog::skill_ids_of_other_frameworks(&mut tx, &framework.code).await?;
    check_skill_ids_are_free(&framework, |id| taken.get(id).cloned())?;
    catalog::save(&mut tx, &framework, &hash, &storage::timestamp(now)).await?;
    tx.commit().await?;
    let outcome = if stored_hash.is_some() { Imported::Updated } else { Imported::Added };
    tracing::info!(framework = %framework.code, ?outcome, "catalog imported");
    Ok((framework.code, outcome))
}

/// Loads the built-in catalog files; unchanged ones cost one query each.
pub async fn load_builtin(db: &AnyPool, now: DateTime<Utc>) -> Result<Vec<(FrameworkCode, Imported)>, AppError> {
    let mut outcomes = Vec::with_capacity(BUILTIN.len());
    for (_, json) in BUILTIN {
        outcomes.push(import(db, json, now).await?);
    }
    Ok(outcomes)
}

/// The hash of what a framework says, independent of the file's layout and extra fields.
fn content_hash(framework: &Framework) -> String {
    let canonical = serde_json::to_vec(framework).expect("a framework always serialises");
    Sha256::digest(canonical).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Refuses a framework that reuses a skill id owned by another framework, naming the place.
fn check_skill_ids_are_free(
    framework: &Framework,
    owner_of: impl Fn(&str) -> Option<String>,
) -> Result<(), AppError> {
    for (u, unit) in framework.units.iter().enumerate() {
        for (c, competency) in unit.competencies.iter().enumerate() {
            for (s, skill) in competency.skills.iter().enumerate() {
                if let Some(owner) = owner_of(skill.id.as_str()) {
                    return Err(AppError::Invalid(format!(
                        "units[{u}].competencies[{c}].skills[{s}].id: skill id '{}' already belongs to framework {owner}",
                        skill.id
                    )));
                }
            }
        }
    }
    Ok(())
}

// Reading the catalog needs no role check: it is public curriculum text that every signed-in
// account may browse, and the command line is trusted.

/// Every framework with the size of its current curriculum.
pub async fn list(db: &AnyPool) -> Result<Vec<FrameworkSummary>, AppError> {
    let mut conn = db.acquire().await?;
    Ok(catalog::list(&mut conn).await?)
}

/// One framework's current curriculum.
pub async fn find(db: &AnyPool, code: &FrameworkCode) -> Result<Framework, AppError> {
    let mut conn = db.acquire().await?;
    catalog::load(&mut conn, code).await?.ok_or_else(|| AppError::NotFound(format!("Opleiding of kwalificatie '{code}'")))
}
