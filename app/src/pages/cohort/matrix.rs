//! The readiness matrix of a cohort: a row per student, a cell per unit, with search, filter,
//! sort and the export links.

use domain::{UnitCode, UnitStatus};
use leptos::prelude::*;

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
    // The same table the CSV and Excel files are made from, in the order the server gave.
    let table = StoredValue::new(ReadinessTable::of(&overview).rows);
    let rows = move || {
        let query = search.get().trim().to_lowercase();
        let mut shown: Vec<ReadinessRow> = table.with_value(|rows| {
            rows.iter()
                .filter(|row| query.is_empty() || row.student.name.to_lowercase().contains(&query))
                .filter(|row| filter.get().keeps(row))
                .cloned()
                .collect()
        });
        if by_progress.get() {
            // Stable: students with equal progress keep the server's order.
            shown.sort_by_key(|row| std::cmp::Reverse(row.achieved));
        }
        shown
            .into_iter()
            .map(|row| {
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
                    <tr data-student=row.student.id.get()>
                        <th scope="row"><a href=urls::student(row.student.id)>{row.student.name.clone()}</a></th>
                        {cells}
                        <td class="number">{row.progress}</td>
                        <td class="certificate">{row.certificate}</td>
                    </tr>
                }
            })
            .collect_view()
    };
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
                <tbody>{rows}</tbody>
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
