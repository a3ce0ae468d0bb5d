//! Server functions: the thin adapters between pages and services. Each one is one call of
//! `server::context::as_signed_in` (or `as_visitor`), which authenticates the request,
//! hands the service the state, the account and "now", and sets the HTTP status from the outcome.

pub mod account;
pub mod assessment;
pub mod badges;
pub mod catalog;
pub mod cohorts;
pub mod deliberations;
pub mod home;
pub mod mailbox;
pub mod notifications;
pub mod portfolio;
pub mod record_chain;
pub mod session;
pub mod staff;
pub mod student_accounts;
