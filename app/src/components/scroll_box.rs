//! A box a wide table scrolls in, sideways, on a narrow screen.

use leptos::prelude::*;

/// Wraps a table that has no links or buttons of its own. On a phone such a table is wider than
/// the screen and scrolls inside this box; the box takes keyboard focus (so the arrow keys can
/// scroll it, WCAG 2.1.1) and is a named region (so a screen reader says what got focus).
/// Tables with controls scroll by themselves: tabbing to a control brings it into view.
#[component]
pub fn ScrollBox(#[prop(into)] label: String, children: Children) -> impl IntoView {
    view! {
        <div class="scroll-box" role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}
