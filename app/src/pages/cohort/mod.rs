//! A cohort's pages. `/groepen/:id` (`page`): the readiness of every student against every unit
//! (`matrix`), to search, sort, filter, export and print; for whoever manages cohorts also the
//! enrolment import (`import`) and the assessors (`assessors`). `/groepen/:id/rapport` (`report`):
//! the printable readiness report. `/groepen/nieuw` (`new`): a new cohort.

mod assessors;
mod import;
mod matrix;
mod new;
mod page;
mod report;

pub use new::NewCohortPage;
pub use page::CohortPage;
pub use report::ReportPage;
