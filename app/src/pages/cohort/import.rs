//! Enrolling students from a CSV file: choose the file, read the preview, confirm.

use domain::CohortId;
use leptos::prelude::*;

use crate::api::cohorts::EnrolStudents;
use crate::components::chosen_file::read_chosen_file;
use crate::components::scroll_box::ScrollBox;
use crate::dto::{ImportOutcome, RowOutcome};
use crate::t;
use crate::urls;

/// Importing a student list: choose the CSV file, read the preview, confirm.
#[component]
pub(super) fn EnrolmentImport(cohort: CohortId, enrol: ServerAction<EnrolStudents>) -> impl IntoView {
    // The file's bytes, base64-encoded: the server decides the encoding (Excel's Windows-1252,
    // UTF-8, UTF-16), which the browser's `file.text()` would get wrong.
    let file = RwSignal::new(String::new());
    let unreadable = RwSignal::new(false);
    let read = move |event: leptos::ev::Event| {
        read_chosen_file(&event, move |read| match read {
            Some(encoded) => {
                unreadable.set(false);
                file.set(encoded.clone());
                enrol.dispatch(EnrolStudents { cohort_id: cohort, file: encoded, dry_run: true });
            }
            None => unreadable.set(true),
        })
    };
    let confirm = move |_| {
        enrol.dispatch(EnrolStudents { cohort_id: cohort, file: file.get_untracked(), dry_run: false });
    };
    let outcome = move || {
        enrol.value().get().map(|result| match result {
            Ok(outcome) => view! { <ImportTable outcome confirm/> }.into_any(),
            Err(error) => view! { <p class="error" role="alert">{error.to_string()}</p> }.into_any(),
        })
    };
    view! {
        <section class="card stack no-print" data-testid="enrolment-import">
            <h2>{t!("cohort-import-heading")}</h2>
            <p class="muted">
                {t!("cohort-import-explanation")}
            </p>
            <label>{t!("cohort-import-file")} <input type="file" accept=".csv,text/csv" on:change=read/></label>
            {move || unreadable.get().then(|| view! { <p class="error" role="alert">{t!("cohort-import-unreadable")}</p> })}
            {outcome}
            <form method="post" action=urls::invitation_letters(cohort) class="stack">
                <p class="muted">
                    {t!("cohort-import-letters-explanation")}
                </p>
                <button type="submit" class="secondary">{t!("cohort-import-letters")}</button>
            </form>
        </section>
    }
}

#[component]
fn ImportTable(
    outcome: ImportOutcome,
    confirm: impl Fn(leptos::ev::MouseEvent) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let has_errors = !outcome.errors.is_empty();
    let changes = outcome
        .rows
        .iter()
        .any(|row| row.outcome != RowOutcome::AlreadyEnrolled || row.previous_email.is_some());
    let summary = if outcome.applied {
        t!("cohort-import-applied", count = outcome.rows.len())
    } else if has_errors {
        t!("cohort-import-errors", count = outcome.errors.len())
    } else {
        t!("cohort-import-preview", count = outcome.rows.len())
    };
    let errors = outcome
        .errors
        .iter()
        .map(|error| {
            let text = t!("cohort-import-error-line", line = error.line, message = error.message.as_str());
            view! { <li>{text}</li> }
        })
        .collect_view();
    let rows = outcome
        .rows
        .iter()
        .map(|row| {
            let what = match (&row.outcome, &row.previous_email) {
                (RowOutcome::NewAccount, _) => t!("cohort-import-new-account"),
                (RowOutcome::Enrolled, None) => t!("cohort-import-enrolled"),
                (RowOutcome::AlreadyEnrolled, None) => t!("cohort-import-already-enrolled"),
                (RowOutcome::Enrolled, Some(previous)) => {
                    t!("cohort-import-returning", previous = previous.as_str())
                }
                (RowOutcome::AlreadyEnrolled, Some(previous)) => {
                    t!("cohort-import-already-enrolled-new-email", previous = previous.as_str())
                }
            };
            view! {
                <tr>
                    <td>{row.line}</td>
                    <td>{row.name.clone()}</td>
                    <td>{row.email.clone()}</td>
                    <td>{what}</td>
                    <td>{row.invited.then(|| t!("cohort-import-invited"))}</td>
                </tr>
            }
        })
        .collect_view();
    let button = (!outcome.applied && !has_errors && changes)
        .then(|| view! { <button type="button" on:click=confirm>{t!("cohort-import-confirm")}</button> });
    view! {
        <p role="status" data-testid="import-summary">{summary}</p>
        {has_errors.then(|| view! { <ul class="error">{errors}</ul> })}
        <ScrollBox label=t!("cohort-import-heading")>
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t!("cohort-import-column-line")}</th>
                        <th scope="col">{t!("cohort-name")}</th>
                        <th scope="col">{t!("cohort-import-column-email")}</th>
                        <th scope="col">{t!("cohort-import-column-what")}</th>
                        <th scope="col">{t!("cohort-import-column-invitation")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollBox>
        {button}
    }
}
