//! Putting skills forward for assessment, and taking them back before they are reviewed.

use chrono::{DateTime, Utc};
use domain::{Role, SkillId, SkillStatus};

use super::progress::skill_records;
use super::require_role;
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::{self, catalog, submissions, timestamp};
use crate::server::AppState;

/// Submits skills that have evidence and nothing pending. All or nothing: one skill that cannot
/// be submitted refuses the whole request, naming it.
pub async fn submit(
    state: &AppState,
    account: &Account,
    skill_ids: &[SkillId],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    require_role(account, &[Role::Student])?;
    let skill_ids = distinct(skill_ids)?;
    let at = timestamp(now);
    let mut tx = storage::begin(&state.db).await?;
    let open = catalog::skills_open_to_student(&mut tx, account.id).await?;
    let records = skill_records(&mut tx, account.id).await?;
    for skill_id in &skill_ids {
        if !open.contains(skill_id) {
            return Err(AppError::Invalid(format!(
                "Vaardigheid '{skill_id}' hoort niet bij jouw opleiding."
            )));
        }
        let status = records.get(skill_id).map(SkillStatus::of).unwrap_or(SkillStatus::NotStarted);
        if !status.can_submit() {
            return Err(AppError::Conflict(refusal(skill_id, status)));
        }
        submissions::open(&mut tx, account.id, skill_id, &at).await.map_err(|error| {
            if storage::is_unique_violation(&error) {
                AppError::Conflict(format!("Vaardigheid '{skill_id}' is al ingediend."))
            } else {
                error.into()
            }
        })?;
    }
    tx.commit().await?;
    Ok(())
}

/// Withdraws submissions that no assessor has reviewed yet. All or nothing.
pub async fn withdraw(
    state: &AppState,
    account: &Account,
    skill_ids: &[SkillId],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    require_role(account, &[Role::Student])?;
    let skill_ids = distinct(skill_ids)?;
    let at = timestamp(now);
    let mut tx = storage::begin(&state.db).await?;
    for skill_id in &skill_ids {
        if !submissions::withdraw(&mut tx, account.id, skill_id, &at).await? {
            return Err(AppError::Conflict(format!(
                "Vaardigheid '{skill_id}' is niet ingediend of al beoordeeld."
            )));
        }
    }
    tx.commit().await?;
    Ok(())
}

fn distinct(skill_ids: &[SkillId]) -> Result<Vec<SkillId>, AppError> {
    let mut distinct: Vec<SkillId> = Vec::with_capacity(skill_ids.len());
    for skill_id in skill_ids {
        if !distinct.contains(skill_id) {
            distinct.push(skill_id.clone());
        }
    }
    if distinct.is_empty() {
        return Err(AppError::Invalid("Kies minstens één vaardigheid.".into()));
    }
    Ok(distinct)
}

fn refusal(skill_id: &SkillId, status: SkillStatus) -> String {
    match status {
        SkillStatus::NotStarted => format!("Koppel eerst een bewijsstuk aan vaardigheid '{skill_id}'."),
        SkillStatus::Submitted => format!("Vaardigheid '{skill_id}' is al ingediend."),
        SkillStatus::Achieved => format!("Vaardigheid '{skill_id}' is al behaald."),
        SkillStatus::InProgress | SkillStatus::NotYet => {
            format!("Vaardigheid '{skill_id}' kan nu niet ingediend worden.")
        }
    }
}
