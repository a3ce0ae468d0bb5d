//! A believable demo institution, for trying Vaardig out: two cohorts, fourteen students, two
//! assessors, a coordinator and an administrator. Only ever written into an empty database.

use domain::{AccountId, FrameworkCode, Role, StudentId, Timestamp};
use serde::Serialize;
use sqlx::{AnyConnection, AnyPool};

use crate::error::AppError;
use crate::server::services::{accounts, catalog};
use crate::server::storage::{self, catalog as catalog_storage, cohorts};
use crate::t;

/// A demo account's sign-in details, as printed by `vaardig demo`.
#[derive(Debug, Clone, Serialize)]
pub struct DemoLogin {
    pub role: String,
    pub email: String,
    pub password: String,
}

struct DemoCohort {
    name: &'static str,
    framework: &'static str,
    school_year: &'static str,
    starts_on: &'static str,
    ends_on: &'static str,
    students: &'static [&'static str],
    assessor: &'static str,
}

const COHORTS: [DemoCohort; 2] = [
    DemoCohort {
        name: "Digitale Gebruikersondersteuner – avond",
        framework: "BO-IT-002",
        school_year: "2026-2027",
        starts_on: "2026-09-07",
        ends_on: "2027-06-25",
        students: &[
            "Fatima El Amrani",
            "Jonas Peeters",
            "Lotte Janssens",
            "Yusuf Demir",
            "Elke Maes",
            "Thomas Jacobs",
            "Sara Mertens",
            "Kevin Willems",
            "Nour Haddad",
            "Emre Yıldız",
        ],
        assessor: "Karin Vermeulen",
    },
    DemoCohort {
        name: "Functioneel Digitaal Ondersteuner – dag",
        framework: "BK-0547-2",
        school_year: "2026-2027",
        starts_on: "2026-09-14",
        ends_on: "2027-02-26",
        students: &["Ines Claes", "Bram Goossens", "Amina Diallo", "Pieter Wouters"],
        assessor: "Luc De Smet",
    },
];

const STAFF: [(&str, Role); 2] = [("Marleen Dubois", Role::Coordinator), ("Tom Hermans", Role::Admin)];

/// `voornaam.achternaam@demo.vaardig.be`, without spaces or accents.
fn demo_email(name: &str) -> String {
    let local: String = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(".")
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    format!("{local}@demo.vaardig.be")
}

/// Fills an empty database with the demo institution, all or nothing. Every account gets
/// `password` when given (tests use that), otherwise a generated one.
pub async fn fill(db: &AnyPool, password: Option<&str>, now: Timestamp) -> Result<Vec<DemoLogin>, AppError> {
    catalog::load_builtin(db, now).await?;
    let mut tx = db.begin().await?;
    if !storage::is_empty(&mut tx).await? {
        return Err(AppError::Conflict(t!("services-demo-database-not-empty")));
    }
    let mut logins = Vec::new();
    let mut add = async |conn: &mut AnyConnection, name: &str, role: Role| -> Result<AccountId, AppError> {
        let created =
            accounts::create(conn, &demo_email(name), name, role, password.map(str::to_owned), now).await?;
        logins.push(DemoLogin {
            role: role.as_str().to_owned(),
            email: created.account.email.clone(),
            password: created.generated_password.or(password.map(str::to_owned)).unwrap_or_default(),
        });
        Ok(created.account.id)
    };
    for (name, role) in STAFF {
        add(&mut tx, name, role).await?;
    }
    for cohort in &COHORTS {
        let framework_id = catalog_storage::framework_id(&mut tx, &FrameworkCode::new(cohort.framework))
            .await?
            .ok_or(AppError::Internal)?;
        let new_cohort = cohorts::NewCohort {
            name: cohort.name,
            framework_id,
            profile_code: None,
            school_year: cohort.school_year,
            starts_on: cohort.starts_on,
            ends_on: cohort.ends_on,
        };
        let cohort_id = cohorts::insert(&mut tx, &new_cohort, now).await?;
        let assessor_id = add(&mut tx, cohort.assessor, Role::Assessor).await?;
        cohorts::assign_assessor(&mut tx, cohort_id, assessor_id, now).await?;
        for student in cohort.students {
            let student_id = StudentId::of_account(add(&mut tx, student, Role::Student).await?);
            cohorts::enrol(&mut tx, cohort_id, student_id, now).await?;
        }
    }
    tx.commit().await?;
    Ok(logins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_emails_are_plain_ascii() {
        assert_eq!(demo_email("Fatima El Amrani"), "fatima.el.amrani@demo.vaardig.be");
        assert_eq!(demo_email("Luc De Smet"), "luc.de.smet@demo.vaardig.be");
    }

    #[test]
    fn the_demo_has_fourteen_students_in_two_frameworks() {
        let students: usize = COHORTS.iter().map(|cohort| cohort.students.len()).sum();
        assert_eq!(students, 14);
        let frameworks: Vec<_> = COHORTS.iter().map(|cohort| cohort.framework).collect();
        assert_eq!(frameworks, ["BO-IT-002", "BK-0547-2"]);
    }
}
