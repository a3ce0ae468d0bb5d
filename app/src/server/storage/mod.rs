//! The storage layer: every SQL statement of Vaardig lives in this module tree.
//!
//! The backend is chosen at run time from the database URL (`sqlite:` or `postgres:`) through
//! sqlx's `Any` driver, so statements stay in the subset both accept: `$n` parameters,
//! `insert … on conflict … do update`, `returning`, and no backend-specific types (timestamps
//! are RFC 3339 text, flags are integers). Functions take a connection, so the caller decides
//! the transaction.

pub mod account_tokens;
pub mod accounts;
pub mod audit;
pub mod awards;
pub mod badges;
pub mod catalog;
pub mod cohorts;
pub mod conversations;
pub mod crosswalks;
pub mod decisions;
pub mod deliberations;
pub mod evidence;
pub mod kept_forms;
pub mod notifications;
pub mod outbox;
pub mod pending_imports;
pub mod privacy;
pub mod readiness;
pub mod record_chain;
pub mod sessions;
pub mod sign_in_failures;
pub mod submissions;

use std::path::{Path, PathBuf};
use std::time::Duration;

use domain::Timestamp;
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;
use sqlx::{AnyConnection, AnyPool, Connection, Executor};

pub use sqlx::AnyConnection as Conn;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

/// Whose records a query reads: one student, or every student of a cohort at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Students {
    One(domain::StudentId),
    InCohort(domain::CohortId),
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
            Students::One(student) => student.get(),
            Students::InCohort(cohort) => cohort.get(),
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

/// How many connections a pool keeps and how long it waits for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolSettings {
    pub max_connections: u32,
    /// How long a request waits for a free connection (or a new one) before it fails.
    pub acquire_timeout: Duration,
    /// How long one statement may run before the database cancels it (PostgreSQL), or how long
    /// a writer waits for SQLite's lock.
    pub statement_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_connections: 16,
            acquire_timeout: Duration::from_secs(10),
            statement_timeout: Duration::from_secs(30),
        }
    }
}

/// Opens a connection pool. For SQLite every connection enforces foreign keys and waits for a
/// lock instead of failing; the file uses write-ahead logging so readers never block the writer.
pub async fn connect(url: &str, settings: PoolSettings) -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    let backend = Backend::of_url(url).ok_or_else(|| {
        sqlx::Error::Configuration(format!("unsupported database URL '{}'", redact(url)).into())
    })?;
    let timeout_ms = settings.statement_timeout.as_millis();
    let pool = AnyPoolOptions::new()
        .max_connections(settings.max_connections)
        .acquire_timeout(settings.acquire_timeout)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                match backend {
                    Backend::Sqlite => {
                        conn.execute("pragma foreign_keys = on").await?;
                        conn.execute(format!("pragma busy_timeout = {timeout_ms}").as_str()).await?;
                        conn.execute("pragma synchronous = normal").await?;
                        // Deleted and overwritten content is zeroed, so erased personal data
                        // does not linger in free pages of the file.
                        conn.execute("pragma secure_delete = on").await?;
                    }
                    Backend::Postgres => {
                        conn.execute(format!("set statement_timeout = {timeout_ms}").as_str()).await?;
                    }
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

/// Why the schema could not be brought up to date.
#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    #[error(
        "the database schema is newer than this program (it has migration {0}, which this version \
         of Vaardig does not know): run the newer version of Vaardig, or restore a matching backup"
    )]
    SchemaTooNew(i64),
    #[error("cannot reach the database: {0}")]
    Unreachable(sqlx::Error),
    #[error("cannot open the database: {0}")]
    Unusable(sqlx::Error),
    #[error("{0}")]
    Failed(sqlx::migrate::MigrateError),
}

/// Applies the migrations that have not been applied yet.
///
/// On PostgreSQL several servers may run this at once: sqlx takes a session advisory lock around
/// the whole run, so one migrates and the others wait and then find nothing to do. The run uses a
/// connection of its own, closed afterwards, so a run that fails half-way cannot leave that lock
/// held by a pooled connection.
pub async fn migrate(url: &str) -> Result<(), MigrationError> {
    sqlx::any::install_default_drivers();
    let migrator = match Backend::of_url(url) {
        Some(Backend::Sqlite) => &SQLITE_MIGRATIONS,
        Some(Backend::Postgres) => &POSTGRES_MIGRATIONS,
        None => {
            let message = format!("unsupported database URL '{}'", redact(url));
            return Err(MigrationError::Unusable(sqlx::Error::Configuration(message.into())));
        }
    };
    let _sqlite_lock = match sqlite_file(url) {
        Some(file) => Some(
            lock_file_for_migrating(&file)
                .await
                .map_err(|error| MigrationError::Unusable(sqlx::Error::Io(error)))?,
        ),
        None => None,
    };
    let mut conn = AnyConnection::connect(url).await.map_err(|error| {
        if is_connection_error(&error) {
            MigrationError::Unreachable(error)
        } else {
            MigrationError::Unusable(error)
        }
    })?;
    let outcome = migrator.run(&mut conn).await;
    let _ = conn.close().await;
    outcome.map_err(|error| match error {
        sqlx::migrate::MigrateError::VersionMissing(version) => MigrationError::SchemaTooNew(version),
        sqlx::migrate::MigrateError::Execute(error) if is_connection_error(&error) => {
            MigrationError::Unreachable(error)
        }
        error => MigrationError::Failed(error),
    })
}

