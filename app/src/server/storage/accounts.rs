//! Accounts: who may sign in, with which role.

use domain::person_name::{NameOrder, PersonName};
use domain::{AccountId, Role, StudentId, Timestamp};
use sqlx::AnyConnection;

use crate::i18n::Locale;

use super::is_unique_violation;

/// An account as the services see it; the password hash is fetched only to verify a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: AccountId,
    pub email: String,
    pub name: String,
    pub role: Role,
}

impl Account {
    /// The account as the owner of a portfolio: for a service that authorised a student's own
    /// action ([`domain::policy::Action::KeepPortfolio`]), or that compares it with an owner.
    pub fn as_student(&self) -> StudentId {
        StudentId::of_account(self.id)
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct AccountRow {
    account_id: i64,
    email: String,
    name: String,
    role: String,
}

impl TryFrom<AccountRow> for Account {
    type Error = sqlx::Error;

    fn try_from(row: AccountRow) -> Result<Self, Self::Error> {
        let role = row.role.parse::<Role>().map_err(|error| sqlx::Error::Decode(Box::new(error)))?;
        Ok(Account { id: AccountId::new(row.account_id), email: row.email, name: row.name, role })
    }
}

/// The outcome of creating an account.
#[derive(Debug, PartialEq, Eq)]
pub enum Created {
    Account(AccountId),
    EmailTaken,
}

/// Creates an account. The email must already be normalised (trimmed, lower case).
pub async fn insert(
    conn: &mut AnyConnection,
    email: &str,
    name: &PersonName,
    role: Role,
    password_hash: &str,
    created_at: Timestamp,
) -> Result<Created, sqlx::Error> {
    let inserted = sqlx::query_scalar(
        "insert into account (email, name, first_name, last_name, role, password_hash, created_at)
         values ($1, $2, $3, $4, $5, $6, $7) returning account_id",
    )
    .bind(email)
    .bind(name.display())
    .bind(name.first())
    .bind(name.last())
    .bind(role.as_str())
    .bind(password_hash)
    .bind(created_at.to_string())
    .fetch_one(conn)
    .await;
    match inserted {
        Ok(id) => Ok(Created::Account(AccountId::new(id))),
        Err(error) if is_unique_violation(&error) => Ok(Created::EmailTaken),
        Err(error) => Err(error),
    }
}

/// The password hash of an account that has no password yet: invited, the link not yet used.
/// No password verifies against it.
pub const NO_PASSWORD: &str = "!";

/// The active account with this (normalised) email and its password hash ([`NO_PASSWORD`] when
/// it has none yet). A deactivated account is not found.
pub async fn find_with_password_hash(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Option<(Account, String)>, sqlx::Error> {
    let row: Option<(i64, String, String, String, String)> = sqlx::query_as(
        "select account_id, email, name, role, password_hash from account
         where email = $1 and deactivated_at is null",
    )
    .bind(email)
    .fetch_optional(conn)
    .await?;
    row.map(|(account_id, email, name, role, hash)| {
        Account::try_from(AccountRow { account_id, email, name, role }).map(|account| (account, hash))
    })
    .transpose()
}

/// The active students of a cohort who have not chosen a password yet, by last name, then first
/// name.
pub async fn awaiting_password_in(
    conn: &mut AnyConnection,
    cohort_id: domain::CohortId,
) -> Result<Vec<Account>, sqlx::Error> {
    let mut rows: Vec<(i64, String, String, String, String, String)> = sqlx::query_as(
        "select a.account_id, a.email, a.name, a.role, a.last_name, a.first_name
         from enrolment e join account a on a.account_id = e.student_id
         where e.cohort_id = $1 and a.password_hash = $2 and a.deactivated_at is null",
    )
    .bind(cohort_id.get())
    .bind(NO_PASSWORD)
    .fetch_all(conn)
    .await?;
    NameOrder::default().sort(&mut rows, |(_, _, _, _, last, first)| (last.as_str(), first.as_str()));
    rows.into_iter()
        .map(|(account_id, email, name, role, _, _)| {
            Account::try_from(AccountRow { account_id, email, name, role })
        })
        .collect()
}

/// The password hash of an account ([`NO_PASSWORD`] when it has none yet).
pub async fn password_hash(conn: &mut AnyConnection, id: AccountId) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select password_hash from account where account_id = $1")
        .bind(id.get())
        .fetch_optional(conn)
        .await
}

/// Stores a new password hash for an account.
pub async fn set_password_hash(
    conn: &mut AnyConnection,
    id: AccountId,
    hash: &str,
) -> Result<(), sqlx::Error> {
    set_column(conn, id, "password_hash", Some(hash)).await
}

/// Sets one text column of an account (`None`: null); `column` is always one of ours.
async fn set_column(
    conn: &mut AnyConnection,
    id: AccountId,
    column: &'static str,
    value: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(&format!("update account set {column} = $2 where account_id = $1"))
        .bind(id.get())
        .bind(value)
        .execute(conn)
        .await?;
    Ok(())
}

/// The account with this id.
pub async fn find(conn: &mut AnyConnection, id: AccountId) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> =
        sqlx::query_as("select account_id, email, name, role from account where account_id = $1")
            .bind(id.get())
            .fetch_optional(conn)
            .await?;
    row.map(Account::try_from).transpose()
}

/// How many accounts each role has, for every role that has any.
pub async fn count_by_role(conn: &mut AnyConnection) -> Result<Vec<(Role, i64)>, sqlx::Error> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("select role, count(*) from account group by role").fetch_all(conn).await?;
    rows.into_iter()
        .map(|(role, count)| {
            role.parse::<Role>()
                .map(|role| (role, count))
                .map_err(|error| sqlx::Error::Decode(Box::new(error)))
        })
        .collect()
}

