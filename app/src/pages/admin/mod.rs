//! The administrator's pages: the staff (`/beheer/personeel`), the audit log
//! (`/beheer/logboek`), the e-mail not delivered (`/beheer/berichten`), catalog files
//! (`/beheer/catalogus`) and the check of the record (`/beheer/register`).

mod audit_log;
mod catalog_files;
mod outbox;
mod record_check;
mod staff;

pub use audit_log::AuditLogPage;
pub use catalog_files::CatalogFilesPage;
pub use outbox::OutboxPage;
pub use record_check::RecordCheckPage;
pub use staff::StaffPage;
