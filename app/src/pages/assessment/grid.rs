//! `/groepen/:id/beoordelen/:unit`: the assessment grid of one unit for a cohort. Students are
//! rows and skills columns; the arrow keys move between cells (one tab stop for the whole grid),
//! Space marks a cell achieved, N "not yet", Shift+Space and Ctrl+Space a whole row or column,
//! Enter goes to the cell's evidence; one button records every mark in one transaction. Without
//! JavaScript the grid shows where everyone stands, and links to each student's review page.

use std::collections::HashMap;

use domain::{CohortId, EvidenceId, Verdict};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::grid_keys::{key_action, Cell, GridKey, Marks, Modifiers};
use crate::api::assessment::{assessment_grid, RecordGrid};
use crate::components::announcer::Done;
use crate::components::loaded::{first_refusal, loaded};
use crate::components::title::PageTitle;
use crate::dto::{AssessmentGrid, GridDecisionInput};
use crate::i18n::labels::Label;
use crate::t;
use crate::urls;

/// What the assessor is doing on the grid: it outlives a reload of the grid, so a refused
/// request keeps every mark and comment, and focus comes back to the cell after a save.
#[derive(Clone, Copy)]
struct Work {
    marks: RwSignal<Marks>,
    focus: RwSignal<Cell>,
    not_yet: RwSignal<String>,
    observed: RwSignal<String>,
    /// Saved since the page opened: the grid reloads on each.
    saved: RwSignal<u32>,
}

/// `/groepen/:id/beoordelen/:unit`: the grid, and the form that records its marks.
#[component]
pub fn GridPage() -> impl IntoView {
    let params = use_params_map();
    let cohort =
        move || params.read().get("id").and_then(|id| id.parse::<CohortId>().ok()).unwrap_or_default();
    let unit = move || params.read().get("unit").unwrap_or_default();
    let record = ServerAction::<RecordGrid>::new();
    let work = Work {
        marks: RwSignal::new(Marks::default()),
        focus: RwSignal::new((0, 0)),
        not_yet: RwSignal::new(String::new()),
        observed: RwSignal::new(String::new()),
        saved: RwSignal::new(0),
    };
    Effect::new(move |_| {
        if let Some(Ok(_)) = record.value().get() {
            work.marks.set(Marks::default());
            work.not_yet.set(String::new());
            work.observed.set(String::new());
            work.saved.update(|saved| *saved += 1);
        }
    });
    let grid = Resource::new(
        move || (cohort(), unit(), work.saved.get()),
        |(cohort, unit, _)| assessment_grid(cohort, unit),
    );
    let recorded = move || {
        record
            .value()
            .get()
            .and_then(Result::ok)
            .map(|count| view! { <Done text=t!("assessment-grid-recorded", count = count)/> })
    };
    view! {
        {loaded(grid, move |grid| view! { <Grid grid record work/> }.into_any())}
        {recorded}
        {move || first_refusal([record.value().get().and_then(Result::err)])}
    }
}

