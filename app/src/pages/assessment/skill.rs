//! One skill under review: its text (a checkbox for whoever decides), its evidence, its
//! decisions so far, its status and the quick "Behaald".

use domain::{SkillId, SkillProgress, Verdict};
use leptos::prelude::*;

use crate::components::evidence::EvidencePreview;
use crate::components::skill_picker::SkillCheckbox;
use crate::components::status::SkillStatusBadge;
use crate::dto::EvidenceView;
use crate::format::date;
use crate::i18n::labels::Label;

#[component]
pub(super) fn ReviewSkill(
    skill: SkillProgress,
    text: String,
    items: Vec<EvidenceView>,
    selected: RwSignal<Vec<SkillId>>,
    can_decide: bool,
    record: impl Fn(Vec<SkillId>, Verdict, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = skill.id.clone();
    let label = if can_decide {
        view! { <label class="skill-choice"><SkillCheckbox id=id.clone() selected/>{text}</label> }.into_any()
    } else {
        view! { <span>{text}</span> }.into_any()
    };
    let quick = (can_decide && skill.status != domain::SkillStatus::Achieved).then(|| {
        let id = id.clone();
        view! {
            <button type="button" class="secondary" on:click=move |_| record(vec![id.clone()], Verdict::Achieved, String::new())>
                {Verdict::Achieved.label()}
            </button>
        }
    });
    let history = skill
        .decisions
        .iter()
        .rev()
        .map(|decision| {
            let verdict = decision.verdict.label();
            let comment = (!decision.comment.is_empty()).then(|| format!(": {}", decision.comment));
            view! { <li>{format!("{verdict} · {} · {}", decision.assessor, date(&decision.decided_on))}{comment}</li> }
        })
        .collect_view();
    view! {
        <li class="skill-row review" data-skill-id=id.to_string()>
            <div class="skill-text">
                {label}
                <div class="evidence-previews">{items.into_iter().map(|item| view! { <EvidencePreview item/> }).collect_view()}</div>
                <ul class="history">{history}</ul>
            </div>
            <SkillStatusBadge status=skill.status/>
            <div class="skill-action">{quick}</div>
        </li>
    }
}
