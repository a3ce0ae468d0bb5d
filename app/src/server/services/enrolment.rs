//! Enrolling a list of students in a cohort: first a preview that says, per line, what would
//! happen (or what is wrong), then the import itself, which changes nothing for students already
//! enrolled, so importing the same file twice is harmless.
//!
//! A new student gets no password: the import queues an invitation e-mail with a single-use link
//! (see [`super::credentials`]), in the import's own transaction, and the coordinator can print
//! invitation letters instead ([`super::invitation_letters`]). No page shows a password.

use domain::enrolment_csv::{StudentList, StudentRow};
use domain::person_name::same_person;
use domain::policy::Action;
use domain::{CohortId, Role, Timestamp};
use sqlx::AnyConnection;

use super::accounts;
use super::{authorise, credentials};
use crate::dto::{ImportOutcome, ImportProblem, ImportedRow, RowOutcome};
use crate::error::AppError;
use crate::i18n::labels::Label;
use crate::server::storage::accounts::{self as account_rows, Account};
use crate::server::storage::{self, cohorts, pending_imports};
use crate::server::AppState;
use crate::t;

/// What would happen to one line of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Planned {
    row: StudentRow,
    existing: Option<Account>,
    outcome: RowOutcome,
    /// For a returning student with a new address: the address the account has now.
    previous_email: Option<String>,
}

/// Previews (`dry_run`) or imports a student list. An import with any error imports nothing.
pub async fn import(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    list: StudentList,
    dry_run: bool,
    now: Timestamp,
) -> Result<ImportOutcome, AppError> {
    import_list(state, account, cohort_id, list, dry_run, None, now).await
}

/// [`import`], which also takes the list kept as `kept` out of [`pending_imports`] in the
/// import's own transaction: of two confirmations at once, one imports and the other finds the
/// list gone.
async fn import_list(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    list: StudentList,
    dry_run: bool,
    kept: Option<i64>,
    now: Timestamp,
) -> Result<ImportOutcome, AppError> {
    authorise(account, Action::ManageCohorts)?;
    let (planned, errors) = {
        let mut conn = state.db.acquire().await?;
        plan(&mut conn, cohort_id, &list).await?
    };
    if dry_run {
        return Ok(ImportOutcome { applied: false, rows: planned.into_iter().map(shown).collect(), errors });
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(t!("server-enrolment-list-errors", count = errors.len())));
    }
    let mut tx = storage::begin(&state.db).await?;
    let (replanned, errors) = plan(&mut tx, cohort_id, &list).await?;
    if replanned != planned || !errors.is_empty() {
        return Err(AppError::Conflict(t!("server-enrolment-changed")));
    }
    if let Some(id) = kept {
        if !pending_imports::remove(&mut tx, id).await? {
            return Err(AppError::NotFound(t!("server-enrolment-kept-gone")));
        }
    }
    let rows = apply(&mut tx, state, account, cohort_id, planned, now).await?;
    tx.commit().await?;
    Ok(ImportOutcome { applied: true, rows, errors })
}

/// How long a list sent by a plain form is kept for its confirmation.
const KEPT_FOR: chrono::TimeDelta = chrono::TimeDelta::days(1);

/// Keeps a student list sent by a plain form until its sender confirms it on the preview page;
/// answers its id. `list` reads the file's bytes: only once the sender may enrol in this cohort. Lists kept longer than a day are no longer found, and
/// are removed by [`forget_kept`].
///
/// # Errors
/// Forbidden for whoever may not manage cohorts; not found or conflict for a cohort that does
/// not exist or is archived; those of `list`.
pub async fn keep(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    list: impl std::future::Future<Output = Result<impl AsRef<[u8]>, AppError>>,
    now: Timestamp,
) -> Result<i64, AppError> {
    use base64::prelude::{Engine, BASE64_STANDARD};
    authorise(account, Action::ManageCohorts)?;
    super::cohorts::ensure_running(&mut *state.db.acquire().await?, cohort_id).await?;
    let list = BASE64_STANDARD.encode(list.await?);
    let mut conn = state.db.acquire().await?;
    Ok(pending_imports::keep(&mut conn, cohort_id, account.id, &list, now).await?)
}

/// Removes the lists kept longer than a day (the worker's housekeeping); answers how many.
///
/// # Errors
/// The database's.
pub async fn forget_kept(db: &sqlx::AnyPool, now: Timestamp) -> Result<u64, AppError> {
    let mut conn = db.acquire().await?;
    Ok(pending_imports::remove_older_than(&mut conn, now + -KEPT_FOR).await?)
}

/// The list kept as `id` (see [`keep`]) previewed (`dry_run`) or imported, as [`import`] does;
/// the import takes it out of the kept lists, so it is imported once.
///
/// # Errors
/// Those of [`import`]; not found when the list is gone (imported, forgotten, or someone else's).
pub async fn import_kept(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    id: i64,
    dry_run: bool,
    now: Timestamp,
) -> Result<ImportOutcome, AppError> {
    use base64::prelude::{Engine, BASE64_STANDARD};
    authorise(account, Action::ManageCohorts)?;
    let kept = {
        let mut conn = state.db.acquire().await?;
        pending_imports::find(&mut conn, id, cohort_id, account.id, now + -KEPT_FOR).await?
    };
    let bytes = kept
        .and_then(|list| BASE64_STANDARD.decode(list).ok())
        .ok_or_else(|| AppError::NotFound(t!("server-enrolment-kept-gone")))?;
    let list = domain::enrolment_csv::parse_student_list(&bytes);
    import_list(state, account, cohort_id, list, dry_run, Some(id), now).await
}

