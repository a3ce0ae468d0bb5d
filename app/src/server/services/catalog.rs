//! The curriculum catalog: loading the frameworks that ship with Vaardig, importing others,
//! and reading them.

use domain::{
    parse_catalog_file, version_to_record, CatalogFile, CatalogSource, Framework, FrameworkCode, Timestamp,
};
use sha2::{Digest, Sha256};
use sqlx::AnyPool;
use std::sync::OnceLock;

use crate::dto::FrameworkSummary;
use crate::error::AppError;
use crate::i18n::labels::Label;
use crate::server::storage::{self, catalog};
use crate::t;

/// The catalog files compiled into Vaardig, loaded at every start. Whoever corrects one raises
/// its `version`, or running sites keep the text they have.
pub const BUILTIN: [(&str, &str); 5] = [
    ("BO-IT-002.json", include_str!("../../../../catalog/BO-IT-002.json")),
    ("BK-0547-2.json", include_str!("../../../../catalog/BK-0547-2.json")),
    ("BK-0331-4.json", include_str!("../../../../catalog/BK-0331-4.json")),
    ("BK-0385-2.json", include_str!("../../../../catalog/BK-0385-2.json")),
    ("MBO-IT-SYSTEMS-AND-DEVICES.json", include_str!("../../../../catalog/MBO-IT-SYSTEMS-AND-DEVICES.json")),
];

/// The published JSON Schema of catalog files (`catalog/catalog.schema.json`), which every file
/// meets before it is read.
pub const SCHEMA: &str = include_str!("../../../../catalog/catalog.schema.json");

/// Largest catalog or crosswalk file read: the built-in ones are under 200 KiB.
pub const MAX_FILE_BYTES: usize = 8 << 20;

/// The text of a catalog or crosswalk file from its bytes, decoded as every text file is
/// ([`domain::text::decode`]: a byte order mark, UTF-8, or else Windows-1252); a file larger
/// than [`MAX_FILE_BYTES`] or binary is refused.
pub fn file_text(bytes: &[u8]) -> Result<String, AppError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(AppError::Invalid(t!("server-file-too-large", mib = MAX_FILE_BYTES >> 20)));
    }
    let decoded = domain::text::decode(bytes).map_err(|error| AppError::Invalid(error.label()))?;
    Ok(decoded.text.into_owned())
}

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

