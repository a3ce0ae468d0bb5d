//! `/beheer/catalogus`: an administrator chooses a catalog file, reads what it would add, reword
//! and retire compared with the stored framework, and then imports it as a new version. Running
//! cohorts keep their version until a coordinator moves them.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::catalog::{stored_versions, CompareCatalogFile, ImportCatalogFile};
use crate::components::announcer::Done;
use crate::components::chosen_file::read_chosen_file;
use crate::components::loaded::{first_refusal, loaded};
use crate::components::scroll_box::ScrollBox;
use crate::dto::CatalogComparison;
use crate::t;
use domain::FrameworkCode;

/// `/beheer/catalogus`: "Catalogusbestanden".
#[component]
pub fn CatalogFilesPage() -> impl IntoView {
    let compare = ServerAction::<CompareCatalogFile>::new();
    let import = ServerAction::<ImportCatalogFile>::new();
    // Administrators only: the list refuses anyone else, and the page shows that refusal.
    let stored = Resource::new(move || import.version().get(), |_| stored_versions());
    let heading = t!("admin-catalog-heading");
    let title = t!("common-page-title", page = heading.as_str());
    view! {
        <Title text=title/>
        <h1>{heading}</h1>
        {loaded(stored, move |stored| view! { <CatalogFiles stored compare import/> }.into_any())}
    }
}

#[component]
fn CatalogFiles(
    stored: Vec<(FrameworkCode, u32)>,
    compare: ServerAction<CompareCatalogFile>,
    import: ServerAction<ImportCatalogFile>,
) -> impl IntoView {
    let file = RwSignal::new(String::new());
    let unreadable = RwSignal::new(false);
    let read = move |event: leptos::ev::Event| {
        read_chosen_file(&event, move |read| match read {
            Some(encoded) => {
                unreadable.set(false);
                file.set(encoded.clone());
                compare.dispatch(CompareCatalogFile { file: encoded });
            }
            None => unreadable.set(true),
        })
    };
    let compared = move || {
        compare.value().get().and_then(Result::ok).map(|comparison| {
            let unchanged = comparison.diff.is_empty() && comparison.stored_version.is_some();
            let older =
                comparison.stored_version.filter(|stored| comparison.file_version < *stored).map(|stored| {
                    let warning =
                        t!("admin-catalog-older-file", file = comparison.file_version, stored = stored);
                    view! { <p class="error" role="alert">{warning}</p> }
                });
            let recorded =
                move || import.value().get().and_then(Result::ok).and_then(|done| done.recorded_version);
            let next = move || match (unchanged, recorded()) {
                (true, _) => view! { <Done text=t!("admin-catalog-unchanged")/> }.into_any(),
                (false, Some(version)) => {
                    view! { <Done text=t!("admin-catalog-imported", version = version)/> }.into_any()
                }
                (false, None) => view! {
                    <p><button type="button" on:click=move |_| {
                        import.dispatch(ImportCatalogFile { file: file.get_untracked() });
                    }>{t!("admin-catalog-import")}</button></p>
                }
                .into_any(),
            };
            view! { <Comparison comparison/> {older} {next} }
        })
    };
    let failure = move || {
        first_refusal([
            compare.value().get().and_then(Result::err),
            import.value().get().and_then(Result::err),
        ])
    };
    let versions = stored
        .iter()
        .map(|(code, version)| {
            t!("admin-catalog-stored-version", code = code.to_string(), version = *version)
        })
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <section class="card stack" data-testid="catalog-files">
            <p class="muted">{t!("admin-catalog-intro")}</p>
            <p class="muted">{t!("admin-catalog-stored", versions = versions)}</p>
            <label>{t!("admin-catalog-file")} <input type="file" accept=".json,application/json" on:change=read/></label>
            {move || unreadable.get().then(|| view! { <p class="error" role="alert">{t!("admin-catalog-unreadable")}</p> })}
            {compared}
            {failure}
        </section>
    }
}

#[component]
fn Comparison(comparison: CatalogComparison) -> impl IntoView {
    let diff = comparison.diff;
    let against = comparison.stored_version.map_or_else(
        || t!("admin-catalog-not-stored"),
        |version| t!("admin-catalog-against-version", version = version),
    );
    let summary = t!(
        "admin-catalog-summary",
        code = comparison.code.to_string(),
        against = against,
        added = diff.added.len(),
        reworded = diff.reworded.len(),
        retired = diff.retired.len(),
    );
    let rows = diff
        .added
        .into_iter()
        .map(|entry| (t!("admin-catalog-added"), entry.id.to_string(), String::new(), entry.text))
        .chain(
            diff.reworded
                .into_iter()
                .map(|change| (t!("admin-catalog-reworded"), change.place, change.before, change.after)),
        )
        .chain(
            diff.retired
                .into_iter()
                .map(|entry| (t!("admin-catalog-retired"), entry.id.to_string(), entry.text, String::new())),
        )
        .map(|(what, place, before, after)| {
            view! { <tr><td>{what}</td><td>{place}</td><td>{before}</td><td>{after}</td></tr> }
        })
        .collect_view();
    view! {
        <p data-testid="comparison-summary">{summary.clone()}</p>
        <ScrollBox label=summary>
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t!("admin-catalog-change")}</th>
                        <th scope="col">{t!("admin-catalog-where")}</th>
                        <th scope="col">{t!("admin-catalog-before")}</th>
                        <th scope="col">{t!("admin-catalog-after")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollBox>
    }
}
