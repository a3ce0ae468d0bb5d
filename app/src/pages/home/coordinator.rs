//! A coordinator's home: every running cohort, and the way to a new one.

use leptos::prelude::*;

use super::cohorts::CohortTable;
use crate::api::home::all_cohorts;
use crate::components::loaded::loaded;
use crate::dto::UserView;
use crate::t;
use crate::urls;

#[component]
pub(super) fn CoordinatorHome(user: UserView) -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| all_cohorts());
    view! {
        <section data-testid="coordinator-home">
            <h1>{t!("cohort-cohorts")}</h1>
            <p class="muted">{t!("cohort-coordinator-welcome", name = user.name)}</p>
            <p>
                <a class="button" href=urls::new_cohort()>{t!("cohort-new")}</a>
            </p>
            {loaded(cohorts, |cohorts| view! { <CohortTable cohorts/> }.into_any())}
        </section>
    }
}
