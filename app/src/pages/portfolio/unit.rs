//! `/opleiding/:framework/:unit`: one unit of the student's programme: its progress, what is still
//! missing, submissions closed without a review, and its competencies.

use std::collections::HashMap;

use domain::{EvidenceId, SkillProgress, StudentId, UnitProgress};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::competency::CompetencyProgressBlock;
use crate::api::portfolio::{my_evidence, my_programme, SubmitSkills, WithdrawSkills};
use crate::components::conversation::{threads_of, Citable, Conversations, Replies};
use crate::components::loaded::{first_refusal, loaded_pair};
use crate::components::progress::ProgressBar;
use crate::components::status::UnitStatusBadge;
use crate::components::title::PageTitle;
use crate::dto::{ClosedSubmission, EvidenceView, ProgrammeView};
use crate::format::date;
use crate::i18n::labels::Label;
use crate::live::{use_live, Topic};
use crate::{t, urls};

/// One unit of the student's programme: competencies, skills, evidence, submissions.
#[component]
pub fn UnitPage() -> impl IntoView {
    let params = use_params_map();
    let framework = move || params.read().get("framework").unwrap_or_default();
    let submit = ServerAction::<SubmitSkills>::new();
    let withdraw = ServerAction::<WithdrawSkills>::new();
    let live = use_live();
    let replies = Replies::new();
    // An assessor's decision or answer shows up without a reload.
    let programme = Resource::new(
        move || {
            let changed = (submit.version().get(), withdraw.version().get(), replies.action.version().get());
            (framework(), changed, live.version(Topic::Progress))
        },
        |(framework, ..)| my_programme(framework),
    );
    let evidence =
        Resource::new(move || (submit.version().get(), withdraw.version().get()), |_| my_evidence());
    let failure = move || {
        first_refusal([
            submit.value().get().and_then(Result::err),
            withdraw.value().get().and_then(Result::err),
            replies.action.value().get().and_then(Result::err),
        ])
    };
    view! {
        {loaded_pair(programme, evidence, move || {
            // Read tracked, so moving between two units of one programme shows the new one.
            let slug = params.read().get("unit").unwrap_or_default();
            move |programme, evidence| view! { <UnitDetail programme evidence slug submit withdraw replies/> }.into_any()
        })}
        {failure}
    }
}

#[component]
fn UnitDetail(
    programme: ProgrammeView,
    evidence: Vec<EvidenceView>,
    slug: String,
    submit: ServerAction<SubmitSkills>,
    withdraw: ServerAction<WithdrawSkills>,
    replies: Replies,
) -> impl IntoView {
    let ProgrammeView { student, framework, progress, closed_submissions, conversations, .. } = programme;
    let Some(position) = framework.units.iter().position(|unit| unit.code.slug() == slug) else {
        return view! { <p class="error">{t!("portfolio-unit-not-found")}</p> }.into_any();
    };
    let unit = framework.units[position].clone();
    let unit_progress = progress.units[position].clone();
    let closed: Vec<ClosedSubmission> =
        closed_submissions.into_iter().filter(|closed| closed.unit_code == unit.code).collect();
    let titles: HashMap<EvidenceId, String> =
        evidence.into_iter().map(|item| (item.id, item.title)).collect();
    let citable = Citable {
        by_skill: unit_progress
            .competencies
            .iter()
            .flat_map(|competency| &competency.skills)
            .map(|skill| (skill.id.clone(), skill.evidence.clone()))
            .collect(),
        titles: titles.clone(),
        link: true,
    };
    let label = framework.kind.label();
    let competencies = unit
        .competencies
        .iter()
        .zip(&unit_progress.competencies)
        .map(|(competency, progress)| {
            let skills: Vec<SkillProgress> = progress.skills.clone();
            view! {
                <CompetencyProgressBlock
                    competency=competency.clone()
                    skills
                    titles=titles.clone()
                    submit
                    withdraw
                />
            }
        })
        .collect_view();
    view! {
        <PageTitle text=format!("{} {}", unit.code, unit.title)/>
        <p class="crumbs">
            <a href=urls::home()>{t!("portfolio-crumb-programme")}</a>
            " › "
            {framework.title.clone()}
        </p>
        <h1>{t!("common-labelled", label = format!("{label} {}", unit.code), value = unit.title.clone())}</h1>
        <p class="unit-summary">
            <ProgressBar
                done=unit_progress.achieved
                total=unit_progress.total
                label=t!("portfolio-unit-progress-label", unit = unit.code.to_string())
            />
            " "
            <UnitStatusBadge status=unit_progress.status/>
        </p>
        <MissingSummary progress=unit_progress.clone()/>
        <ClosedSubmissions closed/>
        {(!unit.knowledge.is_empty()).then(|| view! {
            <details class="knowledge-list card">
                <summary>{t!("portfolio-unit-knowledge")}</summary>
                <ul>{unit.knowledge.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view()}</ul>
            </details>
        })}
        {competencies}
        <Conversations
            student=StudentId::of_account(student.id)
            skills=threads_of(&unit, &unit_progress)
            messages=conversations
            replies=Some(replies)
            citable
        />
    }
    .into_any()
}

/// Submissions closed without a review (their skill was retired), each with its note.
#[component]
fn ClosedSubmissions(closed: Vec<ClosedSubmission>) -> impl IntoView {
    if closed.is_empty() {
        return ().into_any();
    }
    let items = closed
        .into_iter()
        .map(|closed| {
            view! {
                <li>
                    <strong>{date(&closed.closed_on)}</strong>
                    ": "
                    {closed.note}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="notice" data-testid="closed-submissions">
            <h2>{t!("portfolio-closed-submissions")}</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}

/// "Still needed": the count of skills not yet achieved.
#[component]
fn MissingSummary(progress: UnitProgress) -> impl IntoView {
    let text = t!("portfolio-missing", count = progress.missing.len());
    view! { <p class="muted" data-testid="missing">{text}</p> }
}
