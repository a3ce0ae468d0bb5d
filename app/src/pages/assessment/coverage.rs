//! A student's coverage of related frameworks (EVC) on their page: per competency of, say,
//! BK-0331-4, whether their decisions in the programme cover it, and for an assessor the related
//! correspondences to confirm.

use domain::crosswalk::{CompetencyCoverage, Coverage, Link};
use domain::StudentId;
use leptos::prelude::*;

use crate::api::assessment::{student_coverage, ConfirmCoverage};
use crate::components::forms::hidden_fields;
use crate::components::loaded::{first_refusal, loaded};
use crate::components::scroll_box::ScrollBox;
use crate::dto::{ConfirmationInput, StudentCoverage};
use crate::i18n::labels::Label;
use crate::t;

/// Every related framework the student's programmes lead to, each with its coverage.
#[component]
pub(super) fn StudentCoverages(student: StudentId) -> impl IntoView {
    let confirm = ServerAction::<ConfirmCoverage>::new();
    let coverages = Resource::new(move || confirm.version().get(), move |_| student_coverage(student));
    view! {
        {loaded(coverages, move |coverages| {
            coverages
                .into_iter()
                .map(|coverage| view! { <CoverageCard student coverage confirm/> })
                .collect_view()
                .into_any()
        })}
        {move || first_refusal([confirm.value().get().and_then(Result::err)])}
    }
}

#[component]
fn CoverageCard(
    student: StudentId,
    coverage: StudentCoverage,
    confirm: ServerAction<ConfirmCoverage>,
) -> impl IntoView {
    let StudentCoverage { framework, title, competencies, links, may_confirm } = coverage;
    let covered = competencies.iter().filter(|competency| competency.coverage == Coverage::Covered).count();
    let summary = t!("assessment-coverage-summary", covered = covered, total = competencies.len());
    let rows = competencies
        .into_iter()
        .map(|competency| {
            let framework = framework.clone();
            let links: Vec<Link> = match may_confirm {
                true => {
                    competency.confirmable.iter().filter_map(|index| links.get(*index).cloned()).collect()
                }
                false => Vec::new(),
            };
            view! { <CoverageRow student framework competency links confirm/> }
        })
        .collect_view();
    let heading = t!("assessment-coverage-heading", framework = framework.to_string(), title = title);
    view! {
        <article class="card" data-testid="coverage" data-framework=framework.to_string()>
            <h2>{heading.clone()}</h2>
            <p class="muted">{summary}</p>
            <ScrollBox label=heading>
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{t!("assessment-coverage-competence")}</th>
                            <th scope="col">{t!("assessment-coverage-coverage")}</th>
                            <th scope="col" class="number">{t!("assessment-coverage-covered")}</th>
                            <th scope="col">{t!("assessment-coverage-to-confirm")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollBox>
        </article>
    }
}

#[component]
fn CoverageRow(
    student: StudentId,
    framework: domain::FrameworkCode,
    competency: CompetencyCoverage,
    links: Vec<Link>,
    confirm: ServerAction<ConfirmCoverage>,
) -> impl IntoView {
    let total = competency.covered + competency.needs_decision + competency.not_covered;
    let buttons = links
        .into_iter()
        .map(|link| {
            let framework = framework.clone();
            let names = |skills: &[domain::SkillId]| {
                skills.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
            };
            let label =
                t!("assessment-coverage-confirm", skills = names(&link.to), basis = names(&link.from));
            let input = ConfirmationInput { framework: framework.clone(), link };
            view! {
                <ActionForm action=confirm attr:class="confirm-coverage">
                    {hidden_fields(&ConfirmCoverage { student_id: student, input })}
                    <button type="submit" class="secondary">{label}</button>
                </ActionForm>
            }
        })
        .collect_view();
    view! {
        <tr data-competency=competency.nr.clone()>
            <td>{format!("{} {} – {}", competency.unit, competency.nr, competency.title)}</td>
            <td>{competency.coverage.label()}</td>
            <td class="number">{format!("{}/{total}", competency.covered)}</td>
            <td>{buttons}</td>
        </tr>
    }
}
