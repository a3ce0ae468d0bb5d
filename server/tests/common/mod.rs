//! Spawns the real application on a random port with a fresh SQLite file per test.

#![allow(dead_code)] // each test binary uses a different part of these helpers

use app::server::services::accounts;
use app::server::storage::{self, cohorts};
use chrono::Utc;
use domain::{FrameworkCode, Role};
use leptos::config::LeptosOptions;
use server::config::StorageArgs;
use server::startup::{self, ServerOptions};
use sqlx::AnyPool;
use tempfile::TempDir;

pub const PASSWORD: &str = "een-lang-wachtwoord";
/// The upload limit of the test server: small, so refusing a larger file is cheap to test.
pub const MAX_UPLOAD_BYTES: u64 = 1024 * 1024;

pub struct TestApp {
    pub base: String,
    pub db: AnyPool,
    pub data: TempDir,
}

pub async fn spawn_app() -> TestApp {
    let data = tempfile::tempdir().expect("temp dir");
    let storage_args =
        StorageArgs { data_dir: data.path().to_path_buf(), database_url: None, blob_dir: None };
    let db = startup::open_database_with_catalog(&storage_args).await.expect("database opens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("port");
    let addr = listener.local_addr().expect("address");
    let leptos_options =
        LeptosOptions::builder().output_name("vaardig").site_root("target/site").site_addr(addr).build();
    let options = ServerOptions {
        secure_cookies: false,
        session_lifetime: chrono::Duration::hours(1),
        max_upload_bytes: MAX_UPLOAD_BYTES,
        institution: "CVO Testcentrum".into(),
    };
    let state = startup::app_state(db.clone(), &storage_args, &options, leptos_options);
    tokio::spawn(startup::serve(listener, state));
    TestApp { base: format!("http://{addr}"), db, data }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Every file under the blob folder, temporary ones included.
    pub fn blob_files(&self) -> Vec<std::path::PathBuf> {
        fn walk(folder: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else {
                    found.push(path);
                }
            }
        }
        let mut found = Vec::new();
        walk(&self.data.path().join("blobs"), &mut found);
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
        accounts::create(&mut conn, email, name, role, Some(PASSWORD.into()), Utc::now())
            .await
            .expect("account created")
            .account
            .id
    }

    /// Creates a cohort in a framework, with its students and assessors; returns its id.
    pub async fn cohort(&self, name: &str, framework: &str, students: &[i64], assessors: &[i64]) -> i64 {
        let mut conn = self.db.acquire().await.expect("connection");
        let framework_id = storage::catalog::framework_id(&mut conn, &FrameworkCode::new(framework))
            .await
            .expect("query")
            .expect("framework exists");
        let at = storage::timestamp(Utc::now());
        let new_cohort = cohorts::NewCohort {
            name,
            framework_id,
            school_year: "2026-2027",
            starts_on: "2026-09-01",
            ends_on: "2027-06-30",
        };
        let id = cohorts::insert(&mut conn, &new_cohort, &at).await.expect("cohort");
        for student in students {
            cohorts::enrol(&mut conn, id, *student, &at).await.expect("enrolment");
        }
        for assessor in assessors {
            cohorts::assign_assessor(&mut conn, id, *assessor, &at).await.expect("assignment");
        }
        id
    }

    /// A client with its own cookie jar, signed in as `email`.
    pub async fn signed_in(&self, email: &str) -> reqwest::Client {
        let client = client();
        let response = client
            .post(self.url("/api/v1/session"))
            .json(&serde_json::json!({ "email": email, "password": PASSWORD }))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200, "signing in as {email}");
        client
    }
}

/// A client that keeps cookies, like a browser.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).build().expect("client")
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
