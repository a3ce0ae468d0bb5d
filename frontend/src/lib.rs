//! Hydrates the server-rendered page in the browser; all behaviour lives in `app`.

use any_spawner::Executor;
use leptos::mount::hydrate_from_async;
use leptos::prelude::window;
use leptos::server_fn::redirect::set_redirect_hook;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // When the bundle started, for `scripts/bench-hydration` (what came before: the HTML, the
    // bundle's download and compilation).
    if let Some(performance) = window().performance() {
        let _ = performance.mark("vaardig-started");
    }
    // Server functions called by a script redirect only when the session changes (sign in, sign
    // out) or the page's subject is gone or new (a deleted item, a new cohort). A full page
    // load then renders every page afresh and drops whatever the previous pages held in memory;
    // the router's client-side navigation would race the session refetch.
    // Set before hydrating, so it takes precedence over the router's hook.
    let _ = set_redirect_hook(|location: &str| {
        if window().location().set_href(location).is_err() {
            leptos::logging::error!("could not go to {location}");
        }
    });
    // Hydrates once the page's own code is loaded (a route split off by `--split`), as
    // `leptos::mount::hydrate_lazy` does, then marks the page.
    let _ = Executor::init_wasm_bindgen();
    leptos::task::spawn_local(async {
        hydrate_from_async(leptos::tachys::dom::body(), app::App).await.forget();
        mark_hydrated();
    });
}

/// A marker for the browser tests: from here on the page reacts to clicks. The performance mark
/// times it from the navigation's start, for `scripts/bench-hydration`.
fn mark_hydrated() {
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
    if let Some(performance) = window().performance() {
        let _ = performance.mark("vaardig-hydrated");
    }
}
