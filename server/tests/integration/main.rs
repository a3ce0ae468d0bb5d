//! The integration suite in one binary: one link instead of one per file. Each module spawns
//! the real app (or the `vaardig` binary) against a fresh database and blob store.

mod assessment;
mod backends;
mod cli;
mod cohorts;
mod enrolment;
mod evidence;
mod exports;
mod readiness;
mod roles;
mod scale_out;
mod sessions;
mod common;
