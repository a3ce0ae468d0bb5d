//! The conversations on the feedback of one unit's skills, on the student's module page and the
//! assessor's review page: each skill that had a "not yet", its messages oldest first, and a
//! reply form. It follows live events, so the other side's answer appears without a reload.

use domain::conversation::may_open;
use domain::{FrameworkCode, SkillId, StudentId, Unit, UnitCode, UnitProgress};
use leptos::prelude::*;

use crate::api::notifications::{unit_conversations, ReplyOnSkill};
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::SkillMessageView;
use crate::live::{use_live, Topic};

/// The skills of a unit that have a conversation (those that had a "not yet", by
/// [`may_open`]), with their text, in curriculum order.
pub fn threads_of(unit: &Unit, progress: &UnitProgress) -> Vec<(SkillId, String)> {
    unit.skills()
        .zip(progress.competencies.iter().flat_map(|competency| &competency.skills))
        .filter(|(_, skill)| may_open(skill).is_ok())
        .map(|(skill, _)| (skill.id.clone(), skill.text.clone()))
        .collect()
}

/// The threads of `skills` (id and text, from [`threads_of`]) of a student's unit; with a reply
/// form for someone who may answer.
#[component]
pub fn Conversations(
    student: StudentId,
    framework: FrameworkCode,
    unit: UnitCode,
    skills: Vec<(SkillId, String)>,
    can_reply: bool,
) -> impl IntoView {
    if skills.is_empty() {
        return ().into_any();
    }
    let live = use_live();
    let reply = ServerAction::<ReplyOnSkill>::new();
    let messages = Resource::new(
        move || (live.version(Topic::Progress), reply.version().get()),
        move |_| unit_conversations(student, framework.clone(), unit.clone()),
    );
    let skills = StoredValue::new(skills);
    view! {
        <section class="card conversations" id="gesprek">
            <h2>"Gesprek over de feedback"</h2>
            {move || first_refusal([reply.value().get().and_then(Result::err)])}
            {loaded(messages, move |messages| {
                skills
                    .get_value()
                    .into_iter()
                    .map(|(skill, text)| {
                        let thread: Vec<SkillMessageView> =
                            messages.iter().filter(|message| message.skill_id == skill).cloned().collect();
                        view! { <Thread student skill text thread reply=can_reply.then_some(reply)/> }
                    })
                    .collect_view()
                    .into_any()
            })}
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
    reply: Option<ServerAction<ReplyOnSkill>>,
) -> impl IntoView {
    let skill_field = skill.to_string();
    let messages = thread
        .into_iter()
        .map(|message| {
            let who = if message.from_student { "cursist" } else { "beoordelaar" };
            view! {
                <li class:from-student=message.from_student>
                    <p class="muted">{format!("{} ({who}), {}", message.author, message.written_on)}</p>
                    <p class="message-body">{message.body}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="thread" data-thread=skill.to_string()>
            <h3>{format!("{skill} {text}")}</h3>
            <ol class="messages">{messages}</ol>
            {reply.map(|reply| view! {
                <ActionForm action=reply attr:class="stack">
                    <input type="hidden" name="input[student_id]" value=student.to_string()/>
                    <input type="hidden" name="input[skill_id]" value=skill_field/>
                    <label>
                        "Je antwoord"
                        <textarea name="input[body]" rows="3" maxlength="2000" required></textarea>
                    </label>
                    <button type="submit" class="secondary">"Antwoorden"</button>
                </ActionForm>
            })}
        </article>
    }
}
