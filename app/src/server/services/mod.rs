//! The use cases, one function each. Every function that acts for a person asks
//! [`domain::policy`] first and then does its work in one transaction. Server functions and the
//! JSON API both call these; neither holds business rules of its own.

pub mod access;
pub mod accounts;
pub mod assessment;
pub mod audit_log;
pub mod auth;
pub mod backup;
pub mod badges;
pub mod catalog;
pub mod cohorts;
pub mod conversations;
pub mod credentials;
pub mod crosswalks;
pub mod deliberations;
pub mod demo;
pub mod enrolment;
pub mod evidence;
pub mod grid;
pub mod invitation_letters;
pub mod kept_form;
pub mod mailbox;
pub mod managed_accounts;
pub mod notifications;
pub mod orphans;
pub mod outbox;
pub mod portfolio_export;
pub mod privacy;
pub mod progress;
pub mod readiness;
pub mod record_chain;
pub mod report;
pub mod staff;
pub mod student_accounts;
pub mod submissions;
pub mod upload;
pub mod versions;

use std::collections::HashSet;
use std::hash::Hash;

use domain::policy::{self, Action, Reach};

use crate::error::AppError;
use crate::server::storage::accounts::Account;

/// The items without repeats, in their first order.
fn distinct<T: Clone + Eq + Hash>(items: &[T]) -> Vec<T> {
    let mut seen = HashSet::new();
    items.iter().filter(|item| seen.insert(*item)).cloned().collect()
}

/// Refuses the request unless [`policy::may`] lets the account's role do this.
fn authorise(account: &Account, action: Action) -> Result<(), AppError> {
    if policy::may(account.role, action) {
        Ok(())
    } else {
        Err(refused_role(account, action))
    }
}

/// Refuses the request unless the account's [`policy::reach`] is this one.
fn require_reach(account: &Account, wanted: Reach) -> Result<(), AppError> {
    if policy::reach(account.role) == wanted {
        Ok(())
    } else {
        Err(refused_role(account, wanted))
    }
}

fn refused_role(account: &Account, wanted: impl std::fmt::Debug) -> AppError {
    tracing::warn!(account_id = account.id.get(), role = %account.role, ?wanted, "refused: role not allowed");
    AppError::Forbidden
}
