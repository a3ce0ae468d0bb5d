//! The use cases, one function each. Every function that acts for a person checks that
//! person's role first and then does its work in one transaction. Server functions and the
//! JSON API both call these; neither holds business rules of its own.

pub mod access;
pub mod accounts;
pub mod assessment;
pub mod auth;
pub mod catalog;
pub mod cohorts;
pub mod demo;
pub mod enrolment;
pub mod evidence;
pub mod progress;
pub mod readiness;
pub mod report;
pub mod submissions;

use std::collections::HashSet;
use std::hash::Hash;

use domain::Role;

use crate::error::AppError;
use crate::server::storage::accounts::Account;

/// The items without repeats, in their first order.
fn distinct<T: Clone + Eq + Hash>(items: &[T]) -> Vec<T> {
    let mut seen = HashSet::new();
    items.iter().filter(|item| seen.insert(*item)).cloned().collect()
}

/// Refuses the request unless the account has one of the allowed roles.
fn require_role(account: &Account, allowed: &[Role]) -> Result<(), AppError> {
    if allowed.contains(&account.role) {
        Ok(())
    } else {
        tracing::warn!(account_id = account.id, role = %account.role, "refused: role not allowed");
        Err(AppError::Forbidden)
    }
}
