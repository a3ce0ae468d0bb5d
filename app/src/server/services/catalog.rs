//! The curriculum catalog: loading the frameworks that ship with Vaardig, importing others,
//! and reading them.

use domain::{
    parse_catalog_file, version_to_record, CatalogFile, CatalogSource, Framework, FrameworkCode, Timestamp,
};
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, AnyPool};

use crate::dto::FrameworkSummary;
use crate::error::AppError;
use crate::server::storage::{self, catalog, submissions};

/// The catalog files compiled into Vaardig, loaded at every start. Whoever corrects one raises
/// its `version`, or running sites keep the text they have.
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
    /// A built-in file not applied: the database holds a version as new or newer (a correction
    /// imported by hand, which must stick).
    Kept,
}

/// Adds or updates a framework from the text of a catalog file an operator imports: it always
/// applies and records a version newer than the stored one (see [`domain::version_to_record`]).
pub async fn import(db: &AnyPool, json: &str, now: Timestamp) -> Result<(FrameworkCode, Imported), AppError> {
    apply(db, json, CatalogSource::Import, now).await
}

/// Applies a catalog file in one transaction: a file that is malformed, or that claims skill ids
/// of another framework, changes nothing. Open submissions of skills the new text retires are
/// closed with a note in the same transaction, so no assessor is offered what cannot be decided.
async fn apply(
    db: &AnyPool,
    json: &str,
    source: CatalogSource,
    now: Timestamp,
) -> Result<(FrameworkCode, Imported), AppError> {
    let file = parse_catalog_file(json).map_err(|error| AppError::Invalid(error.to_string()))?;
    let code = file.framework.code.clone();
    let hash = content_hash(&file.framework);
    let mut tx = storage::begin(db).await?;
    catalog::lock_for_writing(&mut tx).await?;
    let stored = catalog::stored_text(&mut tx, &code).await?;
    if stored.as_ref().is_some_and(|(stored_hash, _)| *stored_hash == hash) {
        return Ok((code, Imported::Unchanged));
    }
    let Some(version) = version_to_record(source, file.version, stored.as_ref().map(|(_, v)| *v)) else {
        return Ok((code, Imported::Kept));
    };
    let taken = catalog::skill_ids_of_other_frameworks(&mut tx, &code).await?;
    check_skill_ids_are_free(&file.framework, |id| taken.get(id).cloned())?;
    catalog::save(&mut tx, &CatalogFile { version, ..file }, &hash, now).await?;
    close_submissions_of_retired_skills(&mut tx, now).await?;
    tx.commit().await?;
    let outcome = if stored.is_some() { Imported::Updated } else { Imported::Added };
    tracing::info!(framework = %code, version, ?outcome, "catalog imported");
    Ok((code, outcome))
}

/// Closes every open submission of a retired skill, with a note that tells the student why.
async fn close_submissions_of_retired_skills(
    conn: &mut AnyConnection,
    at: Timestamp,
) -> Result<(), AppError> {
    for open in submissions::open_on_retired_skills(conn).await? {
        let note = format!(
            "Vaardigheid '{}' is geschrapt uit {} ({}). Je indiening is afgesloten zonder beoordeling; je bewijsstukken blijven bewaard.",
            open.skill_text, open.framework_code, open.framework_title
        );
        submissions::close_with_note(conn, open.submission_id, &note, at).await?;
    }
    Ok(())
}

/// Loads the built-in catalog files; each applies only when its version is newer than the
/// stored one. Unchanged or older ones cost one query each.
pub async fn load_builtin(db: &AnyPool, now: Timestamp) -> Result<Vec<(FrameworkCode, Imported)>, AppError> {
    let mut outcomes = Vec::with_capacity(BUILTIN.len());
    for (_, json) in BUILTIN {
        outcomes.push(apply(db, json, CatalogSource::Builtin, now).await?);
    }
    Ok(outcomes)
}

