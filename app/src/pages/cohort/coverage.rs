//! `/groepen/:id/dekking`: a cohort's coverage of the frameworks its programme leads to (EVC):
//! every student against every competency of, say, BK-0331-4. A page of its own, linked from the
//! cohort's page: a table per framework as large as the readiness matrix.

use domain::crosswalk::Coverage;
use domain::CohortId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::cohorts::{cohort_coverages, cohort_details};
use crate::components::loaded::loaded_pair;
use crate::components::scroll_box::ScrollBox;
use crate::components::title::PageTitle;
use crate::dto::CohortCoverage;
use crate::i18n::labels::Label;
use crate::t;
use crate::urls;

/// `/groepen/:id/dekking`: one table per related framework.
#[component]
pub fn CohortCoveragePage() -> impl IntoView {
    let params = use_params_map();
    let cohort =
        move || params.read().get("id").and_then(|id| id.parse::<CohortId>().ok()).unwrap_or_default();
    let details = Resource::new(cohort, cohort_details);
    let coverages = Resource::new(cohort, cohort_coverages);
    loaded_pair(details, coverages, move || {
        move |details: crate::dto::CohortView, coverages: Vec<CohortCoverage>| {
            let heading = t!("cohort-coverage-heading", cohort = details.name.as_str());
            let none =
                coverages.is_empty().then(|| view! { <p class="muted">{t!("cohort-coverage-none")}</p> });
            let tables =
                coverages.into_iter().map(|coverage| view! { <CoverageTable coverage/> }).collect_view();
            view! {
                <PageTitle text=heading.clone()/>
                <p class="crumbs"><a href=urls::cohort(details.id)>{details.name.clone()}</a></p>
                <h1>{heading}</h1>
                <p class="muted">{t!("cohort-coverage-explanation")}</p>
                {none}
                {tables}
            }
            .into_any()
        }
    })
}

#[component]
fn CoverageTable(coverage: CohortCoverage) -> impl IntoView {
    let head = coverage
        .students
        .first()
        .map(|row| {
            row.competencies
                .iter()
                .map(|competency| view! { <th scope="col" title=competency.title.clone()>{competency.nr.clone()}</th> })
                .collect_view()
        });
    let rows = coverage
        .students
        .into_iter()
        .map(|row| {
            let cells = row
                .competencies
                .into_iter()
                .map(|competency| {
                    let total = competency.covered + competency.needs_decision + competency.not_covered;
                    let (class, word) = match competency.coverage {
                        Coverage::Covered => ("cell done", t!("coverage-covered")),
                        Coverage::NeedsDecision => ("cell busy", t!("cohort-coverage-needs-decision")),
                        Coverage::NotCovered => ("cell", t!("coverage-not-covered")),
                    };
                    view! { <td class=class title=competency.coverage.label()>{format!("{word} {}/{total}", competency.covered)}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{row.student.name}</th>{cells}</tr> }
        })
        .collect_view();
    let summary = t!(
        "cohort-coverage-summary",
        framework = coverage.framework.to_string(),
        title = coverage.title.as_str()
    );
    view! {
        <section class="card" data-testid="cohort-coverage" data-framework=coverage.framework.to_string()>
            <h2>{summary.clone()}</h2>
            <ScrollBox label=summary>
                <table class="table">
                    <thead><tr><th scope="col">{t!("cohort-column-student")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollBox>
        </section>
    }
}
