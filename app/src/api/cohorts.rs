//! Cohorts from the pages: the readiness overview.

use leptos::prelude::*;

use crate::dto::CohortReadiness;
use crate::error::AppError;

/// Every student of a cohort against every unit.
#[server]
pub async fn readiness_of_cohort(cohort_id: i64) -> Result<CohortReadiness, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::readiness;
    respond(async { readiness::for_cohort(&state()?, &signed_in().await?, cohort_id).await }.await)
}
