//! Cohorts from the pages: the readiness overview.

use domain::{AccountId, CohortId};
use leptos::prelude::*;

use leptos::server_fn::codec::Json;

use super::TextJson;
use crate::dto::{
    CohortInput, CohortReadiness, CohortReport, CohortVersionMove, CohortView, ImportOutcome, PersonView,
};
use crate::error::AppError;

/// Every student of a cohort against every unit.
#[server(output = TextJson)]
pub async fn readiness_of_cohort(cohort_id: CohortId) -> Result<CohortReadiness, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::readiness;
    as_signed_in(async |state, account, _| readiness::for_cohort(state, account, cohort_id).await).await
}

/// Previews (`dry_run`) or imports a student list into a cohort: `file` is the CSV file's bytes,
/// base64-encoded, in any encoding [`domain::text::decode`] reads.
#[server(input = Json, output = TextJson)]
pub async fn enrol_students(
    cohort_id: CohortId,
    file: String,
    dry_run: bool,
) -> Result<ImportOutcome, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::enrolment;
    use crate::t;
    use base64::prelude::{Engine, BASE64_STANDARD};
    as_signed_in(async |state, account, now| {
        let bytes = BASE64_STANDARD
            .decode(file.as_bytes())
            .map_err(|_| AppError::Invalid(t!("server-file-unreadable")))?;
        let list = domain::enrolment_csv::parse_student_list(&bytes);
        enrolment::import(state, account, cohort_id, list, dry_run, now).await
    })
    .await
}

/// Previews (`dry_run`) or imports the student list a plain form sent (see
/// `services::enrolment::keep`); a plain form's import goes on to the cohort's page, which says
/// how many lines were imported.
#[server(output = TextJson)]
pub async fn enrol_kept_list(
    cohort_id: CohortId,
    kept: i64,
    dry_run: bool,
) -> Result<ImportOutcome, AppError> {
    use crate::server::context::{after_form_post, as_signed_in};
    use crate::server::services::enrolment;
    let outcome = as_signed_in(async |state, account, now| {
        enrolment::import_kept(state, account, cohort_id, kept, dry_run, now).await
    })
    .await?;
    if outcome.applied {
        after_form_post(&crate::urls::cohort_imported(cohort_id, outcome.rows.len()));
    }
    Ok(outcome)
}

/// Creates a cohort, answers its id and sends the browser to the cohort's page. Form-encoded
/// (`input[name]=…`), so the page's plain HTML form sends it without JavaScript too.
#[server(output = TextJson)]
pub async fn create_cohort(input: CohortInput) -> Result<CohortId, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    let id =
        as_signed_in(async |state, account, now| cohorts::create(state, account, &input, now).await).await?;
    leptos_axum::redirect(&crate::urls::cohort(id));
    Ok(id)
}

/// Archives a cohort; a plain form goes on to the home page.
#[server(output = TextJson)]
pub async fn archive_cohort(cohort_id: CohortId) -> Result<(), AppError> {
    use crate::server::context::{after_form_post, as_signed_in};
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, now| cohorts::archive(state, account, cohort_id, now).await).await?;
    after_form_post(crate::urls::home());
    Ok(())
}

/// Assigns an assessor to a cohort, or removes them.
#[server(output = TextJson)]
pub async fn set_cohort_assessor(
    cohort_id: CohortId,
    assessor_id: AccountId,
    assigned: bool,
) -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, now| {
        cohorts::set_assessor(state, account, cohort_id, assessor_id, assigned, now).await
    })
    .await
}

/// Every assessor, to choose from.
#[server(output = TextJson)]
pub async fn list_assessors() -> Result<Vec<PersonView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, _| cohorts::assessors(&state.db, account).await).await
}

/// One cohort with its students and assessors; an archived one stays readable.
#[server(output = TextJson)]
pub async fn cohort_details(cohort_id: CohortId) -> Result<CohortView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::cohorts;
    as_signed_in(async |state, account, _| cohorts::details(&state.db, account, cohort_id).await).await
}

/// The certificate readiness report of a cohort.
#[server(output = TextJson)]
pub async fn report_of_cohort(cohort_id: CohortId) -> Result<CohortReport, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::report;
    as_signed_in(async |state, account, now| report::for_cohort(state, account, cohort_id, now).await).await
}

/// Moves a cohort to a newer version of its framework, or with `dry_run` previews the move; a
/// plain form's move goes on to the cohort's page.
#[server(output = TextJson)]
pub async fn move_cohort_version(
    cohort_id: CohortId,
    version: u32,
    dry_run: bool,
) -> Result<CohortVersionMove, AppError> {
    use crate::server::context::{after_form_post, as_signed_in};
    use crate::server::services::versions;
    let moved = as_signed_in(async |state, account, now| {
        versions::move_cohort(state, account, cohort_id, version, dry_run, now).await
    })
    .await?;
    if !dry_run {
        after_form_post(&crate::urls::cohort(cohort_id));
    }
    Ok(moved)
}

/// Every student of a cohort against each framework a crosswalk leads to from its programme.
#[server(output = TextJson)]
pub async fn cohort_coverages(cohort_id: CohortId) -> Result<Vec<crate::dto::CohortCoverage>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::crosswalks;
    as_signed_in(async |state, account, _| crosswalks::all_of_cohort(state, account, cohort_id).await).await
}
