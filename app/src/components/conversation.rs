//! The conversations on the feedback of one unit's skills, on the student's module page and the
//! assessor's review page: each skill that had a "not yet", its messages oldest first, and a
//! reply form. The messages come with the programme the page shows (and so follow its live
//! updates); the reply action and the replies being written live in [`Replies`], which the page
//! makes once, above what a live update renders again.

use std::collections::HashMap;

use domain::conversation::may_open;
use domain::{EvidenceId, SkillId, StudentId, Unit, UnitProgress};
use leptos::prelude::*;

use crate::api::notifications::ReplyOnSkill;
use crate::components::forms::Typed;
use crate::components::raw_text::raw_text;
use crate::dto::SkillMessageView;
use crate::t;
use crate::urls;

/// The reply action of a page and the text being written per skill, kept while the page's
/// content is rendered again (a live update, another action).
#[derive(Clone, Copy)]
pub struct Replies {
    pub action: ServerAction<ReplyOnSkill>,
    drafts: RwSignal<HashMap<SkillId, String>>,
}

impl Replies {
    /// Makes the page's replies; a reply sent empties its skill's draft. A reply refused without
    /// JavaScript is its skill's first draft.
    pub fn new() -> Replies {
        let action = ServerAction::<ReplyOnSkill>::new();
        let typed = Typed::into::<ReplyOnSkill>();
        let refused = typed.value("input[skill_id]").zip(typed.value("input[body]"));
        let drafts = RwSignal::new(
            refused.into_iter().map(|(skill, body)| (SkillId::new(skill), body)).collect::<HashMap<_, _>>(),
        );
        Effect::new(move |_| {
            if let Some(Ok(message)) = action.value().get() {
                drafts.update(|drafts| {
                    drafts.remove(&message.skill_id);
                });
            }
        });
        Replies { action, drafts }
    }
}

impl Default for Replies {
    fn default() -> Self {
        Replies::new()
    }
}

/// The skills of a unit that have a conversation (those that had a "not yet", by
/// [`may_open`]), with their text, in curriculum order.
pub fn threads_of(unit: &Unit, progress: &UnitProgress) -> Vec<(SkillId, String)> {
    unit.skills()
        .zip(progress.competencies.iter().flat_map(|competency| &competency.skills))
        .filter(|(_, skill)| may_open(skill).is_ok())
        .map(|(skill, _)| (skill.id.clone(), skill.text.clone()))
        .collect()
}

/// What a thread may point to: per skill, the student's evidence items linked to it (id and
/// title), for the student's reply form; titles of every item, to name a cited one.
#[derive(Clone, Default)]
pub struct Citable {
    pub by_skill: HashMap<SkillId, Vec<EvidenceId>>,
    pub titles: HashMap<EvidenceId, String>,
    /// Cited items link to their page (the student's own).
    pub link: bool,
}

/// The threads of `skills` (id and text, from [`threads_of`]) of a student's unit, with their
/// `messages`; a reply form when `replies` is given (someone who may answer).
#[component]
pub fn Conversations(
    student: StudentId,
    skills: Vec<(SkillId, String)>,
    messages: Vec<SkillMessageView>,
    replies: Option<Replies>,
    citable: Citable,
) -> impl IntoView {
    if skills.is_empty() {
        return ().into_any();
    }
    let threads = skills
        .into_iter()
        .map(|(skill, text)| {
            let thread: Vec<SkillMessageView> =
                messages.iter().filter(|message| message.skill_id == skill).cloned().collect();
            view! { <Thread student skill text thread replies citable=citable.clone()/> }
        })
        .collect_view();
    view! {
        <section class="card conversations" id="gesprek">
            <h2>{t!("evidence-conversation-heading")}</h2>
            {threads}
        </section>
    }
    .into_any()
}

#[component]
fn Thread(
    student: StudentId,
    skill: SkillId,
    text: String,
    thread: Vec<SkillMessageView>,
    replies: Option<Replies>,
    citable: Citable,
) -> impl IntoView {
    let messages = thread
        .into_iter()
        .map(|message| {
            let from = if message.from_student { "student" } else { "assessor" };
            let cited = message.evidence_id.map(|id| {
                let title = citable.titles.get(&id).cloned().unwrap_or_else(|| numbered(id));
                if citable.link {
                    view! {
                        <p class="cited">
                            {t!("evidence-conversation-cited-label")}
                            <a href=urls::evidence(id)>{title}</a>
                        </p>
                    }
                    .into_any()
                } else {
                    view! { <p class="cited">{t!("evidence-conversation-cited", title = title)}</p> }
                        .into_any()
                }
            });
            view! {
                <li class:from-student=message.from_student>
                    <p class="muted">
                        {t!(
                            "evidence-conversation-byline",
                            author = message.author.as_str(),
                            from = from,
                            written = message.written_on.as_str(),
                        )}
                    </p>
                    <p class="message-body">{message.body}</p>
                    {cited}
                </li>
            }
        })
        .collect_view();
    let choices = citable.by_skill.get(&skill).cloned().unwrap_or_default();
    let form = replies.map(|replies| {
        view! { <ReplyForm student skill=skill.clone() replies choices titles=citable.titles.clone()/> }
    });
    view! {
        <article class="thread" data-thread=skill.to_string()>
            <h3>{format!("{} {text}", skill.place())}</h3>
            <ol class="messages">{messages}</ol>
            {form}
        </article>
    }
}

#[component]
fn ReplyForm(
    student: StudentId,
    skill: SkillId,
    replies: Replies,
    choices: Vec<EvidenceId>,
    titles: HashMap<EvidenceId, String>,
) -> impl IntoView {
    let Replies { action, drafts } = replies;
    let skill_field = skill.to_string();
    // Also in the server's HTML, for a reply refused without JavaScript.
    let first_draft = drafts.with_untracked(|drafts| drafts.get(&skill).cloned().unwrap_or_default());
    let draft = {
        let skill = skill.clone();
        move || drafts.with(|drafts| drafts.get(&skill).cloned().unwrap_or_default())
    };
    let on_input = move |event| {
        let text = event_target_value(&event);
        drafts.update(|drafts| {
            drafts.insert(skill.clone(), text);
        });
    };
    let picker = (!choices.is_empty()).then(|| {
        let options = choices
            .into_iter()
            .map(|id| {
                let title = titles.get(&id).cloned().unwrap_or_else(|| numbered(id));
                view! { <option value=id.to_string()>{title}</option> }
            })
            .collect_view();
        view! {
            <label>
                {t!("evidence-conversation-cite")}
                <select name="input[evidence_id]">
                    <option value="">{t!("evidence-conversation-cite-none")}</option>
                    {options}
                </select>
            </label>
        }
    });
    view! {
        <ActionForm action attr:class="stack">
            <input type="hidden" name="input[student_id]" value=student.to_string()/>
            <input type="hidden" name="input[skill_id]" value=skill_field/>
            <label>
                {t!("evidence-conversation-reply")}
                <textarea name="input[body]" rows="3" maxlength="2000" required prop:value=draft on:input=on_input>
                    {raw_text(first_draft)}
                </textarea>
            </label>
            {picker}
            <button type="submit" class="secondary">{t!("evidence-conversation-send")}</button>
        </ActionForm>
    }
}

/// An evidence item named by its number, when its title is not at hand.
fn numbered(id: EvidenceId) -> String {
    t!("evidence-conversation-item", id = id.to_string())
}
