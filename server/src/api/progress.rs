//! `/api/v1/students/{id}/progress` and `/api/v1/submissions`: where a student stands, and
//! putting skills forward for assessment.

use app::dto::ClosedSubmission;
use app::error::AppError;
use app::server::services::{progress, submissions};
use app::server::AppState;
use app::t;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use domain::{FrameworkCode, FrameworkProgress, StudentId};
use serde::{Deserialize, Serialize};

use super::{JsonBody, SignedIn, SkillIds};

#[derive(Deserialize)]
pub struct ProgressQuery {
    framework: Option<String>,
}

/// The progress answer: the domain's progress, and the submissions closed without a review.
#[derive(Serialize)]
pub struct ProgressAnswer {
    #[serde(flatten)]
    progress: FrameworkProgress,
    closed_submissions: Vec<ClosedSubmission>,
}

/// `GET /api/v1/students/{id}/progress?framework=CODE`. Without `framework`, the student's only
/// programme; a student in several must say which.
pub async fn show(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student_id): Path<StudentId>,
    Query(query): Query<ProgressQuery>,
) -> Result<Json<ProgressAnswer>, AppError> {
    let framework = match query.framework {
        Some(code) => FrameworkCode::new(code),
        None => match progress::programmes_of(&state, &account, student_id).await?.as_slice() {
            [only] => only.clone(),
            [] => return Err(AppError::NotFound(t!("services-api-not-found-programme"))),
            _ => return Err(AppError::Invalid(t!("services-api-several-programmes"))),
        },
    };
    let programme = progress::for_student(&state, &account, student_id, &framework).await?;
    Ok(Json(ProgressAnswer {
        progress: programme.progress,
        closed_submissions: programme.closed_submissions,
    }))
}

/// `POST /api/v1/submissions` `{skill_ids}` → 201: the signed-in student submits skills.
pub async fn submit(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(body): JsonBody<SkillIds>,
) -> Result<StatusCode, AppError> {
    submissions::submit(&state, &account, &body.skill_ids, state.clock.now()).await?;
    Ok(StatusCode::CREATED)
}

/// `POST /api/v1/submissions/withdraw` `{skill_ids}` → 204.
pub async fn withdraw(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(body): JsonBody<SkillIds>,
) -> Result<StatusCode, AppError> {
    submissions::withdraw(&state, &account, &body.skill_ids, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
