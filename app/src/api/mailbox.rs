//! The e-mail not delivered, from the page, for administrators (see `server::services::mailbox`).

use leptos::prelude::*;

use super::TextJson;
use crate::dto::OutboxView;
use crate::error::AppError;

/// The newest undelivered mails, older than the message `before` when given.
#[server(output = TextJson)]
pub async fn undelivered_mail(before: Option<i64>) -> Result<OutboxView, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::mailbox;
    as_signed_in(async |state, account, _| mailbox::page(state, account, before).await).await
}
