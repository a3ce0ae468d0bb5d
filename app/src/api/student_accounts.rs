//! A student's account from the student's page, for coordinators (see
//! `server::services::student_accounts`).

use domain::{AccountId, StudentId};
use leptos::prelude::*;

use super::TextJson;
use crate::dto::ManagedAccountView;
use crate::error::AppError;

/// The student's account: details and where it stands.
#[server(output = TextJson)]
pub async fn student_account(id: AccountId) -> Result<ManagedAccountView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::student_accounts;
    as_signed_in(async |state, account, _| student_accounts::show(state, account, id).await).await
}

/// Changes the student's name, e-mail address and number.
#[server(output = TextJson)]
pub async fn edit_student(
    id: AccountId,
    name: String,
    email: String,
    student_number: String,
) -> Result<ManagedAccountView, AppError> {
    use crate::dto::StudentDetailsInput;
    use crate::server::context::as_signed_in;
    use crate::server::services::student_accounts;
    let input = StudentDetailsInput { name, email, student_number };
    as_signed_in(async |state, account, now| student_accounts::edit(state, account, id, &input, now).await)
        .await
}

/// Deactivates (`active` false) or reactivates the student.
#[server(output = TextJson)]
pub async fn set_student_active(id: AccountId, active: bool) -> Result<ManagedAccountView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::student_accounts;
    as_signed_in(async |state, account, now| {
        student_accounts::set_active(state, account, id, active, now).await
    })
    .await
}

/// Sends the student a new invitation.
#[server(output = TextJson)]
pub async fn reinvite_student(id: AccountId) -> Result<ManagedAccountView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::student_accounts;
    as_signed_in(async |state, account, now| student_accounts::reinvite(state, account, id, now).await).await
}

/// Erases a former student's personal data (GDPR) and answers the pseudonym their records keep.
#[server(output = TextJson)]
pub async fn erase_student(id: StudentId) -> Result<String, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::privacy;
    as_signed_in(async |state, account, now| privacy::erase(state, account, id, now).await).await
}
