//! Text people typed, inside the elements Leptos writes into the server's HTML without escaping
//! their content: `<title>` (by `leptos_meta`) and `<textarea>` (by `tachys`). Text with
//! `</textarea>` in it could end the element and add markup, and `&lt;` would be read as `<`.

/// `text` to put inside a `<title>` or `<textarea>`: escaped in the server's HTML, as it is in the
/// browser, which sets it as plain text. Hydration finds the same text either way.
#[cfg(feature = "ssr")]
pub fn raw_text(text: impl Into<String>) -> String {
    html_escape::encode_text(&text.into()).into_owned()
}

/// `text` to put inside a `<title>` or `<textarea>`: the browser sets it as plain text.
#[cfg(not(feature = "ssr"))]
pub fn raw_text(text: impl Into<String>) -> String {
    text.into()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::raw_text;

    #[test]
    fn typed_text_cannot_end_the_element() {
        assert_eq!(
            raw_text("Verslag </title><meta http-equiv=refresh content=0;url=http://x/> & co"),
            "Verslag &lt;/title&gt;&lt;meta http-equiv=refresh content=0;url=http://x/&gt; &amp; co"
        );
        assert_eq!(
            raw_text("</textarea><script>x()</script> &lt;"),
            "&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt; &amp;lt;"
        );
    }
}
