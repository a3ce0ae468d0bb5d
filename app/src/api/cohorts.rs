//! Cohorts from the pages: the readiness overview.

use leptos::prelude::*;

use leptos::server_fn::codec::Json;

use crate::dto::{CohortReadiness, ImportOutcome};
use crate::error::AppError;

/// Every student of a cohort against every unit.
#[server]
pub async fn readiness_of_cohort(cohort_id: i64) -> Result<CohortReadiness, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::readiness;
    respond(async { readiness::for_cohort(&state()?, &signed_in().await?, cohort_id).await }.await)
}

/// Previews (`dry_run`) or imports a student list (CSV text) into a cohort.
#[server(input = Json)]
pub async fn enrol_students(cohort_id: i64, csv: String, dry_run: bool) -> Result<ImportOutcome, AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::enrolment;
    respond(
        async {
            let list = domain::enrolment_csv::parse_student_list(&csv);
            enrolment::import(&state()?, &signed_in().await?, cohort_id, list, dry_run, now()).await
        }
        .await,
    )
}
