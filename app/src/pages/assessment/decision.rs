//! The decision panel: one verdict and comment for all selected skills.

use domain::{SkillId, Verdict};
use leptos::prelude::*;

use crate::i18n::labels::Label;
use crate::t;

/// Deciding the selected skills at once.
#[component]
pub(super) fn DecisionPanel(
    selected: RwSignal<Vec<SkillId>>,
    comment: RwSignal<String>,
    record: impl Fn(Vec<SkillId>, Verdict, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let verdict = RwSignal::new(Verdict::Achieved);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        record(selected.get_untracked(), verdict.get_untracked(), comment.get_untracked());
    };
    view! {
        <form class="card stack decision-panel" on:submit=submit>
            <h2>{t!("assessment-decision-heading")}</h2>
            <p class="muted">{move || t!("assessment-decision-selected", count = selected.with(Vec::len))}</p>
            <fieldset>
                <legend>{t!("assessment-decision-verdict")}</legend>
                <label class="inline">
                    <input type="radio" name="verdict" prop:checked=move || verdict.get() == Verdict::Achieved on:change=move |_| verdict.set(Verdict::Achieved)/>
                    {Verdict::Achieved.label()}
                </label>
                <label class="inline">
                    <input type="radio" name="verdict" prop:checked=move || verdict.get() == Verdict::NotYet on:change=move |_| verdict.set(Verdict::NotYet)/>
                    {Verdict::NotYet.label()}
                </label>
            </fieldset>
            <label>
                {t!("assessment-decision-comment")}
                <textarea rows="3" prop:value=comment on:input=move |e| comment.set(event_target_value(&e))></textarea>
            </label>
            <button type="submit" disabled=move || selected.with(Vec::is_empty)>{t!("assessment-decision-record")}</button>
        </form>
    }
}