#[component]
fn Grid(grid: AssessmentGrid, record: ServerAction<RecordGrid>, work: Work) -> impl IntoView {
    let heading = t!(
        "assessment-grid-heading",
        unit = format!("{} {}", grid.unit.code, grid.unit.title),
        cohort = grid.cohort_name.as_str()
    );
    let size = (grid.rows.len(), grid.skills.len());
    if size.0 == 0 || size.1 == 0 {
        return view! {
            <PageTitle text=heading.clone()/>
            <h1>{heading}</h1>
            <p class="muted">{t!("assessment-grid-empty")}</p>
        }
        .into_any();
    }
    let grid = StoredValue::new(grid);
    let Work { marks, focus, .. } = work;
    // After a save the grid is new: the keyboard goes back to the cell it was on.
    Effect::new(move |_| {
        if work.saved.get_untracked() > 0 {
            let (row, column) = focus.get_untracked();
            move_focus(focus, (row.min(size.0 - 1), column.min(size.1 - 1)));
        }
    });
    let act = move |action: GridKey| {
        let at = focus.get_untracked();
        grid.with_value(|grid| match action {
            GridKey::Move(cell) => move_focus(focus, cell),
            GridKey::Toggle(verdict) => marks.update(|marks| marks.toggle(grid, at, verdict)),
            GridKey::Clear => marks.update(|marks| marks.clear(at)),
            GridKey::Row => {
                marks.update(|marks| marks.toggle_all(grid, (0..size.1).map(|column| (at.0, column))))
            }
            GridKey::Column => {
                marks.update(|marks| marks.toggle_all(grid, (0..size.0).map(|row| (row, at.1))))
            }
            GridKey::Evidence => focus_element("rooster-bewijs"),
        })
    };
    let keydown = move |event: leptos::ev::KeyboardEvent| {
        let held = Modifiers {
            shift: event.shift_key(),
            ctrl: event.ctrl_key(),
            alt_or_meta: event.alt_key() || event.meta_key(),
        };
        if let Some(action) = key_action(&event.key(), held, focus.get_untracked(), size) {
            event.prevent_default();
            act(action);
        }
    };
    let head = grid.with_value(|grid| {
        grid.skills
            .iter()
            .map(|skill| view! { <th scope="col" title=skill.text.clone()>{skill.nr.clone()} <span class="visually-hidden">{skill.text.clone()}</span></th> })
            .collect_view()
    });
    let rows = grid.with_value(|data| {
        data.rows
            .iter()
            .enumerate()
            .map(|(row, student)| {
                let cells = (0..size.1)
                    .map(|column| view! { <GridCellView grid cell=(row, column) marks focus/> })
                    .collect_view();
                view! { <tr><th scope="row">{student.student.name.clone()}</th>{cells}</tr> }
            })
            .collect_view()
    });
    let cohort_id = grid.with_value(|grid| grid.cohort_id);
    view! {
        <PageTitle text=heading.clone()/>
        <p class="crumbs"><a href=urls::cohort(cohort_id)>{grid.with_value(|grid| grid.cohort_name.clone())}</a></p>
        <h1 id="rooster-titel">{heading}</h1>
        <p class="muted needs-script" id="rooster-uitleg">{t!("assessment-grid-keys")}</p>
        <div class="grid-tools needs-script">
            <button type="button" class="secondary" on:click=move |_| act(GridKey::Row)>{t!("assessment-grid-row")}</button>
            <button type="button" class="secondary" on:click=move |_| act(GridKey::Column)>{t!("assessment-grid-column")}</button>
        </div>
        <div class="matrix-scroll">
            <table class="table matrix assessment-grid" role="grid" aria-multiselectable="true" aria-labelledby="rooster-titel" aria-describedby="rooster-uitleg" on:keydown=keydown>
                <thead><tr><th scope="col">{t!("cohort-column-student")}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <CellDetails grid focus/>
        <RecordMarks grid work record/>
        <PerStudent grid/>
    }
    .into_any()
}

/// Each student's review page of the unit: one student at a time, which also works without
/// JavaScript (the grid itself needs it).
#[component]
fn PerStudent(grid: StoredValue<AssessmentGrid>) -> impl IntoView {
    let links = grid.with_value(|grid| {
        grid.rows
            .iter()
            .map(|row| {
                let href = urls::review(row.student.id, &grid.framework_code, &grid.unit.code);
                view! { <li><a href=href>{row.student.name.clone()}</a></li> }
            })
            .collect_view()
    });
    view! {
        <details class="card" data-testid="grid-per-student">
            <summary>{t!("assessment-grid-per-student")}</summary>
            <ul>{links}</ul>
        </details>
    }
}

/// Moves the grid's one tab stop to `cell` and the keyboard's focus with it.
fn move_focus(focus: RwSignal<Cell>, cell: Cell) {
    focus.set(cell);
    focus_element(&cell_id(cell));
}

fn cell_id((row, column): Cell) -> String {
    format!("rooster-{row}-{column}")
}

