//! The four roles a Vaardig account can have. What each may do is [`crate::policy`]'s to say.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What an account may do is decided by its role alone; assignments to cohorts narrow it further.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A cursist: collects evidence for their own portfolio.
    Student,
    /// Reviews evidence and signs off skills in the cohorts assigned to them.
    Assessor,
    /// Manages cohorts and assessors, reads everything, awards deelcertificaten.
    Coordinator,
    /// Manages accounts and assignments.
    Admin,
}

impl Role {
    /// Every role, in the order the UI lists them.
    pub const ALL: [Role; 4] = [Role::Student, Role::Assessor, Role::Coordinator, Role::Admin];

    /// The stable identifier used in the database, the API and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Student => "student",
            Role::Assessor => "assessor",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The text was not one of the role identifiers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role '{0}' (expected student, assessor, coordinator or admin)")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Role::ALL.into_iter().find(|role| role.as_str() == text).ok_or_else(|| UnknownRole(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_identifier() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
    }

    #[test]
    fn an_unknown_identifier_is_refused() {
        assert_eq!("teacher".parse::<Role>(), Err(UnknownRole("teacher".into())));
        assert!("Student".parse::<Role>().is_err(), "identifiers are case-sensitive");
    }
}
