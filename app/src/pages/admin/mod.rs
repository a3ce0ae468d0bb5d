//! The administrator's pages: the staff (`/beheer/personeel`), the audit log
//! (`/beheer/logboek`), the e-mail not delivered (`/beheer/berichten`) and catalog files
//! (`/beheer/catalogus`).

mod audit_log;
mod catalog_files;
mod outbox;
mod staff;

pub use audit_log::AuditLogPage;
pub use catalog_files::CatalogFilesPage;
pub use outbox::OutboxPage;
pub use staff::StaffPage;
