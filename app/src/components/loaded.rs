//! Showing server results: the text while they load ([`loading`]), the content once they are
//! there ([`loaded`], [`loaded_pair`]), and what went wrong ([`failed`], [`first_refusal`]).

use leptos::prelude::*;

use crate::error::AppError;
use crate::t;

/// What a boundary shows while its server results load.
pub fn loading() -> impl IntoView {
    view! { <p class="muted">{t!("common-loading")}</p> }
}

/// A server result that could not be loaded: its message in place of the content.
pub fn failed(error: AppError) -> AnyView {
    view! { <p class="error">{error.to_string()}</p> }.into_any()
}

/// The first refusal among a page's actions (each `action.value()`'s error, if any), as an alert.
pub fn first_refusal(errors: impl IntoIterator<Item = Option<AppError>>) -> Option<impl IntoView> {
    errors
        .into_iter()
        .flatten()
        .next()
        .map(|error| view! { <p class="error" role="alert">{error.to_string()}</p> })
}

/// Renders a server result under a suspense boundary: the error's message, or the content.
pub fn loaded<T: Clone + Send + Sync + 'static>(
    resource: Resource<Result<T, AppError>>,
    render: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Transition fallback=loading>
            {move || {
                resource
                    .get()
                    .map(|result| match result {
                        Ok(value) => render(value),
                        Err(error) => failed(error),
                    })
            }}
        </Transition>
    }
}

/// Renders two server results under one boundary, so the part hydrates as it was rendered: the
/// first error's message, or the content once both are there. `prepare` runs, tracked, each time
/// the boundary renders (read route parameters there, so a new address shows its own content); the
/// function it returns gets both results.
pub fn loaded_pair<A, B, R>(
    first: Resource<Result<A, AppError>>,
    second: Resource<Result<B, AppError>>,
    prepare: impl Fn() -> R + Send + Sync + 'static,
) -> impl IntoView
where
    A: Clone + Send + Sync + 'static,
    B: Clone + Send + Sync + 'static,
    R: FnOnce(A, B) -> AnyView + Send + 'static,
{
    view! {
        <Transition fallback=loading>
            {move || {
                let render = prepare();
                Suspend::new(async move {
                    match (first.await, second.await) {
                        (Ok(first), Ok(second)) => render(first, second),
                        (Err(error), _) | (_, Err(error)) => failed(error),
                    }
                })
            }}
        </Transition>
    }
}
