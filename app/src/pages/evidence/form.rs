//! The form for a new evidence item (or a new version of one): kind, details, text or link,
//! skills, files. With JavaScript the upload client sends it with a progress bar; without (or
//! before the page is interactive) the browser posts the same form to the same endpoint, which
//! answers with a redirect. So the fields carry the names the endpoint reads, the files come
//! last, and which kind's fields show is CSS's choice (`:has`), not a script's.

use domain::evidence::{MAX_REFLECTION_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS};
use domain::{EvidenceId, EvidenceKind, Framework, SkillId};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::File;

use super::file_drop::FileDrop;
use crate::components::announcer::Done;
use crate::components::forms::{refused_post, Typed};
use crate::components::raw_text::raw_text;
use crate::components::skill_picker::SkillPicker;
use crate::dto::{EvidenceView, UploadOutcome};
use crate::i18n::labels::Label;
use crate::t;
use crate::upload_client;
use crate::urls;

/// The form for a new item (or a new version of `replaces`). Files go up with a progress bar.
#[component]
pub(super) fn NewEvidenceForm(
    frameworks: Vec<Framework>,
    replaces: Option<EvidenceId>,
    on_created: Callback<Vec<EvidenceView>>,
) -> impl IntoView {
    // The fields hold what was typed themselves (no `prop:value`): hydration would set a bound
    // field to its signal and wipe what was typed while the page was not interactive yet. The
    // kind is followed only to mark the shown field required.
    // A plain post that was refused comes back here with the refusal and what was typed.
    let typed = Typed::at(urls::evidence_upload());
    let field = |name: &str| typed.or(name, "");
    let first_kind = EvidenceKind::ALL
        .into_iter()
        .find(|kind| typed.value("kind").as_deref() == Some(kind.as_str()))
        .unwrap_or(EvidenceKind::File);
    let kind = RwSignal::new(first_kind);
    let skills = RwSignal::new(typed.values("skill_ids").into_iter().map(SkillId::new).collect::<Vec<_>>());
    // Only the browser ever holds a file. Each sits in its own `SendWrapper` rather than the list in
    // a local signal: the server's copy stays empty, so dropping it on another thread is harmless.
    let files = RwSignal::new(Vec::<SendWrapper<File>>::new());
    let progress = RwSignal::new(None::<f64>);
    let message =
        RwSignal::new(refused_post(urls::evidence_upload()).map(|refusal| Err(refusal.to_string())));
    let form = NodeRef::<leptos::html::Form>::new();

    let finish = move |result: Result<UploadOutcome, String>| {
        progress.set(None);
        match result {
            Ok(outcome) => {
                message.set(Some(Ok(outcome.summary())));
                if let Some(form) = form.get_untracked() {
                    form.reset();
                }
                kind.set(EvidenceKind::File);
                files.set(Vec::new());
                skills.set(Vec::new());
                on_created.run(outcome.items);
            }
            Err(error) => message.set(Some(Err(error))),
        }
    };
    // The form's own fields, as the browser would post them, with the files of the list.
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(element) = form.get_untracked() else { return };
        let chosen: Vec<File> =
            files.with_untracked(|files| files.iter().map(|file| File::clone(file)).collect());
        message.set(None);
        progress.set(Some(0.0));
        if let Err(error) =
            upload_client::send(&element, &chosen, move |sent| progress.set(Some(sent)), finish)
        {
            progress.set(None);
            message.set(Some(Err(error)));
        }
    };
    let kind_choice = EvidenceKind::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <label class="inline">
                    <input
                        type="radio"
                        name="kind"
                        value=choice.as_str()
                        checked=choice == first_kind
                        on:change=move |_| kind.set(choice)
                    />
                    {choice.label()}
                </label>
            }
        })
        .collect_view();
    let heading = if replaces.is_some() { t!("evidence-form-new-version") } else { t!("evidence-form-new") };
    let replaced = replaces.map(|id| view! { <input type="hidden" name="replaces" value=id.to_string()/> });
    view! {
        <form
            node_ref=form
            class="card stack evidence-form"
            method="post"
            action=urls::evidence_upload()
            enctype="multipart/form-data"
            on:submit=submit
        >
            <h2>{heading}</h2>
            {replaced}
            <fieldset class="kind-choice">
                <legend>{t!("evidence-form-kind")}</legend>
                {kind_choice}
            </fieldset>
            <label>
                {t!("evidence-field-title")}
                <input type="text" name="title" required maxlength=MAX_TITLE_CHARS value=field("title")/>
            </label>
            <label>
                {t!("evidence-field-description-optional")}
                <textarea name="description" rows="2">{raw_text(field("description"))}</textarea>
            </label>
            <label>
                {t!("evidence-field-date")}
                <input type="date" name="date" required value=field("date")/>
            </label>
            // Required only while shown, and the link is checked by the server, not as type="url":
            // a hidden field the browser finds wrong would silently stop the post.
            <label class="kind-part kind-reflection">
                {t!("evidence-field-reflection")}
                <textarea name="text" rows="8" maxlength=MAX_REFLECTION_CHARS required=move || kind.get() == EvidenceKind::Reflection>{raw_text(field("text"))}</textarea>
                <span class="hint muted">{t!("evidence-form-reflection-hint")}</span>
            </label>
            <label class="kind-part kind-link">
                {t!("evidence-field-link")}
                <input type="text" inputmode="url" autocomplete="url" name="url" maxlength=MAX_URL_CHARS required=move || kind.get() == EvidenceKind::Link placeholder="https://" value=field("url")/>
            </label>
            <SkillPicker frameworks selected=skills/>
            <div class="kind-part kind-file">
                <FileDrop files/>
            </div>
            <button type="submit" disabled=move || progress.get().is_some()>{t!("evidence-form-add")}</button>
            {move || {
                progress.get().map(|sent| {
                    let percent = (sent * 100.0).round() as u32;
                    view! {
                        <p class="upload-progress">
                            <progress max="100" value=percent aria-label=t!("evidence-form-uploading")></progress>
                            {format!(" {percent}%")}
                        </p>
                    }
                })
            }}
            {move || {
                message.get().map(|message| match message {
                    Ok(text) => view! { <Done text/> }.into_any(),
                    Err(text) => view! { <p class="error" role="alert">{text}</p> }.into_any(),
                })
            }}
        </form>
    }
}
