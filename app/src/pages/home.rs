//! The home page: each role starts on its own page.

use domain::Role;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use super::portfolio::StudentDashboard;
use crate::api::home::{account_counts, all_cohorts, assessor_cohorts};
use crate::components::loaded::loaded;
use crate::dto::{CohortView, UserView};
use crate::session::Session;

#[component]
pub fn HomePage() -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <Title text="Start – Vaardig"/>
        // Suspense, not Transition: a stale answer ("nobody") must never send a user to sign in.
        <Suspense fallback=|| view! { <p class="muted">"Laden…"</p> }>
            {move || {
                session
                    .user
                    .get()
                    .map(|user| match user {
                        Ok(Some(user)) => role_home(user),
                        Ok(None) => view! { <Redirect path="/aanmelden"/> }.into_any(),
                        Err(error) => view! { <p class="error">{error.to_string()}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

fn role_home(user: UserView) -> AnyView {
    match user.role {
        Role::Student => view! { <StudentDashboard user/> }.into_any(),
        Role::Assessor => view! { <AssessorHome user/> }.into_any(),
        Role::Coordinator => view! { <CoordinatorHome user/> }.into_any(),
        Role::Admin => view! { <AdminHome user/> }.into_any(),
    }
}

#[component]
fn AssessorHome(user: UserView) -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| assessor_cohorts());
    view! {
        <section data-testid="assessor-home">
            <h1>"Mijn groepen"</h1>
            <p class="muted">"Welkom, " {user.name} ". Dit zijn de groepen die je beoordeelt."</p>
            <p><a class="button" href="/beoordelen">"Te beoordelen"</a></p>
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
                                        <a href=format!("/groepen/{}", cohort.id)>{cohort.name}</a>
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
                                                        <a href=format!("/cursisten/{}", student.id)>{student.name}</a>
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

#[component]
fn CoordinatorHome(user: UserView) -> impl IntoView {
    let cohorts = Resource::new(|| (), |_| all_cohorts());
    view! {
        <section data-testid="coordinator-home">
            <h1>"Groepen"</h1>
            <p class="muted">"Welkom, " {user.name} ". Een overzicht van alle lopende groepen."</p>
            <p>
                <a class="button" href="/groepen/nieuw">"Nieuwe groep"</a>
            </p>
            {loaded(cohorts, |cohorts| view! { <CohortTable cohorts/> }.into_any())}
        </section>
    }
}

#[component]
fn AdminHome(user: UserView) -> impl IntoView {
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
                                                <td>{count.role.label_nl()}</td>
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

#[component]
fn CohortTable(cohorts: Vec<CohortView>) -> impl IntoView {
    if cohorts.is_empty() {
        return view! { <p>"Er zijn nog geen groepen."</p> }.into_any();
    }
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">"Groep"</th>
                    <th scope="col">"Opleiding"</th>
                    <th scope="col">"Schooljaar"</th>
                    <th scope="col">"Cursisten"</th>
                    <th scope="col">"Beoordelaars"</th>
                </tr>
            </thead>
            <tbody>
                {cohorts
                    .into_iter()
                    .map(|cohort| {
                        let assessors = cohort
                            .assessors
                            .iter()
                            .map(|assessor| assessor.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! {
                            <tr>
                                <td>
                                    <a href=format!("/groepen/{}", cohort.id)>{cohort.name}</a>
                                </td>
                                <td>
                                    <a href=format!(
                                        "/catalogus/{}",
                                        cohort.framework_code,
                                    )>{cohort.framework_title}</a>
                                </td>
                                <td>{cohort.school_year}</td>
                                <td>
                                    <details class="students">
                                        <summary>{format!("{} cursisten", cohort.students.len())}</summary>
                                        <ul>
                                            {cohort
                                                .students
                                                .iter()
                                                .map(|student| {
                                                    view! {
                                                        <li>
                                                            <a href=format!(
                                                                "/cursisten/{}",
                                                                student.id,
                                                            )>{student.name.clone()}</a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </details>
                                </td>
                                <td>{assessors}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
