//! Evidence a student collects: what a valid item looks like before it is stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::curriculum::SkillId;
use crate::progress::SkillRecord;

/// The three kinds of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EvidenceKind {
    /// An uploaded file: a document, a photo, a video.
    File,
    /// A written reflection.
    Reflection,
    /// A link to work elsewhere.
    Link,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 3] = [EvidenceKind::File, EvidenceKind::Reflection, EvidenceKind::Link];

    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::File => "file",
            EvidenceKind::Reflection => "reflection",
            EvidenceKind::Link => "link",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }
}

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_DESCRIPTION_CHARS: usize = 5_000;
pub const MAX_REFLECTION_CHARS: usize = 50_000;
pub const MAX_URL_CHARS: usize = 2_000;
pub const MAX_FILE_NAME_CHARS: usize = 150;

/// Why an evidence item was refused; the message is shown to the student as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EvidenceRuleError {
    #[error("Geef het bewijsstuk een titel (hoogstens {MAX_TITLE_CHARS} tekens).")]
    Title,
    #[error("De beschrijving is te lang (hoogstens {MAX_DESCRIPTION_CHARS} tekens).")]
    Description,
    #[error("'{0}' is geen geldige datum; gebruik JJJJ-MM-DD.")]
    Date(String),
    #[error("Een link moet met http:// of https:// beginnen en een adres bevatten (hoogstens {MAX_URL_CHARS} tekens).")]
    Url,
    #[error("Schrijf je reflectie uit (hoogstens {MAX_REFLECTION_CHARS} tekens).")]
    Reflection,
}

/// Why an item an assessor relied on cannot change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "Een beoordelaar heeft dit bewijsstuk gebruikt: de inhoud en de gekoppelde vaardigheden liggen vast. \
     Voeg een nieuwe versie toe."
)]
pub struct EvidenceLocked;

/// Once a decision cites an item it is part of the record: its details, its file and the skills
/// it is linked to stay as the assessor saw them, and it is not deleted. Only a new version can
/// be added. `locked` says whether a decision cites the item.
pub fn ensure_changeable(locked: bool) -> Result<(), EvidenceLocked> {
    if locked {
        Err(EvidenceLocked)
    } else {
        Ok(())
    }
}

/// A submission needs evidence: of a student's skill records, the skills submitted (and not
/// yet reviewed) that no current item is linked to any more. Their submissions are withdrawn,
/// so an assessor is never asked to judge a skill without evidence.
pub fn submissions_without_evidence<'a>(
    records: impl IntoIterator<Item = (&'a SkillId, &'a SkillRecord)>,
) -> Vec<SkillId> {
    let mut skills: Vec<SkillId> = records
        .into_iter()
        .filter(|(_, record)| record.submitted && record.evidence.is_empty())
        .map(|(skill_id, _)| skill_id.clone())
        .collect();
    skills.sort();
    skills
}

/// The common details of an item as the student entered them, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceDetails {
    pub title: String,
    pub description: String,
    pub date: NaiveDate,
}

impl EvidenceDetails {
    pub fn parse(title: &str, description: &str, date: &str) -> Result<Self, EvidenceRuleError> {
        let title = crate::text::typed_line(title);
        if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
            return Err(EvidenceRuleError::Title);
        }
        let description = crate::text::typed(description);
        if description.chars().count() > MAX_DESCRIPTION_CHARS {
            return Err(EvidenceRuleError::Description);
        }
        let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|_| EvidenceRuleError::Date(date.to_owned()))?;
        Ok(Self { title, description, date })
    }
}

/// Checks a link: an absolute http(s) URL with a host, no whitespace.
pub fn parse_url(url: &str) -> Result<String, EvidenceRuleError> {
    let url = url.trim();
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let host = rest.and_then(|rest| rest.split(['/', '?', '#']).next()).unwrap_or_default();
    let well_formed = !host.is_empty()
        && url.chars().count() <= MAX_URL_CHARS
        && !url.chars().any(|c| c.is_whitespace() || c.is_control());
    if well_formed {
        Ok(url.to_owned())
    } else {
        Err(EvidenceRuleError::Url)
    }
}

/// Checks a reflection's text.
pub fn parse_reflection(text: &str) -> Result<String, EvidenceRuleError> {
    let text = crate::text::typed(text);
    if text.is_empty() || text.chars().count() > MAX_REFLECTION_CHARS {
        return Err(EvidenceRuleError::Reflection);
    }
    Ok(text)
}

/// An uploaded file's name made safe to show: the last path component only, without control or
/// text-direction characters (which would show `exe.txt` for `txt.exe`), trimmed to a readable
/// length. It is display metadata; files are stored by hash.
pub fn sanitise_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !crate::text::is_direction_override(*c))
        .map(|c| if matches!(c, '"' | '<' | '>' | '|' | ':' | '*' | '?') { '_' } else { c })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        return "bestand".to_owned();
    }
    if cleaned.chars().count() <= MAX_FILE_NAME_CHARS {
        return cleaned.to_owned();
    }
    // Keep the extension: it is the part people read.
    let (stem, extension) = match cleaned.rsplit_once('.') {
        Some((stem, extension)) if extension.chars().count() <= 10 => (stem, format!(".{extension}")),
        _ => (cleaned, String::new()),
    };
    let keep = MAX_FILE_NAME_CHARS - extension.chars().count();
    format!("{}{extension}", stem.chars().take(keep).collect::<String>())
}

/// A block of a reflection as shown: its simple formatting, without any markup language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextBlock {
    /// Lines kept as written.
    Paragraph(Vec<String>),
    /// Items written as lines starting with "- " or "* ".
    List(Vec<String>),
}

