//! Showing a server result once it is there: [`loaded`].

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
