//! The catalog browser: framework → units → competencies → skills and knowledge.

use domain::{Competency, Framework, FrameworkKind, Profile, Unit};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::catalog::{get_framework, list_frameworks};
use crate::components::loaded::loaded;
use crate::components::title::PageTitle;
use crate::dto::FrameworkSummary;
use crate::i18n::labels::Label;
use crate::{t, urls};

/// `/catalogus`: every framework.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let frameworks = Resource::new(|| (), |_| list_frameworks());
    view! {
        <Title text=t!("portfolio-catalog-title")/>
        <h1>{t!("portfolio-catalog-heading")}</h1>
        <p class="muted">{t!("portfolio-catalog-intro")}</p>
        {loaded(frameworks, |frameworks| view! { <FrameworkTable frameworks/> }.into_any())}
    }
}

#[component]
fn FrameworkTable(frameworks: Vec<FrameworkSummary>) -> impl IntoView {
    let rows = frameworks
        .into_iter()
        .map(|framework| {
            view! {
                <tr>
                    <td>{framework.code.to_string()}</td>
                    <td>
                        <a href=urls::framework(&framework.code)>{framework.title}</a>
                    </td>
                    <td>{kind_name(framework.kind)}</td>
                    <td class="number">{framework.units}</td>
                    <td class="number">{framework.competencies}</td>
                    <td class="number">{framework.skills}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{t!("portfolio-catalog-column-code")}</th>
                    <th scope="col">{t!("portfolio-catalog-column-title")}</th>
                    <th scope="col">{t!("portfolio-catalog-column-kind")}</th>
                    <th scope="col" class="number">{t!("portfolio-catalog-column-units")}</th>
                    <th scope="col" class="number">{t!("portfolio-catalog-column-competencies")}</th>
                    <th scope="col" class="number">{t!("portfolio-skills")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// `/catalogus/:code`: one framework, its units folded open one at a time.
#[component]
pub fn FrameworkPage() -> impl IntoView {
    let params = use_params_map();
    let framework = Resource::new(move || params.read().get("code").unwrap_or_default(), get_framework);
    loaded(framework, |framework| view! { <FrameworkView framework/> }.into_any())
}

#[component]
fn FrameworkView(framework: Framework) -> impl IntoView {
    let unit_label = framework.kind.label();
    let facts = [
        Some(kind_name(framework.kind)),
        framework.level.map(|level| t!("portfolio-catalog-level", level = level)),
        framework.total_lestijden.map(|total| t!("portfolio-catalog-periods", count = total)),
        Some(t!("portfolio-catalog-skills", count = framework.skill_count())),
    ];
    view! {
        <PageTitle text=framework.title.clone()/>
        <p class="crumbs">
            <a href=urls::catalog()>{t!("portfolio-catalog-heading")}</a>
            " › "
            {framework.code.to_string()}
        </p>
        <h1>{framework.title.clone()}</h1>
        <p class="muted">{facts.into_iter().flatten().collect::<Vec<_>>().join(" · ")}</p>
        <Profiles profiles=framework.profiles.clone()/>
        <div class="units">
            {framework
                .units
                .into_iter()
                .map(|unit| view! { <UnitPanel unit unit_label=unit_label.clone()/> })
                .collect_view()}
        </div>
    }
}

/// The name of a kind of framework, in lower case as within a sentence.
fn kind_name(kind: FrameworkKind) -> String {
    match kind {
        FrameworkKind::Opleidingsprofiel => t!("portfolio-kind-training-profile"),
        FrameworkKind::Beroepskwalificatie => t!("portfolio-kind-professional-qualification"),
        FrameworkKind::Kwalificatiedossier => t!("portfolio-kind-qualification-file"),
    }
}

/// The profiles of a framework that has them: which units each one asks, and at what level.
#[component]
fn Profiles(profiles: Vec<Profile>) -> impl IntoView {
    (!profiles.is_empty()).then(|| {
        let items = profiles
            .into_iter()
            .map(|profile| {
                let level = profile
                    .level
                    .map(|level| format!(", {}", t!("portfolio-catalog-level", level = level)))
                    .unwrap_or_default();
                let units = profile.units.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                view! { <li><strong>{format!("{} {}", profile.code, profile.title)}</strong>{format!("{level}: {units}")}</li> }
            })
            .collect_view();
        view! {
            <section class="card" data-testid="profiles">
                <h2>{t!("portfolio-catalog-profiles")}</h2>
                <p class="muted">{t!("portfolio-catalog-profiles-intro")}</p>
                <ul>{items}</ul>
            </section>
        }
    })
}

/// A unit, collapsed to its heading until opened: a native `<details>`, so it opens by mouse,
/// keyboard and screen reader alike, with or without JavaScript (and unfolds in print).
#[component]
fn UnitPanel(unit: Unit, unit_label: String) -> impl IntoView {
    let skill_count = unit.skills().count();
    let lestijden = unit
        .lestijden
        .map(|n| format!(" · {}", t!("portfolio-catalog-periods", count = n)))
        .unwrap_or_default();
    view! {
        <details class="unit card" data-unit=unit.code.to_string()>
            <summary class="unit-toggle">
                <h2>
                    <span class="unit-code">{format!("{unit_label} {}", unit.code)}</span>
                    " "
                    <span class="unit-title">{unit.title.clone()}</span>
                    " "
                    <span class="unit-meta muted">
                        {format!("{}{lestijden}", t!("portfolio-catalog-skills", count = skill_count))}
                    </span>
                </h2>
            </summary>
            <div class="unit-body">
                {(!unit.knowledge.is_empty()).then(|| view! {
                    <h3>{t!("portfolio-unit-knowledge")}</h3>
                    <ul class="knowledge">{unit.knowledge.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view()}</ul>
                })}
                {unit.competencies.into_iter().map(|competency| view! { <CompetencyBlock competency/> }).collect_view()}
            </div>
        </details>
    }
}

#[component]
fn CompetencyBlock(competency: Competency) -> impl IntoView {
    let has_knowledge = !competency.knowledge.is_empty();
    view! {
        <article class="competency">
            <h3><span class="nr">{competency.nr}</span> " " {competency.title}</h3>
            <div class="competency-columns">
                <div>
                    <h4>{t!("portfolio-skills")}</h4>
                    <ul class="skills">
                        {competency
                            .skills
                            .into_iter()
                            .map(|skill| view! { <li data-skill-id=skill.id.to_string()>{skill.text}</li> })
                            .collect_view()}
                    </ul>
                </div>
                {has_knowledge
                    .then(|| {
                        view! {
                            <div>
                                <h4>{t!("portfolio-knowledge-to-integrate")}</h4>
                                <ul class="knowledge">
                                    {competency
                                        .knowledge
                                        .into_iter()
                                        .map(|text| view! { <li>{text}</li> })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })}
            </div>
        </article>
    }
}
