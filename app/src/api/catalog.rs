//! Browsing the curriculum catalog.

use domain::Framework;
use leptos::prelude::*;

use crate::dto::FrameworkSummary;
use crate::error::AppError;

/// Every framework in the catalog, with its size.
#[server]
pub async fn list_frameworks() -> Result<Vec<FrameworkSummary>, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::catalog;
    as_signed_in(async |state, _, _| catalog::list(&state.db).await).await
}

/// One framework with all its units, competencies, skills and knowledge.
#[server]
pub async fn get_framework(code: String) -> Result<Framework, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::catalog;
    as_signed_in(async |state, _, _| catalog::find(&state.db, &domain::FrameworkCode::new(code)).await).await
}

/// What importing the catalog file `text` would add, reword and retire (administrators).
#[server(input = leptos::server_fn::codec::Json)]
pub async fn compare_catalog_file(text: String) -> Result<crate::dto::CatalogComparison, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::versions;
    as_signed_in(async |state, account, _| versions::compare(&state.db, account, &text).await).await
}

/// Imports the catalog file `text` as a new version of its framework (administrators).
#[server(input = leptos::server_fn::codec::Json)]
pub async fn import_catalog_file(text: String) -> Result<crate::dto::CatalogComparison, AppError> {
    use crate::server::context::as_signed_in;
    use crate::server::services::versions;
    as_signed_in(async |state, account, now| versions::import(&state.db, account, &text, now).await).await
}
