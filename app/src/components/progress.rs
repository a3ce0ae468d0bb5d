//! A bar of progress, as the progress tables of students and assessors show it.

use leptos::prelude::*;

/// A bar of how much of something is done, with the numbers beside it for screen readers.
#[component]
pub fn ProgressBar(done: u32, total: u32, label: String) -> impl IntoView {
    view! {
        <span class="progress-bar">
            <progress max=total.max(1) value=done aria-label=label></progress>
            <span class="progress-figures">{format!("{done}/{total}")}</span>
        </span>
    }
}
