//! One skill under review: its text (a checkbox for whoever decides), its evidence, its
//! decisions so far (the one just recorded can be undone), its status and the quick "Behaald".
//! The quick actions are plain forms, so they work before hydration and without JavaScript.

use domain::{Decision, EvidenceId, SkillId, SkillProgress, StudentId, Verdict};
use leptos::prelude::*;

use super::decision::DECISION_FORM;
use crate::api::assessment::{RecordDecision, UndoDecision};
use crate::components::evidence::EvidencePreview;
use crate::components::forms::hidden_fields;
use crate::components::skill_picker::SkillCheckbox;
use crate::components::status::SkillStatusBadge;
use crate::dto::{DecisionInput, EvidenceView};
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
    student: StudentId,
    decide: ServerAction<RecordDecision>,
    /// Whether the page offers the undo of a decision of this skill.
    offers_undo: impl Fn(&Decision, &[Decision]) -> bool,
    undo: ServerAction<UndoDecision>,
) -> impl IntoView {
    let id = skill.id.clone();
    let undo_label = t!("assessment-undo-label", skill = text.as_str());
    let label = if can_decide {
        let (name, value) = (format!("input[skill_ids][{place}]"), id.to_string());
        view! { <label class="skill-choice"><SkillCheckbox id=id.clone() selected name value form=DECISION_FORM/>{text}</label> }.into_any()
    } else {
        view! { <span>{text}</span> }.into_any()
    };
    let quick = (can_decide && skill.status != domain::SkillStatus::Achieved)
        .then(|| view! { <SignOff decide student skill=id.clone() evidence=skill.evidence.clone()/> });
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
                    <ActionForm action=undo attr:class="undo">
                        {hidden_fields(&UndoDecision { decision_id: sequence })}
                        <button type="submit" class="link" aria-label=label>{t!("assessment-undo")}</button>
                    </ActionForm>
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

/// "Behaald" on one skill in one action, citing its evidence. Without evidence the assessor saw
/// it done: a fold asks in one line what they saw before it is recorded (the server refuses it
/// without that note).
#[component]
fn SignOff(
    decide: ServerAction<RecordDecision>,
    student: StudentId,
    skill: SkillId,
    evidence: Vec<EvidenceId>,
) -> impl IntoView {
    let cites_evidence = !evidence.is_empty();
    let fields = hidden_fields(&RecordDecision {
        input: DecisionInput {
            student_id: student,
            skill_ids: vec![skill],
            decision: Verdict::Achieved,
            comment: String::new(),
            evidence_ids: evidence,
        },
    });
    if cites_evidence {
        return view! {
            <ActionForm action=decide attr:class="sign-off">
                {fields}
                <button type="submit" class="secondary">{Verdict::Achieved.label()}</button>
            </ActionForm>
        }
        .into_any();
    }
    view! {
        <details class="observed">
            <summary class="button secondary">{Verdict::Achieved.label()}</summary>
            <ActionForm action=decide attr:class="sign-off stack">
                {fields}
                <label class="observed-note">
                    {t!("assessment-observed-note")}
                    <input type="text" name="input[comment]" maxlength="500" required/>
                </label>
                <button type="submit">{t!("assessment-observed-confirm")}</button>
            </ActionForm>
        </details>
    }
    .into_any()
}
