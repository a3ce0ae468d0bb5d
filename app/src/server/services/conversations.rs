//! The conversation on a skill's feedback ([`domain::conversation`]): after a "not yet" the
//! student answers on the skill, an assessor of their cohort answers back, and the other side is
//! told. Messages are part of the record and never change a decision.

use domain::conversation::{may_open, reply_text};
use domain::notification::Notice;
use domain::policy::Action;
use domain::{FrameworkCode, Role, SkillId, SkillProgress, StudentId, Timestamp, UnitCode};
use sqlx::AnyConnection;

use super::access::{ensure_can_view_programme, ensure_skills_in, workable_programmes};
use super::authorise;
use super::notifications::{Audience, Telling};
use super::progress::progress_in_programme;
use crate::dto::{ReplyInput, SkillMessageView};
use crate::error::AppError;
use crate::live::Topic;
use crate::server::storage::accounts::Account;
use crate::server::storage::conversations::{self, Message};
use crate::server::storage::{self, evidence};
use crate::server::AppState;
use crate::t;

/// How much of a reply a notification repeats, in characters.
const QUOTED_CHARS: usize = 200;

/// Adds a reply to a skill's conversation: the student on their own skill, an assessor of one of
/// the student's running cohorts in that programme; only once the skill had a "not yet". Cited
/// evidence must be the student's own.
pub async fn reply(
    state: &AppState,
    account: &Account,
    input: &ReplyInput,
    now: Timestamp,
) -> Result<SkillMessageView, AppError> {
    authorise(account, Action::ReplyOnFeedback)?;
    let body = reply_text(&input.body)?;
    let student = input.student_id;
    let mut tx = storage::begin(&state.db).await?;
    let programmes = workable_programmes(&mut tx, account, student).await?;
    ensure_skills_in(&mut tx, account, student, &programmes, std::slice::from_ref(&input.skill_id)).await?;
    let (framework, unit, skill) = skill_progress(&mut tx, student, &programmes, &input.skill_id).await?;
    may_open(&skill)?;
    if let Some(cited) = input.evidence_id {
        if !evidence::ids_of_student(&mut tx, student).await?.contains(&cited) {
            return Err(AppError::Invalid(t!("server-evidence-not-of-student", id = cited.to_string())));
        }
    }
    let id =
        conversations::insert(&mut tx, student, &input.skill_id, account.id, &body, input.evidence_id, now)
            .await?;
    let notice = Notice::Reply {
        author: account.name.clone(),
        framework,
        unit,
        skill: input.skill_id.clone(),
        text: body.chars().take(QUOTED_CHARS).collect(),
    };
    let audience = if account.role == Role::Student { Audience::Assessors } else { Audience::Student };
    let mut telling = Telling::default();
    telling.tell(&mut tx, &state.settings, student, notice, audience, now).await?;
    telling.touch(account.id, Topic::Progress);
    tx.commit().await?;
    telling.publish(state).await;
    let message = Message {
        id,
        skill_id: input.skill_id.clone(),
        author: account.name.clone(),
        author_role: account.role,
        body,
        evidence_id: input.evidence_id,
        written_at: now,
    };
    Ok(view(message))
}

/// The skill's framework, unit and progress, among the given programmes.
async fn skill_progress(
    conn: &mut AnyConnection,
    student: StudentId,
    programmes: &[FrameworkCode],
    skill_id: &SkillId,
) -> Result<(FrameworkCode, UnitCode, SkillProgress), AppError> {
    for code in programmes {
        let (_, progress) = progress_in_programme(conn, student, code).await?;
        for unit in progress.units {
            let skills = unit.competencies.into_iter().flat_map(|competency| competency.skills);
            if let Some(skill) = skills.into_iter().find(|skill| &skill.id == skill_id) {
                return Ok((code.clone(), unit.code, skill));
            }
        }
    }
    Err(AppError::NotFound(t!("server-not-found-skill", skill = skill_id.to_string())))
}

/// The conversations on the skills of one unit of a student's programme, oldest first, for
/// whoever may see that programme.
pub async fn of_unit(
    state: &AppState,
    account: &Account,
    student: StudentId,
    framework: &FrameworkCode,
    unit: &UnitCode,
) -> Result<Vec<SkillMessageView>, AppError> {
    let mut conn = state.db.acquire().await?;
    ensure_can_view_programme(&mut conn, account, student, framework).await?;
    let loaded = super::progress::followed_framework(&mut conn, student, framework).await?;
    let skills: Vec<SkillId> = loaded
        .unit(unit)
        .ok_or_else(|| AppError::NotFound(t!("server-not-found-module", unit = unit.to_string())))?
        .skills()
        .map(|skill| skill.id.clone())
        .collect();
    of_skills(&mut conn, student, &skills).await
}

/// The messages on the given skills of a student, oldest first, for a service that checked
/// access.
pub(super) async fn of_skills(
    conn: &mut AnyConnection,
    student: StudentId,
    skills: &[SkillId],
) -> Result<Vec<SkillMessageView>, AppError> {
    Ok(conversations::of_student(conn, student, skills).await?.into_iter().map(view).collect())
}

fn view(message: Message) -> SkillMessageView {
    SkillMessageView {
        id: message.id,
        skill_id: message.skill_id,
        author: message.author,
        from_student: message.author_role == Role::Student,
        body: message.body,
        evidence_id: message.evidence_id,
        written_on: crate::format::date_time(message.written_at),
        written_at: message.written_at,
    }
}
