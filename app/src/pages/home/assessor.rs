//! An assessor's home: the cohorts they assess, each with its students.

use leptos::prelude::*;

use crate::api::home::assessor_cohorts;
use crate::components::loaded::loaded;
use crate::dto::UserView;
use crate::urls;

#[component]
pub(super) fn AssessorHome(user: UserView) -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| assessor_cohorts());
    view! {
        <section data-testid="assessor-home">
            <h1>"Mijn groepen"</h1>
            <p class="muted">"Welkom, " {user.name} ". Dit zijn de groepen die je beoordeelt."</p>
            <p><a class="button" href=urls::queue()>"Te beoordelen"</a></p>
            {loaded(
                cohorts,
                |cohorts| {
                    if cohorts.is_empty() {
                        return view! { <p>"Er zijn nog geen groepen aan je toegewezen."</p> }.into_any();
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
                                        {cohort.framework_title} " · schooljaar " {cohort.school_year}
                                    </p>
                                    <h3>{format!("Cursisten ({})", cohort.students.len())}</h3>
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