/// One framework as a catalog file, with the version of its stored text.
pub async fn export(db: &AnyPool, code: &FrameworkCode) -> Result<CatalogFile, AppError> {
    let framework = find(db, code).await?;
    let mut conn = db.acquire().await?;
    let version = catalog::version(&mut conn, code).await?.unwrap_or_default();
    Ok(CatalogFile { version, framework })
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
    catalog::load(&mut conn, code)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("Opleiding of kwalificatie '{code}'")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::{parse_framework, FrameworkKind};

    #[test]
    fn every_builtin_file_states_a_version() {
        for (name, json) in BUILTIN {
            let file = parse_catalog_file(json).unwrap_or_else(|error| panic!("{name}: {error}"));
            assert!(file.version >= 1, "{name} has no version");
        }
    }

    fn builtin(code: &str) -> Framework {
        let (_, json) = BUILTIN.iter().find(|(name, _)| name.starts_with(code)).expect("built-in file");
        parse_framework(json).unwrap_or_else(|error| panic!("{code}: {error}"))
    }

    /// Every text as an assessor reads it: no extraction debris left over from the PDFs.
    fn assert_clean_texts(framework: &Framework) {
        let texts = framework.units.iter().flat_map(|unit| {
            std::iter::once(&unit.title).chain(unit.competencies.iter().flat_map(|competency| {
                std::iter::once(&competency.title)
                    .chain(competency.skills.iter().map(|skill| &skill.text))
                    .chain(competency.knowledge.iter())
            }))
        });
        for text in texts {
            assert_eq!(text.trim(), text, "{text:?} has surrounding spaces");
            assert!(!text.contains("  "), "{text:?} has a double space");
            assert!(!text.contains('<') && !text.contains('\u{f0fc}'), "{text:?} has markup or a glyph");
            assert!(!text.starts_with(['–', '-', '•']), "{text:?} still has its bullet");
        }
    }

    #[test]
    fn bo_it_002_has_the_eleven_modules_of_the_profile() {
        let framework = builtin("BO-IT-002");
        assert_eq!(framework.kind, FrameworkKind::Opleidingsprofiel);
        let codes: Vec<_> = framework.units.iter().map(|unit| unit.code.to_string()).collect();
        let expected: Vec<_> = (20..=30).map(|n| format!("M IT 0{n}")).collect();
        assert_eq!(codes, expected);
        let lestijden: u32 = framework.units.iter().filter_map(|unit| unit.lestijden).sum();
        assert_eq!(lestijden, 640);
        assert_eq!(framework.total_lestijden, Some(640));
        for unit in &framework.units {
            assert!(!unit.competencies.is_empty(), "{} has no competency", unit.code);
            for competency in &unit.competencies {
                assert!(!competency.skills.is_empty(), "{} {} has no skill", unit.code, competency.nr);
                assert!(!competency.knowledge.is_empty(), "{} {} has no knowledge", unit.code, competency.nr);
            }
        }
        assert_clean_texts(&framework);
    }

    #[test]
    fn bo_it_002_modules_keep_the_profiles_titles_and_hours() {
        let framework = builtin("BO-IT-002");
        let unit = |code: &str| framework.unit(&domain::UnitCode::new(code)).expect("unit");
        assert_eq!(unit("M IT 020").title, "Ondersteuning besturingssystemen");
        assert_eq!(unit("M IT 021").lestijden, Some(80));
        assert_eq!(unit("M IT 024").title, "IT-security");
        assert_eq!(unit("M IT 025").lestijden, Some(80));
        assert_eq!(unit("M IT 030").title, "Update IT-competenties");
        let first = &unit("M IT 020").competencies[0];
        assert_eq!(first.nr, "7");
        assert_eq!(
            first.title,
            "Biedt eerstelijnsondersteuning en voert routinetesten uit m.b.t. besturingssystemen"
        );
    }

    #[test]
    fn bk_0547_2_has_its_22_activities_in_seven_blocks() {
        let framework = builtin("BK-0547-2");
        assert_eq!(framework.kind, FrameworkKind::Beroepskwalificatie);
        let blocks: Vec<_> = framework.units.iter().map(|unit| unit.title.as_str()).collect();
        assert_eq!(
            blocks,
            [
                "Project en planning",
                "Klantvraag/Behoeftebepaling",
                "Concept",
                "Uitvoering",
                "Testing",
                "Documentatie",
                "Technisch kader"
            ]
        );
        let numbers: Vec<_> = framework.competencies().map(|competency| competency.nr.clone()).collect();
        let expected: Vec<_> = (1..=22).map(|n| n.to_string()).collect();
        assert_eq!(numbers, expected);
        for competency in framework.competencies() {
            assert!(!competency.skills.is_empty(), "activity {} has no skill", competency.nr);
            assert!(
                competency.skills.iter().all(|skill| !skill.text.starts_with("Kennis")),
                "activity {}",
                competency.nr
            );
            assert!(
                competency.knowledge.iter().all(|text| text.contains("ennis")),
                "activity {} mixes skills into its knowledge",
                competency.nr
            );
        }
        assert_clean_texts(&framework);
    }

    #[test]
    fn skill_ids_name_framework_unit_competency_and_position() {
        for code in ["BO-IT-002", "BK-0547-2"] {
            let framework = builtin(code);
            for unit in &framework.units {
                for competency in &unit.competencies {
                    for (index, skill) in competency.skills.iter().enumerate() {
                        let expected = format!(
                            "{code}.{}.{}.{}",
                            unit.code.as_str().replace(' ', "-"),
                            competency.nr,
                            index + 1
                        );
                        assert_eq!(skill.id.as_str(), expected);
                    }
                }
            }
        }
    }

    async fn fresh_database() -> (tempfile::TempDir, AnyPool) {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("catalog.db").display());
        storage::migrate(&url).await.expect("migrate");
        let pool = storage::connect(&url, Default::default()).await.expect("connect");
        (dir, pool)
    }

    #[tokio::test]
    async fn a_framework_reads_back_from_the_database_exactly_as_imported() {
        let (_dir, db) = fresh_database().await;
        let now = chrono::Utc::now().into();
        let outcomes = load_builtin(&db, now).await.expect("loads");
        assert!(outcomes.iter().all(|(_, outcome)| *outcome == Imported::Added));
        for code in ["BO-IT-002", "BK-0547-2"] {
            let stored = find(&db, &FrameworkCode::new(code)).await.expect("stored");
            assert_eq!(stored, builtin(code));
        }
        let again = load_builtin(&db, now).await.expect("loads again");
        assert!(again.iter().all(|(_, outcome)| *outcome == Imported::Unchanged));
    }
}
