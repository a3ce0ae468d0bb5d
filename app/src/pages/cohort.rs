//! `/groepen/:id`: the readiness of a cohort, every student against every unit, to search,
//! sort, filter, export and print.

use base64::prelude::{Engine, BASE64_STANDARD};
use domain::policy::{may, Action};
use domain::{AccountId, CohortId, UnitStatus};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use web_sys::HtmlInputElement;

use crate::api::cohorts::{
    cohort_details, list_assessors, readiness_of_cohort, ArchiveCohort, EnrolStudents, SetCohortAssessor,
};
use crate::components::loaded::loaded;
use crate::dto::{CohortReadiness, ImportOutcome, PersonView, RowOutcome};
use crate::readiness_table::{self as table, ReadinessRow, ReadinessTable};
use crate::session::Session;

#[component]
pub fn CohortPage() -> impl IntoView {
    let params = use_params_map();
    let cohort =
        move || params.read().get("id").and_then(|id| id.parse::<CohortId>().ok()).unwrap_or_default();
    let enrol = ServerAction::<EnrolStudents>::new();
    let overview =
        Resource::new(move || (cohort(), enrol.version().get()), |(cohort, _)| readiness_of_cohort(cohort));
    let details = Resource::new(cohort, cohort_details);
    let session = expect_context::<Session>();
    view! {
        {loaded(overview, |overview| view! { <ReadinessMatrix overview/> }.into_any())}
        // Who is signed in and the cohort's standing are resources too: read under their own
        // boundary, so the server and the browser render the same markup whichever resolves first.
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let manages = session.user.await.ok().flatten().is_some_and(|user| may(user.role, Action::ManageCohorts));
                let archived = details.await.is_ok_and(|details| details.archived);
                match (manages, archived) {
                    (_, true) => Some(view! {
                        <p class="muted" data-testid="archived">"Deze groep is gearchiveerd: je kunt ze nog lezen, niet meer wijzigen."</p>
                    }.into_any()),
                    (true, false) => Some(view! {
                        <EnrolmentImport cohort=cohort() enrol/>
                        <CohortAssessors cohort=cohort()/>
                    }.into_any()),
                    (false, false) => None,
                }
            })}
        </Transition>
    }
}

/// Importing a student list: choose the CSV file, read the preview, confirm.
#[component]
fn EnrolmentImport(cohort: CohortId, enrol: ServerAction<EnrolStudents>) -> impl IntoView {
    // The file's bytes, base64-encoded: the server decides the encoding (Excel's Windows-1252,
    // UTF-8, UTF-16), which the browser's `file.text()` would get wrong.
    let file = RwSignal::new(String::new());
    let unreadable = RwSignal::new(false);
    let read = move |event| {
        let input: HtmlInputElement = event_target(&event);
        let Some(chosen) = input.files().and_then(|files| files.get(0)) else { return };
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(chosen.array_buffer()).await {
                Ok(buffer) => {
                    let encoded = BASE64_STANDARD.encode(js_sys::Uint8Array::new(&buffer).to_vec());
                    unreadable.set(false);
                    file.set(encoded.clone());
                    enrol.dispatch(EnrolStudents { cohort_id: cohort, file: encoded, dry_run: true });
                }
                Err(_) => unreadable.set(true),
            }
        });
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
        format!("{} cursisten verwerkt. Geef elke nieuwe cursist het eerste wachtwoord.", outcome.rows.len())
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
                    <td><code>{row.initial_password.clone().unwrap_or_default()}</code></td>
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
                    <th scope="col">"Eerste wachtwoord"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {button}
    }
}

