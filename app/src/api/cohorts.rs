//! Cohorts from the pages: the readiness overview.

use leptos::prelude::*;

use leptos::server_fn::codec::Json;

use crate::dto::{CohortInput, CohortReadiness, CohortReport, CohortView, ImportOutcome, PersonView};
use crate::error::AppError;

/// Every student of a cohort against every unit.
#[server]
pub async fn readiness_of_cohort(cohort_id: i64) -> Result<CohortReadiness, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::readiness;
    respond(async { readiness::for_cohort(&state()?, &signed_in().await?, cohort_id).await }.await)
}

/// Previews (`dry_run`) or imports a student list into a cohort: `file` is the CSV file's bytes,
/// base64-encoded, in any encoding [`domain::text::decode`] reads.
#[server(input = Json)]
pub async fn enrol_students(cohort_id: i64, file: String, dry_run: bool) -> Result<ImportOutcome, AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::enrolment;
    use base64::prelude::{Engine, BASE64_STANDARD};
    respond(
        async {
            let bytes = BASE64_STANDARD.decode(file.as_bytes()).map_err(|_| {
                AppError::Invalid("Het bestand kwam onleesbaar aan; kies het opnieuw.".into())
            })?;
            let list = domain::enrolment_csv::parse_student_list(&bytes);
            enrolment::import(&state()?, &signed_in().await?, cohort_id, list, dry_run, now()).await
        }
        .await,
    )
}

/// Creates a cohort and answers its id.
#[server(input = Json)]
pub async fn create_cohort(input: CohortInput) -> Result<i64, AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::cohorts;
    respond(async { cohorts::create(&state()?, &signed_in().await?, &input, now()).await }.await)
}

/// Archives a cohort.
#[server]
pub async fn archive_cohort(cohort_id: i64) -> Result<(), AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::cohorts;
    respond(async { cohorts::archive(&state()?, &signed_in().await?, cohort_id, now()).await }.await)
}

/// Assigns an assessor to a cohort, or removes them.
#[server]
pub async fn set_cohort_assessor(cohort_id: i64, assessor_id: i64, assigned: bool) -> Result<(), AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::cohorts;
    respond(
        async {
            cohorts::set_assessor(&state()?, &signed_in().await?, cohort_id, assessor_id, assigned, now())
                .await
        }
        .await,
    )
}

/// Every assessor, to choose from.
#[server]
pub async fn list_assessors() -> Result<Vec<PersonView>, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::cohorts;
    respond(async { cohorts::assessors(&state()?.db, &signed_in().await?).await }.await)
}

/// One cohort with its students and assessors; an archived one stays readable.
#[server]
pub async fn cohort_details(cohort_id: i64) -> Result<CohortView, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::cohorts;
    respond(async { cohorts::details(&state()?.db, &signed_in().await?, cohort_id).await }.await)
}

/// The certificate readiness report of a cohort.
#[server]
pub async fn report_of_cohort(cohort_id: i64) -> Result<CohortReport, AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::report;
    respond(async { report::for_cohort(&state()?, &signed_in().await?, cohort_id, now()).await }.await)
}
