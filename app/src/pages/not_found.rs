//! The page for addresses that do not exist.

use leptos::prelude::*;

use crate::urls;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <section class="card">
            <h1>"Pagina niet gevonden"</h1>
            <p>"Deze pagina bestaat niet. " <a href=urls::home()>"Terug naar de startpagina"</a></p>
        </section>
    }
}
