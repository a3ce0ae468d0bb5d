//! Changing an evidence item no assessor relied on yet: its details, or deleting it (asked twice:
//! a fold to open, then the button in it). Both are plain HTML forms the server functions read, so
//! they work without JavaScript too.

use domain::EvidenceKind;
use leptos::prelude::*;

use crate::api::portfolio::{DeleteEvidence, UpdateEvidence};
use crate::components::forms::Typed;
use crate::components::raw_text::raw_text;
use crate::dto::EvidenceView;
use crate::t;

#[component]
pub(super) fn EditDetails(
    item: EvidenceView,
    update: ServerAction<UpdateEvidence>,
    delete: ServerAction<DeleteEvidence>,
) -> impl IntoView {
    let id = item.id;
    let kind = item.kind;
    // Refused without JavaScript: the fields as they were typed, not as they are stored.
    let typed = Typed::into::<UpdateEvidence>();
    view! {
        <ActionForm action=update attr:class="card stack">
            <h2>{t!("evidence-edit-heading")}</h2>
            <input type="hidden" name="id" value=id.to_string()/>
            <label>{t!("evidence-field-title")} <input type="text" name="edit[title]" required value=typed.or("edit[title]", item.title)/></label>
            <label>{t!("evidence-field-description")} <textarea name="edit[description]" rows="2">{raw_text(typed.or("edit[description]", item.description))}</textarea></label>
            <label>{t!("evidence-field-date")} <input type="date" name="edit[date]" required value=typed.or("edit[date]", item.date)/></label>
            {(kind == EvidenceKind::Link).then(|| view! {
                <label>{t!("evidence-field-link")} <input type="url" name="edit[url]" required value=typed.or("edit[url]", item.url.unwrap_or_default())/></label>
            })}
            {(kind == EvidenceKind::Reflection).then(|| view! {
                <label>{t!("evidence-field-reflection")} <textarea name="edit[text]" rows="8" required>{raw_text(typed.or("edit[text]", item.text.unwrap_or_default()))}</textarea></label>
            })}
            <button type="submit">{t!("evidence-edit-save")}</button>
        </ActionForm>
        <details class="card">
            <summary>{t!("evidence-edit-delete")}</summary>
            <ActionForm action=delete attr:class="stack">
                <input type="hidden" name="id" value=id.to_string()/>
                <p>{t!("evidence-edit-delete-confirm")}</p>
                <button type="submit" class="danger">{t!("evidence-edit-delete-yes")}</button>
            </ActionForm>
        </details>
    }
}
