//! Showing an evidence item inside another page: the inline preview an assessor reviews, and a
//! reflection's text in paragraphs and lists.

use leptos::prelude::*;

use crate::dto::EvidenceView;
use crate::format::date;
use crate::t;
use crate::urls;

/// An evidence item shown inline: a thumbnail, a player, the text, or a link.
#[component]
pub fn EvidencePreview(item: EvidenceView) -> impl IntoView {
    let file_url = urls::evidence_file(item.id);
    let version = item.replaces_id.map(|_| format!(" {}", t!("evidence-preview-new-version")));
    let body = match (&item.file, &item.url, &item.text) {
        (Some(file), _, _) if file.has_thumbnail => view! {
            <a href=file_url.clone() target="_blank"><img src=urls::evidence_thumbnail(item.id) alt=item.title.clone()/></a>
        }
        .into_any(),
        (Some(file), _, _) if file.media_type.starts_with("video/") => {
            view! { <video controls preload="metadata" src=file_url.clone()></video> }.into_any()
        }
        (Some(file), _, _) => view! { <a href=file_url.clone() target="_blank">{t!("evidence-open-file", name = file.name.as_str())}</a> }.into_any(),
        (None, Some(url), _) => view! { <a href=url.clone() target="_blank" rel="noopener noreferrer nofollow">{url.clone()}</a> }.into_any(),
        (None, None, Some(text)) => view! { <Reflection text=text.clone()/> }.into_any(),
        _ => ().into_any(),
    };
    view! {
        <figure class="evidence-preview">
            {body}
            <figcaption>{item.title.clone()} {version} " · " {date(&item.date)}</figcaption>
        </figure>
    }
}

/// A reflection: blank lines separate paragraphs; lines starting with "- " form a list.
#[component]
pub fn Reflection(text: String) -> impl IntoView {
    let blocks = domain::evidence::reflection_blocks(&text)
        .into_iter()
        .map(|block| match block {
            domain::evidence::TextBlock::Paragraph(lines) => view! { <p>{lines.join("\n")}</p> }.into_any(),
            domain::evidence::TextBlock::List(items) => {
                view! { <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul> }
                    .into_any()
            }
        })
        .collect_view();
    view! { <div class="card reflection">{blocks}</div> }
}
