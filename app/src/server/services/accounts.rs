//! Creating accounts.

use chrono::{DateTime, Utc};
use domain::account::{check_new_password, parse_name};
use domain::{Email, Role};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::auth::{generate_password, hash_password};
use crate::server::storage::accounts::Account;
use crate::server::storage::{self, accounts};

/// A new account, and its password when Vaardig generated it (to hand to the person once).
pub struct NewAccount {
    pub account: Account,
    pub generated_password: Option<String>,
}

/// Creates an account with the given password, or a generated one when none is given.
pub async fn create(
    conn: &mut AnyConnection,
    email: &str,
    name: &str,
    role: Role,
    password: Option<String>,
    now: DateTime<Utc>,
) -> Result<NewAccount, AppError> {
    let email = Email::parse(email)?;
    let name = parse_name(name)?;
    let (password, generated_password) = match password {
        Some(password) => (password, None),
        None => {
            let generated = generate_password();
            (generated.clone(), Some(generated))
        }
    };
    check_new_password(&password)?;
    let hash = tokio::task::spawn_blocking(move || hash_password(&password)).await??;
    match accounts::insert(conn, email.as_str(), &name, role, &hash, &storage::timestamp(now)).await? {
        accounts::Created::Account(id) => Ok(NewAccount {
            account: Account { id, email: email.to_string(), name, role },
            generated_password,
        }),
        accounts::Created::EmailTaken => {
            Err(AppError::Conflict(format!("Er bestaat al een account met e-mailadres {email}.")))
        }
    }
}
