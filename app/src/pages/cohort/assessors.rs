//! The assessors of a cohort (assign one, remove one), and archiving the cohort.

use domain::{AccountId, CohortId};
use leptos::prelude::*;

use crate::api::cohorts::{cohort_details, list_assessors, ArchiveCohort, SetCohortAssessor};
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
            <p>
                <button type="button" class="danger" on:click=move |_| {
                    let sure = window().confirm_with_message(&t!("cohort-archive-confirm")).unwrap_or(false);
                    if sure {
                        archive.dispatch(ArchiveCohort { cohort_id: cohort });
                    }
                }>{t!("cohort-archive")}</button>
            </p>
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
    let chosen = RwSignal::new(String::new());
    let assigned = assigned
        .into_iter()
        .map(|assessor| {
            let id = assessor.id;
            view! {
                <li>
                    {assessor.name}
                    " "
                    <button type="button" class="link" on:click=move |_| {
                        change.dispatch(SetCohortAssessor { cohort_id: cohort, assessor_id: id, assigned: false });
                    }>{t!("cohort-assessor-remove")}</button>
                </li>
            }
        })
        .collect_view();
    let options = all
        .into_iter()
        .map(|assessor| view! { <option value=assessor.id.to_string()>{assessor.name}</option> })
        .collect_view();
    let assign = move |_| {
        if let Ok(assessor_id) = chosen.get_untracked().parse::<AccountId>() {
            change.dispatch(SetCohortAssessor { cohort_id: cohort, assessor_id, assigned: true });
        }
    };
    view! {
        <ul>{assigned}</ul>
        <div class="filters">
            <label>
                {t!("cohort-assessor-assign-label")}
                <select on:change=move |e| chosen.set(event_target_value(&e))>
                    <option value="">{t!("cohort-assessor-choose")}</option>
                    {options}
                </select>
            </label>
            <button type="button" on:click=assign>{t!("cohort-assessor-assign")}</button>
        </div>
    }
}
