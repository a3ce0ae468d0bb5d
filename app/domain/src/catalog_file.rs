//! Reading a framework from a catalog file (JSON), with every rule a file must meet.
//!
//! A bad file is refused whole, with the place of the first problem named as a path such as
//! `units[3].competencies[0].title`, so whoever maintains the file can find it.

use crate::curriculum::{
    Competency, Framework, FrameworkCode, FrameworkKind, Profile, ProfileCode, Skill, SkillId, Unit,
    UnitCode, UnitKnowledge,
};
use crate::text::is_direction_override;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;

/// Longest accepted code or id: generous for real codes, short enough to show in a table cell.
const MAX_IDENTIFIER_CHARS: usize = 80;

/// Highest version a file may state: far above any real number of corrections, and far enough
/// below `u32::MAX` that every import can still record a newer one.
pub const MAX_VERSION: u32 = 1_000_000;

/// Why a catalog file was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogFileError {
    /// Where the problem is, e.g. `units[3].competencies[0].title`; empty for the whole file.
    pub path: String,
    /// What is wrong there.
    pub problem: String,
}

impl fmt::Display for CatalogFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.problem)
        } else {
            write!(f, "{}: {}", self.path, self.problem)
        }
    }
}

impl std::error::Error for CatalogFileError {}

type Parsed<T> = Result<T, CatalogFileError>;

/// A catalog file: a framework and the version of its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogFile {
    /// Raised with every correction of the text; 0 when the file states none.
    pub version: u32,
    #[serde(flatten)]
    pub framework: Framework,
}

/// Where a catalog file comes from: that decides whether it may replace what is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CatalogSource {
    /// A file shipped with Vaardig, applied at every start.
    Builtin,
    /// A file an operator imports (`vaardig catalog import`).
    Import,
}

/// The version to store when a file of `file_version` from `source` replaces a framework stored
/// at `stored` (`None`: not stored yet), or `None` when the file must not be applied.
///
/// The rule: a built-in file is applied only when its own version is newer than the stored one,
/// so a correction imported by hand is never put back by the next start; an import is the
/// operator's explicit choice and always applies, recording a version newer than the stored one
/// (the file's own when that is higher), so the same built-in file does not override it.
pub fn version_to_record(source: CatalogSource, file_version: u32, stored: Option<u32>) -> Option<u32> {
    match (source, stored) {
        (_, None) => Some(file_version),
        (CatalogSource::Builtin, Some(stored)) => (file_version > stored).then_some(file_version),
        (CatalogSource::Import, Some(stored)) => Some(file_version.max(stored.saturating_add(1))),
    }
}

/// Parses and validates a catalog file, keeping only the framework.
pub fn parse_framework(json: &str) -> Parsed<Framework> {
    parse_catalog_file(json).map(|file| file.framework)
}

/// Parses and validates a catalog file.
///
/// Rules: codes and ids are present, trimmed and at most 80 characters (skill ids without any
/// whitespace); titles and texts are not blank; unit codes are unique in the framework,
/// competency numbers in their unit, skill ids in the framework; a framework has at least one
/// unit; `total_lestijden`, when given with every unit's lestijden, equals their sum; `version`,
/// when given, is a whole number (0 when absent); profile codes are unique, and a profile lists
/// units of the framework, each once, and adds knowledge only to its own units.
/// Fields this format does not know are ignored, so files may carry more.
pub fn parse_catalog_file(json: &str) -> Parsed<CatalogFile> {
    let value: Value = serde_json::from_str(json).map_err(|error| CatalogFileError {
        path: String::new(),
        problem: format!("not valid JSON: {error}"),
    })?;
    let root = Node { value: &value, path: String::new() };
    root.expect_object()?;
    let version = root.optional_field("version").map(|node| node.version()).transpose()?.unwrap_or(0);
    let code = FrameworkCode::new(root.field("code")?.identifier()?);
    let title = root.field("title")?.text()?;
    let kind = parse_kind(&root.field("kind")?)?;
    let level = root.optional_field("level").map(|node| node.level()).transpose()?;
    let total_lestijden = root.optional_field("total_lestijden").map(|node| node.count()).transpose()?;
    let units_node = root.field("units")?;
    let units = units_node.array()?.iter().map(parse_unit).collect::<Parsed<Vec<_>>>()?;
    if units.is_empty() {
        return Err(units_node.error("must list at least one unit"));
    }
    check_unique_unit_codes(&units)?;
    let profiles = match root.optional_field("profiles") {
        Some(list) => list.array()?.iter().map(|node| parse_profile(node, &units)).collect::<Parsed<_>>()?,
        None => Vec::new(),
    };
    let framework = Framework { code, title, kind, level, total_lestijden, units, profiles };
    check_unique_profile_codes(&framework)?;
    check_unique_skill_ids(&framework)?;
    check_lestijden_total(&framework)?;
    Ok(CatalogFile { version, framework })
}

