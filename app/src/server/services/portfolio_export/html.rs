//! The export's `index.html`: one page that opens offline in any browser, with its own style and
//! no scripts, every text escaped. It follows the curriculum: programme, unit, competency,
//! skill; under each skill its decisions (newest first) and the evidence linked to it.

use std::collections::HashMap;
use std::fmt::Write;

use domain::{Competency, CompetencyProgress, EvidenceId, SkillProgress, Unit, UnitProgress};
use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};

use super::PortfolioExport;
use crate::dto::{EvidenceView, ProgrammeView};
use crate::format::date;
use crate::i18n::labels::Label;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;\
line-height:1.5;color:#1d2530}h2{border-bottom:2px solid #1f5f8b}h3{margin-top:2rem}.muted{color:#5b6775}\
li{margin:.25rem 0}.skill{margin-bottom:.75rem}.item{border:1px solid #d9dee5;border-radius:8px;padding:.5rem 1rem;\
margin:.75rem 0}pre{white-space:pre-wrap;font:inherit}";

/// The whole page; `files` gives each item's file path in the archive.
pub fn index(export: &PortfolioExport, files: &HashMap<EvidenceId, String>) -> String {
    let name = text(&export.student.name);
    let mut page = format!(
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Portfolio van {name}</title><style>{STYLE}</style></head><body>\
         <h1>Portfolio van {name}</h1>\
         <p class=\"muted\">Uit Vaardig gehaald op {}. Dezelfde gegevens staan in <code>portfolio.json</code>, \
         de bestanden in de map <code>bestanden</code>.</p>",
        text(&export.shown_exported_at)
    );
    let titles: HashMap<EvidenceId, &EvidenceView> =
        export.evidence.iter().map(|item| (item.id, item)).collect();
    for programme in &export.programmes {
        programme_html(&mut page, programme, &titles, files);
    }
    page.push_str("<h2>Alle bewijsstukken</h2>");
    for item in &export.evidence {
        item_html(&mut page, item, files);
    }
    page.push_str("</body></html>\n");
    page
}

fn programme_html(
    page: &mut String,
    programme: &ProgrammeView,
    items: &HashMap<EvidenceId, &EvidenceView>,
    files: &HashMap<EvidenceId, String>,
) {
    let (framework, progress) = (&programme.framework, &programme.progress);
    let _ = write!(
        page,
        "<h2>{} ({})</h2><p>{} van {} vaardigheden behaald.{}</p>",
        text(&framework.title),
        text(framework.code.as_str()),
        progress.achieved,
        progress.total,
        if progress.ready_for_certificate { " Klaar voor het certificaat." } else { "" }
    );
    for unit_progress in &progress.units {
        let Some(unit) = framework.units.iter().find(|unit| unit.code == unit_progress.code) else {
            continue;
        };
        unit_html(page, programme, unit, unit_progress, items, files);
    }
}

fn unit_html(
    page: &mut String,
    programme: &ProgrammeView,
    unit: &Unit,
    progress: &UnitProgress,
    items: &HashMap<EvidenceId, &EvidenceView>,
    files: &HashMap<EvidenceId, String>,
) {
    let lestijden = unit.lestijden.map(|lestijden| format!(" · {lestijden} lestijden")).unwrap_or_default();
    let _ = write!(
        page,
        "<h3>{} – {}</h3><p><strong>{}</strong> · {} van {} vaardigheden behaald{lestijden}</p>",
        text(unit.code.as_str()),
        text(&unit.title),
        progress.status.label(),
        progress.achieved,
        progress.total
    );
    if let Some(award) = programme.awards.iter().find(|award| award.unit_code == unit.code) {
        let _ = write!(
            page,
            "<p>Deelcertificaat toegekend op {} door {}.</p>",
            text(&date(&award.awarded_on)),
            text(&award.awarded_by)
        );
    }
    for competency_progress in &progress.competencies {
        let Some(competency) = unit.competencies.iter().find(|c| c.nr == competency_progress.nr) else {
            continue;
        };
        competency_html(page, competency, competency_progress, items, files);
    }
}

