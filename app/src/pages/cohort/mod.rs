//! A cohort's pages. `/groepen/:id` (`page`): the readiness of every student against every unit
//! (`matrix`), to search, sort, filter, export and print; for whoever manages cohorts also the
//! enrolment import (`import`), the assessors (`assessors`) and the move to a newer version of
//! the framework (`version`). `/groepen/:id/rapport` (`report`):
//! the printable readiness report. `/groepen/:id/dekking` (`coverage`): every student's coverage
//! of the frameworks the programme leads to. `/groepen/:id/deliberatie` (`deliberation`): the
//! delibererende klassenraad. `/groepen/nieuw` (`new`): a new cohort.

mod assessors;
mod coverage;
mod deliberation;
mod import;
mod matrix;
mod new;
mod page;
mod report;
mod version;

pub use coverage::CohortCoveragePage;
pub use deliberation::DeliberationPage;
pub use new::NewCohortPage;
pub use page::CohortPage;
pub use report::ReportPage;
