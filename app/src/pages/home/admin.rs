//! An administrator's home: the number of accounts per role, and every cohort.

use leptos::prelude::*;

use super::cohorts::CohortTable;
use crate::api::home::{account_counts, all_cohorts};
use crate::components::loaded::loaded;
use crate::dto::UserView;
use crate::i18n::labels::Label;
use crate::t;

#[component]
pub(super) fn AdminHome(user: UserView) -> impl IntoView {
    let counts = Resource::new(|| (), |_| account_counts());
    let cohorts = Resource::new(|| (), |_| all_cohorts());
    view! {
        <section data-testid="admin-home">
            <h1>{t!("admin-home-heading")}</h1>
            <p class="muted">{t!("admin-home-welcome", name = user.name)}</p>
            <h2>{t!("admin-home-accounts")}</h2>
            {loaded(
                counts,
                |counts| {
                    view! {
                        <table class="table compact">
                            <thead>
                                <tr>
                                    <th scope="col">{t!("admin-home-role")}</th>
                                    <th scope="col" class="number">{t!("admin-home-accounts")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {counts
                                    .into_iter()
                                    .map(|count| {
                                        view! {
                                            <tr>
                                                <td>{count.role.label()}</td>
                                                <td class="number">{count.accounts}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                        .into_any()
                },
            )}
            <h2>{t!("admin-home-cohorts")}</h2>
            {loaded(cohorts, |cohorts| view! { <CohortTable cohorts/> }.into_any())}
        </section>
    }
}