/// The assessors of the cohort: assign one, remove one; and archiving the cohort.
#[component]
fn CohortAssessors(cohort: CohortId) -> impl IntoView {
    let change = ServerAction::<SetCohortAssessor>::new();
    let archive = ServerAction::<ArchiveCohort>::new();
    let details = Resource::new(move || change.version().get(), move |_| cohort_details(cohort));
    let assessors = Resource::new(|| (), |_| list_assessors());
    Effect::new(move |_| {
        if let Some(Ok(())) = archive.value().get() {
            leptos_router::hooks::use_navigate()("/", Default::default());
        }
    });
    let failure = move || {
        [change.value().get().and_then(Result::err), archive.value().get().and_then(Result::err)]
            .into_iter()
            .flatten()
            .next()
            .map(|error| view! { <p class="error" role="alert">{error.to_string()}</p> })
    };
    view! {
        <section class="card stack no-print" data-testid="cohort-assessors">
            <h2>"Beoordelaars"</h2>
            // One boundary for both lists, so the section hydrates as it was rendered.
            <Transition fallback=|| view! { <p class="muted">"Laden…"</p> }>
                {move || Suspend::new(async move {
                    match (details.await, assessors.await) {
                        (Ok(details), Ok(assessors)) => {
                            view! { <AssessorChoice cohort assigned=details.assessors all=assessors change/> }.into_any()
                        }
                        (Err(error), _) | (_, Err(error)) => view! { <p class="error">{error.to_string()}</p> }.into_any(),
                    }
                })}
            </Transition>
            <p>
                <button type="button" class="danger" on:click=move |_| {
                    let sure = window().confirm_with_message("Deze groep archiveren?").unwrap_or(false);
                    if sure {
                        archive.dispatch(ArchiveCohort { cohort_id: cohort });
                    }
                }>"Groep archiveren"</button>
            </p>
            {failure}
        </section>
    }
}

#[component]
fn AssessorChoice(
    cohort: CohortId,
    assigned: Vec<PersonView>,
    all: Vec<PersonView>,
    change: ServerAction<SetCohortAssessor>,
) -> impl IntoView {
    let chosen = RwSignal::new(String::new());
    let assigned = assigned
        .into_iter()
        .map(|assessor| {
            let id = assessor.id;
            view! {
                <li>
                    {assessor.name}
                    " "
                    <button type="button" class="link" on:click=move |_| {
                        change.dispatch(SetCohortAssessor { cohort_id: cohort, assessor_id: id, assigned: false });
                    }>"verwijderen"</button>
                </li>
            }
        })
        .collect_view();
    let options = all
        .into_iter()
        .map(|assessor| view! { <option value=assessor.id.to_string()>{assessor.name}</option> })
        .collect_view();
    let assign = move |_| {
        if let Ok(assessor_id) = chosen.get_untracked().parse::<AccountId>() {
            change.dispatch(SetCohortAssessor { cohort_id: cohort, assessor_id, assigned: true });
        }
    };
    view! {
        <ul>{assigned}</ul>
        <div class="filters">
            <label>
                "Beoordelaar toewijzen"
                <select on:change=move |e| chosen.set(event_target_value(&e))>
                    <option value="">"Kies een beoordelaar"</option>
                    {options}
                </select>
            </label>
            <button type="button" on:click=assign>"Toewijzen"</button>
        </div>
    }
}

/// Which rows to show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    ReadyForCertificate,
    UnitReady,
    NeedsAttention,
}

impl Filter {
    const ALL: [(Filter, &'static str, &'static str); 4] = [
        (Filter::All, "all", "Alle cursisten"),
        (Filter::ReadyForCertificate, "certificate", "Klaar voor het certificaat"),
        (Filter::UnitReady, "unit-ready", "Met een module klaar voor deelcertificaat"),
        (Filter::NeedsAttention, "attention", "Met een module die aandacht vraagt"),
    ];

    fn keeps(self, row: &ReadinessRow) -> bool {
        match self {
            Filter::All => true,
            Filter::ReadyForCertificate => row.ready_for_certificate,
            Filter::UnitReady => {
                row.cells.iter().any(|cell| cell.status == UnitStatus::ReadyForDeelcertificaat)
            }
            Filter::NeedsAttention => row.cells.iter().any(|cell| cell.needs_attention),
        }
    }
}

