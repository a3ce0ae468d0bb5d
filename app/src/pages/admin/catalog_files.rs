//! `/beheer/catalogus`: an administrator chooses a catalog file, reads what it would add, reword
//! and retire compared with the stored framework, and then imports it as a new version. Running
//! cohorts keep their version until a coordinator moves them.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::catalog::{stored_versions, CompareCatalogFile, ImportCatalogFile};
use crate::components::chosen_file::read_chosen_file;
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::CatalogComparison;
use domain::FrameworkCode;

/// `/beheer/catalogus`: "Catalogusbestanden".
#[component]
pub fn CatalogFilesPage() -> impl IntoView {
    let compare = ServerAction::<CompareCatalogFile>::new();
    let import = ServerAction::<ImportCatalogFile>::new();
    // Administrators only: the list refuses anyone else, and the page shows that refusal.
    let stored = Resource::new(move || import.version().get(), |_| stored_versions());
    view! {
        <Title text="Catalogusbestanden – Vaardig"/>
        <h1>"Catalogusbestanden"</h1>
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
            let older = comparison.stored_version.filter(|stored| comparison.file_version < *stored).map(|stored| {
                let warning = format!(
                    "Let op: dit bestand noemt zich versie {}, bewaard is versie {stored}. Een import maakt er een nieuwe versie van en vervangt wat erna kwam.",
                    comparison.file_version
                );
                view! { <p class="error" role="alert">{warning}</p> }
            });
            let recorded = move || import.value().get().and_then(Result::ok).and_then(|done| done.recorded_version);
            let next = move || match (unchanged, recorded()) {
                (true, _) => view! { <p class="notice" role="status">"Dit bestand zegt niets anders dan de bewaarde versie: er valt niets te importeren."</p> }.into_any(),
                (false, Some(version)) => view! { <p class="notice" role="status">{format!("Geïmporteerd als versie {version}. Groepen volgen ze pas als een coördinator ze verhuist.")}</p> }.into_any(),
                (false, None) => view! {
                    <p><button type="button" on:click=move |_| {
                        import.dispatch(ImportCatalogFile { file: file.get_untracked() });
                    }>"Importeren als nieuwe versie"</button></p>
                }.into_any(),
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
        .map(|(code, version)| format!("{code} versie {version}"))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <section class="card stack" data-testid="catalog-files">
            <p class="muted">
                "Kies een catalogusbestand (JSON, volgens catalog.schema.json). Je ziet eerst wat het toevoegt, herschrijft en schrapt tegenover de bewaarde versie; lopende groepen blijven bij hun versie."
            </p>
            <p class="muted">"Bewaard: " {versions}</p>
            <label>"Catalogusbestand" <input type="file" accept=".json,application/json" on:change=read/></label>
            {move || unreadable.get().then(|| view! { <p class="error" role="alert">"Het bestand kon niet gelezen worden."</p> })}
            {compared}
            {failure}
        </section>
    }
}

#[component]
fn Comparison(comparison: CatalogComparison) -> impl IntoView {
    let diff = comparison.diff;
    let against = comparison
        .stored_version
        .map_or_else(|| "nog niet bewaard".to_owned(), |version| format!("tegenover versie {version}"));
    let summary = format!(
        "{} ({against}): {} nieuwe, {} herschreven, {} geschrapte vaardigheden of titels.",
        comparison.code,
        diff.added.len(),
        diff.reworded.len(),
        diff.retired.len()
    );
    let rows = diff
        .added
        .into_iter()
        .map(|entry| ("Nieuw", entry.id.to_string(), String::new(), entry.text))
        .chain(
            diff.reworded
                .into_iter()
                .map(|change| ("Herschreven", change.place, change.before, change.after)),
        )
        .chain(
            diff.retired
                .into_iter()
                .map(|entry| ("Geschrapt", entry.id.to_string(), entry.text, String::new())),
        )
        .map(|(what, place, before, after)| {
            view! { <tr><td>{what}</td><td>{place}</td><td>{before}</td><td>{after}</td></tr> }
        })
        .collect_view();
    view! {
        <p data-testid="comparison-summary">{summary}</p>
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">"Wijziging"</th>
                    <th scope="col">"Waar"</th>
                    <th scope="col">"Was"</th>
                    <th scope="col">"Wordt"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
