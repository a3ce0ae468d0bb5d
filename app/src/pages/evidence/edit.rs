//! Changing an evidence item no assessor relied on yet: its details, or deleting it.

use domain::EvidenceKind;
use leptos::prelude::*;

use crate::api::portfolio::{DeleteEvidence, UpdateEvidence};
use crate::components::forms::hydrated;
use crate::dto::{EvidenceEdit, EvidenceView};
use crate::t;

#[component]
pub(super) fn EditDetails(
    item: EvidenceView,
    update: ServerAction<UpdateEvidence>,
    delete: ServerAction<DeleteEvidence>,
) -> impl IntoView {
    let id = item.id;
    let kind = item.kind;
    let title = RwSignal::new(item.title);
    let description = RwSignal::new(item.description);
    let date = RwSignal::new(item.date);
    let url = RwSignal::new(item.url.unwrap_or_default());
    let text = RwSignal::new(item.text.unwrap_or_default());
    let ready = hydrated();
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let edit = EvidenceEdit {
            title: title.get_untracked(),
            description: description.get_untracked(),
            date: date.get_untracked(),
            url: (kind == EvidenceKind::Link).then(|| url.get_untracked()),
            text: (kind == EvidenceKind::Reflection).then(|| text.get_untracked()),
        };
        update.dispatch(UpdateEvidence { id, edit });
    };
    let remove = move |_| {
        let question = t!("evidence-edit-delete-confirm");
        let sure = window().confirm_with_message(&question).unwrap_or(false);
        if sure {
            delete.dispatch(DeleteEvidence { id });
        }
    };
    view! {
        <form class="card stack" on:submit=save>
            <h2>{t!("evidence-edit-heading")}</h2>
            <label>{t!("evidence-field-title")} <input type="text" required prop:value=title on:input=move |e| title.set(event_target_value(&e))/></label>
            <label>{t!("evidence-field-description")} <textarea rows="2" prop:value=description on:input=move |e| description.set(event_target_value(&e))></textarea></label>
            <label>{t!("evidence-field-date")} <input type="date" required prop:value=date on:input=move |e| date.set(event_target_value(&e))/></label>
            {(kind == EvidenceKind::Link).then(|| view! {
                <label>{t!("evidence-field-link")} <input type="url" required prop:value=url on:input=move |e| url.set(event_target_value(&e))/></label>
            })}
            {(kind == EvidenceKind::Reflection).then(|| view! {
                <label>{t!("evidence-field-reflection")} <textarea rows="8" required prop:value=text on:input=move |e| text.set(event_target_value(&e))></textarea></label>
            })}
            <div class="actions">
                <button type="submit" disabled=move || !ready.get()>{t!("evidence-edit-save")}</button>
                <button type="button" class="danger" on:click=remove>{t!("evidence-edit-delete")}</button>
            </div>
        </form>
    }
}