/// Keeps the stored text of every framework whose version was stored before versions were kept
/// whole, so the cohorts that follow it keep it when a newer file arrives.
async fn keep_stored_versions(db: &AnyPool, now: Timestamp) -> Result<(), AppError> {
    let mut tx = storage::begin(db).await?;
    catalog::lock_for_writing(&mut tx).await?;
    for (framework_id, code, hash) in catalog::without_kept_version(&mut tx).await? {
        let Some(framework) = catalog::load(&mut tx, &code).await? else { continue };
        let version = catalog::version(&mut tx, &code).await?.unwrap_or_default();
        catalog::save_version(&mut tx, framework_id, &CatalogFile { version, framework }, &hash, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Adds or updates a framework from the text of a catalog file an operator imports: it always
/// applies and records a version newer than the stored one (see [`domain::version_to_record`]).
pub async fn import(db: &AnyPool, json: &str, now: Timestamp) -> Result<(FrameworkCode, Imported), AppError> {
    apply(db, json, CatalogSource::Import, now).await
}

/// Applies a catalog file in one transaction: a file that is malformed, or that claims skill ids
/// of another framework, changes nothing. The new text is a new version: cohorts keep following
/// the version they follow until a coordinator moves them (see [`super::versions`]).
async fn apply(
    db: &AnyPool,
    json: &str,
    source: CatalogSource,
    now: Timestamp,
) -> Result<(FrameworkCode, Imported), AppError> {
    check_schema(json)?;
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
    check_claims(&mut tx, &file.framework).await?;
    catalog::save(&mut tx, &CatalogFile { version, ..file }, &hash, now).await?;
    tx.commit().await?;
    let outcome = if stored.is_some() { Imported::Updated } else { Imported::Added };
    tracing::info!(framework = %code, version, ?outcome, "catalog imported");
    Ok((code, outcome))
}

/// Checks a catalog file against [`SCHEMA`]: the first place that fails, named the way
/// [`domain::CatalogFileError`] names places (`units[3].competencies[0]`). What a schema cannot
/// say (unique codes, totals, references) the catalog parser checks next.
pub(super) fn check_schema(json: &str) -> Result<(), AppError> {
    static VALIDATOR: OnceLock<jsonschema::Validator> = OnceLock::new();
    let validator = VALIDATOR.get_or_init(|| {
        let schema =
            serde_json::from_str(SCHEMA).expect("the built-in schema is JSON (a unit test reads it)");
        jsonschema::validator_for(&schema).expect("the built-in schema is valid (a unit test compiles it)")
    });
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|error| AppError::Invalid(format!("not valid JSON: {error}")))?;
    validator.validate(&value).map_err(|error| {
        let path = place(error.instance_path());
        let problem = format!("{error} (catalog.schema.json)");
        AppError::Invalid(if path.is_empty() { problem } else { format!("{path}: {problem}") })
    })
}

/// A JSON pointer as a catalog file's place: `/units/3/title` is `units[3].title`.
fn place(pointer: &jsonschema::paths::Location) -> String {
    let mut path = String::new();
    for segment in pointer.segments() {
        match segment {
            jsonschema::paths::LocationSegment::Index(index) => path.push_str(&format!("[{index}]")),
            jsonschema::paths::LocationSegment::Property(name) if path.is_empty() => path.push_str(&name),
            jsonschema::paths::LocationSegment::Property(name) => path.push_str(&format!(".{name}")),
        }
    }
    path
}

/// Loads the built-in catalog files; each applies only when its version is newer than the
/// stored one. Unchanged or older ones cost one query each.
pub async fn load_builtin(db: &AnyPool, now: Timestamp) -> Result<Vec<(FrameworkCode, Imported)>, AppError> {
    keep_stored_versions(db, now).await?;
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

/// Refuses a framework that claims a skill id stored for another framework.
pub(super) async fn check_claims(
    conn: &mut sqlx::AnyConnection,
    framework: &Framework,
) -> Result<(), AppError> {
    let taken = catalog::skill_ids_of_other_frameworks(conn, &framework.code).await?;
    check_skill_ids_are_free(framework, |id| taken.get(id).cloned())
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
        .ok_or_else(|| AppError::NotFound(t!("server-not-found-framework", code = code.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::{parse_framework, FrameworkKind};

    #[test]
    fn every_builtin_file_meets_the_published_schema() {
        for (name, json) in BUILTIN {
            check_schema(json).unwrap_or_else(|error| panic!("{name}: {error}"));
        }
    }

    /// What the schema refuses, the parser refuses too: the schema documents the real format.
    #[test]
    fn the_schema_refuses_a_broken_file_at_the_place_the_parser_names() {
        use serde_json::json;
        let valid: serde_json::Value = serde_json::from_str(BUILTIN[4].1).expect("JSON");
        type Breaking = fn(&mut serde_json::Value);
        let broken: [(&str, Breaking); 8] = [
            ("units[3].competencies[0]", |file| {
                file["units"][3]["competencies"][0].as_object_mut().unwrap().remove("title");
            }),
            ("units[0].lestijden", |file| file["units"][0]["lestijden"] = json!("zestig")),
            ("units[1].competencies[0].skills[1].text", |file| {
                file["units"][1]["competencies"][0]["skills"][1]["text"] = json!("  ")
            }),
            ("units[0].competencies[0].skills[0].id", |file| {
                file["units"][0]["competencies"][0]["skills"][0]["id"] = json!("B1 K1")
            }),
            ("code", |file| file["code"] = json!(" MBO")),
            ("kind", |file| file["kind"] = json!("diploma")),
            ("profiles[1].level", |file| file["profiles"][1]["level"] = json!(9)),
            ("units[2].knowledge[0]", |file| file["units"][2]["knowledge"][0] = json!(3)),
        ];
        for (place, breaking) in broken {
            let mut file = valid.clone();
            breaking(&mut file);
            let text = file.to_string();
            let refusal = check_schema(&text).expect_err(place).to_string();
            assert!(refusal.contains(&format!("{place}: ")), "{place}: {refusal}");
            let parsed = parse_catalog_file(&text).expect_err(place);
            assert!(parsed.path.starts_with(place), "{place}: {parsed}");
        }
    }

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

    /// Every text of a framework: titles, skills and knowledge, of units, competencies and
    /// profiles.
    fn texts(framework: &Framework) -> Vec<&String> {
        let units = framework.units.iter().flat_map(|unit| {
            std::iter::once(&unit.title).chain(&unit.knowledge).chain(unit.competencies.iter().flat_map(
                |competency| {
                    std::iter::once(&competency.title)
                        .chain(competency.skills.iter().map(|skill| &skill.text))
                        .chain(competency.knowledge.iter())
                },
            ))
        });
        let profiles = framework.profiles.iter().flat_map(|profile| {
            std::iter::once(&profile.title)
                .chain(profile.extra_knowledge.iter().flat_map(|extra| &extra.knowledge))
        });
        units.chain(profiles).collect()
    }

    /// Every text as an assessor reads it: no extraction debris left over from the PDFs.
    fn assert_clean_texts(framework: &Framework) {
        for text in texts(framework) {
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

    /// The source texts of the built-in frameworks (from `../shared/seeds`, extracted from the
    /// published PDFs), with the page furniture that may interrupt a text: headers and footers
    /// repeated on every page.
    /// Whether a line of a source is page furniture.
    type Furniture = fn(&str) -> bool;

    const SOURCES: [(&str, &str, Furniture); 5] = [
        (
            "BO-IT-002",
            include_str!(
                "../../../../catalog/sources/opleidingsprofiel-BO-IT-002-digitale-gebruikersondersteuner.txt"
            ),
            no_furniture,
        ),
        (
            "BK-0547-2",
            include_str!("../../../../catalog/sources/BK-0547-2-functioneel-digitaal-ondersteuner.txt"),
            vks_furniture,
        ),
        (
            "BK-0331-4",
            include_str!("../../../../catalog/sources/BK-0331-4-digitale-gebruikersondersteuner.txt"),
            vks_furniture,
        ),
        (
            "BK-0385-2",
            include_str!(
                "../../../../catalog/sources/BK-0385-2-technicus-digitale-systemen-en-netwerken.txt"
            ),
            vks_furniture,
        ),
        (
            "MBO-IT-SYSTEMS-AND-DEVICES",
            include_str!("../../../../catalog/sources/MBO-kwalificatiedossier-IT-systems-and-devices.txt"),
            mbo_furniture,
        ),
    ];

    fn no_furniture(_: &str) -> bool {
        false
    }

    /// A footer of the Vlaamse Kwalificatiestructuur's pages, or a page number.
    fn vks_furniture(line: &str) -> bool {
        let line = line.trim();
        line.starts_with("http://www.vlaamsekwalificatiestructuur.be")
            || line.starts_with("Raadpleeg steeds")
            || (!line.is_empty() && line.chars().all(|c| c.is_ascii_digit()))
    }

    /// The kerntaak or werkproces an MBO page repeats at its top (" B1-K1-W3: Installeert, …").
    fn mbo_furniture(line: &str) -> bool {
        line.starts_with(' ')
            && line.trim_start().split_once(": ").is_some_and(|(code, _)| {
                code.len() >= 5
                    && code.starts_with(['B', 'P'])
                    && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
    }

    /// Texts the source prints in two pieces with other cells of its table between: a title in
    /// the MBO's overview table, and a BO-IT-002 knowledge item cut by a page break.
    const SPLIT_BY_TABLE: [[&str; 2]; 2] = [
        ["Ontwikkelt digitale", "informatievoorzieningen"],
        [
            "Kennis van installatie, testing en optimalisatie in relatie tot het",
            "takenpakket en de activiteiten van een onderneming",
        ],
    ];

    fn without_whitespace(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    /// Every title, skill and knowledge text of a built-in framework is printed in its source:
    /// only whitespace differs (lines joined, words the extraction glued together split again).
    #[test]
    fn every_text_is_printed_in_the_source() {
        for (code, source, furniture) in SOURCES {
            let whole = without_whitespace(source);
            let body: String =
                source.lines().filter(|line| !furniture(line)).map(without_whitespace).collect();
            for text in texts(&builtin(code)) {
                let printed =
                    if let Some(pieces) = SPLIT_BY_TABLE.iter().find(|pieces| pieces.join(" ") == **text) {
                        pieces.iter().all(|piece| whole.contains(&without_whitespace(piece)))
                    } else {
                        let text = without_whitespace(text);
                        whole.contains(&text) || body.contains(&text)
                    };
                assert!(printed, "{code}: {text:?} is not in the source");
            }
        }
    }

    #[test]
    fn a_text_changed_by_one_character_is_not_in_the_source() {
        let (_, source, _) = SOURCES[2];
        assert!(without_whitespace(source).contains(&without_whitespace("Werkt in teamverband")));
        assert!(!without_whitespace(source).contains(&without_whitespace("Werkt in team verband.")));
        assert!(!without_whitespace(source).contains("Werktinteamverbanden"));
    }

    #[test]
    fn bk_0331_4_has_its_17_competencies_in_six_role_blocks() {
        let framework = builtin("BK-0331-4");
        assert_eq!((framework.kind, framework.level), (FrameworkKind::Beroepskwalificatie, Some(4)));
        let blocks: Vec<_> = framework
            .units
            .iter()
            .map(|unit| (unit.code.as_str(), unit.title.as_str(), unit.competencies.len()))
            .collect();
        assert_eq!(
            blocks,
            [
                ("PP", "Project en planning", 4),
                ("KB", "Klantvraag/Behoeftebepaling", 5),
                ("UI", "Uitvoering", 3),
                ("TE", "Testing", 1),
                ("DO", "Documentatie", 3),
                ("TK", "Technisch kader", 1)
            ]
        );
        assert_numbered(&framework, 17);
        assert_eq!(
            (framework.skill_count(), framework.competencies().map(|c| c.knowledge.len()).sum::<usize>()),
            (104, 76)
        );
        assert_eq!(
            framework.competencies().nth(6).map(|c| c.title.as_str()),
            Some("Biedt eerstelijnsondersteuning")
        );
        assert_clean_texts(&framework);
    }

    #[test]
    fn bk_0385_2_has_its_21_competencies() {
        let framework = builtin("BK-0385-2");
        assert_eq!((framework.kind, framework.level), (FrameworkKind::Beroepskwalificatie, Some(5)));
        assert_eq!(framework.title, "Technicus digitale systemen en netwerken");
        assert_numbered(&framework, 21);
        assert_eq!(
            (framework.skill_count(), framework.competencies().map(|c| c.knowledge.len()).sum::<usize>()),
            (116, 235)
        );
        assert_clean_texts(&framework);
    }

    /// Competencies numbered 1 to `count` in source order, each with a skill to sign off.
    fn assert_numbered(framework: &Framework, count: usize) {
        let numbers: Vec<_> = framework.competencies().map(|competency| competency.nr.clone()).collect();
        let expected: Vec<_> = (1..=count).map(|n| n.to_string()).collect();
        assert_eq!(numbers, expected);
        assert!(framework.competencies().all(|competency| !competency.skills.is_empty()));
    }

    #[test]
    fn the_mbo_dossier_has_five_kerntaken_with_twelve_werkprocessen_and_two_profiles() {
        let framework = builtin("MBO-IT-SYSTEMS-AND-DEVICES");
        assert_eq!(framework.kind, FrameworkKind::Kwalificatiedossier);
        let kerntaken: Vec<_> = framework.units.iter().map(|unit| unit.code.as_str()).collect();
        assert_eq!(kerntaken, ["B1-K1", "B1-K2", "B1-K3", "P2-K1", "P2-K2"]);
        assert_eq!(framework.competency_count(), 12);
        for unit in &framework.units {
            assert!(!unit.knowledge.is_empty(), "{}: its vakkennis", unit.code);
            for (index, werkproces) in unit.competencies.iter().enumerate() {
                assert_eq!(werkproces.nr, format!("{}-W{}", unit.code, index + 1));
                assert!(
                    !werkproces.skills.is_empty() && werkproces.knowledge.is_empty(),
                    "{}",
                    werkproces.nr
                );
            }
        }
        let profiles: Vec<_> = framework
            .profiles
            .iter()
            .map(|profile| {
                (profile.code.as_str(), profile.title.as_str(), profile.level, profile.units.len())
            })
            .collect();
        assert_eq!(
            profiles,
            [
                ("P1", "Allround medewerker IT systems and devices", Some(3), 3),
                ("P2", "Expert IT systems and devices", Some(4), 5)
            ]
        );
        let expert = framework.as_followed(Some(&domain::ProfileCode::new("P2")));
        let allround = framework.as_followed(Some(&domain::ProfileCode::new("P1")));
        assert_eq!((allround.skill_count(), expert.skill_count()), (29, 46));
        let b1_k1 = |followed: &Framework| followed.units[0].knowledge.len();
        assert_eq!((b1_k1(&allround), b1_k1(&expert)), (15, 19));
        assert_clean_texts(&framework);
    }

    #[test]
    fn skill_ids_name_framework_unit_competency_and_position() {
        for (_, json) in BUILTIN {
            let framework = parse_framework(json).expect("parses");
            let code = framework.code.as_str();
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
        assert_eq!(outcomes.len(), BUILTIN.len());
        for (code, _) in outcomes {
            let stored = find(&db, &code).await.expect("stored");
            assert_eq!(stored, builtin(code.as_str()));
        }
        let again = load_builtin(&db, now).await.expect("loads again");
        assert!(again.iter().all(|(_, outcome)| *outcome == Imported::Unchanged));
    }
}
