//! Small pieces every page uses.

use leptos::prelude::*;

use crate::error::AppError;

/// Renders a server result under a suspense boundary: the error's message, or the content.
pub fn loaded<T: Clone + Send + Sync + 'static>(
    resource: Resource<Result<T, AppError>>,
    render: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Transition fallback=|| view! { <p class="muted">"Laden…"</p> }>
            {move || {
                resource
                    .get()
                    .map(|result| match result {
                        Ok(value) => render(value),
                        Err(error) => view! { <p class="error">{error.to_string()}</p> }.into_any(),
                    })
            }}
        </Transition>
    }
}

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
