//! What crosses the wire between server and browser. Only what the page may show: no password
//! hashes, no other users' details beyond names.

use domain::{FrameworkCode, FrameworkKind, Role};
use serde::{Deserialize, Serialize};

/// The signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserView {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
}

/// One line of the catalog: a framework and its size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkSummary {
    pub code: FrameworkCode,
    pub title: String,
    pub kind: FrameworkKind,
    pub level: Option<u8>,
    pub total_lestijden: Option<u32>,
    pub units: u32,
    pub competencies: u32,
    pub skills: u32,
}

/// A cohort as listed on the home pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortView {
    pub id: i64,
    pub name: String,
    pub school_year: String,
    pub framework_code: FrameworkCode,
    pub framework_title: String,
    pub students: Vec<PersonView>,
    pub assessors: Vec<PersonView>,
}

/// Another account, by name only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    pub id: i64,
    pub name: String,
}

/// The number of accounts with one role, for the administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleCount {
    pub role: Role,
    pub accounts: u32,
}
