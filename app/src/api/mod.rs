//! Server functions: the thin adapters between pages and services. Each one authenticates the
//! request, calls one service and sets the HTTP status from the outcome.

pub mod assessment;
pub mod catalog;
pub mod cohorts;
pub mod home;
pub mod portfolio;
pub mod session;
