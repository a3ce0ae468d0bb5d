//! `/groepen/:id`: the readiness of a cohort, every student against every unit, to search,
//! sort, filter, export and print.

use domain::UnitStatus;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::common::loaded;
use crate::api::cohorts::readiness_of_cohort;
use crate::dto::{CohortReadiness, StudentReadiness, UnitCell};

#[component]
pub fn CohortPage() -> impl IntoView {
    let params = use_params_map();
    let cohort = move || params.read().get("id").and_then(|id| id.parse::<i64>().ok()).unwrap_or_default();
    let overview = Resource::new(cohort, readiness_of_cohort);
    view! { {loaded(overview, |overview| view! { <ReadinessMatrix overview/> }.into_any())} }
}

/// Which rows to show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    ReadyForCertificate,
    UnitReady,
    NeedsAttention,
}

impl Filter {
    const ALL: [(Filter, &'static str, &'static str); 4] = [
        (Filter::All, "all", "Alle cursisten"),
        (Filter::ReadyForCertificate, "certificate", "Klaar voor het certificaat"),
        (Filter::UnitReady, "unit-ready", "Met een module klaar voor deelcertificaat"),
        (Filter::NeedsAttention, "attention", "Met een module die aandacht vraagt"),
    ];

    fn keeps(self, student: &StudentReadiness) -> bool {
        match self {
            Filter::All => true,
            Filter::ReadyForCertificate => student.ready_for_certificate,
            Filter::UnitReady => {
                student.units.iter().any(|cell| cell.status == UnitStatus::ReadyForDeelcertificaat)
            }
            Filter::NeedsAttention => student.units.iter().any(|cell| cell.needs_attention),
        }
    }
}

#[component]
fn ReadinessMatrix(overview: CohortReadiness) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let by_progress = RwSignal::new(false);
    let filter = RwSignal::new(Filter::All);
    let cohort_id = overview.cohort_id;
    let framework = overview.framework_code.to_string();
    let slugs: Vec<String> = overview.units.iter().map(|unit| unit.code.slug()).collect();
    let students = StoredValue::new(overview.students);
    let rows = move || {
        let query = search.get().trim().to_lowercase();
        let mut shown: Vec<StudentReadiness> = students.with_value(|students| {
            students
                .iter()
                .filter(|student| query.is_empty() || student.student.name.to_lowercase().contains(&query))
                .filter(|student| filter.get().keeps(student))
                .cloned()
                .collect()
        });
        if by_progress.get() {
            shown.sort_by(|a, b| {
                b.achieved.cmp(&a.achieved).then_with(|| a.student.name.cmp(&b.student.name))
            });
        }
        shown
            .into_iter()
            .map(|student| {
                let cells = student
                    .units
                    .iter()
                    .zip(&slugs)
                    .map(|(cell, slug)| {
                        let href = format!("/beoordelen/{}/{framework}/{slug}", student.student.id);
                        view! { <StatusCell cell=cell.clone() href/> }
                    })
                    .collect_view();
                view! {
                    <tr data-student=student.student.id>
                        <th scope="row"><a href=format!("/cursisten/{}", student.student.id)>{student.student.name.clone()}</a></th>
                        {cells}
                        <td class="number">{format!("{}/{}", student.achieved, student.total)}</td>
                        <td class="certificate">{if student.ready_for_certificate { "Klaar" } else { "Nog niet" }}</td>
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
                    {format!("{} behaald · {} klaar · {} bezig", total.awarded, total.ready, total.in_progress)}
                </td>
            }
        })
        .collect_view();
    let filters = Filter::ALL
        .into_iter()
        .map(|(_, value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    view! {
        <Title text=format!("{} – Vaardig", overview.cohort_name)/>
        <h1>{overview.cohort_name.clone()}</h1>
        <p class="muted">{format!("{} · schooljaar {}", overview.framework_title, overview.school_year)}</p>
        <div class="filters no-print">
            <label>"Zoek een cursist" <input type="search" prop:value=search on:input=move |e| search.set(event_target_value(&e))/></label>
            <label>
                "Toon"
                <select on:change=move |e| {
                    let value = event_target_value(&e);
                    let chosen = Filter::ALL.into_iter().find(|(_, key, _)| *key == value).map_or(Filter::All, |(f, _, _)| f);
                    filter.set(chosen);
                }>{filters}</select>
            </label>
            <label>
                "Sorteer op"
                <select on:change=move |e| by_progress.set(event_target_value(&e) == "progress")>
                    <option value="name">"Naam"</option>
                    <option value="progress">"Voortgang"</option>
                </select>
            </label>
            <p class="exports">
                <a href=format!("/api/v1/cohorts/{cohort_id}/readiness.csv") download>"Download CSV"</a>
            </p>
        </div>
        <div class="matrix-scroll">
            <table class="table matrix" data-testid="readiness">
                <thead>
                    <tr>
                        <th scope="col">"Cursist"</th>
                        {heads}
                        <th scope="col" class="number">"Behaald"</th>
                        <th scope="col">"Certificaat"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"Totaal"</th>
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
fn StatusCell(cell: UnitCell, href: String) -> impl IntoView {
    let class = match cell.status {
        UnitStatus::NotStarted => "cell not-started",
        UnitStatus::InProgress | UnitStatus::Submitted => "cell busy",
        UnitStatus::ReadyForDeelcertificaat => "cell ready",
        UnitStatus::Awarded if cell.needs_attention => "cell attention",
        UnitStatus::Awarded => "cell done",
    };
    let label = if cell.needs_attention { "Aandacht" } else { cell.status.short_label_nl() };
    view! {
        <td class=class>
            <a href=href>
                <span class="cell-label">{label}</span>
                <span class="cell-count">{format!("{}/{}", cell.achieved, cell.total)}</span>
            </a>
        </td>
    }
}
