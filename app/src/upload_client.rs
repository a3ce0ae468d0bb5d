//! The browser's upload client: sends the evidence form to `POST /api/v1/evidence` with an
//! XMLHttpRequest, the one browser API that reports upload progress. Only runs in the browser;
//! the evidence form calls it.

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::JsCast;
use web_sys::{File, FormData, HtmlFormElement, ProgressEvent, XmlHttpRequest};

use crate::dto::UploadOutcome;
use crate::t;
use crate::urls;

/// Sends `form`'s fields as the browser would post them (the details as form fields, then the
/// files its pickers still hold: those chosen before the page was interactive), and `files`
/// after them. `on_progress` gets the fraction sent so far; `on_done` gets the outcome, or the
/// message to show.
pub fn send(
    form: &HtmlFormElement,
    files: &[File],
    on_progress: impl Fn(f64) + 'static,
    on_done: impl FnOnce(Result<UploadOutcome, String>) + 'static,
) -> Result<(), String> {
    let unavailable = |_| t!("evidence-upload-unavailable");
    let data = FormData::new_with_form(form).map_err(unavailable)?;
    for file in files {
        data.append_with_blob_and_filename("file", file, &file.name()).map_err(unavailable)?;
    }
    let request = XmlHttpRequest::new().map_err(unavailable)?;
    request.open("POST", urls::evidence_upload()).map_err(unavailable)?;

    let progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |event: ProgressEvent| {
        if event.length_computable() && event.total() > 0.0 {
            on_progress(event.loaded() / event.total());
        }
    });
    request.upload().map_err(unavailable)?.set_onprogress(Some(progress.as_ref().unchecked_ref()));
    let finished = request.clone();
    let done = Closure::once_into_js(move || {
        // The progress handler may go once the request is over.
        drop(progress);
        on_done(outcome(&finished));
    });
    request.set_onloadend(Some(done.unchecked_ref()));
    request.send_with_opt_form_data(Some(&data)).map_err(unavailable)
}

fn outcome(request: &XmlHttpRequest) -> Result<UploadOutcome, String> {
    let status = request.status().unwrap_or(0);
    let body = request.response_text().ok().flatten().unwrap_or_default();
    if status == 201 {
        return serde_json::from_str(&body).map_err(|_| t!("evidence-upload-unreadable"));
    }
    if status == 0 {
        return Err(t!("evidence-upload-offline"));
    }
    let message = serde_json::from_str::<serde_json::Value>(&body)
        .ok()
        .and_then(|value| value["error"]["message"].as_str().map(str::to_owned));
    Err(message.unwrap_or_else(|| t!("evidence-upload-failed", status = status.to_string())))
}
