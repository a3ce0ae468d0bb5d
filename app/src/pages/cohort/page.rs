//! `/groepen/:id`: the readiness matrix, and the forms of an active cohort for whoever manages
//! cohorts, or the note that it is archived.

use domain::policy::{may, Action};
use domain::CohortId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::assessors::CohortAssessors;
use super::import::EnrolmentImport;
use super::matrix::ReadinessMatrix;
use super::version::CohortVersion;
use crate::api::cohorts::{cohort_details, readiness_of_cohort, EnrolKeptList, EnrolStudents};
use crate::components::loaded::loaded;
use crate::dto::UnitHead;
use crate::session::Session;
use crate::t;
use crate::urls;

/// `/groepen/:id`: one cohort.
#[component]
pub fn CohortPage() -> impl IntoView {
    let params = use_params_map();
    let cohort =
        move || params.read().get("id").and_then(|id| id.parse::<CohortId>().ok()).unwrap_or_default();
    let enrol = ServerAction::<EnrolStudents>::new();
    let enrol_kept = ServerAction::<EnrolKeptList>::new();
    let overview = Resource::new(
        move || (cohort(), enrol.version().get(), enrol_kept.version().get()),
        |(cohort, ..)| readiness_of_cohort(cohort),
    );
    let details = Resource::new(cohort, cohort_details);
    let session = expect_context::<Session>();
    view! {
        {loaded(overview, |overview| view! { <ReadinessMatrix overview/> }.into_any())}
        <p class="no-print"><a href=move || urls::cohort_coverage(cohort())>{t!("cohort-coverage-link")}</a></p>
        // Who is signed in and the cohort's standing are resources too: read under their own
        // boundary, so the server and the browser render the same markup whichever resolves first.
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let decides = session.user.await.ok().flatten().is_some_and(|user| may(user.role, Action::DecideSkills));
                let units = overview.await.map(|overview| overview.units).unwrap_or_default();
                decides.then(|| view! { <GridLinks cohort=cohort() units/> })
            })}
        </Transition>
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let manages = session.user.await.ok().flatten().is_some_and(|user| may(user.role, Action::ManageCohorts));
                let details = details.await.ok()?;
                match (manages, details.archived) {
                    (_, true) => Some(view! {
                        <p class="muted" data-testid="archived">{t!("cohort-archived")}</p>
                    }.into_any()),
                    (true, false) => Some(view! {
                        {(details.framework_version < details.newest_version).then(|| view! {
                            <CohortVersion
                                cohort=cohort()
                                framework=details.framework_code.clone()
                                current=details.framework_version
                                newest=details.newest_version
                            />
                        })}
                        <p><a href=urls::cohort_deliberation(cohort())>{t!("cohort-deliberation-title")}</a></p>
                        <EnrolmentImport cohort=cohort() enrol enrol_kept/>
                        <CohortAssessors cohort=cohort()/>
                    }.into_any()),
                    (false, false) => None,
                }
            })}
        </Transition>
    }
}

/// For the cohort's assessor: a link to the assessment grid of each unit.
#[component]
fn GridLinks(cohort: CohortId, units: Vec<UnitHead>) -> impl IntoView {
    let links = units
        .into_iter()
        .map(|unit| view! { <li><a href=urls::grid(cohort, &unit.code)>{format!("{} {}", unit.code, unit.title)}</a></li> })
        .collect_view();
    view! {
        <nav class="card" aria-labelledby="rooster-links">
            <h2 id="rooster-links">{t!("assessment-grid-links")}</h2>
            <ul>{links}</ul>
        </nav>
    }
}
