//! The integration suite in one binary: one link instead of one per file. Each module spawns
//! the real app (or the `vaardig` binary) against a fresh database and blob store.

mod assessment;
mod authorization;
mod backends;
mod backup;
mod badges;
mod cli;
mod clock;
mod cohorts;
mod common;
mod crosswalks;
mod deliberation;
mod enrolment;
mod evidence;
mod evidence_record;
mod exports;
mod hostile_uploads;
mod languages;
mod mailbox;
mod notifications;
mod outbox;
mod over_time;
mod passwords;
mod portfolio_export;
mod privacy;
mod profiles;
mod readiness;
mod record_chain;
mod request_limits;
mod roles;
mod scale_out;
mod security;
mod sessions;
mod staff;
mod telemetry;
mod two_cohorts;
