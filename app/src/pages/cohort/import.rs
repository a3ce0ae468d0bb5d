//! Enrolling students from a CSV file: choose the file, read the preview, confirm.

use domain::CohortId;
use leptos::prelude::*;

use crate::api::cohorts::EnrolStudents;
use crate::components::chosen_file::read_chosen_file;
use crate::dto::{ImportOutcome, RowOutcome};
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
            <h2>"Cursisten inschrijven"</h2>
            <p class="muted">
                "Een CSV-bestand met de kolommen studentnummer, voornaam, achternaam en e-mail, gescheiden door ; (zoals Excel het bewaart) of door komma's. Je ziet eerst wat er zal gebeuren."
            </p>
            <label>"CSV-bestand" <input type="file" accept=".csv,text/csv" on:change=read/></label>
            {move || unreadable.get().then(|| view! { <p class="error" role="alert">"Het bestand kon niet gelezen worden."</p> })}
            {outcome}
            <form method="post" action=urls::invitation_letters(cohort) class="stack">
                <p class="muted">
                    "Zonder e-mail: druk een uitnodigingsbrief af voor elke cursist die nog geen wachtwoord koos, met een nieuwe link en een QR-code. Niemand krijgt een wachtwoord te zien."
                </p>
                <button type="submit" class="secondary">"Uitnodigingsbrieven afdrukken (PDF)"</button>
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
        format!(
            "{} cursisten verwerkt. Elke nieuwe cursist kreeg een uitnodiging per e-mail om een wachtwoord te kiezen.",
            outcome.rows.len()
        )
    } else if has_errors {
        format!(
            "{} fout(en): verbeter het bestand en kies het opnieuw. Er wordt niets ingeschreven.",
            outcome.errors.len()
        )
    } else {
        format!("Voorbeeld: {} cursisten. Er is nog niets ingeschreven.", outcome.rows.len())
    };
    let errors = outcome
        .errors
        .iter()
        .map(|error| view! { <li>{format!("Regel {}: {}", error.line, error.message)}</li> })
        .collect_view();
    let rows = outcome
        .rows
        .iter()
        .map(|row| {
            let what = match (&row.outcome, &row.previous_email) {
                (RowOutcome::NewAccount, _) => "Nieuw account".to_owned(),
                (RowOutcome::Enrolled, None) => "Bestaand account, ingeschreven".to_owned(),
                (RowOutcome::AlreadyEnrolled, None) => "Al ingeschreven".to_owned(),
                (RowOutcome::Enrolled, Some(previous)) => {
                    format!(
                        "Terugkerende cursist, ingeschreven; e-mailadres wordt gewijzigd (was {previous})"
                    )
                }
                (RowOutcome::AlreadyEnrolled, Some(previous)) => {
                    format!("Al ingeschreven; e-mailadres wordt gewijzigd (was {previous})")
                }
            };
            view! {
                <tr>
                    <td>{row.line}</td>
                    <td>{row.name.clone()}</td>
                    <td>{row.email.clone()}</td>
                    <td>{what}</td>
                    <td>{row.invited.then_some("Verstuurd")}</td>
                </tr>
            }
        })
        .collect_view();
    let button = (!outcome.applied && !has_errors && changes)
        .then(|| view! { <button type="button" on:click=confirm>"Inschrijving bevestigen"</button> });
    view! {
        <p role="status" data-testid="import-summary">{summary}</p>
        {has_errors.then(|| view! { <ul class="error">{errors}</ul> })}
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">"Regel"</th>
                    <th scope="col">"Naam"</th>
                    <th scope="col">"E-mail"</th>
                    <th scope="col">"Wat er gebeurt"</th>
                    <th scope="col">"Uitnodiging"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {button}
    }
}
