//! Coordinators (and administrators) look after students' accounts: they edit a student's name,
//! e-mail address and student number, deactivate and reactivate the account, and send the
//! invitation again while the student has not chosen a password yet.

use domain::management::{check_change, AccountChange};
use domain::person_name::PersonName;
use domain::policy::Action;
use domain::{AccountId, Email, Timestamp};
use serde_json::{json, Map, Value};

use super::managed_accounts::{self, find, target, view};
use super::{authorise, credentials};
use crate::dto::{ManagedAccountView, StudentDetailsInput};
use crate::error::AppError;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::audit::{self, Change};
use crate::server::storage::{self, account_tokens};
use crate::server::AppState;
use crate::t;

/// A student's account as a coordinator sees it.
pub async fn show(state: &AppState, actor: &Account, id: AccountId) -> Result<ManagedAccountView, AppError> {
    authorise(actor, Action::ManageStudents)?;
    let mut conn = state.db.acquire().await?;
    Ok(view(find(&mut conn, Action::ManageStudents, id).await?))
}

/// Changes a student's name, e-mail address and number (empty: none); the audit log keeps the old
/// and new value of each that changed. Errors: an invalid name or address, or a conflict when
/// another account has the address or the number.
pub async fn edit(
    state: &AppState,
    actor: &Account,
    id: AccountId,
    input: &StudentDetailsInput,
    now: Timestamp,
) -> Result<ManagedAccountView, AppError> {
    authorise(actor, Action::ManageStudents)?;
    let name = PersonName::from_full_name(&input.name)?;
    let email = Email::parse(&input.email)?;
    let number = Some(input.student_number.trim()).filter(|number| !number.is_empty());
    let mut tx = storage::begin(&state.db).await?;
    let mut managed = find(&mut tx, Action::ManageStudents, id).await?;
    check_change(actor.id, target(&managed), AccountChange::EditDetails)?;
    let mut changed = Map::new();
    if managed.account.name != name.display() {
        accounts::set_name(&mut tx, id, &name).await?;
        changed.insert("name".into(), old_new(&managed.account.name, &name.display()));
        managed.account.name = name.display();
    }
    if managed.account.email != email.as_str() {
        if !accounts::set_email(&mut tx, id, email.as_str()).await? {
            return Err(AppError::Conflict(t!("services-email-taken", email = email.as_str())));
        }
        changed.insert("email".into(), old_new(&managed.account.email, email.as_str()));
        managed.account.email = email.to_string();
    }
    if managed.student_number.as_deref() != number {
        if let Some(number) = number {
            number_is_free(&mut tx, id, number).await?;
        }
        accounts::set_student_number(&mut tx, id, number).await?;
        changed.insert("student_number".into(), json!({ "old": managed.student_number, "new": number }));
        managed.student_number = number.map(str::to_owned);
    }
    if !changed.is_empty() {
        let change = Change {
            actor: Some(actor.id),
            account: id,
            action: "details_changed",
            detail: Value::Object(changed),
        };
        audit::record(&mut tx, &change, now).await?;
    }
    tx.commit().await?;
    Ok(view(managed))
}

fn old_new(old: &str, new: &str) -> Value {
    json!({ "old": old, "new": new })
}

/// Refuses a student number that another account has.
async fn number_is_free(tx: &mut sqlx::AnyConnection, id: AccountId, number: &str) -> Result<(), AppError> {
    match accounts::find_by_student_number(tx, number).await? {
        Some(owner) if owner.id != id => Err(AppError::Conflict(t!(
            "services-student-number-taken",
            number = number,
            email = owner.email.as_str()
        ))),
        _ => Ok(()),
    }
}

/// Sends a new invitation (valid 7 days) to a student who has not chosen a password yet; the
/// links sent before close. Refused (409) once the student has a password.
pub async fn reinvite(
    state: &AppState,
    actor: &Account,
    id: AccountId,
    now: Timestamp,
) -> Result<ManagedAccountView, AppError> {
    authorise(actor, Action::ManageStudents)?;
    let mut tx = storage::begin(&state.db).await?;
    let managed = find(&mut tx, Action::ManageStudents, id).await?;
    check_change(actor.id, target(&managed), AccountChange::Reinvite)?;
    account_tokens::close_all_of(&mut tx, id, now).await?;
    credentials::invite(&mut tx, state, &managed.account, actor.id, now).await?;
    tx.commit().await?;
    tracing::info!(account_id = id.get(), actor_id = actor.id.get(), "invitation sent again");
    Ok(view(managed))
}

/// Deactivates a student (`active` false: no more signing in, sessions end; their portfolio stays) or lets them
/// sign in again.
pub async fn set_active(
    state: &AppState,
    actor: &Account,
    id: AccountId,
    active: bool,
    now: Timestamp,
) -> Result<ManagedAccountView, AppError> {
    managed_accounts::set_active(state, actor, Action::ManageStudents, id, active, now).await
}
