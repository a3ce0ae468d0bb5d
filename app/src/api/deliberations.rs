//! The delibererende klassenraad from the pages (see `server::services::deliberations`).

use domain::CohortId;
use leptos::prelude::*;

use super::TextJson;
use crate::dto::{DeliberationList, OutcomeInput};
use crate::error::AppError;

/// The cohort's deliberation list and earlier meetings.
#[server(output = TextJson)]
pub async fn deliberation_of_cohort(cohort_id: CohortId) -> Result<DeliberationList, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::deliberations;
    as_signed_in(async |state, account, now| deliberations::list(state, account, cohort_id, now).await).await
}

/// Records a meeting of the cohort's council: its day, members (one per line) and outcomes.
#[server(output = TextJson)]
pub async fn record_deliberation(
    cohort_id: CohortId,
    held_on: String,
    members: String,
    #[server(default)] outcomes: Vec<OutcomeInput>,
) -> Result<domain::DeliberationId, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::deliberations;
    let input = crate::dto::DeliberationInput { held_on, members, outcomes };
    as_signed_in(async |state, account, now| {
        deliberations::record(state, account, cohort_id, &input, now).await
    })
    .await
}
