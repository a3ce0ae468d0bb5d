//! The assessors of a cohort (assign one, remove one), and archiving the cohort: plain forms,
//! so they work before hydration and without JavaScript.

use domain::CohortId;
use leptos::prelude::*;

use crate::api::cohorts::{cohort_details, list_assessors, ArchiveCohort, SetCohortAssessor};
use crate::components::forms::hidden_fields;
use crate::components::loaded::{first_refusal, loaded_pair};
use crate::dto::{CohortView, PersonView};
use crate::t;
use crate::urls;

/// The assessors of the cohort: assign one, remove one; and archiving the cohort.
#[component]
pub(super) fn CohortAssessors(cohort: CohortId) -> impl IntoView {
    let change = ServerAction::<SetCohortAssessor>::new();
    let archive = ServerAction::<ArchiveCohort>::new();
    let details = Resource::new(move || change.version().get(), move |_| cohort_details(cohort));
    let assessors = Resource::new(|| (), |_| list_assessors());
    Effect::new(move |_| {
        if let Some(Ok(())) = archive.value().get() {
            leptos_router::hooks::use_navigate()(urls::home(), Default::default());
        }
    });
    let failure = move || {
        first_refusal([
            change.value().get().and_then(Result::err),
            archive.value().get().and_then(Result::err),
        ])
    };
    view! {
        <section class="card stack no-print" data-testid="cohort-assessors">
            <h2>{t!("cohort-assessors")}</h2>
            // One boundary for both lists, so the section hydrates as it was rendered.
            {loaded_pair(details, assessors, move || move |details: CohortView, assessors| {
                view! { <AssessorChoice cohort assigned=details.assessors all=assessors change/> }.into_any()
            })}
            // Asks first (a fold to open); once it is archived, on to the home page.
            <details class="archive">
                <summary class="button secondary">{t!("cohort-archive")}</summary>
                <ActionForm action=archive attr:class="stack">
                    {hidden_fields(&ArchiveCohort { cohort_id: cohort })}
                    <p>{t!("cohort-archive-confirm")}</p>
                    <button type="submit" class="danger">{t!("cohort-archive-yes")}</button>
                </ActionForm>
            </details>
            {failure}
        </section>
    }
}

#[component]
fn AssessorChoice(
    cohort: CohortId,
    assigned: Vec<PersonView>,
    all: Vec<PersonView>,
    change: ServerAction<SetCohortAssessor>,
) -> impl IntoView {
    // Only who is not assigned yet can be chosen.
    let options = all
        .into_iter()
        .filter(|assessor| !assigned.iter().any(|assigned| assigned.id == assessor.id))
        .map(|assessor| view! { <option value=assessor.id.to_string()>{assessor.name}</option> })
        .collect_view();
    let assigned = assigned
        .into_iter()
        .map(|assessor| {
            let id = assessor.id;
            let label = t!("cohort-assessor-remove-label", name = assessor.name.as_str());
            view! {
                <li>
                    {assessor.name}
                    " "
                    <ActionForm action=change attr:class="inline">
                        {hidden_fields(&SetCohortAssessor { cohort_id: cohort, assessor_id: id, assigned: false })}
                        <button type="submit" class="link" aria-label=label>{t!("cohort-assessor-remove")}</button>
                    </ActionForm>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul>{assigned}</ul>
        <ActionForm action=change attr:class="filters">
            <input type="hidden" name="cohort_id" value=cohort.to_string()/>
            <input type="hidden" name="assigned" value="true"/>
            <label>
                {t!("cohort-assessor-assign-label")}
                <select name="assessor_id" required>
                    <option value="">{t!("cohort-assessor-choose")}</option>
                    {options}
                </select>
            </label>
            <button type="submit">{t!("cohort-assessor-assign")}</button>
        </ActionForm>
    }
}
