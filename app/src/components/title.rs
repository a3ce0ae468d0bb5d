//! The title of a page that names something people typed (an evidence item, a student, a cohort).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::t;

/// Sets the page's title to `{text} – Vaardig`. `leptos_meta` writes a title's text into the
/// server's HTML as it is, so a name with `</title>` in it could end the element and add markup
/// (a redirect to another site); the server escapes it here. In the browser the title is set as
/// plain text.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=for_html(t!("common-page-title", page = text))/> }
}

#[cfg(feature = "ssr")]
fn for_html(text: String) -> String {
    html_escape::encode_text(&text).into_owned()
}

#[cfg(not(feature = "ssr"))]
fn for_html(text: String) -> String {
    text
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn typed_text_cannot_end_the_title_element() {
        assert_eq!(
            for_html("Verslag </title><meta http-equiv=refresh content=0;url=http://x/> & co".into()),
            "Verslag &lt;/title&gt;&lt;meta http-equiv=refresh content=0;url=http://x/&gt; &amp; co"
        );
    }
}
