//! The certificate readiness report: per student what is awarded (when, by whom), what is ready
//! to be awarded, and what each other unit still misses.

use std::collections::HashMap;

use domain::{framework_progress, CohortId, SkillId, Timestamp, UnitStatus};

use super::access::visible_cohort;
use super::progress::skill_records_of;
use crate::dto::{AwardedUnit, CohortReport, OpenUnit, PersonView, StudentReport, UnitHead};
use crate::error::AppError;
use crate::format::{brussels_day, date, date_time};
use crate::readiness_table::{certificate_label, unit_label};
use crate::server::pdf::{Document, Style};
use crate::server::storage::accounts::Account;
use crate::server::storage::decisions::History;
use crate::server::storage::{awards, readiness, Students};
use crate::server::AppState;
use crate::t;

/// The report of a cohort, for coordinators and administrators, and for its assessors.
pub async fn for_cohort(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    now: Timestamp,
) -> Result<CohortReport, AppError> {
    let mut conn = state.db.acquire().await?;
    let head = visible_cohort(&mut conn, account, cohort_id).await?;
    let code = head.framework();
    let framework = super::progress::framework_version(&mut conn, &code, head.framework_version)
        .await?
        .as_followed(head.profile().as_ref());
    let students = readiness::students(&mut conn, cohort_id).await?;
    let mut records = skill_records_of(&mut conn, Students::InCohort(cohort_id), History::Latest).await?;
    let mut awarded = awards::of_students(&mut conn, Students::InCohort(cohort_id), &code).await?;
    let texts: HashMap<&SkillId, &str> =
        framework.skills().map(|skill| (&skill.id, skill.text.as_str())).collect();
    let students = students
        .into_iter()
        .map(|student| {
            let records = records.remove(&student.student_id).unwrap_or_default();
            let awards = awarded.remove(&student.student_id).unwrap_or_default();
            let units = awards.keys().cloned().collect();
            let progress = framework_progress(&framework, &records, &units);
            let mut report = StudentReport {
                student: PersonView { id: student.student_id.into(), name: student.name },
                ready_for_certificate: progress.ready_for_certificate,
                awarded: vec![],
                ready: vec![],
                open: vec![],
            };
            for (unit, unit_progress) in framework.units.iter().zip(&progress.units) {
                let head = UnitHead { code: unit.code.clone(), title: unit.title.clone() };
                if let Some(award) = awards.get(&unit.code) {
                    report.awarded.push(AwardedUnit {
                        unit: head,
                        awarded_by: award.awarded_by.clone(),
                        awarded_on: brussels_day(award.awarded_at),
                        awarded_at: award.awarded_at,
                        needs_attention: unit_progress.needs_attention,
                    });
                } else if unit_progress.ready_for_deelcertificaat {
                    report.ready.push(head);
                } else {
                    let missing = unit_progress
                        .missing
                        .iter()
                        .map(|id| texts.get(id).copied().unwrap_or(id.as_str()).to_owned())
                        .collect();
                    report.open.push(OpenUnit { unit: head, missing });
                }
            }
            report
        })
        .collect();
    Ok(CohortReport {
        institution: state.settings.institution.clone(),
        framework_code: code,
        framework_title: framework.title.clone(),
        cohort_id,
        cohort_name: head.name,
        school_year: head.school_year,
        printed_on: brussels_day(now),
        printed_at: date_time(now),
        students,
    })
}

/// The report as a PDF, in the reader's language: a summary per student, and with `detail` a
/// page per student listing the missing skills. Names and texts print as written (see
/// [`crate::server::pdf`]).
pub fn to_pdf(report: &CohortReport, detail: bool) -> Result<Vec<u8>, AppError> {
    let header = t!(
        "documents-report-header",
        institution = report.institution.as_str(),
        framework = report.framework_title.as_str(),
        cohort = report.cohort_name.as_str(),
        year = report.school_year.as_str(),
        printed = report.printed_at.as_str(),
    );
    let mut document = Document::new(header);
    document.line(Style::Title, 0.0, &t!("documents-report-title"));
    document.line(Style::Text, 0.0, &format!("{} – {}", report.framework_title, report.cohort_name));
    document.gap(8.0);
    for student in &report.students {
        summary(&mut document, student);
    }
    if detail {
        for student in &report.students {
            document.page_break();
            document.line(Style::Title, 0.0, &student.student.name);
            summary_lines(&mut document, student);
            for unit in &student.open {
                document.gap(4.0);
                let heading = t!(
                    "documents-report-skills-missing",
                    code = unit.unit.code.to_string(),
                    title = unit.unit.title.as_str(),
                    count = unit.missing.len(),
                );
                document.line(Style::Heading, 0.0, &heading);
                for text in &unit.missing {
                    document.line(Style::Small, 12.0, &format!("– {text}"));
                }
            }
        }
    }
    document.finish()
}

fn summary(document: &mut Document, student: &StudentReport) {
    document.gap(6.0);
    document.line(Style::Heading, 0.0, &student.student.name);
    summary_lines(document, student);
}

fn summary_lines(document: &mut Document, student: &StudentReport) {
    let certificate = certificate_label(student.ready_for_certificate);
    document.line(Style::Text, 12.0, &t!("documents-report-certificate", status = certificate));
    let awarded: Vec<String> = student
        .awarded
        .iter()
        .map(|unit| {
            let flag = if unit.needs_attention {
                format!(", {}", unit_label(UnitStatus::Awarded, true))
            } else {
                String::new()
            };
            format!("{} ({}, {}{flag})", unit.unit.code, date(&unit.awarded_on), unit.awarded_by)
        })
        .collect();
    document.line(Style::Text, 12.0, &t!("documents-report-awarded", units = none_if_empty(&awarded)));
    let ready: Vec<String> = student.ready.iter().map(|unit| unit.code.to_string()).collect();
    document.line(Style::Text, 12.0, &t!("documents-report-ready", units = none_if_empty(&ready)));
    let open: Vec<String> = student
        .open
        .iter()
        .map(|unit| {
            t!("documents-report-unit-missing", code = unit.unit.code.to_string(), count = unit.missing.len())
        })
        .collect();
    document.line(Style::Text, 12.0, &t!("documents-report-open", units = none_if_empty(&open)));
}

fn none_if_empty(items: &[String]) -> String {
    if items.is_empty() {
        t!("documents-report-none")
    } else {
        items.join("; ")
    }
}
