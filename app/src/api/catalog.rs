//! Browsing the curriculum catalog.

use domain::Framework;
use leptos::prelude::*;

use super::TextJson;
use crate::dto::FrameworkSummary;
use crate::error::AppError;

/// Every framework in the catalog, with its size.
#[server(output = TextJson)]
pub async fn list_frameworks() -> Result<Vec<FrameworkSummary>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::catalog;
    as_signed_in(async |state, _, _| catalog::list(&state.db).await).await
}

/// One framework with all its units, competencies, skills and knowledge.
#[server(output = TextJson)]
pub async fn get_framework(code: String) -> Result<Framework, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::catalog;
    as_signed_in(async |state, _, _| catalog::find(&state.db, &domain::FrameworkCode::new(code)).await).await
}

/// What importing a catalog file would add, reword and retire (administrators): `file` is the
/// file's bytes, base64-encoded, decoded as [`crate::server::services::catalog::file_text`] does.
#[server(input = leptos::server_fn::codec::Json, output = TextJson)]
pub async fn compare_catalog_file(file: String) -> Result<crate::dto::CatalogComparison, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::versions;
    as_signed_in(async |state, account, _| versions::compare(&state.db, account, &catalog_text(&file)?).await)
        .await
}

/// Imports a catalog file (as [`compare_catalog_file`] reads it) as a new version of its framework
/// (administrators).
#[server(input = leptos::server_fn::codec::Json, output = TextJson)]
pub async fn import_catalog_file(file: String) -> Result<crate::dto::CatalogComparison, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::versions;
    as_signed_in(async |state, account, now| {
        versions::import(&state.db, account, &catalog_text(&file)?, now).await
    })
    .await
}

/// Every stored framework with its newest version (administrators).
#[server(output = TextJson)]
pub async fn stored_versions() -> Result<Vec<(domain::FrameworkCode, u32)>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::versions;
    as_signed_in(async |state, account, _| versions::stored(&state.db, account).await).await
}

#[cfg(feature = "ssr")]
fn catalog_text(file: &str) -> Result<String, AppError> {
    use crate::t;
    use base64::prelude::{Engine, BASE64_STANDARD};
    let bytes = BASE64_STANDARD
        .decode(file.as_bytes())
        .map_err(|_| AppError::Invalid(t!("server-file-unreadable")))?;
    crate::server::services::catalog::file_text(&bytes)
}
