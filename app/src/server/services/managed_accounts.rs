//! What administrators do to staff and coordinators do to students alike: find the account they
//! manage, show it, deactivate and reactivate it. A deactivated account cannot sign in, its
//! sessions end and its open links close; its records (evidence, decisions, awards) stay.

use domain::management::{check_change, managed_with, AccountChange, Target};
use domain::policy::Action;
use domain::{AccountId, Timestamp};
use serde_json::json;
use sqlx::AnyConnection;

use super::authorise;
use crate::dto::ManagedAccountView;
use crate::error::AppError;
use crate::server::storage::accounts::{self, Account, ManagedAccount};
use crate::server::storage::audit::{self, Change};
use crate::server::storage::{self, account_tokens, sessions};
use crate::server::AppState;
use crate::t;

/// The account `id`, if `action` is what manages it (see [`managed_with`]); else not found.
pub(super) async fn find(
    conn: &mut AnyConnection,
    action: Action,
    id: AccountId,
) -> Result<ManagedAccount, AppError> {
    let found = accounts::find_managed(conn, id).await?;
    found.filter(|managed| managed_with(managed.account.role) == action).ok_or_else(|| not_found(action))
}

fn not_found(action: Action) -> AppError {
    let what = if action == Action::ManageStudents {
        t!("services-not-found-this-student")
    } else {
        t!("services-not-found-this-staff-member")
    };
    AppError::NotFound(what)
}

/// The state of the account as the rules of [`domain::management`] read it.
pub(super) fn target(managed: &ManagedAccount) -> Target {
    Target {
        id: managed.account.id,
        active: managed.deactivated_at.is_none(),
        has_password: managed.has_password,
    }
}

/// The account as its managers see it.
pub fn view(managed: ManagedAccount) -> ManagedAccountView {
    ManagedAccountView {
        id: managed.account.id,
        name: managed.account.name,
        email: managed.account.email,
        role: managed.account.role,
        student_number: managed.student_number,
        active: managed.deactivated_at.is_none(),
        has_password: managed.has_password,
    }
}

/// Deactivates (`active` false) or reactivates the account `id`, which `action` manages.
pub(super) async fn set_active(
    state: &AppState,
    actor: &Account,
    action: Action,
    id: AccountId,
    active: bool,
    now: Timestamp,
) -> Result<ManagedAccountView, AppError> {
    authorise(actor, action)?;
    let mut tx = storage::begin(&state.db).await?;
    let mut managed = find(&mut tx, action, id).await?;
    let change = if active { AccountChange::Reactivate } else { AccountChange::Deactivate };
    check_change(actor.id, target(&managed), change)?;
    let (name, detail) = if active {
        accounts::set_deactivated(&mut tx, id, None).await?;
        managed.deactivated_at = None;
        ("reactivated", json!({}))
    } else {
        accounts::set_deactivated(&mut tx, id, Some(now)).await?;
        let ended = sessions::delete_all_of(&mut tx, id, None).await?;
        account_tokens::close_all_of(&mut tx, id, now).await?;
        managed.deactivated_at = Some(now);
        ("deactivated", json!({ "sessions_ended": ended }))
    };
    audit::record(&mut tx, &Change { actor: Some(actor.id), account: id, action: name, detail }, now).await?;
    tx.commit().await?;
    tracing::info!(account_id = id.get(), actor_id = actor.id.get(), action = name, "account status changed");
    Ok(view(managed))
}
