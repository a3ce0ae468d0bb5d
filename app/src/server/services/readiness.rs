//! Readiness of whole cohorts: every student's progress computed by the domain's eligibility
//! engine, the same as for one student, and kept in a cache. A per-student revision counter that
//! database triggers raise on every change tells which cached rows are stale, so a cohort of
//! thousands costs one cheap query when little changed. The cache is safe to lose.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError};

use domain::{framework_progress, CohortId, Framework, FrameworkCode, StudentId, UnitCode, UnitStatus};

use super::access::visible_cohort;
use super::progress::skill_records_of;
use crate::dto::{CohortReadiness, PersonView, StudentReadiness, UnitCell, UnitHead, UnitTotals};
use crate::error::AppError;
use crate::readiness_table::{Field, ReadinessTable};
use crate::server::storage::accounts::Account;
use crate::server::storage::decisions::History;
use crate::server::storage::readiness::{self, StudentRevision};
use crate::server::storage::{awards, Students};
use crate::server::xlsx::{self, Cell};
use crate::server::AppState;

/// Computed rows, each with what it was computed from.
#[derive(Default)]
pub struct ReadinessCache {
    rows: Mutex<HashMap<(StudentId, FrameworkCode), CachedRow>>,
}

struct CachedRow {
    revision: i64,
    basis: String,
    row: StudentReadiness,
}

/// The readiness of every student of a cohort, by name. Coordinators and administrators see
/// every cohort, an assessor the cohorts assigned to them.
pub async fn for_cohort(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
) -> Result<CohortReadiness, AppError> {
    let mut conn = state.db.acquire().await?;
    let head = visible_cohort(&mut conn, account, cohort_id).await?;
    let code = head.framework();
    let profile = head.profile();
    let text = super::progress::framework_version(&mut conn, &code, head.framework_version).await?;
    let profile_name = profile
        .as_ref()
        .and_then(|code| text.profile(code))
        .map(|followed| format!("{} {}", followed.code, followed.title));
    let framework = text.as_followed(profile.as_ref());
    // A cached row holds for the version and the profile it was computed with.
    let basis = format!("{}/{}", head.framework_version, profile.as_ref().map_or("", |code| code.as_str()));
    let students = readiness::students(&mut conn, cohort_id).await?;
    let cache = &state.readiness;
    let stale: Vec<&StudentRevision> = {
        let rows = cache.rows.lock().unwrap_or_else(PoisonError::into_inner);
        students
            .iter()
            .filter(|student| {
                rows.get(&(student.student_id, code.clone()))
                    .is_none_or(|cached| cached.revision != student.revision || cached.basis != basis)
            })
            .collect()
    };
    if !stale.is_empty() {
        // One student is read alone; more at once, with the whole cohort's records.
        let selection = match stale.as_slice() {
            [one] => Students::One(one.student_id),
            _ => Students::InCohort(cohort_id),
        };
        let mut records = skill_records_of(&mut conn, selection, History::Latest).await?;
        let mut awarded = awards::of_students(&mut conn, selection, &code).await?;
        let computed: Vec<((StudentId, FrameworkCode), CachedRow)> = stale
            .iter()
            .map(|student| {
                let records = records.remove(&student.student_id).unwrap_or_default();
                let units: HashSet<UnitCode> =
                    awarded.remove(&student.student_id).unwrap_or_default().into_keys().collect();
                let row =
                    readiness_row(&framework, student, &framework_progress(&framework, &records, &units));
                let cached = CachedRow { revision: student.revision, basis: basis.clone(), row };
                ((student.student_id, code.clone()), cached)
            })
            .collect();
        cache.rows.lock().unwrap_or_else(PoisonError::into_inner).extend(computed);
    }
    let rows = cache.rows.lock().unwrap_or_else(PoisonError::into_inner);
    let students: Vec<StudentReadiness> = students
        .iter()
        .filter_map(|student| {
            rows.get(&(student.student_id, code.clone())).map(|cached| StudentReadiness {
                student: PersonView { id: student.student_id.into(), name: student.name.clone() },
                ..cached.row.clone()
            })
        })
        .collect();
    drop(rows);
    Ok(CohortReadiness {
        cohort_id,
        cohort_name: head.name,
        school_year: head.school_year,
        framework_code: code,
        framework_title: head.framework_title,
        framework_version: head.framework_version,
        profile: profile_name,
        units: framework
            .units
            .iter()
            .map(|unit| UnitHead { code: unit.code.clone(), title: unit.title.clone() })
            .collect(),
        totals: totals(framework.units.len(), &students),
        students,
    })
}

