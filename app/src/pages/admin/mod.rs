//! The administrator's pages: the staff (`/beheer/personeel`), the audit log
//! (`/beheer/logboek`) and the e-mail not delivered (`/beheer/berichten`).

mod audit_log;
mod outbox;
mod staff;

pub use audit_log::AuditLogPage;
pub use outbox::OutboxPage;
pub use staff::StaffPage;