fn parse_kind(node: &Node) -> Parsed<FrameworkKind> {
    let text = node.text()?;
    FrameworkKind::parse(&text).ok_or_else(|| {
        let known: Vec<_> = FrameworkKind::ALL.iter().map(|kind| kind.as_str()).collect();
        node.error(format!("unknown kind '{text}' (expected one of: {})", known.join(", ")))
    })
}

fn parse_unit(node: &Node) -> Parsed<Unit> {
    node.expect_object()?;
    let code = UnitCode::new(node.field("code")?.code(true)?);
    let title = node.field("title")?.text()?;
    let lestijden = node.optional_field("lestijden").map(|n| n.count()).transpose()?;
    let knowledge = optional_texts(node, "knowledge")?;
    let competencies =
        node.field("competencies")?.array()?.iter().map(parse_competency).collect::<Parsed<Vec<_>>>()?;
    let unit = Unit { code, title, lestijden, knowledge, competencies };
    check_unique_competency_numbers(node, &unit)?;
    Ok(unit)
}

fn parse_competency(node: &Node) -> Parsed<Competency> {
    node.expect_object()?;
    Ok(Competency {
        nr: node.field("nr")?.identifier()?,
        title: node.field("title")?.text()?,
        skills: node.field("skills")?.array()?.iter().map(parse_skill).collect::<Parsed<_>>()?,
        knowledge: optional_texts(node, "knowledge")?,
    })
}

/// A list of texts that may be left out.
fn optional_texts(node: &Node, name: &str) -> Parsed<Vec<String>> {
    match node.optional_field(name) {
        Some(list) => list.array()?.iter().map(Node::text).collect(),
        None => Ok(Vec::new()),
    }
}

fn parse_profile(node: &Node, units: &[Unit]) -> Parsed<Profile> {
    node.expect_object()?;
    let code = ProfileCode::new(node.field("code")?.identifier()?);
    let title = node.field("title")?.text()?;
    let level = node.optional_field("level").map(|node| node.level()).transpose()?;
    let units_node = node.field("units")?;
    let mut codes: Vec<UnitCode> = Vec::new();
    for unit_node in units_node.array()? {
        let unit = unit_code_of(&unit_node, units)?;
        if codes.contains(&unit) {
            return Err(unit_node.error(format!("unit '{unit}' is listed twice")));
        }
        codes.push(unit);
    }
    if codes.is_empty() {
        return Err(units_node.error("must list at least one unit"));
    }
    let extra_knowledge = match node.optional_field("extra_knowledge") {
        Some(list) => {
            list.array()?.iter().map(|extra| parse_unit_knowledge(extra, &codes)).collect::<Parsed<_>>()?
        }
        None => Vec::new(),
    };
    Ok(Profile { code, title, level, units: codes, extra_knowledge })
}

fn parse_unit_knowledge(node: &Node, profile_units: &[UnitCode]) -> Parsed<UnitKnowledge> {
    node.expect_object()?;
    let unit_node = node.field("unit")?;
    let unit = UnitCode::new(unit_node.code(true)?);
    if !profile_units.contains(&unit) {
        return Err(unit_node.error(format!("unit '{unit}' is not one of the profile's units")));
    }
    let knowledge = node.field("knowledge")?.array()?.iter().map(Node::text).collect::<Parsed<_>>()?;
    Ok(UnitKnowledge { unit, knowledge })
}

/// A unit code that names one of `units`.
fn unit_code_of(node: &Node, units: &[Unit]) -> Parsed<UnitCode> {
    let code = UnitCode::new(node.code(true)?);
    if units.iter().all(|unit| unit.code != code) {
        return Err(node.error(format!("no unit has the code '{code}'")));
    }
    Ok(code)
}

fn check_unique_profile_codes(framework: &Framework) -> Parsed<()> {
    let mut seen = HashMap::new();
    for (index, profile) in framework.profiles.iter().enumerate() {
        if let Some(first) = seen.insert(profile.code.as_str(), index) {
            return Err(CatalogFileError {
                path: format!("profiles[{index}].code"),
                problem: format!("duplicate profile code '{}' (also profiles[{first}])", profile.code),
            });
        }
    }
    Ok(())
}

