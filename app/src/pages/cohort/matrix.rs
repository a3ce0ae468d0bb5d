//! The readiness matrix of a cohort: a row per student, a cell per unit, with search, filter,
//! sort and the export links.

use domain::{UnitCode, UnitStatus};
use leptos::prelude::*;

use crate::components::inert::{inert, Inert};
use crate::components::title::PageTitle;
use crate::dto::CohortReadiness;
use crate::readiness_table::{self as table, ReadinessRow, ReadinessTable};
use crate::t;
use crate::urls;

/// Which rows to show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    ReadyForCertificate,
    UnitReady,
    NeedsAttention,
}

impl Filter {
    const ALL: [(Filter, &'static str); 4] = [
        (Filter::All, "all"),
        (Filter::ReadyForCertificate, "certificate"),
        (Filter::UnitReady, "unit-ready"),
        (Filter::NeedsAttention, "attention"),
    ];

    fn label(self) -> String {
        match self {
            Filter::All => t!("cohort-filter-all"),
            Filter::ReadyForCertificate => t!("cohort-filter-certificate"),
            Filter::UnitReady => t!("cohort-filter-unit-ready"),
            Filter::NeedsAttention => t!("cohort-filter-attention"),
        }
    }

    fn keeps(self, row: &ReadinessRow) -> bool {
        match self {
            Filter::All => true,
            Filter::ReadyForCertificate => row.ready_for_certificate,
            Filter::UnitReady => {
                row.cells.iter().any(|cell| cell.status == UnitStatus::ReadyForDeelcertificaat)
            }
            Filter::NeedsAttention => row.cells.iter().any(|cell| cell.needs_attention),
        }
    }
}

#[component]
pub(super) fn ReadinessMatrix(overview: CohortReadiness) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let by_progress = RwSignal::new(false);
    let filter = RwSignal::new(Filter::All);
    let cohort_id = overview.cohort_id;
    let framework = overview.framework_code.clone();
    let units: Vec<UnitCode> = overview.units.iter().map(|unit| unit.code.clone()).collect();
    let tbody = NodeRef::<leptos::html::Tbody>::new();
    // How many rows a search or filter leaves: none is said, not shown as an empty table.
    let matching = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        let shown = Shown {
            query: search.get().trim().to_lowercase(),
            filter: filter.get(),
            by_progress: by_progress.get(),
        };
        if let Some(tbody) = tbody.get() {
            matching.set(Some(shown.arrange(&tbody)));
        }
    });
    let nobody = move || {
        (matching.get() == Some(0)).then(
            || view! { <p class="muted" data-testid="nobody-shown">{t!("cohort-matrix-nobody-shown")}</p> },
        )
    };
    let body = matrix_body(&overview, &units, &framework, tbody);
    let heads = overview
        .units
        .iter()
        .map(|unit| view! { <th scope="col" title=unit.title.clone()>{unit.code.to_string()}</th> })
        .collect_view();
    let totals = overview
        .totals
        .iter()
        .map(|total| {
            view! {
                <td class="totals">
                    {t!("cohort-matrix-totals", awarded = total.awarded, ready = total.ready, busy = total.in_progress)}
                </td>
            }
        })
        .collect_view();
    let filters = Filter::ALL
        .into_iter()
        .map(|(filter, value)| view! { <option value=value>{filter.label()}</option> })
        .collect_view();
    view! {
        <PageTitle text=overview.cohort_name.clone()/>
        <h1>{overview.cohort_name.clone()}</h1>
        <p class="muted">
            {t!(
                "cohort-matrix-framework",
                title = overview.framework_title.as_str(),
                version = overview.framework_version,
                year = overview.school_year.as_str(),
            )}
            {overview.profile.clone().map(|profile| t!("cohort-matrix-profile", profile = profile))}
        </p>
        <div class="filters no-print">
            <label class="needs-script">{t!("cohort-matrix-search")} <input type="search" prop:value=search on:input=move |e| search.set(event_target_value(&e))/></label>
            <label class="needs-script">
                {t!("cohort-matrix-show")}
                <select on:change=move |e| {
                    let value = event_target_value(&e);
                    let chosen = Filter::ALL.into_iter().find(|(_, key)| *key == value).map_or(Filter::All, |(f, _)| f);
                    filter.set(chosen);
                }>{filters}</select>
            </label>
            <label class="needs-script">
                {t!("cohort-matrix-sort")}
                <select on:change=move |e| by_progress.set(event_target_value(&e) == "progress")>
                    <option value="name">{t!("cohort-name")}</option>
                    <option value="progress">{t!("cohort-matrix-progress")}</option>
                </select>
            </label>
            <p class="exports">
                <a href=urls::readiness_csv(cohort_id) download>{t!("cohort-matrix-csv")}</a>
                " · "
                <a href=urls::readiness_xlsx(cohort_id) download>{t!("cohort-matrix-excel")}</a>
                " · "
                <a href=urls::report_pdf(cohort_id) download>{t!("cohort-matrix-pdf")}</a>
                " · "
                <a href=urls::cohort_report(cohort_id)>{t!("cohort-matrix-print-report")}</a>
            </p>
        </div>
        <div class="matrix-scroll">
            <table class="table matrix" data-testid="readiness">
                <thead>
                    <tr>
                        <th scope="col">{t!("cohort-column-student")}</th>
                        {heads}
                        <th scope="col" class="number">{t!("cohort-matrix-achieved")}</th>
                        <th scope="col">{t!("cohort-matrix-certificate")}</th>
                    </tr>
                </thead>
                {body}
                <tfoot>
                    <tr>
                        <th scope="row">{t!("cohort-matrix-total")}</th>
                        {totals}
                        <td></td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <div role="status">{nobody}</div>
    }
}

