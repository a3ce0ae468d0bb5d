//! Administrators look after staff: they list assessors, coordinators and administrators, create
//! one (who gets an invitation by e-mail to choose a password; nobody ever sees one), change a
//! role, and deactivate or reactivate an account. Nobody does the last two to their own account.

use domain::management::{check_change, AccountChange, StaffRole};
use domain::person_name::PersonName;
use domain::policy::Action;
use domain::{AccountId, Email, Timestamp};
use serde_json::json;

use super::managed_accounts::{self, find, target, view};
use super::{authorise, credentials};
use crate::dto::{ManagedAccountView, StaffInput};
use crate::error::AppError;
use crate::server::storage;
use crate::server::storage::accounts::{self, Account, ManagedAccount, NO_PASSWORD};
use crate::server::storage::audit::{self, Change};
use crate::server::AppState;
use crate::t;

/// Every staff account, deactivated ones too, by name.
pub async fn list(state: &AppState, actor: &Account) -> Result<Vec<ManagedAccountView>, AppError> {
    authorise(actor, Action::ManageStaff)?;
    let mut conn = state.db.acquire().await?;
    Ok(accounts::staff(&mut conn).await?.into_iter().map(view).collect())
}

/// Creates a staff account without a password and invites it by e-mail (the mail leaves after
/// the commit). Errors: an invalid name or address, or a conflict when the address is taken.
pub async fn create(
    state: &AppState,
    actor: &Account,
    input: &StaffInput,
    now: Timestamp,
) -> Result<ManagedAccountView, AppError> {
    authorise(actor, Action::ManageStaff)?;
    let name = PersonName::from_full_name(&input.name)?;
    let email = Email::parse(&input.email)?;
    let role = input.role.role();
    let mut tx = storage::begin(&state.db).await?;
    let id = match accounts::insert(&mut tx, email.as_str(), &name, role, NO_PASSWORD, now).await? {
        accounts::Created::Account(id) => id,
        accounts::Created::EmailTaken => {
            return Err(AppError::Conflict(t!("services-email-taken", email = email.as_str())))
        }
    };
    let account = Account { id, email: email.to_string(), name: name.display(), role };
    let detail = json!({ "name": account.name, "email": account.email, "role": role });
    audit::record(
        &mut tx,
        &Change { actor: Some(actor.id), account: id, action: "staff_created", detail },
        now,
    )
    .await?;
    credentials::invite(&mut tx, state, &account, actor.id, now).await?;
    tx.commit().await?;
    tracing::info!(account_id = id.get(), actor_id = actor.id.get(), %role, "staff member created and invited");
    Ok(view(ManagedAccount { account, student_number: None, deactivated_at: None, has_password: false }))
}

/// Gives a staff member another staff role; an administrator cannot change their own.
pub async fn change_role(
    state: &AppState,
    actor: &Account,
    id: AccountId,
    role: StaffRole,
    now: Timestamp,
) -> Result<ManagedAccountView, AppError> {
    authorise(actor, Action::ManageStaff)?;
    let mut tx = storage::begin(&state.db).await?;
    let mut managed = find(&mut tx, Action::ManageStaff, id).await?;
    check_change(actor.id, target(&managed), AccountChange::ChangeRole(role))?;
    let old = managed.account.role;
    if old != role.role() {
        accounts::set_role(&mut tx, id, role.role()).await?;
        let detail = json!({ "role": { "old": old, "new": role.role() } });
        audit::record(
            &mut tx,
            &Change { actor: Some(actor.id), account: id, action: "role_changed", detail },
            now,
        )
        .await?;
        managed.account.role = role.role();
    }
    tx.commit().await?;
    Ok(view(managed))
}

/// Deactivates a staff member (`active` false: no more signing in, sessions end; their records stay) or lets them
/// sign in again.
pub async fn set_active(
    state: &AppState,
    actor: &Account,
    id: AccountId,
    active: bool,
    now: Timestamp,
) -> Result<ManagedAccountView, AppError> {
    managed_accounts::set_active(state, actor, Action::ManageStaff, id, active, now).await
}
