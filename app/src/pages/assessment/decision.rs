//! The decision panel: one verdict and comment for all selected skills.

use domain::{SkillId, Verdict};
use leptos::prelude::*;

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
            <h2>"Beslissing"</h2>
            <p class="muted">{move || format!("{} vaardigheden gekozen", selected.with(Vec::len))}</p>
            <fieldset>
                <legend>"Oordeel"</legend>
                <label class="inline">
                    <input type="radio" name="verdict" prop:checked=move || verdict.get() == Verdict::Achieved on:change=move |_| verdict.set(Verdict::Achieved)/>
                    "Behaald"
                </label>
                <label class="inline">
                    <input type="radio" name="verdict" prop:checked=move || verdict.get() == Verdict::NotYet on:change=move |_| verdict.set(Verdict::NotYet)/>
                    "Nog niet"
                </label>
            </fieldset>
            <label>
                "Toelichting (verplicht bij 'nog niet': wat ontbreekt er?)"
                <textarea rows="3" prop:value=comment on:input=move |e| comment.set(event_target_value(&e))></textarea>
            </label>
            <button type="submit" disabled=move || selected.with(Vec::is_empty)>"Beslissing vastleggen"</button>
        </form>
    }
}
