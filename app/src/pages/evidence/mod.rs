//! The student's evidence: the list with the form for new items (`list`, `form`, `file_drop`),
//! and one item (`detail`, `edit`) with its preview, details, skills, and (once an assessor relied
//! on it) new versions.

mod detail;
mod edit;
mod file_drop;
mod form;
mod list;

pub use detail::EvidenceDetailPage;
pub use list::EvidencePage;

use domain::Framework;
use leptos::prelude::*;

use crate::api::portfolio::my_programmes;
use crate::error::AppError;

/// The student's frameworks, for the skill picker.
fn frameworks() -> Resource<Result<Vec<Framework>, AppError>> {
    Resource::new(
        || (),
        |_| async {
            my_programmes().await.map(|programmes| programmes.into_iter().map(|p| p.framework).collect())
        },
    )
}
