//! Staff and the audit log from the pages, for administrators (see `server::services::staff`
//! and `server::services::audit_log`).

use domain::management::StaffRole;
use domain::AccountId;
use leptos::prelude::*;

use super::TextJson;
use crate::dto::{AuditEntry, ManagedAccountView};
use crate::error::AppError;

/// Every assessor, coordinator and administrator, by name.
#[server(output = TextJson)]
pub async fn list_staff() -> Result<Vec<ManagedAccountView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::staff;
    as_signed_in(async |state, account, _| staff::list(state, account).await).await
}

/// Creates a staff member, who gets an invitation by e-mail.
#[server(output = TextJson)]
pub async fn create_staff(
    name: String,
    email: String,
    role: StaffRole,
) -> Result<ManagedAccountView, AppError> {
    use crate::dto::StaffInput;
    use crate::server::context::as_signed_in;
    use crate::server::services::staff;
    let input = StaffInput { name, email, role };
    as_signed_in(async |state, account, now| staff::create(state, account, &input, now).await).await
}

/// Gives a staff member another role.
#[server(output = TextJson)]
pub async fn change_staff_role(id: AccountId, role: StaffRole) -> Result<ManagedAccountView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::staff;
    as_signed_in(async |state, account, now| staff::change_role(state, account, id, role, now).await).await
}

/// Deactivates (`active` false) or reactivates a staff member.
#[server(output = TextJson)]
pub async fn set_staff_active(id: AccountId, active: bool) -> Result<ManagedAccountView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::staff;
    as_signed_in(async |state, account, now| staff::set_active(state, account, id, active, now).await).await
}

/// The newest changes to accounts, older than the entry `before` when given.
#[server(output = TextJson)]
pub async fn audit_log(before: Option<i64>) -> Result<Vec<AuditEntry>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::audit_log;
    as_signed_in(async |state, account, _| audit_log::page(state, account, before, None).await).await
}