/// The matrix's rows, every student once, in the server's order, left alone by hydration
/// ([`inert`]): searching, filtering and sorting show, hide and move them ([`Shown::arrange`])
/// instead of rendering them again.
fn matrix_body(
    overview: &CohortReadiness,
    units: &[UnitCode],
    framework: &domain::FrameworkCode,
    tbody: NodeRef<leptos::html::Tbody>,
) -> AnyView {
    // The same table the CSV and Excel files are made from, in the order the server gave: its
    // words are made only when rendered, not while hydrating.
    let rows = || {
        ReadinessTable::of(overview)
            .rows
            .into_iter()
            .enumerate()
            .map(|(order, row)| view! { <MatrixRow row order units=units.to_vec() framework=framework.clone()/> })
            .collect_view()
    };
    match inert(rows) {
        Inert::Html(html) => view! { <tbody node_ref=tbody inner_html=html></tbody> }.into_any(),
        Inert::View(rows) => view! { <tbody node_ref=tbody>{rows}</tbody> }.into_any(),
    }
}

/// One student's row, with what searching, filtering and sorting read in its `data-` attributes.
#[component]
fn MatrixRow(
    row: ReadinessRow,
    order: usize,
    units: Vec<UnitCode>,
    framework: domain::FrameworkCode,
) -> impl IntoView {
    let keeps: Vec<&str> =
        Filter::ALL.iter().filter(|(filter, _)| filter.keeps(&row)).map(|(_, key)| *key).collect();
    let cells = row
        .cells
        .into_iter()
        .zip(&units)
        .map(|(cell, unit)| {
            let href = urls::review(row.student.id, &framework, unit);
            view! { <StatusCell cell href/> }
        })
        .collect_view();
    view! {
        <tr
            data-student=row.student.id.get()
            data-name=row.student.name.to_lowercase()
            data-keeps=keeps.join(" ")
            data-achieved=row.achieved
            data-order=order
        >
            <th scope="row"><a href=urls::student(row.student.id)>{row.student.name.clone()}</a></th>
            {cells}
            <td class="number">{row.progress}</td>
            <td class="certificate">{row.certificate}</td>
        </tr>
    }
}

/// Which rows show, and in which order.
struct Shown {
    /// Part of a name, lower-case; empty for everyone.
    query: String,
    filter: Filter,
    by_progress: bool,
}

impl Shown {
    /// Hides the rows that do not match and puts the rest in order (by progress, most first,
    /// else the server's order): moves only when the order changes. Answers how many show.
    fn arrange(&self, tbody: &web_sys::HtmlTableSectionElement) -> usize {
        use wasm_bindgen::JsCast;
        let key = self.filter_key();
        let children = tbody.children();
        let mut rows: Vec<(u32, usize, web_sys::HtmlElement)> = (0..children.length())
            .filter_map(|index| children.item(index)?.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|row| {
                let number =
                    |name: &str| row.get_attribute(name).and_then(|value| value.parse().ok()).unwrap_or(0);
                (number("data-achieved"), number("data-order") as usize, row)
            })
            .collect();
        let mut matching = 0;
        for (_, _, row) in &rows {
            let name = row.get_attribute("data-name").unwrap_or_default();
            let keeps = row.get_attribute("data-keeps").unwrap_or_default();
            let matches = name.contains(&self.query) && keeps.split(' ').any(|kept| kept == key);
            row.set_hidden(!matches);
            matching += usize::from(matches);
        }
        let before: Vec<usize> = rows.iter().map(|(_, order, _)| *order).collect();
        if self.by_progress {
            rows.sort_by_key(|(achieved, order, _)| (std::cmp::Reverse(*achieved), *order));
        } else {
            rows.sort_by_key(|(_, order, _)| *order);
        }
        if rows.iter().map(|(_, order, _)| *order).ne(before) {
            for (_, _, row) in &rows {
                let _ = tbody.append_child(row);
            }
        }
        matching
    }

    fn filter_key(&self) -> &'static str {
        Filter::ALL.iter().find(|(filter, _)| *filter == self.filter).map_or("all", |(_, key)| key)
    }
}

/// One student in one unit: the status in words (not colour alone) and the count.
#[component]
fn StatusCell(cell: table::StatusCell, href: String) -> impl IntoView {
    view! {
        <td class=cell.tone.class()>
            <a href=href>
                <span class="cell-label">{cell.label}</span>
                <span class="cell-count">{cell.count}</span>
            </a>
        </td>
    }
}
