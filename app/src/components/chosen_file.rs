//! Reading the file a person chose in an `<input type="file">`, for forms that send its bytes to a
//! server function (student lists, catalog files): the server decodes them, as it decodes every
//! text file, so the browser never guesses an encoding.

use base64::prelude::{Engine, BASE64_STANDARD};
use leptos::prelude::*;
use web_sys::HtmlInputElement;

/// Reads the first file chosen in the input of `event`, base64-encoded, and hands it to `done`;
/// `None` when the browser could not read it. Nothing happens when no file was chosen.
pub fn read_chosen_file(event: &leptos::ev::Event, done: impl FnOnce(Option<String>) + 'static) {
    let input: HtmlInputElement = event_target(event);
    let Some(chosen) = input.files().and_then(|files| files.get(0)) else { return };
    leptos::task::spawn_local(async move {
        let read = wasm_bindgen_futures::JsFuture::from(chosen.array_buffer()).await;
        done(read.ok().map(|buffer| BASE64_STANDARD.encode(js_sys::Uint8Array::new(&buffer).to_vec())));
    });
}