/// Splits a reflection into paragraphs (separated by blank lines) and bullet lists.
pub fn reflection_blocks(text: &str) -> Vec<TextBlock> {
    let mut blocks: Vec<TextBlock> = Vec::new();
    let mut open = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            open = false;
            continue;
        }
        let item = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")).map(str::trim);
        match (item, blocks.last_mut()) {
            (Some(item), Some(TextBlock::List(items))) if open => items.push(item.to_owned()),
            (None, Some(TextBlock::Paragraph(lines))) if open => lines.push(line.to_owned()),
            (Some(item), _) => blocks.push(TextBlock::List(vec![item.to_owned()])),
            (None, _) => blocks.push(TextBlock::Paragraph(vec![line.to_owned()])),
        }
        open = true;
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_are_trimmed_and_the_date_parsed() {
        let details = EvidenceDetails::parse("  Verslag  ", " stage ", "2026-11-20").unwrap();
        assert_eq!(details.title, "Verslag");
        assert_eq!(details.description, "stage");
        assert_eq!(details.date, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    }

    #[test]
    fn details_without_title_or_with_a_bad_date_are_refused() {
        assert_eq!(EvidenceDetails::parse(" ", "", "2026-11-20"), Err(EvidenceRuleError::Title));
        assert_eq!(EvidenceDetails::parse(&"x".repeat(201), "", "2026-11-20"), Err(EvidenceRuleError::Title));
        assert_eq!(
            EvidenceDetails::parse("Verslag", "", "20/11/2026"),
            Err(EvidenceRuleError::Date("20/11/2026".into()))
        );
        assert_eq!(
            EvidenceDetails::parse("Verslag", "", "2026-02-30"),
            Err(EvidenceRuleError::Date("2026-02-30".into()))
        );
        assert_eq!(
            EvidenceDetails::parse("Verslag", &"x".repeat(5_001), "2026-11-20"),
            Err(EvidenceRuleError::Description)
        );
    }

    #[test]
    fn only_absolute_web_links_are_accepted() {
        assert_eq!(parse_url(" https://example.be/werk?id=1 "), Ok("https://example.be/werk?id=1".into()));
        assert_eq!(parse_url("http://intranet"), Ok("http://intranet".into()));
        for bad in [
            "",
            "example.be",
            "javascript:alert(1)",
            "https://",
            "https:///pad",
            "https://a b.be",
            "ftp://x.be",
        ] {
            assert_eq!(parse_url(bad), Err(EvidenceRuleError::Url), "{bad}");
        }
    }

    #[test]
    fn a_reflection_needs_text() {
        assert_eq!(parse_reflection("  Ik leerde…  "), Ok("Ik leerde…".into()));
        assert_eq!(parse_reflection("   "), Err(EvidenceRuleError::Reflection));
    }

    #[test]
    fn file_names_lose_their_path_and_control_characters() {
        assert_eq!(sanitise_file_name("../../etc/passwd"), "passwd");
        assert_eq!(sanitise_file_name("C:\\Users\\an\\verslag.pdf"), "verslag.pdf");
        assert_eq!(sanitise_file_name("..\u{0}.."), "bestand");
        assert_eq!(sanitise_file_name("foto \"één\".jpg"), "foto _één_.jpg");
        assert_eq!(sanitise_file_name(".verborgen"), "verborgen");
        assert_eq!(sanitise_file_name("foto\u{202e}gpj.exe"), "fotogpj.exe", "no reversed extension");
        assert_eq!(sanitise_file_name("über straße.png"), "über straße.png");
    }

    #[test]
    fn long_file_names_keep_their_extension() {
        let name = sanitise_file_name(&format!("{}.docx", "a".repeat(300)));
        assert_eq!(name.chars().count(), MAX_FILE_NAME_CHARS);
        assert!(name.ends_with("a.docx"));
    }

    #[test]
    fn reflections_split_into_paragraphs_and_lists() {
        let text =
            "Eerste dag.\nVeel geleerd.\n\nWat ik deed:\n- printer ingesteld\n* wifi hersteld\n\n\nSlot.";
        assert_eq!(
            reflection_blocks(text),
            [
                TextBlock::Paragraph(vec!["Eerste dag.".into(), "Veel geleerd.".into()]),
                TextBlock::Paragraph(vec!["Wat ik deed:".into()]),
                TextBlock::List(vec!["printer ingesteld".into(), "wifi hersteld".into()]),
                TextBlock::Paragraph(vec!["Slot.".into()]),
            ]
        );
        assert!(reflection_blocks(" \n ").is_empty());
    }

    #[test]
    fn an_item_a_decision_cites_does_not_change() {
        assert_eq!(ensure_changeable(false), Ok(()));
        assert_eq!(ensure_changeable(true), Err(EvidenceLocked));
        assert!(EvidenceLocked.to_string().contains("gekoppelde vaardigheden liggen vast"));
    }

    #[test]
    fn only_submissions_left_without_evidence_are_named() {
        let record = |evidence: Vec<crate::EvidenceId>, submitted: bool| SkillRecord {
            evidence,
            submitted,
            decisions: vec![],
        };
        let (a, b, c, d) = (SkillId::new("a"), SkillId::new("b"), SkillId::new("c"), SkillId::new("d"));
        let records = [
            (b.clone(), record(vec![], true)),
            (a.clone(), record(vec![], true)),
            (c.clone(), record(vec![crate::EvidenceId::new(7)], true)),
            (d.clone(), record(vec![], false)),
        ];
        let named = submissions_without_evidence(records.iter().map(|(skill, record)| (skill, record)));
        assert_eq!(named, [a, b]);
    }

    #[test]
    fn kinds_round_trip() {
        for kind in EvidenceKind::ALL {
            assert_eq!(EvidenceKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(EvidenceKind::parse("video"), None);
    }
}
