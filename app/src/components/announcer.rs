//! One polite live region per page, so that a screen reader says what an action came to.
//!
//! A live region must already be in the page when its text changes to be read out: a message
//! that appears together with its own `role="status"` is missed by several screen readers. So a
//! success message is shown where the action was (`Done`) and its words are handed to the one
//! region the App places before the page. Refusals keep `role="alert"`, which is read out when
//! it appears.

use leptos::prelude::*;

/// The words the live region says; provided by the App.
#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    /// Makes the announcer for this page and provides it to everything below.
    pub fn provide() {
        provide_context(Announcer(RwSignal::new(String::new())));
    }
}

/// The live region itself, hidden from sight; placed once, before the page content.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let Announcer(words) = expect_context::<Announcer>();
    // What an action came to is news on its own page only.
    let path = leptos_router::hooks::use_location().pathname;
    Effect::new(move |_| {
        path.track();
        words.set(String::new());
    });
    view! { <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{words}</div> }
}

/// A success message: shown here, and said by the live region once the page is interactive.
#[component]
pub fn Done(#[prop(into)] text: String) -> impl IntoView {
    let announcer = use_context::<Announcer>();
    let spoken = text.clone();
    // An effect runs in the browser only: the server has no one to speak to.
    Effect::new(move |_| {
        if let Some(Announcer(words)) = announcer {
            words.set(spoken.clone());
        }
    });
    view! { <p class="notice">{text}</p> }
}
