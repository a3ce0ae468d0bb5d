//! An administrator's home: the number of accounts per role, and every cohort.

use leptos::prelude::*;

use super::cohorts::CohortTable;
use crate::api::home::{account_counts, all_cohorts};
use crate::components::loaded::loaded;
use crate::dto::UserView;
use crate::i18n::labels::Label;

#[component]
pub(super) fn AdminHome(user: UserView) -> impl IntoView {
    let counts = Resource::new(|| (), |_| account_counts());
    let cohorts = Resource::new(|| (), |_| all_cohorts());
    view! {
        <section data-testid="admin-home">
            <h1>"Beheer"</h1>
            <p class="muted">"Welkom, " {user.name} "."</p>
            <h2>"Accounts"</h2>
            {loaded(
                counts,
                |counts| {
                    view! {
                        <table class="table compact">
                            <thead>
                                <tr>
                                    <th scope="col">"Rol"</th>
                                    <th scope="col" class="number">"Accounts"</th>
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
            <h2>"Groepen"</h2>
            {loaded(cohorts, |cohorts| view! { <CohortTable cohorts/> }.into_any())}
        </section>
    }
}
