//! Creating accounts.

use domain::account::check_new_password;
use domain::person_name::PersonName;
use domain::{Email, Role, Timestamp};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::auth::{generate_password, hash_password};
use crate::server::storage::accounts;
use crate::server::storage::accounts::Account;
use crate::t;

/// A new account, and its password when Vaardig generated it (to hand to the person once).
pub struct NewAccount {
    pub account: Account,
    pub generated_password: Option<String>,
}

/// A password ready to store: its hash, and the password itself when Vaardig generated it.
pub struct Credentials {
    hash: String,
    generated_password: Option<String>,
}

/// Checks the given password (against the policy and the account's `personal` details: email,
/// name) and hashes it, or generates one. Hashing is slow on purpose (argon2, tens of
/// milliseconds), so callers do it before they open a write transaction.
pub async fn credentials(password: Option<String>, personal: &[&str]) -> Result<Credentials, AppError> {
    let (password, generated_password) = match password {
        Some(password) => (password, None),
        None => {
            let generated = generate_password();
            (generated.clone(), Some(generated))
        }
    };
    check_new_password(&password, personal)?;
    let hash = hash_password(password).await?;
    Ok(Credentials { hash, generated_password })
}

/// Creates an account with the given password, or a generated one when none is given. `name` is
/// typed as one field and split at its first space (see [`PersonName::from_full_name`]).
pub async fn create(
    conn: &mut AnyConnection,
    email: &str,
    name: &str,
    role: Role,
    password: Option<String>,
    now: Timestamp,
) -> Result<NewAccount, AppError> {
    let name = PersonName::from_full_name(name)?;
    let credentials = credentials(password, &[email, &name.display()]).await?;
    create_with(conn, email, &name, role, credentials, now).await
}

/// Creates an account without a password: it chooses one with an invitation
/// (`services::credentials::invite`), which the caller sends in the same transaction.
pub async fn create_invited(
    conn: &mut AnyConnection,
    email: &str,
    name: &PersonName,
    role: Role,
    now: Timestamp,
) -> Result<Account, AppError> {
    let none = Credentials { hash: accounts::NO_PASSWORD.to_owned(), generated_password: None };
    Ok(create_with(conn, email, name, role, none, now).await?.account)
}

/// Creates an account with credentials made beforehand by [`credentials`]. Errors: an invalid
/// email address, or [`AppError::Conflict`] when another account has it.
pub async fn create_with(
    conn: &mut AnyConnection,
    email: &str,
    name: &PersonName,
    role: Role,
    credentials: Credentials,
    now: Timestamp,
) -> Result<NewAccount, AppError> {
    let email = Email::parse(email)?;
    let inserted = accounts::insert(conn, email.as_str(), name, role, &credentials.hash, now).await?;
    match inserted {
        accounts::Created::Account(id) => Ok(NewAccount {
            account: Account { id, email: email.to_string(), name: name.display(), role },
            generated_password: credentials.generated_password,
        }),
        accounts::Created::EmailTaken => {
            Err(AppError::Conflict(t!("server-email-taken", email = email.to_string())))
        }
    }
}
