//! One skill under review: its text (a checkbox for whoever decides), its evidence, its
//! decisions so far (the one just recorded can be undone), its status and the quick "Behaald".

use domain::{Decision, DecisionId, SkillId, SkillProgress, Verdict};
use leptos::prelude::*;

use super::decision::DECISION_FORM;
use crate::components::evidence::EvidencePreview;
use crate::components::skill_picker::SkillCheckbox;
use crate::components::status::SkillStatusBadge;
use crate::dto::EvidenceView;
use crate::format::date;
use crate::i18n::labels::Label;
use crate::t;

#[component]
pub(super) fn ReviewSkill(
    skill: SkillProgress,
    /// Its place in the unit: the index of its field in the decision form.
    place: usize,
    text: String,
    items: Vec<EvidenceView>,
    selected: RwSignal<Vec<SkillId>>,
    can_decide: bool,
    record: impl Fn(Vec<SkillId>, Verdict, String) + Copy + Send + Sync + 'static,
    /// Whether the page offers the undo of a decision of this skill.
    offers_undo: impl Fn(&Decision, &[Decision]) -> bool,
    undo: impl Fn(DecisionId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = skill.id.clone();
    let undo_label = t!("assessment-undo-label", skill = text.as_str());
    let label = if can_decide {
        let (name, value) = (format!("input[skill_ids][{place}]"), id.to_string());
        view! { <label class="skill-choice"><SkillCheckbox id=id.clone() selected name value form=DECISION_FORM/>{text}</label> }.into_any()
    } else {
        view! { <span>{text}</span> }.into_any()
    };
    let quick = (can_decide && skill.status != domain::SkillStatus::Achieved).then(|| {
        let id = id.clone();
        if items.is_empty() {
            view! { <ObservedSignOff id record/> }.into_any()
        } else {
            view! {
                <button type="button" class="secondary" on:click=move |_| record(vec![id.clone()], Verdict::Achieved, String::new())>
                    {Verdict::Achieved.label()}
                </button>
            }
            .into_any()
        }
    });
    let history = skill
        .decisions
        .iter()
        .rev()
        .map(|decision| {
            let verdict = decision.verdict.label();
            let comment = (!decision.comment.is_empty()).then(|| format!(": {}", decision.comment));
            let undone = decision.undone.as_ref().map(|undone| {
                view! { " " <em>"(" {t!("assessment-decision-undone", name = undone.by.as_str(), date = date(&undone.on))} ")"</em> }
            });
            let undo_button = offers_undo(decision, &skill.decisions).then(|| {
                let sequence = decision.sequence;
                let label = undo_label.clone();
                view! {
                    " "
                    <button type="button" class="link" aria-label=label on:click=move |_| undo(sequence)>
                        {t!("assessment-undo")}
                    </button>
                }
            });
            view! {
                <li class:undone=decision.undone.is_some()>
                    {format!("{verdict} · {} · {}", decision.assessor, date(&decision.decided_on))}{comment}{undone}{undo_button}
                </li>
            }
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

/// "Behaald" on a skill without evidence: the assessor saw it done, and says in one line what
/// they saw before it is recorded (the server refuses it without that note).
#[component]
fn ObservedSignOff(
    id: SkillId,
    record: impl Fn(Vec<SkillId>, Verdict, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let confirm = move |_| record(vec![id.clone()], Verdict::Achieved, note.get());
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button type="button" class="secondary" on:click=move |_| asking.set(true)>
                        {Verdict::Achieved.label()}
                    </button>
                }
            }
        >
            <label class="observed-note">
                {t!("assessment-observed-note")}
                <input
                    type="text"
                    maxlength="500"
                    autofocus
                    prop:value=move || note.get()
                    on:input=move |event| note.set(event_target_value(&event))
                />
            </label>
            <button type="button" disabled=move || note.with(|text| text.trim().is_empty()) on:click=confirm.clone()>
                {t!("assessment-observed-confirm")}
            </button>
        </Show>
    }
}
