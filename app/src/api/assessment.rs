//! The assessor's work from the pages: the queue, a student's programme and evidence, decisions
//! and awards.

use domain::StudentId;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use super::TextJson;
use crate::dto::{DecisionInput, EvidenceView, ProgrammeView, QueueEntry, RecordedDecision};
use crate::error::AppError;

/// The skills waiting for assessment in the signed-in assessor's cohorts (all, for coordinators).
#[server(output = TextJson)]
pub async fn assessment_queue() -> Result<Vec<QueueEntry>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::assessment;
    as_signed_in(async |state, account, _| assessment::queue(state, account, &Default::default()).await).await
}

/// Every programme of a student, with progress, for those who may see the student.
#[server(output = TextJson)]
pub async fn student_programmes(student_id: StudentId) -> Result<Vec<ProgrammeView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::progress;
    as_signed_in(async |state, account, _| progress::all_for_student(state, account, student_id).await).await
}

/// One programme of a student.
#[server(output = TextJson)]
pub async fn student_programme(student_id: StudentId, framework: String) -> Result<ProgrammeView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::progress;
    as_signed_in(async |state, account, _| {
        progress::for_student(state, account, student_id, &domain::FrameworkCode::new(framework)).await
    })
    .await
}

/// Every version of a student's evidence.
#[server(output = TextJson)]
pub async fn student_evidence(student_id: StudentId) -> Result<Vec<EvidenceView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::evidence;
    as_signed_in(async |state, account, _| evidence::list_for_student(state, account, student_id).await).await
}

/// Records a decision on one or more skills. Form-encoded (`input[skill_ids][0]=…`), so the
/// review page's plain HTML form sends it without JavaScript too.
#[server(output = TextJson)]
pub async fn record_decision(input: DecisionInput) -> Result<Vec<RecordedDecision>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::assessment;
    as_signed_in(async |state, account, now| assessment::decide(state, account, &input, now).await).await
}

/// The assessment grid of one unit (its code) for a cohort.
#[server(output = TextJson)]
pub async fn assessment_grid(
    cohort_id: domain::CohortId,
    unit: String,
) -> Result<crate::dto::AssessmentGrid, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::grid;
    as_signed_in(async |state, account, _| {
        grid::grid(state, account, cohort_id, &domain::UnitCode::new(unit)).await
    })
    .await
}

/// Records the cells marked on the grid, all or none; answers how many decisions were recorded.
#[server(input = Json, output = TextJson)]
pub async fn record_grid(input: crate::dto::GridDecisionInput) -> Result<usize, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::grid;
    as_signed_in(async |state, account, now| grid::decide(state, account, &input, now).await).await
}

/// Undoes a decision the signed-in assessor recorded by mistake, within minutes.
#[server(output = TextJson)]
pub async fn undo_decision(decision_id: domain::DecisionId) -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::assessment;
    as_signed_in(async |state, account, now| assessment::undo(state, account, decision_id, now).await).await
}

/// Awards a unit's deelcertificaat.
#[server(output = TextJson)]
pub async fn award_unit(student_id: StudentId, framework: String, unit_code: String) -> Result<(), AppError> {
    use crate::dto::AwardInput;
    use crate::server::context::as_signed_in;
    use crate::server::services::assessment;
    as_signed_in(async |state, account, now| {
        let input = AwardInput { unit_code, framework: Some(framework) };
        assessment::award(state, account, student_id, &input, now).await
    })
    .await
}

/// A student's coverage of every framework a crosswalk leads to from their programmes (EVC).
#[server(output = TextJson)]
pub async fn student_coverage(student_id: StudentId) -> Result<Vec<crate::dto::StudentCoverage>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::crosswalks;
    as_signed_in(async |state, account, _| crosswalks::all_of_student(state, account, student_id).await).await
}

/// An assessor confirms a related correspondence for a student; answers the decisions recorded.
#[server(output = TextJson)]
pub async fn confirm_coverage(
    student_id: StudentId,
    input: crate::dto::ConfirmationInput,
) -> Result<Vec<domain::DecisionId>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::crosswalks;
    as_signed_in(async |state, account, now| {
        crosswalks::confirm(state, account, student_id, &input.framework, &input.link, now).await
    })
    .await
}

/// Withdraws a student's award of a unit, with the reason (coordinators, administrators); its
/// Open Badges are revoked.
#[server(output = TextJson)]
pub async fn withdraw_award(
    student_id: StudentId,
    framework: domain::FrameworkCode,
    unit_code: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::dto::WithdrawalInput;
    use crate::server::context::as_signed_in;
    use crate::server::services::badges;
    let input = WithdrawalInput { framework, unit_code, reason };
    as_signed_in(async |state, account, now| badges::withdraw(state, account, student_id, &input, now).await)
        .await
}
