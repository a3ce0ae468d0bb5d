//! An assessor's home: the cohorts they assess, each with its students.

use leptos::prelude::*;

use crate::api::home::assessor_cohorts;
use crate::components::loaded::loaded;
use crate::dto::UserView;
use crate::{t, urls};

#[component]
pub(super) fn AssessorHome(user: UserView) -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| assessor_cohorts());
    view! {
        <section data-testid="assessor-home">
            <h1>{t!("home-assessor-heading")}</h1>
            <p class="muted">{t!("home-assessor-welcome", name = user.name)}</p>
            <p><a class="button" href=urls::queue()>{t!("home-assessor-queue")}</a></p>
            {loaded(
                cohorts,
                |cohorts| {
                    if cohorts.is_empty() {
                        return view! { <p>{t!("home-assessor-no-cohorts")}</p> }.into_any();
                    }
                    cohorts
                        .into_iter()
                        .map(|cohort| {
                            view! {
                                <article class="card">
                                    <h2>
                                        <a href=urls::cohort(cohort.id)>{cohort.name}</a>
                                    </h2>
                                    <p class="muted">
                                        {t!(
                                            "home-assessor-cohort-facts",
                                            framework = cohort.framework_title,
                                            year = cohort.school_year,
                                        )}
                                    </p>
                                    <h3>{t!("home-assessor-students", count = cohort.students.len())}</h3>
                                    <ul class="columns">
                                        {cohort
                                            .students
                                            .into_iter()
                                            .map(|student| {
                                                view! {
                                                    <li>
                                                        <a href=urls::student(student.id)>{student.name}</a>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </article>
                            }
                        })
                        .collect_view()
                        .into_any()
                },
            )}
        </section>
    }
}
