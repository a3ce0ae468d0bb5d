//! `/api/v1/staff`: administrators list and create staff, change a role, deactivate and
//! reactivate (see `app::server::services::staff`).

use app::dto::{ManagedAccountView, StaffInput};
use app::error::AppError;
use app::server::services::staff;
use app::server::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use domain::management::StaffRole;
use domain::AccountId;

use super::{JsonBody, SignedIn};

/// `GET /api/v1/staff`: every assessor, coordinator and administrator, by name.
pub async fn list(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
) -> Result<Json<Vec<ManagedAccountView>>, AppError> {
    Ok(Json(staff::list(&state, &account).await?))
}

/// `POST /api/v1/staff` `{name, email, role}`: 201 with the new account; it is invited by e-mail.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(input): JsonBody<StaffInput>,
) -> Result<(StatusCode, Json<ManagedAccountView>), AppError> {
    let created = staff::create(&state, &account, &input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

#[derive(serde::Deserialize)]
pub struct NewRole {
    role: StaffRole,
}

/// `PUT /api/v1/staff/{id}/role` `{role}`.
pub async fn change_role(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
    JsonBody(body): JsonBody<NewRole>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(staff::change_role(&state, &account, id, body.role, state.clock.now()).await?))
}

/// `POST /api/v1/staff/{id}/deactivate`.
pub async fn deactivate(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(staff::set_active(&state, &account, id, false, state.clock.now()).await?))
}

/// `POST /api/v1/staff/{id}/reactivate`.
pub async fn reactivate(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<AccountId>,
) -> Result<Json<ManagedAccountView>, AppError> {
    Ok(Json(staff::set_active(&state, &account, id, true, state.clock.now()).await?))
}
