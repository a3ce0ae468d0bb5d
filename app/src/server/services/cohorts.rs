//! What each role's home page lists: the cohorts it works with, or the accounts it manages.

use domain::cohort::{same_name, CohortDetails};
use domain::policy::{self, Action, Reach};
use domain::{AccountId, CohortId, FrameworkCode, Role, Timestamp};
use sqlx::AnyPool;

use super::access::visible_cohort;
use super::{authorise, require_reach};
use crate::dto::{CohortInput, CohortView, PersonView, RoleCount};
use crate::error::AppError;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::cohorts::{self, Scope};
use crate::server::storage::{self, catalog};
use crate::server::AppState;
use crate::t;

/// The cohorts a student is enrolled in. Classmates are left out: a student sees only their own.
pub async fn for_student(db: &AnyPool, account: &Account) -> Result<Vec<CohortView>, AppError> {
    require_reach(account, Reach::OwnPortfolio)?;
    let mut conn = db.acquire().await?;
    let mut cohorts = cohorts::list(&mut conn, Scope::EnrolledStudent(account.as_student())).await?;
    for cohort in &mut cohorts {
        cohort.students.retain(|student| student.id == account.id);
    }
    Ok(cohorts)
}

/// The cohorts assigned to an assessor, with their students.
pub async fn for_assessor(db: &AnyPool, account: &Account) -> Result<Vec<CohortView>, AppError> {
    require_reach(account, Reach::AssignedCohorts)?;
    let mut conn = db.acquire().await?;
    Ok(cohorts::list(&mut conn, Scope::AssignedAssessor(account.id)).await?)
}

/// Every current cohort, for those who see all of them.
pub async fn all(db: &AnyPool, account: &Account) -> Result<Vec<CohortView>, AppError> {
    require_reach(account, Reach::AllCohorts)?;
    let mut conn = db.acquire().await?;
    Ok(cohorts::list(&mut conn, Scope::All).await?)
}

/// How many accounts each role has, for administrators.
pub async fn account_counts(db: &AnyPool, account: &Account) -> Result<Vec<RoleCount>, AppError> {
    authorise(account, Action::ManageAccounts)?;
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
    match policy::reach(account.role) {
        Reach::AssignedCohorts => for_assessor(db, account).await,
        Reach::AllCohorts => all(db, account).await,
        Reach::OwnPortfolio => Err(AppError::Forbidden),
    }
}

/// Creates a cohort in a framework of the catalog.
pub async fn create(
    state: &AppState,
    account: &Account,
    input: &CohortInput,
    now: Timestamp,
) -> Result<CohortId, AppError> {
    authorise(account, Action::ManageCohorts)?;
    let details = CohortDetails::parse(&input.name, &input.school_year, &input.starts_on, &input.ends_on)?;
    let mut tx = storage::begin(&state.db).await?;
    let code = FrameworkCode::new(input.framework.trim());
    let unknown = || AppError::Invalid(t!("server-unknown-programme", code = code.to_string()));
    let framework_id = catalog::framework_id(&mut tx, &code).await?.ok_or_else(unknown)?;
    let framework = catalog::load(&mut tx, &code).await?.ok_or_else(unknown)?;
    let profile_code = domain::cohort::profile_for(&framework, input.profile.as_deref().unwrap_or_default())?;
    let taken = cohorts::running_names(&mut tx, framework_id, &details.school_year).await?;
    if taken.iter().any(|name| same_name(name, &details.name)) {
        return Err(name_taken(&details, &code));
    }
    let (starts_on, ends_on) = (details.starts_on.to_string(), details.ends_on.to_string());
    let new = cohorts::NewCohort {
        name: &details.name,
        framework_id,
        profile_code: profile_code.as_ref(),
        school_year: &details.school_year,
        starts_on: &starts_on,
        ends_on: &ends_on,
    };
    // The partial unique index catches a cohort created at the same moment by another server.
    let id = cohorts::insert(&mut tx, &new, now).await.map_err(|error| {
        if storage::is_unique_violation(&error) {
            name_taken(&details, &code)
        } else {
            error.into()
        }
    })?;
    tx.commit().await?;
    Ok(id)
}

/// Running cohorts of a programme and school year never share a name: lists, filters and
/// reports name cohorts, and two alike would be told apart by nobody.
fn name_taken(details: &CohortDetails, code: &FrameworkCode) -> AppError {
    AppError::Conflict(t!(
        "server-cohort-name-taken",
        name = details.name.as_str(),
        code = code.to_string(),
        year = details.school_year.as_str()
    ))
}

/// One cohort with its students and assessors, archived or not, for those who may see it.
pub async fn details(db: &AnyPool, account: &Account, cohort_id: CohortId) -> Result<CohortView, AppError> {
    let mut conn = db.acquire().await?;
    visible_cohort(&mut conn, account, cohort_id).await?;
    cohorts::list(&mut conn, Scope::One(cohort_id))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| AppError::NotFound(t!("server-this-group")))
}

/// Archives a cohort: it leaves the lists; its records stay.
pub async fn archive(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::ManageCohorts)?;
    let mut tx = storage::begin(&state.db).await?;
    match cohorts::archived(&mut tx, cohort_id).await? {
        None => return Err(AppError::NotFound(t!("server-this-group"))),
        Some(true) => return Err(AppError::Conflict(t!("server-group-already-archived"))),
        Some(false) => cohorts::archive(&mut tx, cohort_id, now).await?,
    };
    tx.commit().await?;
    Ok(())
}

/// Assigns (or with `assigned: false` removes) an assessor to a cohort that is not archived.
pub async fn set_assessor(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    assessor_id: AccountId,
    assigned: bool,
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::ManageCohorts)?;
    let mut tx = storage::begin(&state.db).await?;
    ensure_running(&mut tx, cohort_id).await?;
    let assessor = accounts::find(&mut tx, assessor_id).await?;
    if assessor.is_none_or(|assessor| assessor.role != Role::Assessor) {
        return Err(AppError::NotFound(t!("server-this-assessor")));
    }
    if assigned {
        cohorts::assign_assessor(&mut tx, cohort_id, assessor_id, now).await?;
    } else {
        cohorts::unassign_assessor(&mut tx, cohort_id, assessor_id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Refuses a cohort that does not exist (404) or is archived (409): nothing changes it any more.
pub(super) async fn ensure_running(
    conn: &mut sqlx::AnyConnection,
    cohort_id: CohortId,
) -> Result<(), AppError> {
    match cohorts::archived(conn, cohort_id).await? {
        None => Err(AppError::NotFound(t!("server-this-group"))),
        Some(true) => Err(AppError::Conflict(t!("server-group-archived"))),
        Some(false) => Ok(()),
    }
}

/// Every assessor, by name, to choose from.
pub async fn assessors(db: &AnyPool, account: &Account) -> Result<Vec<PersonView>, AppError> {
    authorise(account, Action::ManageCohorts)?;
    let mut conn = db.acquire().await?;
    Ok(accounts::with_role(&mut conn, Role::Assessor).await?)
}