/// The account with this (normalised) email.
pub async fn find_by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> =
        sqlx::query_as("select account_id, email, name, role from account where email = $1")
            .bind(email)
            .fetch_optional(conn)
            .await?;
    row.map(Account::try_from).transpose()
}

/// The student the centre knows by this number.
pub async fn find_by_student_number(
    conn: &mut AnyConnection,
    number: &str,
) -> Result<Option<Account>, sqlx::Error> {
    let row: Option<AccountRow> = sqlx::query_as(
        "select account_id, email, name, role from account where student_number = $1 order by account_id",
    )
    .bind(number)
    .fetch_optional(conn)
    .await?;
    row.map(Account::try_from).transpose()
}

/// The number the centre knows a student by, if one was imported.
pub async fn student_number(conn: &mut AnyConnection, id: AccountId) -> Result<Option<String>, sqlx::Error> {
    let number: Option<Option<String>> =
        sqlx::query_scalar("select student_number from account where account_id = $1")
            .bind(id.get())
            .fetch_optional(conn)
            .await?;
    Ok(number.flatten())
}

/// The language an account chose, if it chose one.
pub async fn locale(conn: &mut AnyConnection, id: AccountId) -> Result<Option<Locale>, sqlx::Error> {
    let code: Option<Option<String>> = sqlx::query_scalar("select locale from account where account_id = $1")
        .bind(id.get())
        .fetch_optional(conn)
        .await?;
    Ok(code.flatten().as_deref().and_then(Locale::parse))
}

/// Keeps the language an account chose.
pub async fn set_locale(conn: &mut AnyConnection, id: AccountId, locale: Locale) -> Result<(), sqlx::Error> {
    sqlx::query("update account set locale = $2 where account_id = $1")
        .bind(id.get())
        .bind(locale.code())
        .execute(conn)
        .await
        .map(drop)
}

/// Changes an account's (normalised) email address; false when another account has it.
pub async fn set_email(conn: &mut AnyConnection, id: AccountId, email: &str) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query("update account set email = $2 where account_id = $1")
        .bind(id.get())
        .bind(email)
        .execute(conn)
        .await;
    match updated {
        Ok(_) => Ok(true),
        Err(error) if is_unique_violation(&error) => Ok(false),
        Err(error) => Err(error),
    }
}

