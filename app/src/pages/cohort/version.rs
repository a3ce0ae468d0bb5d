//! The version of its framework a cohort follows and, when a newer one is stored, the move to it:
//! first a preview of what changes for each student, then the move itself.

use crate::i18n::labels::Label;
use domain::versions::{StudentMove, UnitChange};
use domain::{CohortId, FrameworkCode, UnitStatus};
use leptos::prelude::*;

use crate::api::cohorts::MoveCohortVersion;
use crate::components::loaded::first_refusal;
use crate::dto::CohortVersionMove;

/// For whoever manages cohorts, on a cohort that follows an older version than the newest.
#[component]
pub(super) fn CohortVersion(
    cohort: CohortId,
    framework: FrameworkCode,
    current: u32,
    newest: u32,
) -> impl IntoView {
    let preview = ServerAction::<MoveCohortVersion>::new();
    let apply = ServerAction::<MoveCohortVersion>::new();
    Effect::new(move |_| {
        if let Some(Ok(_)) = apply.value().get() {
            // Every part of the page (matrix, lists) follows the new version.
            let _ = window().location().reload();
        }
    });
    let shown = move || {
        preview.value().get().and_then(Result::ok).map(|moved| {
            view! {
                <MovePreview moved/>
                <p>
                    <button type="button" on:click=move |_| {
                        let question = format!("De groep naar versie {newest} verhuizen? Dat kan niet ongedaan gemaakt worden.");
                        if window().confirm_with_message(&question).unwrap_or(false) {
                            apply.dispatch(MoveCohortVersion { cohort_id: cohort, version: newest, dry_run: false });
                        }
                    }>{format!("Verhuis de groep naar versie {newest}")}</button>
                </p>
            }
        })
    };
    let failure = move || {
        first_refusal([
            preview.value().get().and_then(Result::err),
            apply.value().get().and_then(Result::err),
        ])
    };
    view! {
        <section class="card stack no-print" data-testid="cohort-version">
            <h2>{format!("Versie van {framework}")}</h2>
            <p>{format!("De groep volgt versie {current}; de nieuwste is versie {newest}. Ze blijft bij haar versie tot je ze verhuist.")}</p>
            <p>
                <button type="button" on:click=move |_| {
                    preview.dispatch(MoveCohortVersion { cohort_id: cohort, version: newest, dry_run: true });
                }>"Bekijk wat verandert"</button>
            </p>
            {shown}
            {failure}
        </section>
    }
}

/// What the move changes: the skills, then per student.
#[component]
fn MovePreview(moved: CohortVersionMove) -> impl IntoView {
    let diff = &moved.diff;
    let summary = format!(
        "Versie {} tegenover versie {}: {} nieuwe, {} herschreven en {} geschrapte vaardigheden of titels.",
        moved.to_version,
        moved.from_version,
        diff.added.len(),
        diff.reworded.len(),
        diff.retired.len()
    );
    let skills = diff
        .added
        .iter()
        .map(|entry| (format!("Nieuw: {}", entry.id), entry.text.clone()))
        .chain(
            diff.reworded
                .iter()
                .map(|change| (format!("Herschreven: {}", change.place), change.after.clone())),
        )
        .chain(diff.retired.iter().map(|entry| (format!("Geschrapt: {}", entry.id), entry.text.clone())))
        .map(|(place, text)| view! { <li><strong>{place}</strong>" – "{text}</li> })
        .collect_view();
    let rows = moved
        .students
        .into_iter()
        .map(|row| {
            let closes = row.closes.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            view! { <tr><th scope="row">{row.student.name}</th><StudentCells change=row.change/><td>{closes}</td></tr> }
        })
        .collect_view();
    view! {
        <div class="stack" data-testid="version-preview">
            <p>{summary}</p>
            <ul>{skills}</ul>
            <table>
                <caption>"Wat verandert per cursist. Beslissingen blijven in het dossier, ook op geschrapte vaardigheden."</caption>
                <thead>
                    <tr>
                        <th scope="col">"Cursist"</th>
                        <th scope="col">"Behaald en behouden"</th>
                        <th scope="col">"Behaald, telt niet meer"</th>
                        <th scope="col">"Nieuw te bewijzen"</th>
                        <th scope="col">"Modules die veranderen"</th>
                        <th scope="col">"Indieningen die sluiten"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
fn StudentCells(change: StudentMove) -> impl IntoView {
    let units = change.units.iter().map(unit_change).collect::<Vec<_>>().join("; ");
    view! {
        <td>{change.carried.len()}</td>
        <td>{change.dropped.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")}</td>
        <td>{change.to_prove.len()}</td>
        <td>{units}</td>
    }
}

/// "M IT 020: Klaar voor deelcertificaat → Bezig".
fn unit_change(change: &UnitChange) -> String {
    let label = |status: Option<UnitStatus>| {
        status.map_or_else(|| "niet in deze versie".to_owned(), |status| status.label())
    };
    format!("{}: {} → {}", change.unit, label(change.before), label(change.after))
}
