//! `/bewijsstukken`: the form for a new item, and every item added so far.

use leptos::prelude::*;

use super::form::NewEvidenceForm;
use super::frameworks;
use crate::api::portfolio::my_evidence;
use crate::components::loaded::loaded;
use crate::components::title::PageTitle;
use crate::dto::EvidenceView;
use crate::format::date;
use crate::i18n::labels::Label;
use crate::t;
use crate::urls;

/// `/bewijsstukken`: add evidence, and everything added so far.
#[component]
pub fn EvidencePage() -> impl IntoView {
    let added = RwSignal::new(0u32);
    let items = Resource::new(move || added.get(), |_| my_evidence());
    let frameworks = frameworks();
    view! {
        <PageTitle text=t!("evidence-mine")/>
        <p class="crumbs"><a href=urls::home()>{t!("evidence-my-programme")}</a></p>
        <h1>{t!("evidence-mine")}</h1>
        {loaded(
            frameworks,
            move |frameworks| {
                view! {
                    <NewEvidenceForm frameworks replaces=None on_created=Callback::new(move |_| added.update(|n| *n += 1))/>
                }
                    .into_any()
            },
        )}
        <h2>{t!("evidence-list-added")}</h2>
        {loaded(items, |items| view! { <EvidenceList items/> }.into_any())}
    }
}

#[component]
fn EvidenceList(items: Vec<EvidenceView>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="muted">{t!("evidence-list-empty")}</p> }.into_any();
    }
    view! {
        <ul class="evidence-list">
            {items
                .into_iter()
                .map(|item| {
                    let thumbnail = item.file.as_ref().filter(|file| file.has_thumbnail).map(|_| {
                        view! { <img src=urls::evidence_thumbnail(item.id) alt="" loading="lazy"/> }
                    });
                    let skills = t!("evidence-list-skills", count = item.skill_ids.len());
                    view! {
                        <li class="card evidence-card" data-evidence-id=item.id.get()>
                            <div class="thumb">{thumbnail}</div>
                            <div>
                                <a href=urls::evidence(item.id)>{item.title.clone()}</a>
                                <p class="muted">
                                    {format!("{} · {} · {skills}", item.kind.label(), date(&item.date))}
                                    {item.locked.then(|| format!(" · {}", t!("evidence-list-used")))}
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
