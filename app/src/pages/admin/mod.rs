//! The administrator's pages: the staff (`/beheer/personeel`) and the audit log
//! (`/beheer/logboek`).

mod audit_log;
mod staff;

pub use audit_log::AuditLogPage;
pub use staff::StaffPage;
