//! Spawns the real application on a random port with fresh storage per test: a SQLite file and
//! a blob folder in a temporary data folder by default. Two variables point the suite at shared
//! services instead (`scripts/test` starts them):
//! - `VAARDIG_TEST_POSTGRES=postgres://user@host:port`: a fresh PostgreSQL database per test;
//! - `VAARDIG_TEST_BLOB_URL=s3://bucket`: a fresh prefix in that bucket per test (with the usual
//!   `AWS_*` variables).

use app::server::mail::SmtpUrl;
use app::server::services::accounts;
use app::server::storage::{self, cohorts};
use app::server::{Clock, Settings};
use chrono::Utc;
use domain::{AccountId, CohortId, FrameworkCode, Role, StudentId, Timestamp};
use leptos::config::LeptosOptions;
use rand::RngCore;
use server::config::StorageArgs;
use server::startup;
use sqlx::AnyPool;
use tempfile::TempDir;

pub mod api;
pub mod logs;
pub mod mail;
pub mod world;

pub const PASSWORD: &str = "een-lang-wachtwoord";

/// The note an assessor gives when signing off a skill they saw done, without evidence.
pub const OBSERVED: &str = "Gezien in de les.";
/// The upload limit of the test server: small, so refusing a larger file is cheap to test.
pub const MAX_UPLOAD_BYTES: u64 = 1024 * 1024;

pub struct TestApp {
    pub base: String,
    pub db: AnyPool,
    pub storage: StorageArgs,
    pub data: TempDir,
    /// The server's clock: requests are dated by it.
    pub clock: Clock,
}

/// A server on fresh storage.
pub async fn spawn_app() -> TestApp {
    spawn_app_with_statement_timeout(30).await
}

/// A server on fresh storage whose statements (and SQLite writers waiting for the lock) give up
/// after `seconds`: short, to show that no request waits long for another's transaction.
pub async fn spawn_app_with_statement_timeout(seconds: u64) -> TestApp {
    let (storage, data) = fresh_storage(seconds).await;
    serve(storage, data, Clock::System, None).await
}

/// A server on fresh storage whose settings `adjust` changes from the tests' defaults.
pub async fn spawn_app_with_settings(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let (storage, data) = fresh_storage(30).await;
    serve_adjusted(storage, data, Clock::System, None, adjust).await
}

/// A server on fresh storage that sends its e-mail to a test SMTP server (see [`mail`]).
pub async fn spawn_app_with_mail() -> (TestApp, mail::SmtpSink) {
    let sink = mail::SmtpSink::start();
    let (storage, data) = fresh_storage(30).await;
    let app = serve(storage, data, Clock::System, Some(sink.url.parse().expect("SMTP URL"))).await;
    (app, sink)
}

/// A server on fresh storage whose clock stands still at `instant`: everything it records is
/// dated `instant`.
pub async fn spawn_app_at(instant: Timestamp) -> TestApp {
    let (storage, data) = fresh_storage(30).await;
    serve(storage, data, Clock::Fixed(instant), None).await
}

/// A fresh, migrated database and no server (so no outbox worker either): for use cases run
/// directly. Keep the folder as long as the pool.
pub async fn database() -> (AnyPool, TempDir) {
    let (storage, data) = fresh_storage(30).await;
    (startup::open_database_with_catalog(&storage, Clock::System).await.expect("database opens"), data)
}

async fn fresh_storage(statement_timeout_seconds: u64) -> (StorageArgs, TempDir) {
    let data = tempfile::tempdir().expect("temp dir");
    let storage = StorageArgs {
        data_dir: data.path().to_path_buf(),
        database_url: fresh_database().await,
        blob_url: std::env::var("VAARDIG_TEST_BLOB_URL").ok().map(|base| format!("{base}/{}", unique_name())),
        db_max_connections: 8,
        db_acquire_timeout: 10,
        db_statement_timeout: statement_timeout_seconds,
    };
    (storage, data)
}

