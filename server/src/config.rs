//! Where Vaardig keeps its data, from flags and `VAARDIG_*` environment variables.

use std::path::{Path, PathBuf};
use std::time::Duration;

use app::server::blobs::BlobStore;
use app::server::storage::{self, PoolSettings};
use clap::Args;

/// Storage settings shared by every command.
#[derive(Debug, Clone, Args)]
pub struct StorageArgs {
    /// Folder for the database file and evidence files.
    #[arg(long, env = "VAARDIG_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,

    /// Database URL: `sqlite://PATH` (default: DATA_DIR/vaardig.db) or `postgres://…`.
    #[arg(long, env = "VAARDIG_DATABASE_URL", global = true)]
    pub database_url: Option<String>,

    /// Where evidence files go: `file:///FOLDER` (default: DATA_DIR/blobs) or `s3://BUCKET/PREFIX`,
    /// configured by the usual AWS_* variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
    /// AWS_REGION, AWS_ENDPOINT, AWS_ALLOW_HTTP).
    #[arg(long, env = "VAARDIG_BLOB_URL", global = true)]
    pub blob_url: Option<String>,

    /// Most database connections this process keeps open.
    #[arg(long, env = "VAARDIG_DB_MAX_CONNECTIONS", default_value_t = 16, global = true,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub db_max_connections: u32,

    /// Seconds a request waits for a database connection before it fails.
    #[arg(long, env = "VAARDIG_DB_ACQUIRE_TIMEOUT", default_value_t = 10, global = true,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub db_acquire_timeout: u64,

    /// Seconds one statement may run (PostgreSQL), or a writer waits for the lock (SQLite).
    #[arg(long, env = "VAARDIG_DB_STATEMENT_TIMEOUT", default_value_t = 30, global = true,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub db_statement_timeout: u64,
}

impl StorageArgs {
    /// The database URL to connect to. A SQLite file is created when missing.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if url.starts_with("sqlite:") && !url.contains("mode=") => {
                let separator = if url.contains('?') { '&' } else { '?' };
                format!("{url}{separator}mode=rwc")
            }
            Some(url) => url.clone(),
            None => format!("sqlite://{}?mode=rwc", self.data_dir.join("vaardig.db").display()),
        }
    }

    pub fn pool_settings(&self) -> PoolSettings {
        PoolSettings {
            max_connections: self.db_max_connections,
            acquire_timeout: Duration::from_secs(self.db_acquire_timeout),
            statement_timeout: Duration::from_secs(self.db_statement_timeout),
        }
    }

    /// The URL of the blob store.
    pub fn blob_url(&self) -> String {
        self.blob_url.clone().unwrap_or_else(|| format!("file://{}", self.data_dir.join("blobs").display()))
    }

    /// The blob store; uploads bound for an object store are spooled in DATA_DIR/spool.
    pub fn blob_store(&self) -> std::io::Result<BlobStore> {
        BlobStore::from_url(&self.blob_url(), self.data_dir.join("spool"))
    }

    /// Creates the data folder, and the folder of a SQLite file, when missing.
    pub fn create_folders(&self) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.data_dir)?;
        if let Some(folder) =
            storage::sqlite_file(&self.database_url()).and_then(|file| file.parent().map(Path::to_path_buf))
        {
            if !folder.as_os_str().is_empty() {
                std::fs::create_dir_all(folder)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(database_url: Option<&str>) -> StorageArgs {
        StorageArgs {
            data_dir: "/srv/vaardig".into(),
            database_url: database_url.map(str::to_owned),
            blob_url: None,
            db_max_connections: 16,
            db_acquire_timeout: 10,
            db_statement_timeout: 30,
        }
    }

    #[test]
    fn the_default_database_is_a_file_in_the_data_dir() {
        assert_eq!(args(None).database_url(), "sqlite:///srv/vaardig/vaardig.db?mode=rwc");
        assert_eq!(args(None).blob_url(), "file:///srv/vaardig/blobs");
    }

    #[test]
    fn a_sqlite_url_is_made_to_create_its_file() {
        assert_eq!(args(Some("sqlite://x.db")).database_url(), "sqlite://x.db?mode=rwc");
        assert_eq!(
            args(Some("sqlite://x.db?cache=shared")).database_url(),
            "sqlite://x.db?cache=shared&mode=rwc"
        );
        assert_eq!(args(Some("sqlite://x.db?mode=ro")).database_url(), "sqlite://x.db?mode=ro");
        assert_eq!(args(Some("postgres://h/db")).database_url(), "postgres://h/db");
    }
}
