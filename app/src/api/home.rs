//! What each role's home page shows. Each function serves one role; the service refuses others.

use leptos::prelude::*;

use super::TextJson;
use crate::dto::{CohortView, RoleCount};
use crate::error::AppError;

/// A student's own cohorts.
#[server(output = TextJson)]
pub async fn student_cohorts() -> Result<Vec<CohortView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, _| cohorts::for_student(&state.db, account).await).await
}

/// The cohorts assigned to the signed-in assessor.
#[server(output = TextJson)]
pub async fn assessor_cohorts() -> Result<Vec<CohortView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, _| cohorts::for_assessor(&state.db, account).await).await
}

/// Every current cohort, for coordinators and administrators.
#[server(output = TextJson)]
pub async fn all_cohorts() -> Result<Vec<CohortView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, _| cohorts::all(&state.db, account).await).await
}

/// The number of accounts per role, for administrators.
#[server(output = TextJson)]
pub async fn account_counts() -> Result<Vec<RoleCount>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, _| cohorts::account_counts(&state.db, account).await).await
}
