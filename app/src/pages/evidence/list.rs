//! `/bewijsstukken`: the form for a new item, and every item added so far.

use leptos::prelude::*;
use leptos_meta::Title;

use super::form::NewEvidenceForm;
use super::frameworks;
use crate::api::portfolio::my_evidence;
use crate::components::loaded::loaded;
use crate::dto::EvidenceView;
use crate::format::date_nl;
use crate::i18n::labels::Label;
use crate::urls;

/// `/bewijsstukken`: add evidence, and everything added so far.
#[component]
pub fn EvidencePage() -> impl IntoView {
    let added = RwSignal::new(0u32);
    let items = Resource::new(move || added.get(), |_| my_evidence());
    let frameworks = frameworks();
    view! {
        <Title text="Mijn bewijsstukken – Vaardig"/>
        <p class="crumbs"><a href=urls::home()>"Mijn opleiding"</a></p>
        <h1>"Mijn bewijsstukken"</h1>
        {loaded(
            frameworks,
            move |frameworks| {
                view! {
                    <NewEvidenceForm frameworks replaces=None on_created=Callback::new(move |_| added.update(|n| *n += 1))/>
                }
                    .into_any()
            },
        )}
        <h2>"Toegevoegd"</h2>
        {loaded(items, |items| view! { <EvidenceList items/> }.into_any())}
    }
}

#[component]
fn EvidenceList(items: Vec<EvidenceView>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="muted">"Je hebt nog geen bewijsstukken toegevoegd."</p> }.into_any();
    }
    view! {
        <ul class="evidence-list">
            {items
                .into_iter()
                .map(|item| {
                    let thumbnail = item.file.as_ref().filter(|file| file.has_thumbnail).map(|_| {
                        view! { <img src=urls::evidence_thumbnail(item.id) alt="" loading="lazy"/> }
                    });
                    let skills = match item.skill_ids.len() {
                        0 => "nog aan geen vaardigheid gekoppeld".to_owned(),
                        1 => "bewijst 1 vaardigheid".to_owned(),
                        n => format!("bewijst {n} vaardigheden"),
                    };
                    view! {
                        <li class="card evidence-card" data-evidence-id=item.id.get()>
                            <div class="thumb">{thumbnail}</div>
                            <div>
                                <a href=urls::evidence(item.id)>{item.title.clone()}</a>
                                <p class="muted">
                                    {format!("{} · {} · {skills}", item.kind.label(), date_nl(&item.date))}
                                    {item.locked.then_some(" · gebruikt in een beoordeling")}
                                </p>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