fn parse_skill(node: &Node) -> Parsed<Skill> {
    node.expect_object()?;
    let id_node = node.field("id")?;
    let id = id_node.identifier()?;
    Ok(Skill { id: SkillId::new(id), text: node.field("text")?.text()? })
}

fn check_unique_unit_codes(units: &[Unit]) -> Parsed<()> {
    let mut seen = HashMap::new();
    for (index, unit) in units.iter().enumerate() {
        if let Some(first) = seen.insert(unit.code.as_str(), index) {
            return Err(CatalogFileError {
                path: format!("units[{index}].code"),
                problem: format!("duplicate unit code '{}' (also units[{first}])", unit.code),
            });
        }
    }
    Ok(())
}

fn check_unique_competency_numbers(node: &Node, unit: &Unit) -> Parsed<()> {
    let mut seen = HashMap::new();
    for (index, competency) in unit.competencies.iter().enumerate() {
        if let Some(first) = seen.insert(competency.nr.as_str(), index) {
            return Err(CatalogFileError {
                path: format!("{}.competencies[{index}].nr", node.path),
                problem: format!("duplicate nr '{}' (also competencies[{first}])", competency.nr),
            });
        }
    }
    Ok(())
}

/// Skill ids are unique and start with the framework's code, so no file claims another's skills.
fn check_unique_skill_ids(framework: &Framework) -> Parsed<()> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for (u, unit) in framework.units.iter().enumerate() {
        for (c, competency) in unit.competencies.iter().enumerate() {
            for (s, skill) in competency.skills.iter().enumerate() {
                let path = format!("units[{u}].competencies[{c}].skills[{s}].id");
                if !skill.id.as_str().starts_with(&format!("{}.", framework.code)) {
                    return Err(CatalogFileError {
                        problem: format!(
                            "skill id '{}' must start with the framework's code '{}.'",
                            skill.id, framework.code
                        ),
                        path,
                    });
                }
                if let Some(first) = seen.get(skill.id.as_str()) {
                    return Err(CatalogFileError {
                        problem: format!("duplicate skill id '{}' (also {first})", skill.id),
                        path,
                    });
                }
                seen.insert(skill.id.as_str(), path);
            }
        }
    }
    Ok(())
}

fn check_lestijden_total(framework: &Framework) -> Parsed<()> {
    let Some(total) = framework.total_lestijden else { return Ok(()) };
    let unit_lestijden: Option<Vec<u32>> = framework.units.iter().map(|unit| unit.lestijden).collect();
    match unit_lestijden {
        Some(each) if each.iter().sum::<u32>() != total => Err(CatalogFileError {
            path: "total_lestijden".into(),
            problem: format!(
                "{total} differs from the sum of the units' lestijden ({})",
                each.iter().sum::<u32>()
            ),
        }),
        _ => Ok(()),
    }
}

/// A value in the file together with the path that leads to it.
struct Node<'a> {
    value: &'a Value,
    path: String,
}

impl<'a> Node<'a> {
    fn error(&self, problem: impl Into<String>) -> CatalogFileError {
        CatalogFileError { path: self.path.clone(), problem: problem.into() }
    }

    fn child_path(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    fn expect_object(&self) -> Parsed<()> {
        match self.value {
            Value::Object(_) => Ok(()),
            _ => Err(self.error("expected an object")),
        }
    }

    /// A field that must be present and not null.
    fn field(&self, name: &str) -> Parsed<Node<'a>> {
        self.optional_field(name)
            .ok_or_else(|| CatalogFileError { path: self.child_path(name), problem: "missing".into() })
    }