impl TestApp {
    /// A second server on the same database and blob store, as a load balancer would have.
    pub async fn another_server(&self) -> TestApp {
        self.another_server_at(self.clock).await
    }

    /// A second server on the same storage whose clock is `clock`: the same place, later.
    pub async fn another_server_at(&self, clock: Clock) -> TestApp {
        let data = tempfile::tempdir().expect("temp dir");
        let storage = StorageArgs {
            data_dir: data.path().to_path_buf(),
            database_url: Some(self.storage.database_url()),
            blob_url: Some(self.storage.blob_url()),
            ..self.storage.clone()
        };
        serve(storage, data, clock, None).await
    }
}

async fn serve(storage: StorageArgs, data: TempDir, clock: Clock, smtp_url: Option<SmtpUrl>) -> TestApp {
    serve_adjusted(storage, data, clock, smtp_url, |_| {}).await
}

async fn serve_adjusted(
    storage: StorageArgs,
    data: TempDir,
    clock: Clock,
    smtp_url: Option<SmtpUrl>,
    adjust: impl FnOnce(&mut Settings),
) -> TestApp {
    let db = startup::open_database_with_catalog(&storage, clock).await.expect("database opens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("port");
    let addr = listener.local_addr().expect("address");
    let leptos_options =
        LeptosOptions::builder().output_name("vaardig").site_root(built_site(&data)).site_addr(addr).build();
    let mut settings = settings(&format!("http://{addr}"), smtp_url);
    adjust(&mut settings);
    let state = startup::app_state(db.clone(), &storage, settings, leptos_options, clock).expect("state");
    tokio::spawn(startup::serve(listener, state));
    TestApp { base: format!("http://{addr}"), db, storage, data, clock }
}

/// The settings of a test server reached at `public_url`, sending mail through `smtp_url`.
pub fn settings(public_url: &str, smtp_url: Option<SmtpUrl>) -> Settings {
    Settings {
        secure_cookies: false,
        trust_forwarded_for: false,
        public_url: public_url.to_owned(),
        smtp_url,
        mail_from: "Vaardig <vaardig@localhost>".into(),
        session_lifetime: chrono::Duration::hours(1),
        max_upload_bytes: MAX_UPLOAD_BYTES,
        orphan_grace: std::time::Duration::from_secs(24 * 3600),
        retention_years: 5,
        awards_by_deliberation_only: false,
        issuer_key_file: None,
        digest_time: chrono::NaiveTime::from_hms_opt(17, 0, 0).expect("a time of day"),
        institution: "CVO Testcentrum".into(),
    }
}

/// A stand-in for what `cargo leptos build` makes, in the test's data folder: the stylesheet the
/// pages link to (its text is all the tests read).
fn built_site(data: &TempDir) -> String {
    let site = data.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site folder");
    std::fs::write(site.join("pkg/vaardig.css"), "body { margin: 0 }").expect("stylesheet");
    site.to_str().expect("a UTF-8 path").to_owned()
}

/// A new database on the PostgreSQL server named by `VAARDIG_TEST_POSTGRES`, if any; `None`
/// means the default, a SQLite file in the data folder.
pub async fn fresh_database() -> Option<String> {
    let server = std::env::var("VAARDIG_TEST_POSTGRES").ok()?;
    let server = server.trim_end_matches('/');
    let name = format!("vaardig_{}", unique_name());
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(&format!("{server}/postgres")).await.expect("PostgreSQL reachable");
    sqlx::query(&format!("create database {name}")).execute(&admin).await.expect("database created");
    admin.close().await;
    Some(format!("{server}/{name}"))
}

fn unique_name() -> String {
    let mut bytes = [0u8; 8];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Every file in the blob store, read from its folder or bucket (not through Vaardig), and
    /// every upload still being spooled.
    pub async fn blob_files(&self) -> Vec<String> {
        let mut found = match self.storage.blob_url().strip_prefix("s3://") {
            Some(location) => objects_in_bucket(location).await,
            None => files_under(&self.data.path().join("blobs")),
        };
        for folder in [self.data.path().join("blobs/tmp"), self.data.path().join("spool")] {
            found.extend(files_under(&folder).into_iter().map(|file| format!("spooled: {file}")));
        }
        found.sort();
        found
    }

    /// Counts the rows of a table.
    pub async fn rows(&self, table: &str) -> i64 {
        let (count,): (i64,) = sqlx::query_as(&format!("select count(*) from {table}"))
            .fetch_one(&self.db)
            .await
            .expect("count");
        count
    }

    /// Creates an account with [`PASSWORD`]; returns its id.
    pub async fn account(&self, email: &str, role: Role) -> i64 {
        let mut conn = self.db.acquire().await.expect("connection");
        let name = email.split('@').next().unwrap_or(email);
        accounts::create(&mut conn, email, name, role, Some(PASSWORD.into()), Utc::now().into())
            .await
            .expect("account created")
            .account
            .id
            .get()
    }

    /// Creates a cohort in a framework, with its students and assessors; returns its id.
    pub async fn cohort(&self, name: &str, framework: &str, students: &[i64], assessors: &[i64]) -> CohortId {
        let mut conn = self.db.acquire().await.expect("connection");
        let framework_id = storage::catalog::framework_id(&mut conn, &FrameworkCode::new(framework))
            .await
            .expect("query")
            .expect("framework exists");
        let at: Timestamp = Utc::now().into();
        let new_cohort = cohorts::NewCohort {
            name,
            framework_id,
            profile_code: None,
            school_year: "2026-2027",
            starts_on: "2026-09-01",
            ends_on: "2027-06-30",
        };
        let id = cohorts::insert(&mut conn, &new_cohort, at).await.expect("cohort");
        for student in students {
            cohorts::enrol(&mut conn, id, StudentId::new(*student), at).await.expect("enrolment");
        }
        for assessor in assessors {
            cohorts::assign_assessor(&mut conn, id, AccountId::new(*assessor), at).await.expect("assignment");
        }
        id
    }

    /// A client with its own cookie jar, signed in as `email`.
    pub async fn signed_in(&self, email: &str) -> reqwest::Client {
        let client = client();
        let response = self.sign_in(&client, email, PASSWORD).await;
        assert_eq!(response.status(), 200, "signing in as {email}");
        client
    }
}

/// A client that keeps cookies, like a browser.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).build().expect("client")
}

