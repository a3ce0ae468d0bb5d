//! Enrolling a list of students in a cohort: first a preview that says, per line, what would
//! happen (or what is wrong), then the import itself, which changes nothing for students already
//! enrolled, so importing the same file twice is harmless.

use chrono::{DateTime, Utc};
use domain::enrolment_csv::{RowError, StudentList};
use domain::Role;

use super::{accounts, require_role};
use crate::dto::{ImportOutcome, ImportedRow, RowOutcome};
use crate::error::AppError;
use crate::server::storage::accounts::{self as account_rows, Account};
use crate::server::storage::{self, cohorts, timestamp};
use crate::server::AppState;

/// Previews (`dry_run`) or imports a student list. An import with any error imports nothing.
pub async fn import(
    state: &AppState,
    account: &Account,
    cohort_id: i64,
    list: StudentList,
    dry_run: bool,
    now: DateTime<Utc>,
) -> Result<ImportOutcome, AppError> {
    require_role(account, &[Role::Coordinator, Role::Admin])?;
    let mut tx = storage::begin(&state.db).await?;
    match cohorts::archived(&mut tx, cohort_id).await? {
        None => return Err(AppError::NotFound("Deze groep".into())),
        Some(true) => return Err(AppError::Conflict("Deze groep is gearchiveerd.".into())),
        Some(false) => {}
    }
    let mut errors = list.errors;
    let mut planned = Vec::with_capacity(list.rows.len());
    for row in list.rows {
        let existing = account_rows::find_by_email(&mut tx, &row.email).await?;
        let outcome = match &existing {
            None => RowOutcome::NewAccount,
            Some(found) if found.role != Role::Student => {
                errors.push(RowError {
                    line: row.line,
                    message: format!(
                        "{} is al een account van een {}.",
                        row.email,
                        found.role.label_nl().to_lowercase()
                    ),
                });
                continue;
            }
            Some(found) if cohorts::is_enrolled(&mut tx, cohort_id, found.id).await? => {
                RowOutcome::AlreadyEnrolled
            }
            Some(_) => RowOutcome::Enrolled,
        };
        planned.push((row, existing, outcome));
    }
    errors.sort_by_key(|error| error.line);
    if dry_run || !errors.is_empty() {
        let rows = planned
            .into_iter()
            .map(|(row, _, outcome)| ImportedRow {
                line: row.line,
                email: row.email.clone(),
                name: row.name(),
                outcome,
                initial_password: None,
            })
            .collect();
        if !dry_run {
            return Err(AppError::Invalid(format!(
                "De lijst heeft {} fout(en); er werd niemand ingeschreven. Bekijk eerst het voorbeeld.",
                errors.len()
            )));
        }
        return Ok(ImportOutcome { applied: false, rows, errors });
    }
    let at = timestamp(now);
    let mut rows = Vec::with_capacity(planned.len());
    for (row, existing, outcome) in planned {
        let (student, initial_password) = match existing {
            Some(student) => (student, None),
            None => {
                let created =
                    accounts::create(&mut tx, &row.email, &row.name(), Role::Student, None, now).await?;
                (created.account, created.generated_password)
            }
        };
        if !row.student_number.is_empty() {
            account_rows::set_student_number(&mut tx, student.id, &row.student_number).await?;
        }
        if outcome != RowOutcome::AlreadyEnrolled {
            cohorts::enrol(&mut tx, cohort_id, student.id, &at).await?;
        }
        rows.push(ImportedRow {
            line: row.line,
            email: row.email.clone(),
            name: row.name(),
            outcome,
            initial_password,
        });
    }
    tx.commit().await?;
    Ok(ImportOutcome { applied: true, rows, errors })
}
