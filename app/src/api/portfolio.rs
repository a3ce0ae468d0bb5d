//! The student's portfolio: programmes and progress, evidence items, links and submissions.
//! Files are uploaded through `POST /api/v1/evidence`, which streams them; everything else the
//! pages do goes through these functions.

use domain::{EvidenceId, SkillId};
use leptos::prelude::*;

use super::TextJson;
use crate::dto::{EvidenceEdit, EvidenceView, ProgrammeView};
use crate::error::AppError;

/// The signed-in student's programmes with their progress.
#[server(output = TextJson)]
pub async fn my_programmes() -> Result<Vec<ProgrammeView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::progress;
    as_signed_in(async |state, account, _| {
        progress::all_for_student(state, account, account.as_student()).await
    })
    .await
}

/// One of the signed-in student's programmes.
#[server(output = TextJson)]
pub async fn my_programme(framework: String) -> Result<ProgrammeView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::progress;
    as_signed_in(async |state, account, _| {
        progress::for_student(state, account, account.as_student(), &domain::FrameworkCode::new(framework))
            .await
    })
    .await
}

/// The signed-in student's current evidence items, newest first.
#[server(output = TextJson)]
pub async fn my_evidence() -> Result<Vec<EvidenceView>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::evidence;
    as_signed_in(async |state, account, _| evidence::list_own(state, account).await).await
}

/// One evidence item the signed-in account may see.
#[server(output = TextJson)]
pub async fn evidence_item(id: EvidenceId) -> Result<EvidenceView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::evidence;
    as_signed_in(async |state, account, _| evidence::view(state, account, id).await).await
}

/// Changes an item's details. Form-encoded (`id`, `edit[title]`, …), so the page's plain HTML form
/// sends it without JavaScript too.
#[server(output = TextJson)]
pub async fn update_evidence(id: EvidenceId, edit: EvidenceEdit) -> Result<EvidenceView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::evidence;
    as_signed_in(async |state, account, now| evidence::update(state, account, id, &edit, now).await).await
}

/// Deletes an item, then sends the browser on to the list (the item's page is gone).
#[server(output = TextJson)]
pub async fn delete_evidence(id: EvidenceId) -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::evidence;
    as_signed_in(async |state, account, now| evidence::delete(state, account, id, now).await).await?;
    leptos_axum::redirect(crate::urls::my_evidence());
    Ok(())
}

/// Replaces the skills an item is linked to. Form-encoded (`id`, `skill_ids[N]`; none ticked,
/// none sent), so the page's plain HTML form sends it without JavaScript too.
#[server(output = TextJson)]
pub async fn link_skills(
    id: EvidenceId,
    #[server(default)] skill_ids: Vec<SkillId>,
) -> Result<EvidenceView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::evidence;
    as_signed_in(async |state, account, now| evidence::set_skills(state, account, id, &skill_ids, now).await)
        .await
}

/// Submits skills for assessment. Form-encoded (`skill_ids[0]=…`), so the page's plain HTML
/// form sends it without JavaScript too.
#[server(output = TextJson)]
pub async fn submit_skills(skill_ids: Vec<SkillId>) -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::submissions;
    as_signed_in(async |state, account, now| submissions::submit(state, account, &skill_ids, now).await).await
}

/// Withdraws submissions not yet reviewed; form-encoded like [`submit_skills`].
#[server(output = TextJson)]
pub async fn withdraw_skills(skill_ids: Vec<SkillId>) -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::submissions;
    as_signed_in(async |state, account, now| submissions::withdraw(state, account, &skill_ids, now).await)
        .await
}
