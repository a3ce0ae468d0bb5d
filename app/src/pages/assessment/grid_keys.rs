//! What the keys do on the assessment grid, and the cells marked so far: pure, so the rules are
//! tested without a browser.

use std::collections::BTreeMap;

use domain::{SkillStatus, Verdict};

use crate::dto::{AssessmentGrid, GridMark};

/// A cell of the grid: (row, column), both from 0.
pub(super) type Cell = (usize, usize);

/// What a key press asks of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum GridKey {
    /// Focus another cell.
    Move(Cell),
    /// Mark the cell with this verdict, or take that mark off again.
    Toggle(Verdict),
    Clear,
    /// Mark every open cell of the row (Shift+Space) or the column (Ctrl+Space) achieved.
    Row,
    Column,
    /// Go to the cell's evidence (Enter).
    Evidence,
}

/// The modifier keys held with a key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Modifiers {
    pub shift: bool,
    pub ctrl: bool,
    /// Alt or Meta: the browser's and the system's shortcuts, never the grid's.
    pub alt_or_meta: bool,
}

/// The grid's answer to `key` (as `KeyboardEvent.key` names it) at `at` in a grid of `size`
/// (rows, columns); `None` for keys the grid leaves alone: Tab (it leaves the grid) and the
/// browser's shortcuts (with Alt or Meta, or Ctrl other than Ctrl+Space).
pub(super) fn key_action(key: &str, held: Modifiers, at: Cell, size: Cell) -> Option<GridKey> {
    let Modifiers { shift, ctrl, alt_or_meta } = held;
    if alt_or_meta || (ctrl && key != " ") {
        return None;
    }
    let (row, column) = at;
    let (last_row, last_column) = (size.0.saturating_sub(1), size.1.saturating_sub(1));
    let action = match key {
        "ArrowUp" => GridKey::Move((row.saturating_sub(1), column)),
        "ArrowDown" => GridKey::Move(((row + 1).min(last_row), column)),
        "ArrowLeft" => GridKey::Move((row, column.saturating_sub(1))),
        "ArrowRight" => GridKey::Move((row, (column + 1).min(last_column))),
        "Home" => GridKey::Move((row, 0)),
        "End" => GridKey::Move((row, last_column)),
        " " if shift => GridKey::Row,
        " " if ctrl => GridKey::Column,
        " " => GridKey::Toggle(Verdict::Achieved),
        "n" | "N" => GridKey::Toggle(Verdict::NotYet),
        "Delete" | "Backspace" => GridKey::Clear,
        "Enter" => GridKey::Evidence,
        _ => return None,
    };
    Some(action)
}

/// The cells marked so far, each with its verdict. Only open cells (not achieved yet) take a
/// mark: an achieved skill is not signed off twice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Marks(BTreeMap<Cell, Verdict>);

