//! Parts of a page that never change once shown (a report, the rows of a large table).
//!
//! Hydration walks every node the server rendered, to attach the browser's views to them: for a
//! report of 25 students, or a matrix of 500, tens of thousands of nodes, and the page became
//! interactive only after half a second or more. Such a part is rendered by the server as HTML
//! (an element's `inner_html`) that hydration leaves alone; rendered in the browser (after a
//! navigation), it is views as usual.

#[cfg(not(feature = "ssr"))]
use leptos::prelude::Owner;
use leptos::tachys::view::RenderHtml;

/// How a part that never changes is rendered: the server's HTML (empty while hydrating: the
/// browser already has it), or views.
pub enum Inert<V> {
    Html(String),
    // The server always renders HTML.
    #[cfg_attr(feature = "ssr", allow(dead_code))]
    View(V),
}

/// `content` (built only when it is rendered as views or on the server) as [`Inert`]; the caller
/// puts `Html` in its element's `inner_html` and `View` among its children. `content` must be
/// plain markup: no resources, suspense, actions or event handlers, which the browser would not
/// build while hydrating (and whose ids would shift every later one's).
pub fn inert<V: RenderHtml>(content: impl FnOnce() -> V) -> Inert<V> {
    #[cfg(feature = "ssr")]
    {
        Inert::Html(content().to_html())
    }
    #[cfg(not(feature = "ssr"))]
    {
        let hydrating = Owner::current_shared_context().is_some_and(|context| context.during_hydration());
        if hydrating {
            Inert::Html(String::new())
        } else {
            Inert::View(content())
        }
    }
}
