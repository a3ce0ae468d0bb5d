//! The version of its framework a cohort follows and, when a newer one is stored, the move to it:
//! first a preview of what changes for each student, then the move itself.

use crate::i18n::labels::Label;
use domain::versions::{StudentMove, UnitChange};
use domain::{CohortId, FrameworkCode, UnitStatus};
use leptos::prelude::*;

use crate::api::cohorts::MoveCohortVersion;
use crate::components::loaded::first_refusal;
use crate::dto::CohortVersionMove;
use crate::t;

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
                        let question = t!("cohort-version-move-confirm", version = newest);
                        if window().confirm_with_message(&question).unwrap_or(false) {
                            apply.dispatch(MoveCohortVersion { cohort_id: cohort, version: newest, dry_run: false });
                        }
                    }>{t!("cohort-version-move", version = newest)}</button>
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
            <h2>{t!("cohort-version-heading", framework = framework.to_string())}</h2>
            <p>{t!("cohort-version-status", current = current, newest = newest)}</p>
            <p>
                <button type="button" on:click=move |_| {
                    preview.dispatch(MoveCohortVersion { cohort_id: cohort, version: newest, dry_run: true });
                }>{t!("cohort-version-preview")}</button>
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
    let summary = t!(
        "cohort-version-summary",
        to = moved.to_version,
        from = moved.from_version,
        added = diff.added.len(),
        reworded = diff.reworded.len(),
        retired = diff.retired.len(),
    );
    let skills =
        diff.added
            .iter()
            .map(|entry| (t!("cohort-version-added", place = entry.id.to_string()), entry.text.clone()))
            .chain(diff.reworded.iter().map(|change| {
                (t!("cohort-version-reworded", place = change.place.as_str()), change.after.clone())
            }))
            .chain(diff.retired.iter().map(|entry| {
                (t!("cohort-version-retired", place = entry.id.to_string()), entry.text.clone())
            }))
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
                <caption>{t!("cohort-version-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!("cohort-column-student")}</th>
                        <th scope="col">{t!("cohort-version-column-carried")}</th>
                        <th scope="col">{t!("cohort-version-column-dropped")}</th>
                        <th scope="col">{t!("cohort-version-column-to-prove")}</th>
                        <th scope="col">{t!("cohort-version-column-units")}</th>
                        <th scope="col">{t!("cohort-version-column-closes")}</th>
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
        status.map_or_else(|| t!("cohort-version-not-in-version"), |status| status.label())
    };
    format!("{}: {} → {}", change.unit, label(change.before), label(change.after))
}
