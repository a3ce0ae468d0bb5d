//! The assessor's work from the pages: the queue, a student's programme and evidence, decisions
//! and awards.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::dto::{DecisionInput, EvidenceView, ProgrammeView, QueueEntry, RecordedDecision};
use crate::error::AppError;

/// The skills waiting for assessment in the signed-in assessor's cohorts (all, for coordinators).
#[server]
pub async fn assessment_queue() -> Result<Vec<QueueEntry>, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::assessment;
    respond(async { assessment::queue(&state()?, &signed_in().await?, &Default::default()).await }.await)
}

/// Every programme of a student, with progress, for those who may see the student.
#[server]
pub async fn student_programmes(student_id: i64) -> Result<Vec<ProgrammeView>, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::progress;
    respond(
        async {
            let (state, account) = (state()?, signed_in().await?);
            let mut programmes = Vec::new();
            for code in progress::programmes_of(&state, &account, student_id).await? {
                programmes.push(progress::for_student(&state, &account, student_id, &code).await?);
            }
            Ok(programmes)
        }
        .await,
    )
}

/// One programme of a student.
#[server]
pub async fn student_programme(student_id: i64, framework: String) -> Result<ProgrammeView, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::progress;
    respond(
        async {
            let framework = domain::FrameworkCode::new(framework);
            progress::for_student(&state()?, &signed_in().await?, student_id, &framework).await
        }
        .await,
    )
}

/// Every version of a student's evidence.
#[server]
pub async fn student_evidence(student_id: i64) -> Result<Vec<EvidenceView>, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::evidence;
    respond(async { evidence::list_for_student(&state()?, &signed_in().await?, student_id).await }.await)
}

/// Records a decision on one or more skills.
#[server(input = Json)]
pub async fn record_decision(input: DecisionInput) -> Result<Vec<RecordedDecision>, AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::assessment;
    respond(async { assessment::decide(&state()?, &signed_in().await?, &input, now()).await }.await)
}

/// Awards a unit's deelcertificaat.
#[server(input = Json)]
pub async fn award_unit(student_id: i64, framework: String, unit_code: String) -> Result<(), AppError> {
    use crate::dto::AwardInput;
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::assessment;
    respond(
        async {
            assessment::award(
                &state()?,
                &signed_in().await?,
                student_id,
                &AwardInput { unit_code, framework: Some(framework) },
                now(),
            )
            .await
        }
        .await,
    )
}
