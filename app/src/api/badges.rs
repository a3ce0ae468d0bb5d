//! The public check of an Open Badge, from `/verifieer` (see `server::services::badges`).

use leptos::prelude::*;

use super::TextJson;
use crate::dto::CredentialCheck;
use crate::error::AppError;

/// Checks a credential (its compact JWS, as pasted or read from its file). Open to everyone.
#[server(output = TextJson)]
pub async fn check_credential(token: String) -> Result<CredentialCheck, AppError> {
    use crate::server::context::as_visitor;
    use crate::server::services::badges;
    as_visitor(async |state, _| badges::check(state, &token).await).await
}

/// Checks the credential a verification link (its QR code) names. Open to everyone.
#[server(output = TextJson)]
pub async fn check_linked_credential(public_id: String) -> Result<CredentialCheck, AppError> {
    use crate::server::context::as_visitor;
    use crate::server::services::badges;
    as_visitor(async |state, _| {
        let jwt = badges::by_public_id(state, &public_id).await?;
        badges::check(state, &jwt).await
    })
    .await
}
