//! Notifications, their e-mail preferences and the conversations on feedback, from the pages
//! (see `server::services::notifications` and `server::services::conversations`).

use leptos::prelude::*;

use super::TextJson;
use crate::dto::{NotificationPreference, NotificationsPage, ReplyInput, SkillMessageView};
use crate::error::AppError;

/// A page of the signed-in person's notifications, newest first, older than `before`.
#[server(output = TextJson)]
pub async fn my_notifications(before: Option<i64>) -> Result<NotificationsPage, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::notifications;
    as_signed_in(async |state, account, _| notifications::list(state, account, before).await).await
}

/// How many of the signed-in person's notifications are unread; 0 for a visitor, as every
/// page's header asks.
#[server(output = TextJson)]
pub async fn unread_notifications() -> Result<u32, AppError> {
    use crate::server::context::{respond, signed_in, state};
    use crate::server::services::notifications;
    match signed_in().await {
        Ok(account) => respond(notifications::unread(&state()?, &account).await),
        Err(AppError::Unauthenticated) => Ok(0),
        Err(error) => respond(Err(error)),
    }
}

/// Marks one notification read.
#[server(output = TextJson)]
pub async fn mark_notification_read(id: i64) -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::notifications;
    as_signed_in(async |state, account, now| notifications::mark_read(state, account, id, now).await).await
}

/// Marks every notification read.
#[server(output = TextJson)]
pub async fn mark_all_notifications_read() -> Result<(), AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::notifications;
    as_signed_in(async |state, account, now| notifications::mark_all_read(state, account, now).await).await
}

/// The signed-in person's e-mail choice per kind of notification.
#[server(output = TextJson)]
pub async fn notification_preferences() -> Result<Vec<NotificationPreference>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::notifications;
    as_signed_in(async |state, account, _| notifications::preferences(state, account).await).await
}

/// Records the signed-in person's e-mail choices: `choices` as `kind=delivery` pairs.
#[server(output = TextJson)]
pub async fn save_notification_preferences(
    choices: Vec<NotificationPreference>,
) -> Result<Vec<NotificationPreference>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::notifications;
    as_signed_in(async |state, account, _| notifications::set_preferences(state, account, &choices).await)
        .await
}

/// Adds a reply to a skill's conversation.
#[server(output = TextJson)]
pub async fn reply_on_skill(input: ReplyInput) -> Result<SkillMessageView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::conversations;
    as_signed_in(async |state, account, now| conversations::reply(state, account, &input, now).await).await
}