    /// A field that may be absent; `null` counts as absent.
    fn optional_field(&self, name: &str) -> Option<Node<'a>> {
        match self.value.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => Some(Node { value, path: self.child_path(name) }),
        }
    }

    fn array(&self) -> Parsed<Vec<Node<'a>>> {
        let Value::Array(items) = self.value else { return Err(self.error("expected a list")) };
        Ok(items
            .iter()
            .enumerate()
            .map(|(index, value)| Node { value, path: format!("{}[{index}]", self.path) })
            .collect())
    }

    /// Human-readable text: a string that is not blank, without control characters or the
    /// characters that turn the direction of text around (they would garble every page).
    fn text(&self) -> Parsed<String> {
        let Value::String(text) = self.value else { return Err(self.error("expected text")) };
        if text.trim().is_empty() {
            return Err(self.error("must not be empty"));
        }
        if text.chars().any(|c| c.is_control() || is_direction_override(c)) {
            return Err(self.error("must not contain control or text-direction characters"));
        }
        Ok(text.clone())
    }

    /// A code or id: letters, digits, `.`, `-` and `_` (and with `spaces`, single spaces
    /// inside), as they stand in URLs and file names; at most 80 characters.
    fn identifier(&self) -> Parsed<String> {
        self.code(false)
    }

    fn code(&self, spaces: bool) -> Parsed<String> {
        let text = self.text()?;
        if text.trim() != text {
            return Err(self.error("must not start or end with spaces"));
        }
        if !spaces && text.contains(' ') {
            return Err(self.error("must not contain spaces"));
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ');
        if let Some(wrong) = text.chars().find(|c| !allowed(*c)) {
            return Err(self.error(format!(
                "must not contain '{}' (letters, digits, . - _ only)",
                wrong.escape_default()
            )));
        }
        if text.chars().count() > MAX_IDENTIFIER_CHARS {
            return Err(self.error(format!("longer than {MAX_IDENTIFIER_CHARS} characters")));
        }
        Ok(text)
    }

    /// A version number, 0 to [`MAX_VERSION`].
    fn version(&self) -> Parsed<u32> {
        let version = self.count()?;
        if version > MAX_VERSION {
            return Err(self.error(format!("greater than {MAX_VERSION}")));
        }
        Ok(version)
    }

    /// A non-negative whole number that fits lestijden.
    fn count(&self) -> Parsed<u32> {
        self.value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| self.error("expected a whole number, 0 or more"))
    }

    /// A qualification level, 1 to 8 as in the VKS and the EQF.
    fn level(&self) -> Parsed<u8> {
        match self.value.as_u64() {
            Some(n @ 1..=8) => Ok(n as u8),
            _ => Err(self.error("expected a level from 1 to 8")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::tests::sample_framework;
    use serde_json::json;

    fn valid_file() -> Value {
        serde_json::to_value(sample_framework()).expect("the sample serialises")
    }

    fn refusal(file: Value) -> String {
        parse_framework(&file.to_string()).expect_err("the file must be refused").to_string()
    }

    #[test]
    fn an_exported_framework_parses_back_to_itself() {
        let framework = sample_framework();
        let text = serde_json::to_string_pretty(&framework).expect("serialises");
        assert_eq!(parse_framework(&text), Ok(framework));
    }

    #[test]
    fn broken_json_is_refused_with_its_position() {
        let error = parse_framework("{\"code\": ").expect_err("refused");
        assert_eq!(error.path, "");
        assert!(error.problem.starts_with("not valid JSON"), "{}", error.problem);
        assert!(error.problem.contains("line 1"), "{}", error.problem);
    }

    #[test]
    fn a_missing_title_names_its_place() {
        let mut file = valid_file();
        file["units"][1]["competencies"][0].as_object_mut().unwrap().remove("title");
        assert_eq!(refusal(file), "units[1].competencies[0].title: missing");
    }

    #[test]
    fn a_null_field_counts_as_missing() {
        let mut file = valid_file();
        file["code"] = Value::Null;
        assert_eq!(refusal(file), "code: missing");
    }

    #[test]
    fn wrong_types_are_named() {
        let mut file = valid_file();
        file["units"][0]["lestijden"] = json!("zestig");
        assert_eq!(refusal(file), "units[0].lestijden: expected a whole number, 0 or more");

        let mut file = valid_file();
        file["units"] = json!({});
        assert_eq!(refusal(file), "units: expected a list");

        let mut file = valid_file();
        file["units"][0]["competencies"][0]["skills"][1] = json!("tekst");
        assert_eq!(refusal(file), "units[0].competencies[0].skills[1]: expected an object");

        assert_eq!(refusal(json!([1, 2])), "expected an object");
    }

    #[test]
    fn blank_texts_are_refused() {
        let mut file = valid_file();
        file["units"][0]["competencies"][1]["skills"][0]["text"] = json!("   ");
        assert_eq!(refusal(file), "units[0].competencies[1].skills[0].text: must not be empty");

        let mut file = valid_file();
        file["units"][0]["competencies"][0]["knowledge"][0] = json!("");
        assert_eq!(refusal(file), "units[0].competencies[0].knowledge[0]: must not be empty");
    }

    #[test]
    fn identifiers_must_be_clean() {
        let mut file = valid_file();
        file["units"][0]["code"] = json!(" M 1");
        assert_eq!(refusal(file), "units[0].code: must not start or end with spaces");

        let mut file = valid_file();
        file["units"][0]["competencies"][0]["skills"][0]["id"] = json!("T M 1");
        assert_eq!(refusal(file), "units[0].competencies[0].skills[0].id: must not contain spaces");

        let mut file = valid_file();
        file["code"] = json!("X".repeat(81));
        assert_eq!(refusal(file), "code: longer than 80 characters");

        for (code, wrong) in [("../../etc", "/"), ("<script>", "<"), ("A?d=1", "?")] {
            let mut file = valid_file();
            file["code"] = json!(code);
            assert_eq!(
                refusal(file),
                format!("code: must not contain '{wrong}' (letters, digits, . - _ only)")
            );
        }
        let mut file = valid_file();
        file["code"] = json!("BO TEST");
        assert_eq!(refusal(file), "code: must not contain spaces");
    }

    #[test]
    fn a_skill_id_starts_with_its_frameworks_code() {
        let mut file = valid_file();
        file["units"][1]["competencies"][0]["skills"][0]["id"] = json!("BK-0331-4.UI.11.3");
        assert_eq!(
            refusal(file),
            "units[1].competencies[0].skills[0].id: skill id 'BK-0331-4.UI.11.3' must start with the framework's code 'T.'"
        );
    }

    #[test]
    fn texts_refuse_control_and_direction_characters() {
        for text in ["Installeert\u{1b}[31m", "Installeert \u{202E}sreeteleb", "Nul\u{0}"] {
            let mut file = valid_file();
            file["units"][0]["title"] = json!(text);
            assert_eq!(
                refusal(file),
                "units[0].title: must not contain control or text-direction characters"
            );
        }
    }

    #[test]
    fn a_version_stays_far_below_the_largest_number() {
        let mut file = valid_file();
        file["version"] = json!(u32::MAX);
        assert_eq!(refusal(file), "version: greater than 1000000");
    }

    #[test]
    fn an_unknown_kind_lists_the_known_ones() {
        let mut file = valid_file();
        file["kind"] = json!("diploma");
        assert_eq!(
            refusal(file),
            "kind: unknown kind 'diploma' (expected one of: opleidingsprofiel, beroepskwalificatie, kwalificatiedossier)"
        );
    }

    #[test]
    fn a_level_outside_one_to_eight_is_refused() {
        let mut file = valid_file();
        file["level"] = json!(9);
        assert_eq!(refusal(file), "level: expected a level from 1 to 8");
    }

    #[test]
    fn duplicates_are_refused_with_both_places() {
        let mut file = valid_file();
        file["units"][1]["code"] = json!("M 1");
        assert_eq!(refusal(file), "units[1].code: duplicate unit code 'M 1' (also units[0])");

        let mut file = valid_file();
        file["units"][0]["competencies"][1]["nr"] = json!("1");
        assert_eq!(refusal(file), "units[0].competencies[1].nr: duplicate nr '1' (also competencies[0])");

        let mut file = valid_file();
        file["units"][1]["competencies"][0]["skills"][0]["id"] = json!("T.M-1.1.2");
        assert_eq!(
            refusal(file),
            "units[1].competencies[0].skills[0].id: duplicate skill id 'T.M-1.1.2' (also units[0].competencies[0].skills[1].id)"
        );
    }

    #[test]
    fn the_total_must_match_the_units() {
        let mut file = valid_file();
        file["total_lestijden"] = json!(640);
        assert_eq!(refusal(file), "total_lestijden: 640 differs from the sum of the units' lestijden (100)");
    }

    #[test]
    fn a_total_is_not_checked_when_a_unit_has_no_lestijden() {
        let mut file = valid_file();
        file["units"][1]["lestijden"] = Value::Null;
        assert!(parse_framework(&file.to_string()).is_ok());
    }

    #[test]
    fn a_framework_needs_a_unit_but_a_unit_may_be_empty() {
        let mut file = valid_file();
        file["units"] = json!([]);
        assert_eq!(refusal(file), "units: must list at least one unit");

        let mut file = valid_file();
        file["units"][1]["competencies"] = json!([]);
        file["total_lestijden"] = Value::Null;
        assert!(parse_framework(&file.to_string()).is_ok());
    }

    #[test]
    fn knowledge_may_be_left_out_and_unknown_fields_are_ignored() {
        let mut file = valid_file();
        file["units"][0]["competencies"][0].as_object_mut().unwrap().remove("knowledge");
        file["source"] = json!("Vlaamse Kwalificatiestructuur");
        let framework = parse_framework(&file.to_string()).expect("accepted");
        assert!(framework.units[0].competencies[0].knowledge.is_empty());
    }

    #[test]
    fn the_first_problem_in_document_order_is_reported() {
        let mut file = valid_file();
        file["units"][0]["title"] = json!(3);
        file["units"][1]["title"] = json!(4);
        assert_eq!(refusal(file), "units[0].title: expected text");
    }

    fn with_profiles() -> Value {
        serde_json::to_value(crate::curriculum::tests::sample_with_profiles()).expect("serialises")
    }

    #[test]
    fn profiles_and_knowledge_on_a_unit_read_back() {
        let framework = crate::curriculum::tests::sample_with_profiles();
        assert_eq!(parse_framework(&with_profiles().to_string()), Ok(framework));
    }

    #[test]
    fn a_file_without_profiles_or_unit_knowledge_writes_as_before() {
        let file = valid_file();
        assert!(file.get("profiles").is_none() && file["units"][0].get("knowledge").is_none(), "{file}");
    }

    #[test]
    fn a_profile_must_name_units_of_the_framework_each_once() {
        let mut file = with_profiles();
        file["profiles"][1]["units"][1] = json!("M 9");
        assert_eq!(refusal(file), "profiles[1].units[1]: no unit has the code 'M 9'");

        let mut file = with_profiles();
        file["profiles"][1]["units"][1] = json!("M 2");
        assert_eq!(refusal(file), "profiles[1].units[1]: unit 'M 2' is listed twice");

        let mut file = with_profiles();
        file["profiles"][0]["units"] = json!([]);
        assert_eq!(refusal(file), "profiles[0].units: must list at least one unit");

        let mut file = with_profiles();
        file["profiles"][0]["extra_knowledge"] = json!([{ "unit": "M 2", "knowledge": ["Kennis"] }]);
        assert_eq!(
            refusal(file),
            "profiles[0].extra_knowledge[0].unit: unit 'M 2' is not one of the profile's units"
        );

        let mut file = with_profiles();
        file["profiles"][1]["code"] = json!("P1");
        assert_eq!(refusal(file), "profiles[1].code: duplicate profile code 'P1' (also profiles[0])");

        let mut file = with_profiles();
        file["units"][0]["knowledge"][0] = json!(" ");
        assert_eq!(refusal(file), "units[0].knowledge[0]: must not be empty");
    }

    #[test]
    fn a_file_states_its_version_or_counts_as_version_0() {
        let mut file = valid_file();
        assert_eq!(parse_catalog_file(&file.to_string()).expect("accepted").version, 0);
        file["version"] = json!(3);
        let parsed = parse_catalog_file(&file.to_string()).expect("accepted");
        assert_eq!((parsed.version, parsed.framework), (3, sample_framework()));
        file["version"] = json!("drie");
        assert_eq!(refusal(file), "version: expected a whole number, 0 or more");
    }

    #[test]
    fn a_catalog_file_writes_back_with_its_version_first() {
        let file = CatalogFile { version: 2, framework: sample_framework() };
        let text = serde_json::to_string(&file).expect("serialises");
        assert!(text.starts_with("{\"version\":2,\"code\":"), "{text}");
        assert_eq!(parse_catalog_file(&text), Ok(file));
    }

    #[test]
    fn a_builtin_file_applies_only_when_newer_than_the_stored_version() {
        assert_eq!(version_to_record(CatalogSource::Builtin, 1, None), Some(1));
        assert_eq!(version_to_record(CatalogSource::Builtin, 1, Some(0)), Some(1));
        assert_eq!(version_to_record(CatalogSource::Builtin, 1, Some(1)), None);
        assert_eq!(version_to_record(CatalogSource::Builtin, 1, Some(2)), None);
        assert_eq!(version_to_record(CatalogSource::Builtin, 3, Some(2)), Some(3));
    }

    #[test]
    fn an_import_always_applies_and_records_a_newer_version() {
        assert_eq!(version_to_record(CatalogSource::Import, 0, None), Some(0));
        assert_eq!(version_to_record(CatalogSource::Import, 1, Some(1)), Some(2));
        assert_eq!(version_to_record(CatalogSource::Import, 0, Some(4)), Some(5));
        assert_eq!(version_to_record(CatalogSource::Import, 7, Some(4)), Some(7));
        assert_eq!(version_to_record(CatalogSource::Import, 0, Some(u32::MAX)), Some(u32::MAX));
    }
}
