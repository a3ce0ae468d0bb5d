//! Putting skills forward for assessment, and taking them back before they are reviewed.

use domain::assessment::chosen_skills;
use domain::notification::{Notice, NotificationKind};
use domain::policy::Action;
use domain::{SkillId, SkillStatus, Timestamp};
use sqlx::AnyConnection;

use super::access::skills_of_student;
use super::authorise;
use super::notifications::{self, Audience, Telling};
use super::progress::skill_records;
use crate::error::AppError;
use crate::live::Topic;
use crate::server::storage::accounts::Account;
use crate::server::storage::{self, submissions};
use crate::server::AppState;
use crate::t;

/// Submits skills that have evidence and nothing pending. All or nothing: one skill that cannot
/// be submitted refuses the whole request, naming it. The assessors of the student's cohort are
/// told, one notification per unit.
pub async fn submit(
    state: &AppState,
    account: &Account,
    skill_ids: &[SkillId],
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::KeepPortfolio)?;
    let skill_ids = chosen_skills(skill_ids)?;
    let mut tx = storage::begin(&state.db).await?;
    let open = skills_of_student(&mut tx, account.as_student()).await?;
    let records = skill_records(&mut tx, account.as_student()).await?;
    for skill_id in &skill_ids {
        if !open.contains(skill_id) {
            return Err(AppError::Invalid(t!("services-skill-not-in-programme", skill = skill_id.as_str())));
        }
        let record = records.get(skill_id);
        let status = record.map(SkillStatus::of).unwrap_or(SkillStatus::NotStarted);
        let has_evidence = record.is_some_and(|record| !record.evidence.is_empty());
        if !status.can_submit(has_evidence) {
            return Err(AppError::Conflict(refusal(skill_id, status)));
        }
        submissions::open(&mut tx, account.as_student(), skill_id, now).await.map_err(|error| {
            if storage::is_unique_violation(&error) {
                AppError::Conflict(t!("services-skill-already-submitted", skill = skill_id.place()))
            } else {
                error.into()
            }
        })?;
    }
    let mut telling = Telling::default();
    let student = account.as_student();
    for (framework, unit, skills) in notifications::units_of(&mut tx, student, &skill_ids).await? {
        let notice = Notice::Submitted { student: account.name.clone(), framework, unit, skills };
        telling.tell(&mut tx, &state.settings, student, notice, Audience::Assessors, now).await?;
    }
    telling.touch(account.id, Topic::Progress);
    tx.commit().await?;
    telling.publish(state).await;
    Ok(())
}

/// Withdraws submissions that no assessor has reviewed yet. All or nothing. A notification of a
/// submission withdrawn whole is undone.
pub async fn withdraw(
    state: &AppState,
    account: &Account,
    skill_ids: &[SkillId],
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::KeepPortfolio)?;
    let skill_ids = chosen_skills(skill_ids)?;
    let mut tx = storage::begin(&state.db).await?;
    for skill_id in &skill_ids {
        if !submissions::withdraw(&mut tx, account.as_student(), skill_id, now).await? {
            return Err(AppError::Conflict(t!("services-skill-not-withdrawable", skill = skill_id.place())));
        }
    }
    let mut telling =
        notifications::settle_taken_back(&mut tx, account.as_student(), NotificationKind::Submitted, now)
            .await?;
    telling.touch(account.id, Topic::Progress);
    tx.commit().await?;
    telling.publish(state).await;
    Ok(())
}

/// Withdraws, in the caller's transaction, the student's submissions that no current evidence
/// supports any more (after an item was deleted, unlinked or replaced by a version with other
/// skills), undoing the notifications of those withdrawn whole; answers what to publish after
/// the commit. The rule is [`domain::evidence::submissions_without_evidence`].
pub(super) async fn withdraw_those_without_evidence(
    conn: &mut AnyConnection,
    student_id: domain::StudentId,
    at: Timestamp,
) -> Result<Telling, AppError> {
    let records = skill_records(conn, student_id).await?;
    let unsupported = domain::evidence::submissions_without_evidence(&records);
    for skill_id in &unsupported {
        submissions::withdraw(conn, student_id, skill_id, at).await?;
    }
    if unsupported.is_empty() {
        return Ok(Telling::default());
    }
    notifications::settle_taken_back(conn, student_id, NotificationKind::Submitted, at).await
}

/// Why a skill cannot be submitted: without evidence every status but these two means "link
/// evidence first".
fn refusal(skill_id: &SkillId, status: SkillStatus) -> String {
    match status {
        SkillStatus::NotStarted | SkillStatus::NotYet | SkillStatus::InProgress => {
            t!("services-skill-needs-evidence", skill = skill_id.place())
        }
        SkillStatus::Submitted => t!("services-skill-already-submitted", skill = skill_id.place()),
        SkillStatus::Achieved => t!("services-skill-already-achieved", skill = skill_id.place()),
    }
}
