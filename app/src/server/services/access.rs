//! Whose portfolio an account may see or assess: [`domain::policy::reach`] narrowed by the
//! cohorts in the database.
//!
//! A student sees their own portfolio; an assessor sees the programmes of the cohorts assigned to
//! them, for the students enrolled there, and assesses only in those; coordinators and
//! administrators see every programme and assess none. Archived cohorts still count for reading
//! (the record stays), only running ones for acting.

use std::collections::HashSet;

use domain::policy::{self, Action, Reach};
use domain::{AccountId, CohortId, FrameworkCode, SkillId, StudentId};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::cohorts;
use crate::server::storage::cohorts::Standing;
use crate::server::storage::readiness::{self, CohortHead};
use crate::t;

/// The student's programmes the account may read, archived cohorts included (archiving takes a
/// cohort out of the work, never out of anyone's record); refuses an account that may read none.
pub async fn visible_programmes(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<FrameworkCode>, AppError> {
    programmes(conn, account, student_id, Standing::WithArchived).await
}

/// The student's programmes the account may act in: those of running cohorts. An account that
/// could only read the student's record (every shared cohort archived) is told so.
pub async fn workable_programmes(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<FrameworkCode>, AppError> {
    let running = programmes(conn, account, student_id, Standing::Running).await;
    if matches!(&running, Ok(codes) if !codes.is_empty()) {
        return running;
    }
    let readable = programmes(conn, account, student_id, Standing::WithArchived).await?;
    if readable.is_empty() {
        running
    } else {
        Err(AppError::Conflict(t!("server-cohort-archived-read-only")))
    }
}

async fn programmes(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
    standing: Standing,
) -> Result<Vec<FrameworkCode>, AppError> {
    match policy::reach(account.role) {
        Reach::OwnPortfolio if account.id == AccountId::from(student_id) => {
            Ok(cohorts::frameworks_of_student(conn, student_id, standing).await?)
        }
        Reach::AssignedCohorts => {
            let shared = cohorts::frameworks_assessed_by(conn, account.id, student_id, standing).await?;
            if shared.is_empty() {
                Err(refused(account, student_id))
            } else {
                Ok(shared)
            }
        }
        Reach::AllCohorts => Ok(cohorts::frameworks_of_student(conn, student_id, standing).await?),
        Reach::OwnPortfolio => Err(refused(account, student_id)),
    }
}

/// May the account see this student's portfolio (their evidence) at all?
/// A whole portfolio (its archive, its credentials) goes to the student themself, or to whoever
/// may take any student's along ([`Action::ExportPortfolio`]): coordinators and administrators.
pub fn ensure_portfolio_holder(account: &Account, student: StudentId) -> Result<(), AppError> {
    super::authorise(account, domain::policy::Action::ExportPortfolio)?;
    if policy::reach(account.role) == Reach::OwnPortfolio && account.id != student.into() {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

pub async fn ensure_can_view_student(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
) -> Result<(), AppError> {
    visible_programmes(conn, account, student_id).await.map(|_| ())
}

/// May the account see the student's progress in this programme? A programme the student does
/// not follow is "not found"; one the account may not see is refused.
pub async fn ensure_can_view_programme(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
    framework: &FrameworkCode,
) -> Result<(), AppError> {
    let visible = visible_programmes(conn, account, student_id).await?;
    if visible.contains(framework) {
        return Ok(());
    }
    if cohorts::frameworks_of_student(conn, student_id, Standing::WithArchived).await?.contains(framework) {
        Err(refused(account, student_id))
    } else {
        Err(AppError::NotFound(t!("server-not-found-student-programme", code = framework.to_string())))
    }
}

/// The programmes in which this account records decisions for the student: only an account the
/// policy lets decide, only in the running cohorts it may act in.
pub async fn assessable_programmes(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<FrameworkCode>, AppError> {
    if !policy::may(account.role, Action::DecideSkills) {
        return Err(refused(account, student_id));
    }
    workable_programmes(conn, account, student_id).await
}

/// Checks that every skill is one this student can be assessed on in `programmes`, as the
/// student follows each (see [`followed_skills`]): a skill of another of the student's
/// programmes is refused (403), an unknown one is invalid (400).
pub async fn ensure_skills_in(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: StudentId,
    programmes: &[FrameworkCode],
    skill_ids: &[SkillId],
) -> Result<(), AppError> {
    let allowed = followed_skills(conn, student_id, programmes).await?;
    let Some(outside) = skill_ids.iter().find(|skill| !allowed.contains(skill)) else {
        return Ok(());
    };
    let followed = cohorts::frameworks_of_student(conn, student_id, Standing::WithArchived).await?;
    if followed_skills(conn, student_id, &followed).await?.contains(outside) {
        Err(refused(account, student_id))
    } else {
        Err(AppError::Invalid(t!("server-skill-not-in-student-programme", skill = outside.to_string())))
    }
}

/// The skills a student may link evidence to and submit: those of the programmes of their
/// running cohorts, as they follow them.
pub async fn skills_of_student(
    conn: &mut AnyConnection,
    student_id: StudentId,
) -> Result<HashSet<SkillId>, AppError> {
    let followed = cohorts::frameworks_of_student(conn, student_id, Standing::Running).await?;
    followed_skills(conn, student_id, &followed).await
}

/// The skills of `programmes` as the student follows each: the version and profile of their
/// cohort (the one rule of [`super::progress::followed_framework`], which their pages show).
async fn followed_skills(
    conn: &mut AnyConnection,
    student_id: StudentId,
    programmes: &[FrameworkCode],
) -> Result<HashSet<SkillId>, AppError> {
    let mut skills = HashSet::new();
    for code in programmes {
        let framework = super::progress::followed_framework(conn, student_id, code).await?;
        skills.extend(framework.skills().map(|skill| skill.id.clone()));
    }
    Ok(skills)
}

/// A cohort the account may see: within its [`policy::reach`], every one or those assigned to it.
pub async fn visible_cohort(
    conn: &mut AnyConnection,
    account: &Account,
    cohort_id: CohortId,
) -> Result<CohortHead, AppError> {
    let head = readiness::cohort(conn, cohort_id)
        .await?
        .ok_or_else(|| AppError::NotFound(t!("server-this-group")))?;
    let allowed = match policy::reach(account.role) {
        Reach::AllCohorts => true,
        Reach::AssignedCohorts => cohorts::assessor_assigned(conn, account.id, cohort_id).await?,
        Reach::OwnPortfolio => false,
    };
    if allowed {
        Ok(head)
    } else {
        tracing::warn!(
            account_id = account.id.get(),
            cohort_id = cohort_id.get(),
            "refused: not this account's cohort"
        );
        Err(AppError::Forbidden)
    }
}

fn refused(account: &Account, student_id: StudentId) -> AppError {
    tracing::warn!(
        account_id = account.id.get(),
        student_id = student_id.get(),
        "refused: not this account's student or programme"
    );
    AppError::Forbidden
}