fn competency_html(
    page: &mut String,
    competency: &Competency,
    progress: &CompetencyProgress,
    items: &HashMap<EvidenceId, &EvidenceView>,
    files: &HashMap<EvidenceId, String>,
) {
    let _ = write!(page, "<h4>{} {}</h4><ul>", text(&competency.nr), text(&competency.title));
    for skill_progress in &progress.skills {
        let wording =
            competency.skills.iter().find(|skill| skill.id == skill_progress.id).map(|skill| &skill.text);
        skill_html(page, wording.map_or("", String::as_str), skill_progress, items, files);
    }
    page.push_str("</ul>");
}

fn skill_html(
    page: &mut String,
    wording: &str,
    progress: &SkillProgress,
    items: &HashMap<EvidenceId, &EvidenceView>,
    files: &HashMap<EvidenceId, String>,
) {
    let _ =
        write!(page, "<li class=\"skill\">{} — <strong>{}</strong>", text(wording), progress.status.label());
    let mut decisions = progress.decisions.clone();
    decisions.sort_by_key(|decision| std::cmp::Reverse(decision.sequence));
    if !decisions.is_empty() {
        page.push_str("<ul>");
        for decision in &decisions {
            let comment = if decision.comment.is_empty() {
                String::new()
            } else {
                format!(": {}", text(&decision.comment))
            };
            let _ = write!(
                page,
                "<li>{} · {} door {}{comment}</li>",
                text(&date(&decision.decided_on)),
                decision.verdict.label(),
                text(&decision.assessor)
            );
        }
        page.push_str("</ul>");
    }
    let linked: Vec<String> =
        progress.evidence.iter().filter_map(|id| items.get(id)).map(|item| item_link(item, files)).collect();
    if !linked.is_empty() {
        let _ = write!(page, "<p class=\"muted\">Bewijs: {}</p>", linked.join(", "));
    }
    page.push_str("</li>");
}

/// An item's title, linking to its file in the archive when it has one.
fn item_link(item: &EvidenceView, files: &HashMap<EvidenceId, String>) -> String {
    match files.get(&item.id) {
        Some(path) => format!("<a href=\"{}\">{}</a>", attribute(&href(path)), text(&item.title)),
        None => format!("<a href=\"#bewijs-{}\">{}</a>", item.id, text(&item.title)),
    }
}

/// A path in the archive as a relative URL: every byte but letters, digits, `-._~/` escaped, so
/// that `#`, `%` and quotes in a file's name still open the file.
fn href(path: &str) -> String {
    path.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

fn item_html(page: &mut String, item: &EvidenceView, files: &HashMap<EvidenceId, String>) {
    let _ = write!(
        page,
        "<div class=\"item\" id=\"bewijs-{}\"><h3>{}</h3><p class=\"muted\">{} · {}{}</p>",
        item.id,
        item_link(item, files),
        item.kind.label(),
        text(&date(&item.date)),
        if item.replaced_by_id.is_some() { " · vervangen door een nieuwere versie" } else { "" }
    );
    if !item.description.is_empty() {
        let _ = write!(page, "<p>{}</p>", text(&item.description));
    }
    if let Some(body) = &item.text {
        let _ = write!(page, "<pre>{}</pre>", text(body));
    }
    if let Some(url) = &item.url {
        let _ = write!(page, "<p>Link: {}</p>", text(url));
    }
    if !item.skill_ids.is_empty() {
        let skills: Vec<String> =
            item.skill_ids.iter().map(|skill| text(skill.as_str()).into_owned()).collect();
        let _ = write!(page, "<p class=\"muted\">Gekoppeld aan {}</p>", skills.join(", "));
    }
    page.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::href;

    #[test]
    fn file_links_escape_what_a_url_would_misread() {
        assert_eq!(href("bestanden/3-a#b %2e.txt"), "bestanden/3-a%23b%20%252e.txt");
        assert_eq!(href("bestanden/4-één.pdf"), "bestanden/4-%C3%A9%C3%A9n.pdf");
    }
}