/// The text of a PDF as a reader extracts it, spaces and line ends made single spaces.
pub fn pdf_text(bytes: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(bytes).expect("a PDF whose text can be extracted");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One skill of a progress answer (`GET /api/v1/students/{id}/progress`), by id.
pub fn skill<'a>(progress: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    progress["units"]
        .as_array()
        .expect("units")
        .iter()
        .flat_map(|unit| unit["competencies"].as_array().expect("competencies"))
        .flat_map(|competency| competency["skills"].as_array().expect("skills"))
        .find(|skill| skill["id"] == id)
        .expect("the skill is in the progress")
}

/// The names of the files in a folder of stored blobs (its subfolders, the spool `tmp` left out).
fn files_under(folder: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() && entry.file_name() != "tmp" {
            found.extend(files_under(&path));
        } else if path.is_file() {
            found.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    found
}

/// The names of the objects under `bucket/prefix`, read from the bucket itself (`AWS_*` variables).
async fn objects_in_bucket(location: &str) -> Vec<String> {
    use futures::TryStreamExt;
    use object_store::ObjectStore;
    let (bucket, prefix) = location.split_once('/').unwrap_or((location, ""));
    let s3 =
        object_store::aws::AmazonS3Builder::from_env().with_bucket_name(bucket).build().expect("S3 client");
    let objects: Vec<_> = s3.list(Some(&prefix.into())).try_collect().await.expect("bucket lists");
    objects.iter().filter_map(|object| object.location.filename().map(str::to_owned)).collect()
}
