//! Where Vaardig keeps its data, from flags and `VAARDIG_*` environment variables.

use std::path::{Path, PathBuf};

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

    /// Folder for evidence files (default: DATA_DIR/blobs).
    #[arg(long, env = "VAARDIG_BLOB_DIR", global = true)]
    pub blob_dir: Option<PathBuf>,
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

    pub fn blob_dir(&self) -> PathBuf {
        self.blob_dir.clone().unwrap_or_else(|| self.data_dir.join("blobs"))
    }

    /// Creates the data and blob folders, and the folder of a SQLite file, when missing.
    pub fn create_folders(&self) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.data_dir)?;
        std::fs::create_dir_all(self.blob_dir())?;
        if let Some(folder) =
            sqlite_file(&self.database_url()).and_then(|file| file.parent().map(Path::to_path_buf))
        {
            if !folder.as_os_str().is_empty() {
                std::fs::create_dir_all(folder)?;
            }
        }
        Ok(())
    }
}

/// The file a `sqlite:` URL points at, if it names one.
fn sqlite_file(url: &str) -> Option<PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(database_url: Option<&str>) -> StorageArgs {
        StorageArgs {
            data_dir: "/srv/vaardig".into(),
            database_url: database_url.map(str::to_owned),
            blob_dir: None,
        }
    }

    #[test]
    fn the_default_database_is_a_file_in_the_data_dir() {
        assert_eq!(args(None).database_url(), "sqlite:///srv/vaardig/vaardig.db?mode=rwc");
        assert_eq!(args(None).blob_dir(), PathBuf::from("/srv/vaardig/blobs"));
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

    #[test]
    fn the_sqlite_file_is_read_from_the_url() {
        assert_eq!(sqlite_file("sqlite://data/v.db?mode=rwc"), Some(PathBuf::from("data/v.db")));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://h/db"), None);
    }
}
