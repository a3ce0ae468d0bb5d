//! Enrolling students from a CSV file: choose the file, read the preview, confirm. With
//! JavaScript the browser reads the file and the preview shows at once; without it the plain
//! form sends the file, the server keeps it and shows its preview on this page (`?lijst=N`),
//! and the confirmation imports the kept list (then `?ingeschreven=N` says how many lines).

use domain::CohortId;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::cohorts::{enrol_kept_list, EnrolKeptList, EnrolStudents};
use crate::components::announcer::Done;
use crate::components::chosen_file::read_chosen_file;
use crate::components::forms::{hidden_fields, refused_post};
use crate::components::loaded::loaded;
use crate::components::scroll_box::ScrollBox;
use crate::dto::{ImportOutcome, RowOutcome};
use crate::t;
use crate::urls;

/// Importing a student list: choose the CSV file, read the preview, confirm.
#[component]
pub(super) fn EnrolmentImport(
    cohort: CohortId,
    enrol: ServerAction<EnrolStudents>,
    enrol_kept: ServerAction<EnrolKeptList>,
) -> impl IntoView {
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
            Ok(outcome) => {
                let confirm =
                    view! { <button type="button" on:click=confirm>{t!("cohort-import-confirm")}</button> };
                view! { <ImportTable outcome confirm=confirm.into_any()/> }.into_any()
            }
            Err(error) => view! { <p class="error" role="alert">{error.to_string()}</p> }.into_any(),
        })
    };
    let query = use_query_map();
    let kept = query.read_untracked().get(urls::KEPT_LIST).and_then(|id| id.parse::<i64>().ok());
    let imported =
        query.read_untracked().get(urls::IMPORTED_LINES).and_then(|lines| lines.parse::<usize>().ok());
    let refusal = refused_post(&urls::enrolments(cohort));
    view! {
        <section class="card stack no-print" data-testid="enrolment-import">
            <h2>{t!("cohort-import-heading")}</h2>
            <p class="muted">
                {t!("cohort-import-explanation")}
            </p>
            <form method="post" enctype="multipart/form-data" action=urls::enrolments(cohort) class="stack">
                <label>{t!("cohort-import-file")} <input type="file" name="list" accept=".csv,text/csv" required on:change=read/></label>
                <button type="submit" class="without-script">{t!("cohort-import-show-preview")}</button>
            </form>
            {refusal.map(|error| view! { <p class="error" role="alert">{error.to_string()}</p> })}
            {imported.map(|lines| view! { <Done text=t!("cohort-import-applied", count = lines)/> })}
            {move || unreadable.get().then(|| view! { <p class="error" role="alert">{t!("cohort-import-unreadable")}</p> })}
            {outcome}
            {kept.map(|kept| view! { <KeptList cohort kept enrol_kept/> })}
            <form method="post" action=urls::invitation_letters(cohort) class="stack">
                <p class="muted">
                    {t!("cohort-import-letters-explanation")}
                </p>
                <button type="submit" class="secondary">{t!("cohort-import-letters")}</button>
            </form>
        </section>
    }
}

/// The preview of a list a plain form sent and the server kept, and its confirmation: a plain
/// form too.
#[component]
fn KeptList(cohort: CohortId, kept: i64, enrol_kept: ServerAction<EnrolKeptList>) -> impl IntoView {
    let preview = Resource::new(|| (), move |_| enrol_kept_list(cohort, kept, true));
    let previewed = move |outcome: ImportOutcome| {
        let shown = move || {
            let confirm = view! {
                <ActionForm action=enrol_kept>
                    {hidden_fields(&EnrolKeptList { cohort_id: cohort, kept, dry_run: false })}
                    <button type="submit" disabled=move || enrol_kept.pending().get()>{t!("cohort-import-confirm")}</button>
                </ActionForm>
            };
            match enrol_kept.value().get() {
                Some(Ok(imported)) => view! { <ImportTable outcome=imported confirm=().into_any()/> }.into_any(),
                refused => view! {
                    <ImportTable outcome=outcome.clone() confirm=confirm.into_any()/>
                    {refused.and_then(Result::err).map(|error| view! { <p class="error" role="alert">{error.to_string()}</p> })}
                }
                .into_any(),
            }
        };
        shown.into_any()
    };
    loaded(preview, previewed)
}

#[component]
fn ImportTable(
    outcome: ImportOutcome,
    /// What confirms the import; shown only when there is something to import and nothing wrong.
    confirm: AnyView,
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
    let button = (!outcome.applied && !has_errors && changes).then_some(confirm);
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
