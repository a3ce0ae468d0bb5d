//! The export's `index.html`: one page that opens offline in any browser, with its own style and
//! no scripts, every text escaped. It follows the curriculum: programme, unit, competency,
//! skill; under each skill its decisions (newest first) and the evidence linked to it.

use std::collections::HashMap;
use std::fmt::Write;

use domain::{Competency, CompetencyProgress, Decision, EvidenceId, SkillProgress, Unit, UnitProgress};
use html_escape::{encode_double_quoted_attribute as attribute, encode_text as text};

use super::PortfolioExport;
use crate::dto::{EvidenceView, ProgrammeView};
use crate::format::date;
use crate::i18n::labels::Label;
use crate::t;

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;\
line-height:1.5;color:#1d2530}h2{border-bottom:2px solid #1f5f8b}h3{margin-top:2rem}.muted{color:#5b6775}\
li{margin:.25rem 0}.skill{margin-bottom:.75rem}.item{border:1px solid #d9dee5;border-radius:8px;padding:.5rem 1rem;\
margin:.75rem 0}pre{white-space:pre-wrap;font:inherit}";

/// The whole page, in the reader's language; `files` gives each item's file path in the archive.
pub fn index(export: &PortfolioExport, files: &HashMap<EvidenceId, String>) -> String {
    let title = t!("export-title", name = text(&export.student.name).into_owned());
    let intro = t!(
        "export-intro",
        moment = text(&export.shown_exported_at).into_owned(),
        data = "<code>portfolio.json</code>",
        folder = "<code>bestanden</code>"
    );
    let mut page = format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body>\
         <h1>{title}</h1>\
         <p class=\"muted\">{intro}</p>",
        crate::i18n::locale().tag()
    );
    let titles: HashMap<EvidenceId, &EvidenceView> =
        export.evidence.iter().map(|item| (item.id, item)).collect();
    for programme in &export.programmes {
        programme_html(&mut page, programme, &titles, files);
    }
    let _ = write!(page, "<h2>{}</h2>", t!("export-all-evidence"));
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
    let ready = if progress.ready_for_certificate {
        format!(" {}", t!("export-ready-for-certificate"))
    } else {
        String::new()
    };
    let _ = write!(
        page,
        "<h2>{} ({})</h2><p>{}{ready}</p>",
        text(&framework.title),
        text(framework.code.as_str()),
        t!("export-programme-achieved", achieved = progress.achieved, total = progress.total)
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
    let lestijden = unit
        .lestijden
        .map(|lestijden| format!(" · {}", t!("export-unit-periods", count = lestijden)))
        .unwrap_or_default();
    let _ = write!(
        page,
        "<h3>{} – {}</h3><p><strong>{}</strong> · {}{lestijden}</p>",
        text(unit.code.as_str()),
        text(&unit.title),
        progress.status.label(),
        t!("export-unit-achieved", achieved = progress.achieved, total = progress.total)
    );
    if let Some(award) = programme.awards.iter().find(|award| award.unit_code == unit.code) {
        let awarded = t!(
            "export-award",
            date = text(&date(&award.awarded_on)).into_owned(),
            by = text(&award.awarded_by).into_owned()
        );
        let _ = write!(page, "<p>{awarded}</p>");
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
            let _ = write!(page, "<li>{}</li>", decision_line(decision));
        }
        page.push_str("</ul>");
    }
    let linked: Vec<String> =
        progress.evidence.iter().filter_map(|id| items.get(id)).map(|item| item_link(item, files)).collect();
    if !linked.is_empty() {
        let evidence = t!("export-evidence-links", links = linked.join(", "));
        let _ = write!(page, "<p class=\"muted\">{evidence}</p>");
    }
    page.push_str("</li>");
}

/// A decision: its day, verdict and assessor, the feedback when there is any, and its undoing.
fn decision_line(decision: &Decision) -> String {
    let line = decided_line(decision);
    match &decision.undone {
        Some(undone) => {
            let (name, day) = (text(&undone.by).into_owned(), text(&date(&undone.on)).into_owned());
            t!("export-decision-undone", line = line, name = name, date = day)
        }
        None => line,
    }
}

fn decided_line(decision: &Decision) -> String {
    let day = text(&date(&decision.decided_on)).into_owned();
    let assessor = text(&decision.assessor).into_owned();
    let verdict = decision.verdict.label();
    if decision.comment.is_empty() {
        t!("export-decision", date = day, verdict = verdict, assessor = assessor)
    } else {
        let comment = text(&decision.comment).into_owned();
        t!(
            "export-decision-with-comment",
            date = day,
            verdict = verdict,
            assessor = assessor,
            comment = comment
        )
    }
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
    let replaced =
        if item.replaced_by_id.is_some() { format!(" · {}", t!("export-replaced")) } else { String::new() };
    let _ = write!(
        page,
        "<div class=\"item\" id=\"bewijs-{}\"><h3>{}</h3><p class=\"muted\">{} · {}{replaced}</p>",
        item.id,
        item_link(item, files),
        item.kind.label(),
        text(&date(&item.date))
    );
    if !item.description.is_empty() {
        let _ = write!(page, "<p>{}</p>", text(&item.description));
    }
    if let Some(body) = &item.text {
        let _ = write!(page, "<pre>{}</pre>", text(body));
    }
    if let Some(url) = &item.url {
        let _ = write!(page, "<p>{}</p>", t!("export-link", url = text(url).into_owned()));
    }
    if !item.skill_ids.is_empty() {
        let skills: Vec<String> =
            item.skill_ids.iter().map(|skill| text(skill.as_str()).into_owned()).collect();
        let _ = write!(page, "<p class=\"muted\">{}</p>", t!("export-linked-to", skills = skills.join(", ")));
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
