//! `/bewijsstukken/:id`: one evidence item with its preview, its details and its skills; a new
//! version once an assessor relied on it, else the form to change it.

use domain::{EvidenceId, EvidenceKind, Framework};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::edit::EditDetails;
use super::form::NewEvidenceForm;
use super::frameworks;
use crate::api::portfolio::{evidence_item, DeleteEvidence, LinkSkills, UpdateEvidence};
use crate::components::evidence::Reflection;
use crate::components::loaded::{first_refusal, loaded_pair};
use crate::components::skill_picker::SkillPicker;
use crate::components::title::PageTitle;
use crate::dto::EvidenceView;
use crate::error::AppError;
use crate::format::date;
use crate::i18n::labels::Label;
use crate::t;
use crate::urls;

/// `/bewijsstukken/:id`: one item.
#[component]
pub fn EvidenceDetailPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").and_then(|id| id.parse::<EvidenceId>().ok());
    let update = ServerAction::<UpdateEvidence>::new();
    let link = ServerAction::<LinkSkills>::new();
    let delete = ServerAction::<DeleteEvidence>::new();
    let item = Resource::new(
        move || (id(), update.version().get(), link.version().get()),
        |(id, _, _)| async move {
            match id {
                Some(id) => evidence_item(id).await,
                None => Err(AppError::NotFound(t!("evidence-this-item"))),
            }
        },
    );
    let frameworks = frameworks();
    let failure = move || {
        first_refusal([
            update.value().get().and_then(Result::err),
            link.value().get().and_then(Result::err),
            delete.value().get().and_then(Result::err),
        ])
    };
    view! {
        <p class="crumbs"><a href=urls::my_evidence()>{t!("evidence-mine")}</a></p>
        {loaded_pair(item, frameworks, move || move |item, frameworks| {
            view! { <EvidenceDetail item frameworks update link delete/> }.into_any()
        })}
        {failure}
    }
}

#[component]
fn EvidenceDetail(
    item: EvidenceView,
    frameworks: Vec<Framework>,
    update: ServerAction<UpdateEvidence>,
    link: ServerAction<LinkSkills>,
    delete: ServerAction<DeleteEvidence>,
) -> impl IntoView {
    let id = item.id;
    let selected = RwSignal::new(item.skill_ids.clone());
    let history = match (item.replaces_id, item.replaced_by_id) {
        (_, Some(newer)) => Some(view! {
            <p class="notice">{t!("evidence-detail-newer")} <a href=urls::evidence(newer)>{t!("evidence-detail-newer-link")}</a></p>
        }.into_any()),
        (Some(older), None) => Some(view! {
            <p class="muted">{t!("evidence-detail-older")} <a href=urls::evidence(older)>{t!("evidence-detail-older-link")}</a></p>
        }.into_any()),
        (None, None) => None,
    };
    let changes = if item.locked {
        let navigate = use_navigate();
        let on_created = Callback::new(move |items: Vec<EvidenceView>| {
            if let Some(new) = items.first() {
                navigate(&urls::evidence(new.id), Default::default());
            }
        });
        view! {
            <p class="notice">{t!("evidence-detail-locked")}</p>
            <NewEvidenceForm frameworks=frameworks.clone() replaces=Some(id) on_created/>
        }
        .into_any()
    } else {
        view! { <EditDetails item=item.clone() update delete/> }.into_any()
    };
    view! {
        <PageTitle text=item.title.clone()/>
        <h1>{item.title.clone()}</h1>
        <p class="muted">{format!("{} · {}", item.kind.label(), date(&item.date))}</p>
        {history}
        {(!item.description.is_empty()).then(|| view! { <p>{item.description.clone()}</p> })}
        <Preview item=item.clone()/>
        <section class="card">
            <h2>{t!("evidence-detail-linked-skills")}</h2>
            // A decision cites this item: its links stay as the assessor saw them.
            {if item.locked {
                let linked = frameworks
                    .iter()
                    .flat_map(|framework| &framework.units)
                    .flat_map(|unit| &unit.competencies)
                    .flat_map(|competency| &competency.skills)
                    .filter(|skill| item.skill_ids.contains(&skill.id))
                    .map(|skill| view! { <li>{skill.text.clone()}</li> })
                    .collect_view();
                view! {
                    <ul>{linked}</ul>
                    <p class="muted">{t!("evidence-detail-links-fixed")}</p>
                }
                .into_any()
            } else {
                view! {
                    <ActionForm action=link attr:class="stack">
                        <input type="hidden" name="id" value=id.to_string()/>
                        <SkillPicker frameworks selected/>
                        <button type="submit">{t!("evidence-detail-save-links")}</button>
                    </ActionForm>
                }
                .into_any()
            }}
        </section>
        {changes}
    }
}

/// The item itself: the picture, a player, the text, or a link to open it.
#[component]
fn Preview(item: EvidenceView) -> impl IntoView {
    let file_url = urls::evidence_file(item.id);
    match (item.kind, item.file, item.url, item.text) {
        (EvidenceKind::File, Some(file), _, _) => {
            let media = file.media_type.as_str();
            let size = crate::format::megabytes(file.size);
            let open = t!("evidence-open-file-size", name = file.name.as_str(), size = size);
            // Pictures the browser shows are exactly those Vaardig made a thumbnail of.
            let shown = if file.has_thumbnail {
                Some(view! { <img class="preview" src=file_url.clone() alt=item.title.clone()/> }.into_any())
            } else if media.starts_with("video/") {
                Some(view! { <video class="preview" controls src=file_url.clone()></video> }.into_any())
            } else {
                None
            };
            view! {
                <div class="card">
                    {shown}
                    <p><a href=file_url target="_blank">{open}</a></p>
                </div>
            }
            .into_any()
        }
        (EvidenceKind::Link, _, Some(url), _) => view! {
            <p class="card"><a href=url.clone() target="_blank" rel="noopener noreferrer nofollow">{url.clone()}</a></p>
        }
        .into_any(),
        (EvidenceKind::Reflection, _, _, Some(text)) => view! { <Reflection text/> }.into_any(),
        _ => ().into_any(),
    }
}