fn readiness_row(
    framework: &Framework,
    student: &StudentRevision,
    progress: &domain::FrameworkProgress,
) -> StudentReadiness {
    debug_assert_eq!(framework.units.len(), progress.units.len());
    StudentReadiness {
        student: PersonView { id: student.student_id.into(), name: student.name.clone() },
        achieved: progress.achieved,
        total: progress.total,
        ready_for_certificate: progress.ready_for_certificate,
        units: progress
            .units
            .iter()
            .map(|unit| UnitCell {
                status: unit.status,
                achieved: unit.achieved,
                total: unit.total,
                missing: unit.missing.len() as u32,
                needs_attention: unit.needs_attention,
            })
            .collect(),
    }
}

fn totals(units: usize, students: &[StudentReadiness]) -> Vec<UnitTotals> {
    let mut totals = vec![UnitTotals::default(); units];
    for student in students {
        for (total, cell) in totals.iter_mut().zip(&student.units) {
            match cell.status {
                UnitStatus::Awarded => total.awarded += 1,
                UnitStatus::ReadyForDeelcertificaat => total.ready += 1,
                UnitStatus::InProgress | UnitStatus::Submitted => total.in_progress += 1,
                UnitStatus::NotStarted => total.not_started += 1,
            }
        }
    }
    totals
}

/// The overview's table ([`ReadinessTable`], the same as the page's) as cells of a file.
fn file_cells(readiness: &CohortReadiness) -> Vec<Vec<Cell>> {
    ReadinessTable::of(readiness)
        .file_rows()
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|field| match field {
                    Field::Text(text) => Cell::Text(text),
                    Field::Number(number) => Cell::Number(f64::from(number)),
                })
                .collect()
        })
        .collect()
}

/// The overview as a CSV file for Excel in Belgium: UTF-8 with a byte order mark, `;` between
/// fields, CRLF line ends.
pub fn to_csv(readiness: &CohortReadiness) -> String {
    let mut csv = String::from("\u{feff}");
    for row in file_cells(readiness) {
        let fields: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Text(text) => csv_field(text),
                Cell::Number(number) => number.to_string(),
            })
            .collect();
        csv.push_str(&fields.join(";"));
        csv.push_str("\r\n");
    }
    csv
}

/// The overview as an Excel workbook; every text is a text cell, never a formula.
pub fn to_xlsx(readiness: &CohortReadiness) -> Vec<u8> {
    xlsx::workbook(&readiness.cohort_name, &file_cells(readiness))
}

/// A text field of the CSV: neutralised against formulas, then quoted when it must be.
fn csv_field(field: &str) -> String {
    let field = neutralise_formula(field);
    if field.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// A text that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets a leading `'`, so it is shown as text and never run (OWASP, "CSV
/// injection"). Every text field of a CSV export passes here.
pub fn neutralise_formula(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_separators_or_quotes_are_quoted() {
        assert_eq!(csv_field("Dubois; Marleen"), "\"Dubois; Marleen\"");
        assert_eq!(csv_field("De \"Smet\""), "\"De \"\"Smet\"\"\"");
        assert_eq!(csv_field("Ines Claes"), "Ines Claes");
    }

    #[test]
    fn csv_fields_that_look_like_formulas_are_neutralised() {
        assert_eq!(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(csv_field("=1+2"), "'=1+2");
        assert_eq!(csv_field("+32 9 123"), "'+32 9 123");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("\tTab"), "'\tTab");
        assert_eq!(csv_field("\rCR"), "\"'\rCR\"");
        assert_eq!(csv_field("Van-Damme"), "Van-Damme");
        assert_eq!(csv_field("An = Bo"), "An = Bo");
    }
}
