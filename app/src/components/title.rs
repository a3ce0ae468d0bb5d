//! The title of a page that names something people typed (an evidence item, a student, a cohort).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::raw_text::raw_text;
use crate::t;

/// Sets the page's title to `{text} – Vaardig`, escaped for the server's HTML ([`raw_text`]): a
/// name with `</title>` in it would otherwise add markup (a redirect to another site).
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=raw_text(t!("common-page-title", page = text))/> }
}
