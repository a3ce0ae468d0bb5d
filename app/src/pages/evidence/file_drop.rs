//! Choosing the files of a new evidence item: a drop zone, a file picker and a camera button.
//! With JavaScript each choice joins the list below and the pickers are emptied again (and so is
//! what they were given before the page was interactive); without, the pickers keep their files
//! (both named `file`) and the browser posts them with the form.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};

use crate::t;

/// What the file picker offers; on a phone, `image/*` and `video/*` include the camera.
const ACCEPTED_FILES: &str =
    "image/*,video/*,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.zip";

/// What the photo button offers: a phone opens its camera straight away (`capture`).
const ACCEPTED_PHOTOS: &str = "image/*,.heic,.heif";

/// Files chosen with the picker or dropped on the zone.
#[component]
pub(super) fn FileDrop(files: RwSignal<Vec<SendWrapper<File>>>) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let add = move |list: Option<FileList>| {
        if let Some(list) = list {
            files.update(|files| {
                files.extend((0..list.length()).filter_map(|index| list.get(index)).map(SendWrapper::new))
            });
        }
    };
    // Both pickers add to the list, then forget their choice so the same file can be chosen again.
    let take = move |input: HtmlInputElement| {
        add(input.files());
        input.set_value("");
    };
    // What the pickers were given before the page was interactive joins the list too (effects run
    // once the page is hydrated, in the browser only).
    let (picker, camera) = (NodeRef::<leptos::html::Input>::new(), NodeRef::<leptos::html::Input>::new());
    Effect::new(move |_| {
        for input in [picker.get(), camera.get()].into_iter().flatten() {
            take(input);
        }
    });
    let chosen = move || {
        files.with(|chosen| {
            chosen
                .iter()
                .enumerate()
                .map(|(index, file)| {
                    let size = t!("evidence-drop-size", size = crate::format::megabytes(file.size() as u64));
                    view! {
                        <li>
                            {file.name()} " (" {size} ") "
                            <button type="button" class="link" on:click=move |_| files.update(|files| { files.remove(index); })>
                                {t!("evidence-drop-remove")}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div
            class="drop-zone"
            class:dragging=dragging
            on:dragover=move |event: DragEvent| {
                event.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |event: DragEvent| {
                event.prevent_default();
                dragging.set(false);
                add(event.data_transfer().and_then(|transfer| transfer.files()));
            }
        >
            <p>{t!("evidence-drop-hint")}</p>
            <div class="file-buttons">
                <label class="button">
                    {t!("evidence-drop-choose")}
                    <input
                        type="file"
                        name="file"
                        multiple
                        accept=ACCEPTED_FILES
                        class="visually-hidden"
                        node_ref=picker
                        on:change=move |event| take(event_target(&event))
                    />
                </label>
                <label class="button secondary">
                    {t!("evidence-drop-photo")}
                    <input
                        type="file"
                        name="file"
                        accept=ACCEPTED_PHOTOS
                        capture="environment"
                        class="visually-hidden"
                        data-testid="photo-input"
                        node_ref=camera
                        on:change=move |event| take(event_target(&event))
                    />
                </label>
            </div>
            <ul class="chosen-files">{chosen}</ul>
        </div>
    }
}