impl Marks {
    pub fn get(&self, cell: Cell) -> Option<Verdict> {
        self.0.get(&cell).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Marks the cell `verdict`, or takes the mark off when it has that one already.
    pub fn toggle(&mut self, grid: &AssessmentGrid, cell: Cell, verdict: Verdict) {
        if self.0.get(&cell) == Some(&verdict) {
            self.0.remove(&cell);
        } else if is_open(grid, cell) {
            self.0.insert(cell, verdict);
        }
    }

    pub fn clear(&mut self, cell: Cell) {
        self.0.remove(&cell);
    }

    /// Marks the open cells achieved; when all of them are already, takes those marks off.
    pub fn toggle_all(&mut self, grid: &AssessmentGrid, cells: impl IntoIterator<Item = Cell>) {
        let open: Vec<Cell> = cells.into_iter().filter(|cell| is_open(grid, *cell)).collect();
        let all_marked = open.iter().all(|cell| self.0.get(cell) == Some(&Verdict::Achieved));
        for cell in open {
            if all_marked {
                self.0.remove(&cell);
            } else {
                self.0.insert(cell, Verdict::Achieved);
            }
        }
    }

    /// How many cells are marked achieved, how many "not yet", and how many of the achieved
    /// ones have no evidence (they need the note of what the assessor saw).
    pub fn counts(&self, grid: &AssessmentGrid) -> (usize, usize, usize) {
        let achieved = self.0.values().filter(|verdict| **verdict == Verdict::Achieved).count();
        let observed = self
            .0
            .iter()
            .filter(|(cell, verdict)| {
                **verdict == Verdict::Achieved && cell_of(grid, **cell).is_some_and(|c| c.evidence.is_empty())
            })
            .count();
        (achieved, self.0.len() - achieved, observed)
    }

    /// The marks as the server takes them.
    pub fn to_input(&self, grid: &AssessmentGrid) -> Vec<GridMark> {
        self.0
            .iter()
            .filter_map(|((row, column), verdict)| {
                Some(GridMark {
                    student_id: domain::StudentId::of_account(grid.rows.get(*row)?.student.id),
                    skill_id: grid.skills.get(*column)?.id.clone(),
                    decision: *verdict,
                })
            })
            .collect()
    }
}

fn cell_of(grid: &AssessmentGrid, (row, column): Cell) -> Option<&crate::dto::GridCell> {
    grid.rows.get(row)?.cells.get(column)
}

fn is_open(grid: &AssessmentGrid, cell: Cell) -> bool {
    cell_of(grid, cell).is_some_and(|cell| cell.status != SkillStatus::Achieved)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::dto::{GridCell, GridRow, GridSkill, PersonView, UnitHead};
    use domain::{AccountId, CohortId, EvidenceId, FrameworkCode, SkillId, UnitCode};

    /// Two students by three skills; the first student's first skill is achieved, the second
    /// student's second skill has evidence.
    fn grid() -> AssessmentGrid {
        let cell = |status, evidence: &[i64]| GridCell {
            status,
            evidence: evidence.iter().copied().map(EvidenceId::new).collect(),
        };
        let row = |id: i64, cells| GridRow {
            student: PersonView { id: AccountId::new(id), name: format!("{id}") },
            cells,
        };
        AssessmentGrid {
            cohort_id: CohortId::new(1),
            cohort_name: "Avond".into(),
            framework_code: FrameworkCode::new("BO-IT-002"),
            unit: UnitHead { code: UnitCode::new("M IT 020"), title: String::new() },
            skills: ["a", "b", "c"]
                .map(|id| GridSkill { id: SkillId::new(id), nr: id.into(), text: id.into() })
                .to_vec(),
            rows: vec![
                row(
                    7,
                    vec![
                        cell(SkillStatus::Achieved, &[]),
                        cell(SkillStatus::NotStarted, &[]),
                        cell(SkillStatus::NotStarted, &[]),
                    ],
                ),
                row(
                    8,
                    vec![
                        cell(SkillStatus::NotStarted, &[]),
                        cell(SkillStatus::Submitted, &[3]),
                        cell(SkillStatus::NotYet, &[]),
                    ],
                ),
            ],
            titles: vec![],
        }
    }

    #[test]
    fn the_arrow_keys_move_within_the_grid_and_stop_at_its_edges() {
        let size = (2, 3);
        let plain = Modifiers::default();
        let key = |key, held, at| key_action(key, held, at, size);
        assert_eq!(key("ArrowRight", plain, (0, 0)), Some(GridKey::Move((0, 1))));
        assert_eq!(key("ArrowRight", plain, (0, 2)), Some(GridKey::Move((0, 2))));
        assert_eq!(key("ArrowUp", plain, (0, 1)), Some(GridKey::Move((0, 1))));
        assert_eq!(key("ArrowDown", plain, (1, 1)), Some(GridKey::Move((1, 1))));
        assert_eq!(key("End", plain, (1, 0)), Some(GridKey::Move((1, 2))));
        assert_eq!(key(" ", Modifiers { shift: true, ..plain }, (1, 0)), Some(GridKey::Row));
        assert_eq!(key(" ", Modifiers { ctrl: true, ..plain }, (1, 0)), Some(GridKey::Column));
        assert_eq!(key("n", plain, (1, 0)), Some(GridKey::Toggle(Verdict::NotYet)));
        assert_eq!(key("Tab", plain, (1, 0)), None, "Tab leaves the grid");
        assert_eq!(key("n", Modifiers { ctrl: true, ..plain }, (1, 0)), None, "Ctrl+N is the browser's");
        assert_eq!(
            key("ArrowLeft", Modifiers { alt_or_meta: true, ..plain }, (1, 1)),
            None,
            "Alt+← goes back"
        );
    }

    #[test]
    fn a_row_or_column_marks_its_open_cells_and_a_second_time_unmarks_them() {
        let grid = grid();
        let mut marks = Marks::default();
        marks.toggle_all(&grid, [(0, 0), (1, 0)]);
        assert_eq!(
            (marks.get((0, 0)), marks.get((1, 0))),
            (None, Some(Verdict::Achieved)),
            "achieved stays as it is"
        );
        marks.toggle(&grid, (1, 2), Verdict::NotYet);
        assert_eq!(marks.counts(&grid), (1, 1, 1));
        marks.toggle_all(&grid, (0..3).map(|column| (1, column)));
        assert_eq!(
            marks.counts(&grid),
            (3, 0, 2),
            "the row's \"not yet\" became achieved; one cell has evidence"
        );
        marks.toggle_all(&grid, (0..3).map(|column| (1, column)));
        assert!(marks.is_empty());
    }

    #[test]
    fn marks_go_to_the_server_as_student_skill_and_verdict() {
        let grid = grid();
        let mut marks = Marks::default();
        marks.toggle(&grid, (1, 1), Verdict::Achieved);
        marks.toggle(&grid, (0, 0), Verdict::Achieved);
        assert_eq!(
            marks.to_input(&grid),
            vec![GridMark {
                student_id: domain::StudentId::new(8),
                skill_id: SkillId::new("b"),
                decision: Verdict::Achieved
            }]
        );
        marks.toggle(&grid, (1, 1), Verdict::Achieved);
        assert!(marks.is_empty(), "the same key again takes the mark off");
    }
}
