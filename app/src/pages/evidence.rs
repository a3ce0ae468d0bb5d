//! The student's evidence: the list with the form for new items, and one item with its preview,
//! details, skills, and (once an assessor relied on it) new versions.

use domain::{EvidenceId, EvidenceKind, Framework, SkillId};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map};
use send_wrapper::SendWrapper;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};

use crate::api::portfolio::{
    evidence_item, my_evidence, my_programmes, DeleteEvidence, LinkSkills, UpdateEvidence,
};
use crate::components::evidence::Reflection;
use crate::components::loaded::loaded;
use crate::components::skill_picker::SkillPicker;
use crate::dto::{EvidenceEdit, EvidenceInput, EvidenceView, UploadOutcome};
use crate::error::AppError;
use crate::format::date_nl;
use crate::upload_client;

/// What the file picker offers; on a phone, `image/*` and `video/*` include the camera.
const ACCEPTED_FILES: &str =
    "image/*,video/*,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.zip";

/// What the photo button offers: a phone opens its camera straight away (`capture`).
const ACCEPTED_PHOTOS: &str = "image/*,.heic,.heif";

/// The student's frameworks, for the skill picker.
fn frameworks() -> Resource<Result<Vec<Framework>, AppError>> {
    Resource::new(
        || (),
        |_| async {
            my_programmes().await.map(|programmes| programmes.into_iter().map(|p| p.framework).collect())
        },
    )
}

/// `/bewijsstukken`: add evidence, and everything added so far.
#[component]
pub fn EvidencePage() -> impl IntoView {
    let added = RwSignal::new(0u32);
    let items = Resource::new(move || added.get(), |_| my_evidence());
    let frameworks = frameworks();
    view! {
        <Title text="Mijn bewijsstukken – Vaardig"/>
        <p class="crumbs"><a href="/">"Mijn opleiding"</a></p>
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
                        view! { <img src=format!("/api/v1/evidence/{}/thumbnail", item.id) alt="" loading="lazy"/> }
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
                                <a href=format!("/bewijsstukken/{}", item.id)>{item.title.clone()}</a>
                                <p class="muted">
                                    {format!("{} · {} · {skills}", item.kind.label_nl(), date_nl(&item.date))}
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

/// The form for a new item (or a new version of `replaces`). Files go up with a progress bar.
#[component]
pub fn NewEvidenceForm(
    frameworks: Vec<Framework>,
    replaces: Option<EvidenceId>,
    on_created: Callback<Vec<EvidenceView>>,
) -> impl IntoView {
    let kind = RwSignal::new(EvidenceKind::File);
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let skills = RwSignal::new(Vec::<SkillId>::new());
    // Only the browser ever holds a file. Each sits in its own `SendWrapper` rather than the list in
    // a local signal: the server's copy stays empty, so dropping it on another thread is harmless.
    let files = RwSignal::new(Vec::<SendWrapper<File>>::new());
    let progress = RwSignal::new(None::<f64>);
    let message = RwSignal::new(None::<Result<String, String>>);

    let finish = move |result: Result<UploadOutcome, String>| {
        progress.set(None);
        match result {
            Ok(outcome) => {
                let mut lines = vec![match outcome.items.len() {
                    1 => "1 bewijsstuk toegevoegd.".to_owned(),
                    n => format!("{n} bewijsstukken toegevoegd."),
                }];
                lines.extend(outcome.refused.iter().map(|refused| refused.message.clone()));
                message.set(Some(Ok(lines.join(" "))));
                for field in [title, description, url, text] {
                    field.set(String::new());
                }
                files.set(Vec::new());
                skills.set(Vec::new());
                on_created.run(outcome.items);
            }
            Err(error) => message.set(Some(Err(error))),
        }
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let kind = kind.get_untracked();
        let input = EvidenceInput {
            kind,
            title: title.get_untracked(),
            description: description.get_untracked(),
            date: date.get_untracked(),
            url: (kind == EvidenceKind::Link).then(|| url.get_untracked()),
            text: (kind == EvidenceKind::Reflection).then(|| text.get_untracked()),
            skill_ids: skills.get_untracked(),
            replaces,
        };
        let chosen: Vec<File> = if kind == EvidenceKind::File {
            files.with_untracked(|files| files.iter().map(|file| File::clone(file)).collect())
        } else {
            Vec::new()
        };
        message.set(None);
        progress.set(Some(0.0));
        if let Err(error) = upload_client::send(&input, &chosen, move |sent| progress.set(Some(sent)), finish)
        {
            progress.set(None);
            message.set(Some(Err(error)));
        }
    };
    let kind_choice = EvidenceKind::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <label class="inline">
                    <input
                        type="radio"
                        name="kind"
                        value=choice.as_str()
                        prop:checked=move || kind.get() == choice
                        on:change=move |_| kind.set(choice)
                    />
                    {choice.label_nl()}
                </label>
            }
        })
        .collect_view();
    let heading = if replaces.is_some() { "Nieuwe versie toevoegen" } else { "Nieuw bewijsstuk" };
    view! {
        <form class="card stack evidence-form" on:submit=submit>
            <h2>{heading}</h2>
            <fieldset class="kind-choice">
                <legend>"Soort"</legend>
                {kind_choice}
            </fieldset>
            <label>
                "Titel"
                <input type="text" required maxlength="200" prop:value=title on:input=move |e| title.set(event_target_value(&e))/>
            </label>
            <label>
                "Beschrijving (niet verplicht)"
                <textarea rows="2" prop:value=description on:input=move |e| description.set(event_target_value(&e))></textarea>
            </label>
            <label>
                "Datum"
                <input type="date" required prop:value=date on:input=move |e| date.set(event_target_value(&e))/>
            </label>
            {move || match kind.get() {
                EvidenceKind::File => view! { <FileDrop files/> }.into_any(),
                EvidenceKind::Reflection => {
                    view! {
                        <label>
                            "Reflectie"
                            <textarea rows="8" required prop:value=text on:input=move |e| text.set(event_target_value(&e))></textarea>
                            <span class="hint muted">"Een lege regel begint een nieuwe alinea; een regel die met - begint, wordt een opsomming."</span>
                        </label>
                    }
                        .into_any()
                }
                EvidenceKind::Link => {
                    view! {
                        <label>
                            "Link"
                            <input type="url" required placeholder="https://" prop:value=url on:input=move |e| url.set(event_target_value(&e))/>
                        </label>
                    }
                        .into_any()
                }
            }}
            <SkillPicker frameworks selected=skills/>
            <button type="submit" disabled=move || progress.get().is_some()>"Toevoegen"</button>
            {move || {
                progress.get().map(|sent| {
                    let percent = (sent * 100.0).round() as u32;
                    view! {
                        <p class="upload-progress">
                            <progress max="100" value=percent aria-label="Opladen"></progress>
                            {format!(" {percent}%")}
                        </p>
                    }
                })
            }}
            {move || {
                message.get().map(|message| match message {
                    Ok(text) => view! { <p class="notice" role="status">{text}</p> }.into_any(),
                    Err(text) => view! { <p class="error" role="alert">{text}</p> }.into_any(),
                })
            }}
        </form>
    }
}