/// Decides, line by line, what the import would do; problems with the accounts are errors on
/// their line, after those found in the file itself.
async fn plan(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    list: &StudentList,
) -> Result<(Vec<Planned>, Vec<ImportProblem>), AppError> {
    super::cohorts::ensure_running(conn, cohort_id).await?;
    let mut errors: Vec<ImportProblem> = list
        .errors
        .iter()
        .map(|error| ImportProblem { line: error.line, message: error.problem.label() })
        .collect();
    let mut planned = Vec::with_capacity(list.rows.len());
    for row in &list.rows {
        match plan_row(conn, cohort_id, row).await? {
            Ok(line) => planned.push(line),
            Err(message) => errors.push(ImportProblem { line: row.line, message }),
        }
    }
    errors.sort_by_key(|error| error.line);
    Ok((planned, errors))
}

/// One line against the accounts: a new student, a known one (found by email, or by student
/// number with a new email address), or a conflict with someone else's account.
async fn plan_row(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    row: &StudentRow,
) -> Result<Result<Planned, String>, AppError> {
    let by_email = account_rows::find_by_email(conn, &row.email).await?;
    let by_number = match row.student_number.as_str() {
        "" => None,
        number => account_rows::find_by_student_number(conn, number).await?,
    };
    let (existing, previous_email) = match (by_email, by_number) {
        (Some(found), _) if found.role != Role::Student => {
            return Ok(Err(t!(
                "server-enrolment-email-of-role",
                email = row.email.as_str(),
                role = found.role.label().to_lowercase()
            )));
        }
        (Some(found), Some(numbered)) if found.id != numbered.id => {
            return Ok(Err(number_taken(row, &numbered)));
        }
        (Some(found), None) => match account_rows::student_number(conn, found.id).await? {
            Some(known) if !row.student_number.is_empty() && known != row.student_number => {
                return Ok(Err(t!(
                    "server-enrolment-number-known",
                    email = row.email.as_str(),
                    known = known,
                    number = row.student_number.as_str()
                )));
            }
            _ => (Some(found), None),
        },
        (Some(found), Some(_)) => (Some(found), None),
        (None, Some(numbered)) if same_person(&numbered.name, &row.name.display()) => {
            let previous = numbered.email.clone();
            (Some(numbered), Some(previous))
        }
        (None, Some(numbered)) => return Ok(Err(number_taken(row, &numbered))),
        (None, None) => (None, None),
    };
    let outcome = match &existing {
        None => RowOutcome::NewAccount,
        Some(found) if cohorts::is_enrolled(conn, cohort_id, found.as_student()).await? => {
            RowOutcome::AlreadyEnrolled
        }
        Some(_) => RowOutcome::Enrolled,
    };
    Ok(Ok(Planned { row: row.clone(), existing, outcome, previous_email }))
}

fn number_taken(row: &StudentRow, owner: &Account) -> String {
    t!(
        "server-enrolment-number-taken",
        number = row.student_number.as_str(),
        owner = owner.name.as_str(),
        owner_email = owner.email.as_str(),
        name = row.name.display()
    )
}

/// Writes the plan: new accounts (each invited by e-mail), changed addresses, student numbers,
/// enrolments.
async fn apply(
    tx: &mut AnyConnection,
    state: &AppState,
    coordinator: &Account,
    cohort_id: CohortId,
    planned: Vec<Planned>,
    now: Timestamp,
) -> Result<Vec<ImportedRow>, AppError> {
    let mut rows = Vec::with_capacity(planned.len());
    for line in planned {
        let (student, invited) = match &line.existing {
            Some(student) => (student.clone(), false),
            None => {
                let created =
                    accounts::create_invited(tx, &line.row.email, &line.row.name, Role::Student, now).await?;
                credentials::invite(tx, state, &created, coordinator.id, now).await?;
                (created, true)
            }
        };
        if line.previous_email.is_some() && !account_rows::set_email(tx, student.id, &line.row.email).await? {
            return Err(AppError::Conflict(t!("server-email-taken", email = line.row.email.as_str())));
        }
        if !line.row.student_number.is_empty() {
            account_rows::set_student_number(tx, student.id, Some(&line.row.student_number)).await?;
        }
        if line.outcome != RowOutcome::AlreadyEnrolled {
            cohorts::enrol(tx, cohort_id, student.as_student(), now).await?;
        }
        rows.push(ImportedRow { invited, ..shown(line) });
    }
    Ok(rows)
}

/// A planned line as the preview shows it.
fn shown(line: Planned) -> ImportedRow {
    ImportedRow {
        line: line.row.line,
        email: line.row.email,
        name: line.row.name.display(),
        outcome: line.outcome,
        previous_email: line.previous_email,
        invited: false,
    }
}
