//! The student's portfolio: programmes and progress, evidence items, links and submissions.
//! Files are uploaded through `POST /api/v1/evidence`, which streams them; everything else the
//! pages do goes through these functions.

use domain::SkillId;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::dto::{EvidenceEdit, EvidenceView, ProgrammeView};
use crate::error::AppError;

/// The signed-in student's programmes with their progress.
#[server]
pub async fn my_programmes() -> Result<Vec<ProgrammeView>, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::progress;
    respond(
        async {
            let (state, account) = (state()?, signed_in().await?);
            let mut programmes = Vec::new();
            for code in progress::programmes_of(&state, &account, account.id).await? {
                programmes.push(progress::for_student(&state, &account, account.id, &code).await?);
            }
            Ok(programmes)
        }
        .await,
    )
}

/// One of the signed-in student's programmes.
#[server]
pub async fn my_programme(framework: String) -> Result<ProgrammeView, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::progress;
    respond(
        async {
            let (state, account) = (state()?, signed_in().await?);
            progress::for_student(&state, &account, account.id, &domain::FrameworkCode::new(framework)).await
        }
        .await,
    )
}

/// The signed-in student's current evidence items, newest first.
#[server]
pub async fn my_evidence() -> Result<Vec<EvidenceView>, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::evidence;
    respond(async { evidence::list_own(&state()?, &signed_in().await?).await }.await)
}

/// One evidence item the signed-in account may see.
#[server]
pub async fn evidence_item(id: i64) -> Result<EvidenceView, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::evidence;
    respond(async { evidence::view(&state()?, &signed_in().await?, id).await }.await)
}

/// Changes an item's details.
#[server(input = Json)]
pub async fn update_evidence(id: i64, edit: EvidenceEdit) -> Result<EvidenceView, AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::evidence;
    respond(async { evidence::update(&state()?, &signed_in().await?, id, &edit, now()).await }.await)
}

/// Deletes an item.
#[server]
pub async fn delete_evidence(id: i64) -> Result<(), AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::evidence;
    respond(async { evidence::delete(&state()?, &signed_in().await?, id, now()).await }.await)
}

/// Replaces the skills an item is linked to.
#[server(input = Json)]
pub async fn link_skills(id: i64, skill_ids: Vec<SkillId>) -> Result<EvidenceView, AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::evidence;
    respond(async { evidence::set_skills(&state()?, &signed_in().await?, id, &skill_ids, now()).await }.await)
}

/// Submits skills for assessment.
#[server(input = Json)]
pub async fn submit_skills(skill_ids: Vec<SkillId>) -> Result<(), AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::submissions;
    respond(async { submissions::submit(&state()?, &signed_in().await?, &skill_ids, now()).await }.await)
}

/// Withdraws submissions not yet reviewed.
#[server(input = Json)]
pub async fn withdraw_skills(skill_ids: Vec<SkillId>) -> Result<(), AppError> {
    use crate::server::context::{now, respond, signed_in, state};
    use crate::server::services::submissions;
    respond(async { submissions::withdraw(&state()?, &signed_in().await?, &skill_ids, now()).await }.await)
}