/// Files chosen with the picker or dropped on the zone.
#[component]
fn FileDrop(files: RwSignal<Vec<SendWrapper<File>>>) -> impl IntoView {
    let dragging = RwSignal::new(false);
    let add = move |list: Option<FileList>| {
        if let Some(list) = list {
            files.update(|files| {
                files.extend((0..list.length()).filter_map(|index| list.get(index)).map(SendWrapper::new))
            });
        }
    };
    // Both pickers add to the list, then forget their choice so the same file can be chosen again.
    let take = move |event: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&event);
        add(input.files());
        input.set_value("");
    };
    let chosen = move || {
        files.with(|chosen| {
            chosen
                .iter()
                .enumerate()
                .map(|(index, file)| {
                    let size = format!("{:.1} MB", file.size() / 1_000_000.0);
                    view! {
                        <li>
                            {file.name()} " (" {size} ") "
                            <button type="button" class="link" on:click=move |_| files.update(|files| { files.remove(index); })>
                                "weghalen"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div
            class="drop-zone"
            class:dragging=dragging
            on:dragover=move |event: DragEvent| {
                event.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |event: DragEvent| {
                event.prevent_default();
                dragging.set(false);
                add(event.data_transfer().and_then(|transfer| transfer.files()));
            }
        >
            <p>"Sleep je bestanden hierheen, of"</p>
            <div class="file-buttons">
                <label class="button">
                    "Kies bestanden"
                    <input
                        type="file"
                        multiple
                        accept=ACCEPTED_FILES
                        class="visually-hidden"
                        on:change=take
                    />
                </label>
                <label class="button secondary">
                    "Foto maken"
                    <input
                        type="file"
                        accept=ACCEPTED_PHOTOS
                        capture="environment"
                        class="visually-hidden"
                        data-testid="photo-input"
                        on:change=take
                    />
                </label>
            </div>
            <ul class="chosen-files">{chosen}</ul>
        </div>
    }
}

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
                None => Err(AppError::NotFound("Dit bewijsstuk".into())),
            }
        },
    );
    let frameworks = frameworks();
    Effect::new(move |_| {
        if let Some(Ok(())) = delete.value().get() {
            use_navigate()("/bewijsstukken", Default::default());
        }
    });
    let failure = move || {
        [update.value().get().and_then(Result::err), link.value().get().and_then(Result::err)]
            .into_iter()
            .chain([delete.value().get().and_then(Result::err)])
            .flatten()
            .next()
            .map(|error| view! { <p class="error" role="alert">{error.to_string()}</p> })
    };
    view! {
        <p class="crumbs"><a href="/bewijsstukken">"Mijn bewijsstukken"</a></p>
        <Transition fallback=|| view! { <p class="muted">"Laden…"</p> }>
            {move || Suspend::new(async move {
                match (item.await, frameworks.await) {
                    (Ok(item), Ok(frameworks)) => {
                        view! { <EvidenceDetail item frameworks update link delete/> }.into_any()
                    }
                    (Err(error), _) | (_, Err(error)) => view! { <p class="error">{error.to_string()}</p> }.into_any(),
                }
            })}
        </Transition>
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
            <p class="notice">"Er is een nieuwere versie: " <a href=format!("/bewijsstukken/{newer}")>"bekijk ze"</a></p>
        }.into_any()),
        (Some(older), None) => Some(view! {
            <p class="muted">"Nieuwe versie van " <a href=format!("/bewijsstukken/{older}")>"een eerder bewijsstuk"</a></p>
        }.into_any()),
        (None, None) => None,
    };
    let changes = if item.locked {
        let navigate = use_navigate();
        let on_created = Callback::new(move |items: Vec<EvidenceView>| {
            if let Some(new) = items.first() {
                navigate(&format!("/bewijsstukken/{}", new.id), Default::default());
            }
        });
        view! {
            <p class="notice">"Een beoordelaar heeft dit bewijsstuk gebruikt. Het blijft zoals het is; je kunt wel een nieuwe versie toevoegen."</p>
            <NewEvidenceForm frameworks=frameworks.clone() replaces=Some(id) on_created/>
        }
        .into_any()
    } else {
        view! { <EditDetails item=item.clone() update delete/> }.into_any()
    };
    view! {
        <Title text=format!("{} – Vaardig", item.title)/>
        <h1>{item.title.clone()}</h1>
        <p class="muted">{format!("{} · {}", item.kind.label_nl(), date_nl(&item.date))}</p>
        {history}
        {(!item.description.is_empty()).then(|| view! { <p>{item.description.clone()}</p> })}
        <Preview item=item.clone()/>
        <section class="card">
            <h2>"Gekoppelde vaardigheden"</h2>
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
                    <p class="muted">"Deze koppelingen liggen vast. Een nieuwe versie kan andere vaardigheden krijgen."</p>
                }
                .into_any()
            } else {
                view! {
                    <SkillPicker frameworks selected/>
                    <button type="button" on:click=move |_| {
                        link.dispatch(LinkSkills { id, skill_ids: selected.get_untracked() });
                    }>"Koppelingen bewaren"</button>
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
    let file_url = format!("/api/v1/evidence/{}/file", item.id);
    match (item.kind, item.file, item.url, item.text) {
        (EvidenceKind::File, Some(file), _, _) => {
            let media = file.media_type.as_str();
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
                    <p><a href=file_url target="_blank">{format!("Open {} ({:.1} MB)", file.name, file.size as f64 / 1_000_000.0)}</a></p>
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

#[component]
fn EditDetails(
    item: EvidenceView,
    update: ServerAction<UpdateEvidence>,
    delete: ServerAction<DeleteEvidence>,
) -> impl IntoView {
    let id = item.id;
    let kind = item.kind;
    let title = RwSignal::new(item.title);
    let description = RwSignal::new(item.description);
    let date = RwSignal::new(item.date);
    let url = RwSignal::new(item.url.unwrap_or_default());
    let text = RwSignal::new(item.text.unwrap_or_default());
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let edit = EvidenceEdit {
            title: title.get_untracked(),
            description: description.get_untracked(),
            date: date.get_untracked(),
            url: (kind == EvidenceKind::Link).then(|| url.get_untracked()),
            text: (kind == EvidenceKind::Reflection).then(|| text.get_untracked()),
        };
        update.dispatch(UpdateEvidence { id, edit });
    };
    let remove = move |_| {
        let question =
            "Dit bewijsstuk verwijderen? Een ingediende vaardigheid zonder ander bewijs wordt dan teruggetrokken.";
        let sure = window().confirm_with_message(question).unwrap_or(false);
        if sure {
            delete.dispatch(DeleteEvidence { id });
        }
    };
    view! {
        <form class="card stack" on:submit=save>
            <h2>"Gegevens wijzigen"</h2>
            <label>"Titel" <input type="text" required prop:value=title on:input=move |e| title.set(event_target_value(&e))/></label>
            <label>"Beschrijving" <textarea rows="2" prop:value=description on:input=move |e| description.set(event_target_value(&e))></textarea></label>
            <label>"Datum" <input type="date" required prop:value=date on:input=move |e| date.set(event_target_value(&e))/></label>
            {(kind == EvidenceKind::Link).then(|| view! {
                <label>"Link" <input type="url" required prop:value=url on:input=move |e| url.set(event_target_value(&e))/></label>
            })}
            {(kind == EvidenceKind::Reflection).then(|| view! {
                <label>"Reflectie" <textarea rows="8" required prop:value=text on:input=move |e| text.set(event_target_value(&e))></textarea></label>
            })}
            <div class="actions">
                <button type="submit">"Bewaren"</button>
                <button type="button" class="danger" on:click=remove>"Verwijderen"</button>
            </div>
        </form>
    }
}
