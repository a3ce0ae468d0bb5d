//! The home page: each role starts on its own page.

use domain::Role;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use super::portfolio::StudentDashboard;
use crate::api::catalog::list_frameworks;
use crate::api::cohorts::CreateCohort;
use crate::api::home::{account_counts, all_cohorts, assessor_cohorts};
use crate::components::loaded::loaded;
use crate::dto::{CohortInput, CohortView, FrameworkSummary, UserView};
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

/// `/groepen/nieuw`: a new cohort. A page of its own, with one resource: pages that create
/// several resources in nested boundaries hydrated unreliably.
#[component]
pub fn NewCohortPage() -> impl IntoView {
    let frameworks = Resource::new(|| (), |_| list_frameworks());
    // One boundary around the whole form: it appears once the frameworks to choose from are known.
    loaded(frameworks, |frameworks| view! { <CohortFields frameworks/> }.into_any())
}

#[component]
fn CohortFields(frameworks: Vec<FrameworkSummary>) -> impl IntoView {
    let create = ServerAction::<CreateCohort>::new();
    let [name, framework, school_year, starts_on, ends_on]: [RwSignal<String>; 5] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    Effect::new(move |_| {
        if let Some(Ok(id)) = create.value().get() {
            leptos_router::hooks::use_navigate()(&format!("/groepen/{id}"), Default::default());
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let input = CohortInput {
            name: name.get_untracked(),
            framework: framework.get_untracked(),
            school_year: school_year.get_untracked(),
            starts_on: starts_on.get_untracked(),
            ends_on: ends_on.get_untracked(),
        };
        create.dispatch(CreateCohort { input });
    };
    let options = frameworks
        .into_iter()
        .map(|f| view! { <option value=f.code.to_string()>{format!("{} – {}", f.code, f.title)}</option> })
        .collect_view();
    view! {
        <form class="card stack" on:submit=submit data-testid="new-cohort">
            <h2>"Nieuwe groep"</h2>
            <label>
                "Naam"
                <input type="text" required prop:value=name on:input=move |e| name.set(event_target_value(&e))/>
            </label>
            <label>
                "Opleiding"
                <select required on:change=move |e| framework.set(event_target_value(&e))>
                    <option value="">"Kies een opleiding"</option>
                    {options}
                </select>
            </label>
            <label>
                "Schooljaar (bv. 2026-2027)"
                <input type="text" required prop:value=school_year on:input=move |e| school_year.set(event_target_value(&e))/>
            </label>
            <label>
                "Startdatum"
                <input type="date" required prop:value=starts_on on:input=move |e| starts_on.set(event_target_value(&e))/>
            </label>
            <label>
                "Einddatum"
                <input type="date" required prop:value=ends_on on:input=move |e| ends_on.set(event_target_value(&e))/>
            </label>
            <button type="submit">"Groep aanmaken"</button>
            {move || create.value().get().and_then(Result::err).map(|error| view! { <p class="error" role="alert">{error.to_string()}</p> })}
        </form>
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
