//! `/groepen/nieuw`: the form for a new cohort; once created, its page opens.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::catalog::list_frameworks;
use crate::api::cohorts::CreateCohort;
use crate::components::forms::Typed;
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::FrameworkSummary;
use crate::t;

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

/// The form: a plain HTML form the server function reads (`input[name]`, …), so it works before
/// and without JavaScript; the server sends the browser to the new cohort's page.
#[component]
fn CohortFields(frameworks: Vec<FrameworkSummary>) -> impl IntoView {
    let create = ServerAction::<CreateCohort>::new();
    // Refused without JavaScript: the fields as they were typed.
    let typed = Typed::into::<CreateCohort>();
    let framework = RwSignal::new(typed.or("input[framework]", ""));
    let chosen = framework.get_untracked();
    let options = frameworks
        .iter()
        .map(|f| {
            let code = f.code.to_string();
            view! { <option selected=code == chosen value=code>{format!("{} – {}", f.code, f.title)}</option> }
        })
        .collect_view();
    let profile = typed.or("input[profile]", "");
    let frameworks = StoredValue::new(frameworks);
    view! {
        <ActionForm action=create attr:class="card stack" attr:data-testid="new-cohort">
            <h2>{t!("cohort-new")}</h2>
            <label>
                {t!("cohort-name")}
                <input type="text" name="input[name]" required value=typed.or("input[name]", "")/>
            </label>
            <label>
                {t!("cohort-framework")}
                <select name="input[framework]" required on:change=move |e| framework.set(event_target_value(&e))>
                    <option value="">{t!("cohort-new-choose-framework")}</option>
                    {options}
                </select>
            </label>
            <ProfileField frameworks framework profile/>
            <label>
                {t!("cohort-new-school-year")}
                <input type="text" name="input[school_year]" required value=typed.or("input[school_year]", "")/>
            </label>
            <label>
                {t!("cohort-new-starts-on")}
                <input type="date" name="input[starts_on]" required value=typed.or("input[starts_on]", "")/>
            </label>
            <label>
                {t!("cohort-new-ends-on")}
                <input type="date" name="input[ends_on]" required value=typed.or("input[ends_on]", "")/>
            </label>
            <button type="submit">{t!("cohort-new-create")}</button>
            {move || first_refusal([create.value().get().and_then(Result::err)])}
        </ActionForm>
    }
}

/// The profile a cohort follows, for frameworks that have profiles. Before a framework is chosen
/// (and without JavaScript) it offers every framework's profiles, grouped; once one is chosen,
/// only its own, and nothing for a framework without (the server checks the pair either way).
/// `profile` is chosen at first.
#[component]
fn ProfileField(
    frameworks: StoredValue<Vec<FrameworkSummary>>,
    framework: RwSignal<String>,
    profile: String,
) -> impl IntoView {
    let groups = move || {
        let chosen = framework.get();
        frameworks.with_value(|frameworks| {
            frameworks
                .iter()
                .filter(|f| !f.profiles.is_empty() && (chosen.is_empty() || f.code.as_str() == chosen))
                .map(|f| {
                    let options = f
                        .profiles
                        .iter()
                        .map(|(code, title)| {
                            view! {
                                <option selected=*code == profile value=code.clone()>{format!("{code} – {title}")}</option>
                            }
                        })
                        .collect_view();
                    view! { <optgroup label=f.code.to_string()>{options}</optgroup> }
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let groups = groups();
        let required = !framework.with(String::is_empty);
        (!groups.is_empty()).then(|| {
            view! {
                <label>
                    {t!("cohort-new-profile")}
                    <select name="input[profile]" required=required>
                        <option value="">{t!("cohort-new-choose-profile")}</option>
                        {groups}
                    </select>
                </label>
            }
        })
    }
}
