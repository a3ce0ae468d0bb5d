//! The readiness overview of a cohort as one table: a row per student, in the order the
//! readiness service gives them, and a cell per unit with the words that describe it. The page's
//! matrix, the CSV and the Excel file are all drawn from this table, and the printed report and
//! the PDF take their words from [`unit_label`] and [`certificate_label`], so no output can say
//! something another does not (for example drop the "Aandacht" flag).

use domain::UnitStatus;

use crate::dto::{CohortReadiness, PersonView, UnitCell, UnitHead};
use crate::t;

/// What a unit's cell says: the status in a word, or "Aandacht" when the unit was awarded while
/// one of its skills was revoked afterwards.
pub fn unit_label(status: UnitStatus, needs_attention: bool) -> String {
    if needs_attention {
        t!("unit-status-attention")
    } else {
        crate::i18n::labels::unit_status_short(status)
    }
}

/// Whether a student is ready for the certificate, in words.
pub fn certificate_label(ready: bool) -> String {
    if ready {
        t!("unit-status-ready-short")
    } else {
        t!("verdict-not-yet")
    }
}

/// How a cell looks: a class of the stylesheet, so the colour follows the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    NotStarted,
    Busy,
    Ready,
    Attention,
    Done,
}

impl Tone {
    /// The CSS classes of a cell in this tone.
    pub fn class(self) -> &'static str {
        match self {
            Tone::NotStarted => "cell not-started",
            Tone::Busy => "cell busy",
            Tone::Ready => "cell ready",
            Tone::Attention => "cell attention",
            Tone::Done => "cell done",
        }
    }
}

/// One student in one unit, as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusCell {
    pub status: UnitStatus,
    pub needs_attention: bool,
    /// The status in a word ([`unit_label`]).
    pub label: String,
    /// Skills achieved of the unit's total: `3/6`.
    pub count: String,
    pub tone: Tone,
}

impl StatusCell {
    fn of(cell: &UnitCell) -> Self {
        let tone = match cell.status {
            _ if cell.needs_attention => Tone::Attention,
            UnitStatus::NotStarted => Tone::NotStarted,
            UnitStatus::InProgress | UnitStatus::Submitted => Tone::Busy,
            UnitStatus::ReadyForDeelcertificaat => Tone::Ready,
            UnitStatus::Awarded => Tone::Done,
        };
        StatusCell {
            status: cell.status,
            needs_attention: cell.needs_attention,
            label: unit_label(cell.status, cell.needs_attention),
            count: format!("{}/{}", cell.achieved, cell.total),
            tone,
        }
    }

    /// The cell as one line of text, for files: `Aandacht (6/6)`.
    pub fn text(&self) -> String {
        format!("{} ({})", self.label, self.count)
    }
}

/// One student's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadinessRow {
    pub student: PersonView,
    /// Per unit, in the order of the table's `units`.
    pub cells: Vec<StatusCell>,
    pub achieved: u32,
    pub total: u32,
    pub ready_for_certificate: bool,
    /// Skills achieved of the programme's total: `12/133`.
    pub progress: String,
    /// [`certificate_label`].
    pub certificate: String,
}

/// A field of an exported file.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Text(String),
    Number(u32),
}

/// The whole table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadinessTable {
    pub units: Vec<UnitHead>,
    pub rows: Vec<ReadinessRow>,
}

impl ReadinessTable {
    /// The table of an overview; the rows keep the overview's order.
    pub fn of(overview: &CohortReadiness) -> Self {
        let rows = overview
            .students
            .iter()
            .map(|student| ReadinessRow {
                student: student.student.clone(),
                cells: student.units.iter().map(StatusCell::of).collect(),
                achieved: student.achieved,
                total: student.total,
                ready_for_certificate: student.ready_for_certificate,
                progress: format!("{}/{}", student.achieved, student.total),
                certificate: certificate_label(student.ready_for_certificate),
            })
            .collect();
        ReadinessTable { units: overview.units.clone(), rows }
    }

