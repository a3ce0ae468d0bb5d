//! Notifications, e-mail preferences, the conversations on feedback and the live event stream:
//! `GET /notifications?before=<id>`, `POST /notifications/{id}/read`, `POST /notifications/read`,
//! `GET|PUT /me/notification-preferences`, `GET /students/{id}/conversations?framework&unit`,
//! `POST /replies` and `GET /events`.

use std::convert::Infallible;

use app::dto::{NotificationPreference, NotificationsPage, ReplyInput, SkillMessageView};
use app::error::AppError;
use app::server::auth as cookies;
use app::server::services::auth;
use app::server::services::{conversations, notifications};
use app::server::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::Json;
use domain::{FrameworkCode, StudentId, UnitCode};
use futures::{Stream, StreamExt};
use tokio::sync::broadcast::error::RecvError;

use super::{JsonBody, SignedIn};

#[derive(serde::Deserialize)]
pub struct Page {
    before: Option<i64>,
}

/// One page of the signed-in person's notifications, newest first, with the unread count.
pub async fn list(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Query(page): Query<Page>,
) -> Result<Json<NotificationsPage>, AppError> {
    Ok(Json(notifications::list(&state, &account, page.before).await?))
}

/// Marks one of the person's notifications read: 204, or 404 for another's.
pub async fn mark_read(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    notifications::mark_read(&state, &account, id, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Marks all the person's notifications read: 204.
pub async fn mark_all_read(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
) -> Result<StatusCode, AppError> {
    notifications::mark_all_read(&state, &account, state.clock.now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The person's e-mail choice for every kind they receive.
pub async fn preferences(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
) -> Result<Json<Vec<NotificationPreference>>, AppError> {
    Ok(Json(notifications::preferences(&state, &account).await?))
}

/// Records choices (`[{"kind", "delivery"}]`); answers them all.
pub async fn set_preferences(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(choices): JsonBody<Vec<NotificationPreference>>,
) -> Result<Json<Vec<NotificationPreference>>, AppError> {
    Ok(Json(notifications::set_preferences(&state, &account, &choices).await?))
}

#[derive(serde::Deserialize)]
pub struct UnitQuery {
    framework: FrameworkCode,
    unit: UnitCode,
}

/// The conversations on one unit's skills of a student.
pub async fn conversations(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    Path(student): Path<StudentId>,
    Query(query): Query<UnitQuery>,
) -> Result<Json<Vec<SkillMessageView>>, AppError> {
    Ok(Json(conversations::of_unit(&state, &account, student, &query.framework, &query.unit).await?))
}

/// Adds a reply: 201 with the message.
pub async fn reply(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    JsonBody(input): JsonBody<ReplyInput>,
) -> Result<(StatusCode, Json<SkillMessageView>), AppError> {
    let message = conversations::reply(&state, &account, &input, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(message)))
}

/// The live event stream of the signed-in person (`text/event-stream`): an event named after
/// each [`app::live::Topic`] that changed for them, its name again as the data (browsers drop an
/// event without data); `resync` when events were missed. Before each event the session is
/// checked again, so a stream of a session that ended (signed out, deactivated) closes; at the
/// latest it closes when a session signed in now would expire, and the tab opens it again.
pub async fn events(
    State(state): State<AppState>,
    SignedIn(account): SignedIn,
    headers: HeaderMap,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = state.live.subscribe(account.id);
    let token = cookies::session_token(&headers);
    let lifetime = state.settings.session_lifetime.to_std().unwrap_or_default();
    let hello = futures::stream::once(async { Ok(named("ready")) });
    let events = futures::stream::unfold((receiver, state), move |(mut receiver, state)| {
        let token = token.clone();
        async move {
            let next = match receiver.recv().await {
                Ok(topic) => named(topic.as_str()),
                Err(RecvError::Lagged(_)) => named("resync"),
                Err(RecvError::Closed) => return None,
            };
            auth::authenticate(&state, token.as_deref(), state.clock.now()).await.ok()?;
            Some((Ok(next), (receiver, state)))
        }
    });
    let stream = hello.chain(events).take_until(tokio::time::sleep(lifetime));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

fn named(name: &str) -> Event {
    Event::default().event(name).data(name)
}