/// SQLite has no advisory locks (sqlx's migration lock is a no-op there): processes migrating the
/// same file take turns through an OS lock on a file beside it, released when the file is closed.
async fn lock_file_for_migrating(database: &Path) -> std::io::Result<std::fs::File> {
    let mut lock_path = database.as_os_str().to_owned();
    lock_path.push(".migrate-lock");
    tokio::task::spawn_blocking(move || {
        let file = std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(lock_path)?;
        file.lock()?;
        Ok(file)
    })
    .await
    .map_err(std::io::Error::other)?
}

/// The file a `sqlite:` URL points at, if it names one.
pub fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

/// True for errors of reaching the database rather than of a statement.
pub fn is_connection_error(error: &sqlx::Error) -> bool {
    matches!(
        error,
        sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed
    )
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

/// Begins a read-only transaction that sees one consistent snapshot of the database throughout:
/// `REPEATABLE READ` on PostgreSQL; on SQLite (write-ahead log) a read transaction is one.
pub async fn begin_snapshot(pool: &AnyPool) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    if Backend::of_url(pool.connect_options().database_url.as_ref()) == Some(Backend::Postgres) {
        tx.execute("set transaction isolation level repeatable read, read only").await?;
    }
    Ok(tx)
}

/// Reads a stored [`Timestamp`]; text that is not one is a decode error.
pub fn parse_timestamp(text: &str) -> Result<Timestamp, sqlx::Error> {
    text.parse().map_err(|error: domain::time::TimestampError| sqlx::Error::Decode(error.into()))
}

/// True when the error is a violation of the named unique constraint (or primary key).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            format!("{}://…{}", &url[..scheme_end], &url[at..])
        }
        _ => url.to_owned(),
    }
}

/// Deletes the rows of `table` (a table with a `created_at` column, named by the caller, never by
/// input) made before `before`; answers how many. For what is kept only for a while.
pub(crate) async fn remove_created_before(
    conn: &mut AnyConnection,
    table: &'static str,
    before: Timestamp,
) -> Result<u64, sqlx::Error> {
    let removed = sqlx::query(&format!("delete from {table} where created_at < $1"))
        .bind(before.to_string())
        .execute(conn)
        .await?;
    Ok(removed.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_timestamps_are_read_and_bad_ones_refused() {
        let at = parse_timestamp("2026-11-22T09:05:00.000000Z").unwrap();
        assert_eq!(at.to_string(), "2026-11-22T09:05:00.000000Z");
        assert!(matches!(parse_timestamp("gisteren"), Err(sqlx::Error::Decode(_))));
    }

    #[test]
    fn backends_are_recognised_by_scheme() {
        assert_eq!(Backend::of_url("sqlite://data/vaardig.db?mode=rwc"), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("postgres://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("mysql://h/db"), None);
    }

    #[test]
    fn the_sqlite_file_is_read_from_the_url() {
        assert_eq!(sqlite_file("sqlite://data/v.db?mode=rwc"), Some(PathBuf::from("data/v.db")));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://h/db"), None);
    }

    /// Each backend has its own migrations folder; both must hold the same history.
    #[test]
    fn both_migration_trees_hold_the_same_history() {
        let history = |migrator: &Migrator| -> Vec<(i64, String)> {
            migrator.iter().map(|migration| (migration.version, migration.description.to_string())).collect()
        };
        assert_eq!(history(&SQLITE_MIGRATIONS), history(&POSTGRES_MIGRATIONS));
        assert!(!history(&SQLITE_MIGRATIONS).is_empty());
    }

    #[test]
    fn passwords_are_left_out_of_urls_in_messages() {
        assert_eq!(redact("postgres://vaardig:geheim@db:5432/v"), "postgres://…@db:5432/v");
        assert_eq!(redact("sqlite://data/v.db"), "sqlite://data/v.db");
    }
}
