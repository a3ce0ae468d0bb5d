//! The decision panel: one verdict and comment for all selected skills. A plain HTML form the
//! server function reads (`input[skill_ids][N]` from the skills' checkboxes, which name this
//! form, `input[decision]`, `input[comment]`, `input[evidence_ids][N]`), so it records a
//! decision without JavaScript too; the server sends the browser back to the review.

use domain::{EvidenceId, SkillId, StudentId, Verdict};
use leptos::prelude::*;

use crate::api::assessment::RecordDecision;
use crate::components::forms::{interactive, Typed};
use crate::components::raw_text::raw_text;
use crate::i18n::labels::Label;
use crate::t;

/// The id of the decision form, which the skills' checkboxes name as their form.
pub(super) const DECISION_FORM: &str = "beslissing";

/// The verdict and comment being written: they live above the re-rendered review, so a refused
/// decision comes back as it was.
#[derive(Clone, Copy)]
pub(super) struct DecisionDraft {
    pub verdict: RwSignal<Verdict>,
    pub comment: RwSignal<String>,
}

impl DecisionDraft {
    /// An empty draft, or the decision as `typed` into a plain form the server refused.
    pub fn new(typed: &Typed) -> Self {
        let verdict = match typed.value("input[decision]").as_deref() {
            Some(NOT_YET) => Verdict::NotYet,
            _ => Verdict::Achieved,
        };
        Self { verdict: RwSignal::new(verdict), comment: RwSignal::new(typed.or("input[comment]", "")) }
    }
}

/// The verdicts as a form sends them (`Verdict`'s serde names).
const ACHIEVED: &str = "achieved";
const NOT_YET: &str = "not_yet";

/// Deciding the selected skills at once; `evidence`: the unit's current items.
#[component]
pub(super) fn DecisionPanel(
    decide: ServerAction<RecordDecision>,
    student: StudentId,
    evidence: Vec<EvidenceId>,
    selected: RwSignal<Vec<SkillId>>,
    draft: DecisionDraft,
) -> impl IntoView {
    let DecisionDraft { verdict, comment } = draft;
    // Attributes, not properties: what the server renders is what the browser starts with.
    // `field`: the verdict as `Verdict` reads from a form (its serde name).
    let choice = move |value: Verdict, field: &'static str| {
        let checked = verdict.get_untracked() == value;
        view! { <input type="radio" name="input[decision]" value=field checked=checked on:change=move |_| verdict.set(value)/> }
    };
    let interactive = interactive();
    let cited = evidence
        .into_iter()
        .enumerate()
        .map(|(place, id)| view! { <input type="hidden" name=format!("input[evidence_ids][{place}]") value=id.to_string()/> })
        .collect_view();
    view! {
        <ActionForm action=decide attr:id=DECISION_FORM attr:class="card stack decision-panel">
            <h2>{t!("assessment-decision-heading")}</h2>
            <input type="hidden" name="input[student_id]" value=student.to_string()/>
            {cited}
            <p class="muted">{move || t!("assessment-decision-selected", count = selected.with(Vec::len))}</p>
            <fieldset>
                <legend>{t!("assessment-decision-verdict")}</legend>
                <label class="inline">
                    {choice(Verdict::Achieved, ACHIEVED)}
                    {Verdict::Achieved.label()}
                </label>
                <label class="inline">
                    {choice(Verdict::NotYet, NOT_YET)}
                    {Verdict::NotYet.label()}
                </label>
            </fieldset>
            <label>
                {t!("assessment-decision-comment")}
                // Not bound to the signal: what was typed before hydration stays; a refused
                // decision re-renders the panel with the text kept.
                <textarea name="input[comment]" rows="3" on:input=move |e| comment.set(event_target_value(&e))>
                    {raw_text(comment.get_untracked())}
                </textarea>
            </label>
            // Disabled while nothing is chosen only once a script keeps that up to date; without
            // one the server says what is missing.
            <button type="submit" disabled=move || interactive.get() && selected.with(Vec::is_empty)>{t!("assessment-decision-record")}</button>
        </ActionForm>
    }
}
