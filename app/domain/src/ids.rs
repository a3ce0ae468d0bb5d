//! Typed ids: each table's key is its own type, so a cohort id cannot be passed where an
//! assessor's account id is expected. The domain never makes ids; storage reads them from the
//! database and wraps them here. On the wire they are plain numbers (`#[serde(transparent)]`).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

macro_rules! int_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            /// Wraps a key as the database gave it.
            pub const fn new(value: i64) -> Self {
                Self(value)
            }

            /// The key, to bind in a query or build a URL.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        /// For storage's row types (`#[sqlx(try_from = "i64")]`): a key read from the database.
        impl From<i64> for $name {
            fn from(value: i64) -> Self {
                Self(value)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = ParseIntError;

            /// Reads the id of a path or a route parameter.
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.parse().map(Self)
            }
        }
    };
}

int_id!(
    /// A cohort (a group of students following one framework in one school year).
    CohortId
);
int_id!(
    /// Any account: a student, an assessor, a coordinator or an administrator.
    AccountId
);
int_id!(
    /// The account of a student. Every student id is an account id ([`From`]); the other way is
    /// explicit ([`StudentId::of_account`]), for the places that have checked the role.
    StudentId
);
int_id!(
    /// An evidence item of a student's portfolio.
    EvidenceId
);
int_id!(
    /// One recorded decision on one skill.
    DecisionId
);
int_id!(
    /// One awarded deelcertificaat: a unit awarded to a student.
    AwardId
);
int_id!(
    /// One meeting of a cohort's delibererende klassenraad.
    DeliberationId
);

impl From<StudentId> for AccountId {
    fn from(student: StudentId) -> Self {
        AccountId(student.0)
    }
}

impl StudentId {
    /// The account as a student, where the caller knows (or will check) that it is one.
    pub const fn of_account(account: AccountId) -> Self {
        StudentId(account.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_plain_number_on_the_wire() {
        assert_eq!(serde_json::to_string(&CohortId::new(7)).unwrap(), "7");
        assert_eq!(serde_json::from_str::<EvidenceId>("42").unwrap(), EvidenceId::new(42));
    }

    #[test]
    fn an_id_reads_from_a_path_segment_and_prints_back() {
        let id: CohortId = "12".parse().unwrap();
        assert_eq!(id, CohortId::new(12));
        assert_eq!(id.to_string(), "12");
        assert!("twelve".parse::<CohortId>().is_err());
    }

    #[test]
    fn a_student_id_is_the_id_of_their_account() {
        let student = StudentId::new(5);
        assert_eq!(AccountId::from(student), AccountId::new(5));
        assert_eq!(StudentId::of_account(AccountId::new(5)), student);
    }
}
