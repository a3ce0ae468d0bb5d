//! The page for addresses that do not exist.

use leptos::prelude::*;

use crate::t;
use crate::urls;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <section class="card">
            <h1>{t!("account-not-found-heading")}</h1>
            <p>
                {t!("account-not-found-text")} " "
                <a href=urls::home()>{t!("account-not-found-home")}</a>
            </p>
        </section>
    }
}