    /// The table as the rows of a file: a header row, then a row per student.
    pub fn file_rows(&self) -> Vec<Vec<Field>> {
        let text = |value: &str| Field::Text(value.to_owned());
        let mut header = vec![Field::Text(t!("cohort-column-student"))];
        header.extend(self.units.iter().map(|unit| text(unit.code.as_str())));
        header.extend([
            Field::Text(t!("cohort-file-skills-achieved")),
            Field::Text(t!("cohort-file-skills-total")),
            Field::Text(t!("cohort-column-ready-for-certificate")),
        ]);
        let mut rows = vec![header];
        rows.extend(self.rows.iter().map(|row| {
            let mut fields = vec![text(&row.student.name)];
            fields.extend(row.cells.iter().map(|cell| Field::Text(cell.text())));
            fields.extend([Field::Number(row.achieved), Field::Number(row.total), text(&row.certificate)]);
            fields
        }));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dto::StudentReadiness;
    use domain::{FrameworkCode, UnitCode};

    fn cell(status: UnitStatus, achieved: u32, needs_attention: bool) -> UnitCell {
        UnitCell { status, achieved, total: 6, missing: 6 - achieved, needs_attention }
    }

    fn overview() -> CohortReadiness {
        let student = |id: i64, name: &str, units: Vec<UnitCell>| StudentReadiness {
            student: PersonView { id: domain::AccountId::new(id), name: name.to_owned() },
            achieved: units.iter().map(|unit| unit.achieved).sum(),
            total: 12,
            ready_for_certificate: false,
            units,
        };
        CohortReadiness {
            cohort_id: domain::CohortId::new(1),
            cohort_name: "Avond".into(),
            school_year: "2026-2027".into(),
            framework_code: FrameworkCode::new("BO-IT-002"),
            framework_title: "Opleiding".into(),
            framework_version: 1,
            profile: None,
            units: ["M IT 020", "M IT 021"]
                .map(|code| UnitHead { code: UnitCode::new(code), title: code.to_owned() })
                .to_vec(),
            students: vec![
                student(
                    7,
                    "Peeters Jonas",
                    vec![cell(UnitStatus::Awarded, 5, true), cell(UnitStatus::InProgress, 2, false)],
                ),
                student(
                    3,
                    "Aerts An",
                    vec![cell(UnitStatus::Awarded, 6, false), cell(UnitStatus::NotStarted, 0, false)],
                ),
            ],
            totals: vec![],
        }
    }

    #[test]
    fn a_unit_awarded_then_revoked_reads_aandacht_everywhere() {
        let table = ReadinessTable::of(&overview());
        let flagged = &table.rows[0].cells[0];
        assert_eq!(flagged.label, "Aandacht");
        assert_eq!(flagged.tone, Tone::Attention);
        assert_eq!(flagged.text(), "Aandacht (5/6)");
        assert_eq!(table.file_rows()[1][1], Field::Text("Aandacht (5/6)".into()));
        assert_eq!(table.rows[1].cells[0].label, "Behaald");
        assert_eq!(unit_label(UnitStatus::Awarded, true), "Aandacht");
    }

    #[test]
    fn rows_keep_the_order_of_the_overview() {
        let table = ReadinessTable::of(&overview());
        let names: Vec<&str> = table.rows.iter().map(|row| row.student.name.as_str()).collect();
        assert_eq!(names, ["Peeters Jonas", "Aerts An"]);
    }

    #[test]
    fn files_have_a_header_then_a_row_per_student() {
        let rows = ReadinessTable::of(&overview()).file_rows();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][0], Field::Text("Cursist".into()));
        assert_eq!(rows[0][2], Field::Text("M IT 021".into()));
        assert_eq!(
            rows[2],
            [
                Field::Text("Aerts An".into()),
                Field::Text("Behaald (6/6)".into()),
                Field::Text("Niet gestart (0/6)".into()),
                Field::Number(6),
                Field::Number(12),
                Field::Text("Nog niet".into()),
            ]
        );
    }
}
