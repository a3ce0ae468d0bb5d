//! The version of its framework a cohort follows and, when a newer one is stored, the move to it:
//! first a preview of what changes for each student, then the move itself.

use domain::versions::{StudentMove, UnitChange};
use domain::{CohortId, FrameworkCode, UnitStatus};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::cohorts::{move_cohort_version, MoveCohortVersion};
use crate::components::forms::hidden_fields;
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::CohortVersionMove;
use crate::i18n::labels::Label;
use crate::t;
use crate::urls;

/// For whoever manages cohorts, on a cohort that follows an older version than the newest. The
/// preview is this page with `?versie=N` (a link, so it works without JavaScript too); the move
/// asks first (a fold), then the page shows the cohort on its new version.
#[component]
pub(super) fn CohortVersion(
    cohort: CohortId,
    framework: FrameworkCode,
    current: u32,
    newest: u32,
) -> impl IntoView {
    let query = use_query_map();
    let previewing = move || {
        query.read().get(urls::VERSION_PREVIEW).and_then(|version| version.parse::<u32>().ok())
            == Some(newest)
    };
    view! {
        <section class="card stack no-print" data-testid="cohort-version">
            <h2>{t!("cohort-version-heading", framework = framework.to_string())}</h2>
            <p>{t!("cohort-version-status", current = current, newest = newest)}</p>
            {move || if previewing() {
                view! { <VersionMove cohort newest/> }.into_any()
            } else {
                view! { <p><a class="button" href=urls::cohort_version_preview(cohort, newest)>{t!("cohort-version-preview")}</a></p> }.into_any()
            }}
        </section>
    }
}

/// What moving to version `newest` changes, and the move itself.
#[component]
fn VersionMove(cohort: CohortId, newest: u32) -> impl IntoView {
    let preview = Resource::new(|| (), move |_| move_cohort_version(cohort, newest, true));
    let apply = ServerAction::<MoveCohortVersion>::new();
    Effect::new(move |_| {
        if let Some(Ok(_)) = apply.value().get() {
            // Every part of the page (matrix, lists) follows the new version.
            let _ = window().location().replace(&urls::cohort(cohort));
        }
    });
    let shown = move |moved: CohortVersionMove| {
        view! {
            <MovePreview moved/>
            <details class="move-version">
                <summary class="button">{t!("cohort-version-move", version = newest)}</summary>
                <ActionForm action=apply attr:class="stack">
                    {hidden_fields(&MoveCohortVersion { cohort_id: cohort, version: newest, dry_run: false })}
                    <p>{t!("cohort-version-move-confirm", version = newest)}</p>
                    <button type="submit" class="danger">{t!("cohort-version-move-yes")}</button>
                </ActionForm>
            </details>
        }
        .into_any()
    };
    view! {
        {loaded(preview, shown)}
        {move || first_refusal([apply.value().get().and_then(Result::err)])}
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
