//! One competency of a unit on the student's page: its skills with status, linked evidence and the
//! latest feedback, submitting one skill or all, withdrawing a submission.

use std::collections::HashMap;

use domain::{Competency, EvidenceId, SkillId, SkillProgress, SkillStatus};
use leptos::prelude::*;

use crate::api::portfolio::{SubmitSkills, WithdrawSkills};
use crate::components::status::SkillStatusBadge;
use crate::format::date;
use crate::i18n::labels::Label;
use crate::{t, urls};

/// A competency: its skills, its knowledge, and "Alles indienen" while any can be submitted.
#[component]
pub(super) fn CompetencyProgressBlock(
    competency: Competency,
    skills: Vec<SkillProgress>,
    titles: HashMap<EvidenceId, String>,
    submit: ServerAction<SubmitSkills>,
    withdraw: ServerAction<WithdrawSkills>,
) -> impl IntoView {
    let submittable: Vec<SkillId> = skills
        .iter()
        .filter(|skill| skill.status.can_submit(!skill.evidence.is_empty()))
        .map(|skill| skill.id.clone())
        .collect();
    let has_submittable = !submittable.is_empty();
    let texts: HashMap<SkillId, String> =
        competency.skills.iter().map(|skill| (skill.id.clone(), skill.text.clone())).collect();
    let rows = skills
        .into_iter()
        .map(|skill| {
            let text = texts.get(&skill.id).cloned().unwrap_or_default();
            view! { <SkillRow skill text titles=titles.clone() submit withdraw/> }
        })
        .collect_view();
    let knowledge = (!competency.knowledge.is_empty()).then(|| {
        view! {
            <details class="knowledge-list">
                <summary>{t!("portfolio-knowledge-to-integrate")}</summary>
                <ul>{competency.knowledge.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view()}</ul>
            </details>
        }
    });
    view! {
        <section class="card competency-progress" data-competency=competency.nr.clone()>
            <div class="competency-head">
                <h2>
                    <span class="nr">{competency.nr.clone()}</span>
                    " "
                    {competency.title.clone()}
                </h2>
                // Only while something can be submitted: an awarded module offers nothing to do.
                {has_submittable.then(|| view! {
                    <ActionForm action=submit attr:class="inline">
                        <SkillIds ids=submittable/>
                        <button type="submit" class="secondary">{t!("portfolio-submit-all")}</button>
                    </ActionForm>
                })}
            </div>
            <ul class="skill-rows">{rows}</ul>
            {knowledge}
        </section>
    }
}

#[component]
fn SkillRow(
    skill: SkillProgress,
    text: String,
    titles: HashMap<EvidenceId, String>,
    submit: ServerAction<SubmitSkills>,
    withdraw: ServerAction<WithdrawSkills>,
) -> impl IntoView {
    let id = skill.id.clone();
    let ids = vec![id.clone()];
    let action = if skill.status.can_submit(!skill.evidence.is_empty()) {
        Some(
            view! {
                <ActionForm action=submit attr:class="inline">
                    <SkillIds ids/>
                    <button type="submit">{t!("portfolio-submit")}</button>
                </ActionForm>
            }
            .into_any(),
        )
    } else if skill.status == SkillStatus::Submitted {
        Some(
            view! {
                <ActionForm action=withdraw attr:class="inline">
                    <SkillIds ids/>
                    <button type="submit" class="secondary">{t!("portfolio-withdraw")}</button>
                </ActionForm>
            }
            .into_any(),
        )
    } else {
        None
    };
    let evidence = skill
        .evidence
        .iter()
        .map(|evidence_id| {
            let title = titles
                .get(evidence_id)
                .cloned()
                .unwrap_or_else(|| t!("portfolio-evidence-fallback", id = evidence_id.to_string()));
            view! {
                <li>
                    <a href=urls::evidence(*evidence_id)>{title}</a>
                </li>
            }
        })
        .collect_view();
    let feedback = domain::progress::counting(&skill.decisions).map(|decision| {
        let verdict = decision.verdict.label();
        let comment = (!decision.comment.is_empty()).then(|| format!(": {}", decision.comment));
        view! {
            <p class="feedback" data-testid="feedback">
                {format!("{verdict} – {}, {}", decision.assessor, date(&decision.decided_on))}
                {comment}
            </p>
        }
    });
    view! {
        <li
            class="skill-row"
            id=format!("vaardigheid-{id}")
            data-skill-id=id.to_string()
            data-status=format!("{:?}", skill.status)
        >
            <div class="skill-text">
                <span>{text}</span>
                {feedback}
                <ul class="linked-evidence">{evidence}</ul>
            </div>
            <SkillStatusBadge status=skill.status/>
            <div class="skill-action">{action}</div>
        </li>
    }
}

/// The skills a submit or withdraw form sends, as the server function reads them
/// (`skill_ids[0]`, `skill_ids[1]`, …).
#[component]
fn SkillIds(ids: Vec<SkillId>) -> impl IntoView {
    ids.into_iter()
        .enumerate()
        .map(|(place, id)| view! { <input type="hidden" name=format!("skill_ids[{place}]") value=id.to_string()/> })
        .collect_view()
}
