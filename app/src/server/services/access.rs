//! Who may see whose portfolio: the one place that answers it.

use domain::Role;
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::cohorts;

/// A student sees their own portfolio; an assessor those of the students in the cohorts assigned
/// to them; coordinators and administrators every one.
pub async fn ensure_can_view_student(
    conn: &mut AnyConnection,
    account: &Account,
    student_id: i64,
) -> Result<(), AppError> {
    let allowed = match account.role {
        Role::Student => account.id == student_id,
        Role::Assessor => cohorts::assessor_has_student(conn, account.id, student_id).await?,
        Role::Coordinator | Role::Admin => true,
    };
    if allowed {
        Ok(())
    } else {
        tracing::warn!(account_id = account.id, student_id, "refused: not this student's portfolio");
        Err(AppError::Forbidden)
    }
}