/// The accounts with a role, by last name, then first name.
pub async fn with_role(
    conn: &mut AnyConnection,
    role: Role,
) -> Result<Vec<crate::dto::PersonView>, sqlx::Error> {
    let mut rows: Vec<(i64, String, String, String)> =
        sqlx::query_as("select account_id, name, last_name, first_name from account where role = $1")
            .bind(role.as_str())
            .fetch_all(conn)
            .await?;
    NameOrder::default().sort(&mut rows, |(_, _, last, first)| (last.as_str(), first.as_str()));
    Ok(rows
        .into_iter()
        .map(|(id, name, _, _)| crate::dto::PersonView { id: AccountId::new(id), name })
        .collect())
}

/// An account as the people who manage it see it: its details and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagedAccount {
    pub account: Account,
    pub student_number: Option<String>,
    /// When it was deactivated; `None` while it may sign in.
    pub deactivated_at: Option<Timestamp>,
    /// Whether the person chose a password already (an invited account has [`NO_PASSWORD`]).
    pub has_password: bool,
}

#[derive(sqlx::FromRow)]
struct ManagedRow {
    account_id: i64,
    email: String,
    name: String,
    role: String,
    last_name: String,
    first_name: String,
    student_number: Option<String>,
    deactivated_at: Option<String>,
    password_hash: String,
}

impl TryFrom<ManagedRow> for ManagedAccount {
    type Error = sqlx::Error;

    fn try_from(row: ManagedRow) -> Result<Self, Self::Error> {
        let deactivated_at = row.deactivated_at.as_deref().map(super::parse_timestamp).transpose()?;
        let account = Account::try_from(AccountRow {
            account_id: row.account_id,
            email: row.email,
            name: row.name,
            role: row.role,
        })?;
        Ok(ManagedAccount {
            account,
            student_number: row.student_number,
            deactivated_at,
            has_password: row.password_hash != NO_PASSWORD,
        })
    }
}

const MANAGED_COLUMNS: &str = "account_id, email, name, role, last_name, first_name, student_number, \
     deactivated_at, password_hash";

/// An account with the details its managers see.
pub async fn find_managed(
    conn: &mut AnyConnection,
    id: AccountId,
) -> Result<Option<ManagedAccount>, sqlx::Error> {
    let row: Option<ManagedRow> =
        sqlx::query_as(&format!("select {MANAGED_COLUMNS} from account where account_id = $1"))
            .bind(id.get())
            .fetch_optional(conn)
            .await?;
    row.map(ManagedAccount::try_from).transpose()
}

/// Every staff account (every role but the student's), deactivated ones too, by last name, then
/// first name.
pub async fn staff(conn: &mut AnyConnection) -> Result<Vec<ManagedAccount>, sqlx::Error> {
    let mut rows: Vec<ManagedRow> =
        sqlx::query_as(&format!("select {MANAGED_COLUMNS} from account where role <> $1"))
            .bind(Role::Student.as_str())
            .fetch_all(conn)
            .await?;
    NameOrder::default().sort(&mut rows, |row| (row.last_name.as_str(), row.first_name.as_str()));
    rows.into_iter().map(ManagedAccount::try_from).collect()
}

/// Gives an account another role.
pub async fn set_role(conn: &mut AnyConnection, id: AccountId, role: Role) -> Result<(), sqlx::Error> {
    set_column(conn, id, "role", Some(role.as_str())).await
}

/// Deactivates an account as of `at`, or (`None`) makes it active again.
pub async fn set_deactivated(
    conn: &mut AnyConnection,
    id: AccountId,
    at: Option<Timestamp>,
) -> Result<(), sqlx::Error> {
    set_column(conn, id, "deactivated_at", at.map(|at| at.to_string()).as_deref()).await
}

/// Renames an account.
pub async fn set_name(conn: &mut AnyConnection, id: AccountId, name: &PersonName) -> Result<(), sqlx::Error> {
    sqlx::query("update account set name = $2, first_name = $3, last_name = $4 where account_id = $1")
        .bind(id.get())
        .bind(name.display())
        .bind(name.first())
        .bind(name.last())
        .execute(conn)
        .await?;
    Ok(())
}

/// Records the number the centre knows a student by, or (`None`) forgets it.
pub async fn set_student_number(
    conn: &mut AnyConnection,
    id: AccountId,
    number: Option<&str>,
) -> Result<(), sqlx::Error> {
    set_column(conn, id, "student_number", number).await
}
