//! A cohort's coverage of the frameworks its programme leads to (EVC): every student against
//! every competency of, say, BK-0331-4, folded under the readiness matrix.

use domain::crosswalk::Coverage;
use domain::CohortId;
use leptos::prelude::*;

use crate::api::cohorts::cohort_coverages;
use crate::components::loaded::loaded;
use crate::components::scroll_box::ScrollBox;
use crate::dto::CohortCoverage;
use crate::i18n::labels::Label;
use crate::t;

/// One folded table per related framework.
#[component]
pub(super) fn CohortCoverages(cohort: CohortId) -> impl IntoView {
    let coverages = Resource::new(move || cohort, cohort_coverages);
    loaded(coverages, |coverages| {
        coverages.into_iter().map(|coverage| view! { <CoverageTable coverage/> }).collect_view().into_any()
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
        <details class="card" data-testid="cohort-coverage" data-framework=coverage.framework.to_string()>
            <summary>{summary.clone()}</summary>
            <p class="muted">{t!("cohort-coverage-explanation")}</p>
            <ScrollBox label=summary>
                <table class="table">
                    <thead><tr><th scope="col">{t!("cohort-column-student")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollBox>
        </details>
    }
}