/// Gives the element with this id keyboard focus (in the browser; nothing on the server).
fn focus_element(id: &str) {
    use wasm_bindgen::JsCast;
    let element =
        document().get_element_by_id(id).and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// One cell: the skill's status in words, and the mark the assessor gave it.
#[component]
fn GridCellView(
    grid: StoredValue<AssessmentGrid>,
    cell: Cell,
    marks: RwSignal<Marks>,
    focus: RwSignal<Cell>,
) -> impl IntoView {
    let (row, column) = cell;
    let (status, evidence) = grid.with_value(|grid| {
        let found = &grid.rows[row].cells[column];
        (found.status, found.evidence.len())
    });
    let mark = move || marks.with(|marks| marks.get(cell));
    let mark_text = move || {
        mark().map(|verdict| match verdict {
            Verdict::Achieved => t!("assessment-grid-marked-achieved"),
            Verdict::NotYet => t!("assessment-grid-marked-not-yet"),
        })
    };
    let evidence_text = (evidence > 0).then(
        || view! { " " <span class="cell-count">{t!("assessment-grid-evidence", count = evidence)}</span> },
    );
    view! {
        <td
            id=cell_id(cell)
            role="gridcell"
            class="cell"
            class:marked-achieved=move || mark() == Some(Verdict::Achieved)
            class:marked-not-yet=move || mark() == Some(Verdict::NotYet)
            tabindex=move || if focus.get() == cell { "0" } else { "-1" }
            aria-selected=move || mark().is_some().to_string()
            on:focus=move |_| focus.set(cell)
            on:click=move |_| move_focus(focus, cell)
        >
            <span class="cell-label">{status.label()}</span>
            {evidence_text}
            <strong class="cell-mark">{mark_text}</strong>
        </td>
    }
}

/// The focused cell spelled out, with links to its evidence: Enter on a cell comes here.
#[component]
fn CellDetails(grid: StoredValue<AssessmentGrid>, focus: RwSignal<Cell>) -> impl IntoView {
    let titles: HashMap<EvidenceId, String> = grid.with_value(|grid| grid.titles.iter().cloned().collect());
    let details = move || {
        let (row, column) = focus.get();
        grid.with_value(|grid| {
            let (student, skill) = (&grid.rows[row], &grid.skills[column]);
            let cell = &student.cells[column];
            let links = cell
                .evidence
                .iter()
                .enumerate()
                .map(|(place, id)| {
                    let title = titles.get(id).cloned().unwrap_or_else(|| id.to_string());
                    let first = (place == 0).then_some("rooster-bewijs");
                    view! { <li><a id=first href=urls::evidence_file(*id) target="_blank" rel="noopener">{title}</a></li> }
                })
                .collect_view();
            let none = cell.evidence.is_empty().then(|| view! { <p class="muted">{t!("assessment-grid-no-evidence")}</p> });
            view! {
                <p><strong>{student.student.name.clone()}</strong> " · " {format!("{} {}", skill.nr, skill.text)} " · " {cell.status.label()}</p>
                <ul>{links}</ul>
                {none}
            }
        })
    };
    view! { <section class="card" data-testid="grid-cell">{details}</section> }
}

/// The form that records every mark at once: the shared "not yet" comment, and the note of
/// what was seen for cells without evidence.
#[component]
fn RecordMarks(
    grid: StoredValue<AssessmentGrid>,
    work: Work,
    record: ServerAction<RecordGrid>,
) -> impl IntoView {
    let Work { marks, not_yet, observed, .. } = work;
    let counts = move || grid.with_value(|grid| marks.with(|marks| marks.counts(grid)));
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let input = grid.with_value(|grid| GridDecisionInput {
            cohort_id: grid.cohort_id,
            unit: grid.unit.code.clone(),
            marks: marks.with_untracked(|marks| marks.to_input(grid)),
            not_yet_comment: not_yet.get_untracked(),
            observed_note: observed.get_untracked(),
        });
        record.dispatch(RecordGrid { input });
    };
    view! {
        <form class="card stack needs-script" on:submit=submit data-testid="grid-record">
            <p>{move || { let (achieved, not_yet, _) = counts(); t!("assessment-grid-counts", achieved = achieved, not_yet = not_yet) }}</p>
            <label>
                {t!("assessment-grid-not-yet-comment")}
                <textarea rows="2" prop:value=not_yet on:input=move |e| not_yet.set(event_target_value(&e))></textarea>
            </label>
            <label>
                {move || t!("assessment-grid-observed", count = counts().2)}
                <input type="text" maxlength="500" prop:value=observed on:input=move |e| observed.set(event_target_value(&e))/>
            </label>
            <button type="submit" disabled=move || marks.with(Marks::is_empty)>
                {move || { let (achieved, not_yet, _) = counts(); t!("assessment-grid-record", count = achieved + not_yet) }}
            </button>
        </form>
    }
}
