//! `/groepen/nieuw`: the form for a new cohort; once created, its page opens.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::catalog::list_frameworks;
use crate::api::cohorts::CreateCohort;
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::{CohortInput, FrameworkSummary};
use crate::t;
use crate::urls;

/// `/groepen/nieuw`: a new cohort. A page of its own, with one resource: pages that create
/// several resources in nested boundaries hydrated unreliably.
#[component]
pub fn NewCohortPage() -> impl IntoView {
    let frameworks = Resource::new(|| (), |_| list_frameworks());
    let title = t!("common-page-title", page = t!("cohort-new"));
    // One boundary around the whole form: it appears once the frameworks to choose from are known.
    view! {
        <Title text=title/>
        {loaded(frameworks, |frameworks| view! { <CohortFields frameworks/> }.into_any())}
    }
}

#[component]
fn CohortFields(frameworks: Vec<FrameworkSummary>) -> impl IntoView {
    let create = ServerAction::<CreateCohort>::new();
    let [name, framework, profile, school_year, starts_on, ends_on]: [RwSignal<String>; 6] =
        std::array::from_fn(|_| RwSignal::new(String::new()));
    Effect::new(move |_| {
        if let Some(Ok(id)) = create.value().get() {
            leptos_router::hooks::use_navigate()(&urls::cohort(id), Default::default());
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let input = CohortInput {
            name: name.get_untracked(),
            framework: framework.get_untracked(),
            profile: Some(profile.get_untracked()),
            school_year: school_year.get_untracked(),
            starts_on: starts_on.get_untracked(),
            ends_on: ends_on.get_untracked(),
        };
        create.dispatch(CreateCohort { input });
    };
    let options = frameworks
        .iter()
        .map(|f| view! { <option value=f.code.to_string()>{format!("{} – {}", f.code, f.title)}</option> })
        .collect_view();
    // The profiles of the chosen framework; the field shows only for a framework that has them.
    let profiles = move || {
        let chosen = framework.get();
        frameworks.iter().find(|f| f.code.as_str() == chosen).map(|f| f.profiles.clone()).unwrap_or_default()
    };
    let profile_field = move || {
        let profiles = profiles();
        (!profiles.is_empty()).then(|| {
            let options = profiles
                .into_iter()
                .map(|(code, title)| view! { <option value=code.clone()>{format!("{code} – {title}")}</option> })
                .collect_view();
            view! {
                <label>
                    {t!("cohort-new-profile")}
                    <select required on:change=move |e| profile.set(event_target_value(&e))>
                        <option value="">{t!("cohort-new-choose-profile")}</option>
                        {options}
                    </select>
                </label>
            }
        })
    };
    view! {
        <form class="card stack" on:submit=submit data-testid="new-cohort">
            <h2>{t!("cohort-new")}</h2>
            <label>
                {t!("cohort-name")}
                <input type="text" required prop:value=name on:input=move |e| name.set(event_target_value(&e))/>
            </label>
            <label>
                {t!("cohort-framework")}
                <select
                    required
                    on:change=move |e| {
                        framework.set(event_target_value(&e));
                        profile.set(String::new());
                    }
                >
                    <option value="">{t!("cohort-new-choose-framework")}</option>
                    {options}
                </select>
            </label>
            {profile_field}
            <label>
                {t!("cohort-new-school-year")}
                <input type="text" required prop:value=school_year on:input=move |e| school_year.set(event_target_value(&e))/>
            </label>
            <label>
                {t!("cohort-new-starts-on")}
                <input type="date" required prop:value=starts_on on:input=move |e| starts_on.set(event_target_value(&e))/>
            </label>
            <label>
                {t!("cohort-new-ends-on")}
                <input type="date" required prop:value=ends_on on:input=move |e| ends_on.set(event_target_value(&e))/>
            </label>
            <button type="submit">{t!("cohort-new-create")}</button>
            {move || first_refusal([create.value().get().and_then(Result::err)])}
        </form>
    }
}
