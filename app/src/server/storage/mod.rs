//! The storage layer: every SQL statement of Vaardig lives in this module tree.
//!
//! The backend is chosen at run time from the database URL (`sqlite:` or `postgres:`) through
//! sqlx's `Any` driver, so statements stay in the subset both accept: `$n` parameters,
//! `insert … on conflict … do update`, `returning`, and no backend-specific types (timestamps
//! are RFC 3339 text, flags are integers). Functions take a connection, so the caller decides
//! the transaction.

pub mod accounts;
pub mod awards;
pub mod catalog;
pub mod cohorts;
pub mod decisions;
pub mod evidence;
pub mod readiness;
pub mod sessions;
pub mod submissions;

use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, Utc};
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

pub use sqlx::AnyConnection as Conn;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");

/// Whose records a query reads: one student, or every student of a cohort at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Students {
    One(i64),
    InCohort(i64),
}

impl Students {
    /// The condition on `column` (a student id) that selects these students, binding `$1`.
    fn condition(self, column: &str) -> String {
        match self {
            Students::One(_) => format!("{column} = $1"),
            Students::InCohort(_) => {
                format!("{column} in (select student_id from enrolment where cohort_id = $1)")
            }
        }
    }

    /// The id bound as `$1`.
    fn id(self) -> i64 {
        match self {
            Students::One(id) | Students::InCohort(id) => id,
        }
    }
}

/// The database products Vaardig runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a database URL names, if Vaardig supports it.
    pub fn of_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// Opens a connection pool. For SQLite every connection enforces foreign keys and waits up to
/// five seconds for a lock instead of failing; the file uses write-ahead logging so readers never
/// block the writer.
pub async fn connect(url: &str) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of_url(url)
        .ok_or_else(|| sqlx::Error::Configuration(format!("unsupported database URL '{url}'").into()))?;
    let pool = AnyPoolOptions::new()
        .max_connections(match backend {
            Backend::Sqlite => 8,
            Backend::Postgres => 16,
        })
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    conn.execute("pragma foreign_keys = on").await?;
                    conn.execute("pragma busy_timeout = 5000").await?;
                    conn.execute("pragma synchronous = normal").await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await?;
    if backend == Backend::Sqlite {
        // Persistent in the file: set once, holds for every later connection.
        pool.execute("pragma journal_mode = wal").await?;
    }
    Ok(pool)
}

/// Applies the migrations that have not been applied yet.
pub async fn migrate(pool: &AnyPool) -> Result<(), sqlx::migrate::MigrateError> {
    let url = pool.connect_options().database_url.to_string();
    match Backend::of_url(&url) {
        Some(Backend::Sqlite) => SQLITE_MIGRATIONS.run(pool).await,
        _ => Err(sqlx::migrate::MigrateError::Source(
            format!("no migrations for the database at '{}'", redact(&url)).into(),
        )),
    }
}

/// True when the database holds no accounts, cohorts or catalog: the state `vaardig demo` needs.
pub async fn is_empty(conn: &mut AnyConnection) -> Result<bool, sqlx::Error> {
    let (accounts, cohorts): (i64, i64) =
        sqlx::query_as("select (select count(*) from account), (select count(*) from cohort)")
            .fetch_one(&mut *conn)
            .await?;
    Ok(accounts == 0 && cohorts == 0)
}

/// Begins a write transaction on a fresh connection from the pool. On SQLite it takes the write
/// lock at once (`BEGIN IMMEDIATE`): concurrent writers then wait their turn (the busy timeout)
/// instead of one failing when it upgrades a read lock in the middle of its work.
pub async fn begin(pool: &AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match Backend::of_url(pool.connect_options().database_url.as_ref()) {
        Some(Backend::Sqlite) => pool.begin_with("BEGIN IMMEDIATE").await,
        _ => pool.begin().await,
    }
}

/// A timestamp as stored: UTC, RFC 3339, fixed width with microseconds, so text order is time order.
pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// Reads a timestamp written by [`timestamp`].
pub fn parse_timestamp(text: &str) -> Result<DateTime<Utc>, sqlx::Error> {
    DateTime::<chrono::FixedOffset>::from_str(text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|error| sqlx::Error::Decode(format!("bad timestamp '{text}': {error}").into()))
}

/// True when the error is a violation of the named unique constraint (or primary key).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            format!("{}://…{}", &url[..scheme_end], &url[at..])
        }
        _ => url.to_owned(),
    }
}

/// Closes a single connection politely (used by one-shot CLI commands).
pub async fn close(conn: AnyConnection) -> Result<(), sqlx::Error> {
    conn.close().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn timestamps_have_a_fixed_width_and_round_trip() {
        let at = Utc.with_ymd_and_hms(2026, 11, 22, 9, 5, 0).unwrap();
        assert_eq!(timestamp(at), "2026-11-22T09:05:00.000000Z");
        assert_eq!(parse_timestamp(&timestamp(at)).unwrap(), at);
    }

    #[test]
    fn backends_are_recognised_by_scheme() {
        assert_eq!(Backend::of_url("sqlite://data/vaardig.db?mode=rwc"), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("postgres://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("mysql://h/db"), None);
    }

    #[test]
    fn passwords_are_left_out_of_urls_in_messages() {
        assert_eq!(redact("postgres://vaardig:geheim@db:5432/v"), "postgres://…@db:5432/v");
        assert_eq!(redact("sqlite://data/v.db"), "sqlite://data/v.db");
    }
}
