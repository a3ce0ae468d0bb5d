//! The check of the tamper-evident record, for administrators (see
//! `server::services::record_chain`).

use leptos::prelude::*;

use super::TextJson;
use crate::dto::RecordCheck;
use crate::error::AppError;

/// Walks the chain over every decision and award and answers its head and first break.
#[server(output = TextJson)]
pub async fn check_record() -> Result<RecordCheck, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::record_chain;
    as_signed_in(async |state, account, now| record_chain::check(state, account, now).await).await
}
