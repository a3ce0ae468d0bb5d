//! What each role's home page lists: the cohorts it works with, or the accounts it manages.

use domain::Role;
use sqlx::AnyPool;

use super::require_role;
use crate::dto::{CohortView, RoleCount};
use crate::error::AppError;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::cohorts::{self, Scope};

/// The cohorts a student is enrolled in. Classmates are left out: a student sees only their own.
pub async fn for_student(db: &AnyPool, account: &Account) -> Result<Vec<CohortView>, AppError> {
    require_role(account, &[Role::Student])?;
    let mut conn = db.acquire().await?;
    let mut cohorts = cohorts::list(&mut conn, Scope::EnrolledStudent(account.id)).await?;
    for cohort in &mut cohorts {
        cohort.students.retain(|student| student.id == account.id);
    }
    Ok(cohorts)
}

/// The cohorts assigned to an assessor, with their students.
pub async fn for_assessor(db: &AnyPool, account: &Account) -> Result<Vec<CohortView>, AppError> {
    require_role(account, &[Role::Assessor])?;
    let mut conn = db.acquire().await?;
    Ok(cohorts::list(&mut conn, Scope::AssignedAssessor(account.id)).await?)
}

/// Every current cohort, for coordinators and administrators.
pub async fn all(db: &AnyPool, account: &Account) -> Result<Vec<CohortView>, AppError> {
    require_role(account, &[Role::Coordinator, Role::Admin])?;
    let mut conn = db.acquire().await?;
    Ok(cohorts::list(&mut conn, Scope::All).await?)
}

/// How many accounts each role has, for administrators.
pub async fn account_counts(db: &AnyPool, account: &Account) -> Result<Vec<RoleCount>, AppError> {
    require_role(account, &[Role::Admin])?;
    let mut conn = db.acquire().await?;
    let counts = accounts::count_by_role(&mut conn).await?;
    Ok(Role::ALL
        .into_iter()
        .map(|role| RoleCount {
            role,
            accounts: counts.iter().find(|(r, _)| *r == role).map_or(0, |(_, n)| *n as u32),
        })
        .collect())
}

/// The cohorts an account works with: an assessor those assigned to them, coordinators and
/// administrators all. Students work with their programme, not with cohorts.
pub async fn visible(db: &AnyPool, account: &Account) -> Result<Vec<CohortView>, AppError> {
    match account.role {
        Role::Assessor => for_assessor(db, account).await,
        Role::Coordinator | Role::Admin => all(db, account).await,
        Role::Student => Err(AppError::Forbidden),
    }
}
