//! Progress: a bar of how much is done, and the table of a programme's units that students and
//! assessors both read it in.

use leptos::prelude::*;

/// A bar of how much of something is done, with the numbers beside it for screen readers.
#[component]
pub fn ProgressBar(done: u32, total: u32, label: String) -> impl IntoView {
    view! {
        <span class="progress-bar">
            <progress max=total.max(1) value=done aria-label=label></progress>
            <span class="progress-figures">{format!("{done}/{total}")}</span>
        </span>
    }
}

/// A programme's units, a row each, in the table students and assessors both read: each page
/// gives its own header cells (`head`) and rows.
#[component]
pub fn ProgressTable(head: impl IntoView + 'static, rows: impl IntoView + 'static) -> impl IntoView {
    view! {
        <table class="table progress-table">
            <thead>
                <tr>{head}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn student_head() -> impl IntoView {
        view! {
            <th scope="col">"Module"</th>
            <th scope="col" class="number">"Bewijsstukken"</th>
        }
    }

    fn one_row() -> impl IntoView {
        vec![view! { <tr data-unit="M 1"><td>"M 1"</td><td class="number">{3}</td></tr> }].collect_view()
    }

    /// The table as the pages wrote it out before they shared it.
    fn written_out() -> String {
        let rows = one_row();
        view! {
            <table class="table progress-table">
                <thead>
                    <tr>
                        <th scope="col">"Module"</th>
                        <th scope="col" class="number">"Bewijsstukken"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .to_html()
    }

    /// The elements, attributes and text, without the hydration markers (`<!>`), which depend on
    /// where a view is built and differ from one build of the same markup to another.
    fn markup(html: String) -> String {
        html.replace("<!>", "")
    }

    #[test]
    fn the_progress_table_renders_the_markup_the_pages_wrote_out() {
        let owner = Owner::new();
        owner.set();
        let shared = view! { <ProgressTable head=student_head() rows=one_row()/> }.to_html();
        assert_eq!(markup(shared), markup(written_out()));
        assert_eq!(
            markup(written_out()),
            r#"<table class="table progress-table"><thead><tr><th scope="col">Module</th><th scope="col" class="number">Bewijsstukken</th></tr></thead><tbody><tr data-unit="M 1"><td>M 1</td><td class="number">3</td></tr></tbody></table>"#
        );
    }
}