#[component]
fn ReadinessMatrix(overview: CohortReadiness) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let by_progress = RwSignal::new(false);
    let filter = RwSignal::new(Filter::All);
    let cohort_id = overview.cohort_id;
    let framework = overview.framework_code.to_string();
    let slugs: Vec<String> = overview.units.iter().map(|unit| unit.code.slug()).collect();
    // The same table the CSV and Excel files are made from, in the order the server gave.
    let table = StoredValue::new(ReadinessTable::of(&overview).rows);
    let rows = move || {
        let query = search.get().trim().to_lowercase();
        let mut shown: Vec<ReadinessRow> = table.with_value(|rows| {
            rows.iter()
                .filter(|row| query.is_empty() || row.student.name.to_lowercase().contains(&query))
                .filter(|row| filter.get().keeps(row))
                .cloned()
                .collect()
        });
        if by_progress.get() {
            // Stable: students with equal progress keep the server's order.
            shown.sort_by_key(|row| std::cmp::Reverse(row.achieved));
        }
        shown
            .into_iter()
            .map(|row| {
                let cells = row
                    .cells
                    .into_iter()
                    .zip(&slugs)
                    .map(|(cell, slug)| {
                        let href = format!("/beoordelen/{}/{framework}/{slug}", row.student.id);
                        view! { <StatusCell cell href/> }
                    })
                    .collect_view();
                view! {
                    <tr data-student=row.student.id.get()>
                        <th scope="row"><a href=format!("/cursisten/{}", row.student.id)>{row.student.name.clone()}</a></th>
                        {cells}
                        <td class="number">{row.progress}</td>
                        <td class="certificate">{row.certificate}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let heads = overview
        .units
        .iter()
        .map(|unit| view! { <th scope="col" title=unit.title.clone()>{unit.code.to_string()}</th> })
        .collect_view();
    let totals = overview
        .totals
        .iter()
        .map(|total| {
            view! {
                <td class="totals">
                    {format!("{} behaald · {} klaar · {} bezig", total.awarded, total.ready, total.in_progress)}
                </td>
            }
        })
        .collect_view();
    let filters = Filter::ALL
        .into_iter()
        .map(|(_, value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    view! {
        <Title text=format!("{} – Vaardig", overview.cohort_name)/>
        <h1>{overview.cohort_name.clone()}</h1>
        <p class="muted">{format!("{} · schooljaar {}", overview.framework_title, overview.school_year)}</p>
        <div class="filters no-print">
            <label>"Zoek een cursist" <input type="search" prop:value=search on:input=move |e| search.set(event_target_value(&e))/></label>
            <label>
                "Toon"
                <select on:change=move |e| {
                    let value = event_target_value(&e);
                    let chosen = Filter::ALL.into_iter().find(|(_, key, _)| *key == value).map_or(Filter::All, |(f, _, _)| f);
                    filter.set(chosen);
                }>{filters}</select>
            </label>
            <label>
                "Sorteer op"
                <select on:change=move |e| by_progress.set(event_target_value(&e) == "progress")>
                    <option value="name">"Naam"</option>
                    <option value="progress">"Voortgang"</option>
                </select>
            </label>
            <p class="exports">
                <a href=format!("/api/v1/cohorts/{cohort_id}/readiness.csv") download>"Download CSV"</a>
                " · "
                <a href=format!("/api/v1/cohorts/{cohort_id}/readiness.xlsx") download>"Download Excel"</a>
                " · "
                <a href=format!("/api/v1/cohorts/{cohort_id}/report.pdf?detail=true") download>"Download PDF"</a>
                " · "
                <a href=format!("/groepen/{cohort_id}/rapport")>"Rapport afdrukken"</a>
            </p>
        </div>
        <div class="matrix-scroll">
            <table class="table matrix" data-testid="readiness">
                <thead>
                    <tr>
                        <th scope="col">"Cursist"</th>
                        {heads}
                        <th scope="col" class="number">"Behaald"</th>
                        <th scope="col">"Certificaat"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"Totaal"</th>
                        {totals}
                        <td></td>
                        <td></td>
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}

/// One student in one unit: the status in words (not colour alone) and the count.
#[component]
fn StatusCell(cell: table::StatusCell, href: String) -> impl IntoView {
    view! {
        <td class=cell.tone.class()>
            <a href=href>
                <span class="cell-label">{cell.label}</span>
                <span class="cell-count">{cell.count}</span>
            </a>
        </td>
    }
}
