//! Backup and restore while the server works, and what a `kill -9` leaves: a backup taken
//! during uploads and decisions restores elsewhere whole (its chain verifies, every file is
//! there); one taken at rest restores row for row and file for file; after a server is killed
//! mid-work and started again, the database is sound, the chain verifies and the orphan
//! collector has removed every file and spooled upload nothing refers to.

use std::collections::BTreeSet;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use app::server::blobs::BlobStore;
use app::server::services::backup::{self, BackupError};
use app::server::services::record_chain;
use app::server::storage::{self, Backend};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use server::config::StorageArgs;
use sqlx::AnyPool;

use crate::common::world::{World, M_IT_020};
use crate::common::{client, TestApp};

fn on_sqlite(app: &TestApp) -> bool {
    Backend::of_url(&app.storage.database_url()) == Some(Backend::Sqlite)
}

/// Uploads PDFs and decides skills, one after the other, until `stop` is set; answers how many
/// of each went through.
async fn keep_working(world: &World, stop: &AtomicBool) -> (usize, usize) {
    let (mut uploads, mut decisions) = (0, 0);
    while !stop.load(Ordering::Relaxed) && uploads < 200 {
        let meta =
            json!({ "kind": "file", "title": "Verslag", "date": "2026-11-20", "skill_ids": [M_IT_020[0]] });
        let pdf = format!("%PDF-1.7 verslag {uploads}").into_bytes();
        assert_eq!(
            world.app.upload(&world.student, "verslag.pdf", pdf, &meta).await.status(),
            StatusCode::CREATED
        );
        uploads += 1;
        let verdict = if decisions % 2 == 0 { "achieved" } else { "not_yet" };
        let skill = M_IT_020[decisions % M_IT_020.len()];
        let response = world.post_decision(&world.assessor, &[skill], verdict, "Gezien.", &[]).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        decisions += 1;
    }
    (uploads, decisions)
}

/// The storage of a new, empty data folder on local disk.
fn empty_site(dir: &Path) -> StorageArgs {
    StorageArgs {
        data_dir: dir.to_path_buf(),
        database_url: None,
        blob_url: None,
        db_max_connections: 4,
        db_acquire_timeout: 10,
        db_statement_timeout: 30,
    }
}

/// Restores `archive` into a new data folder and opens it as the server would.
async fn restored(archive: &Path, dir: &Path) -> (AnyPool, BlobStore) {
    let site = empty_site(dir);
    let blobs = site.blob_store().unwrap();
    let url = site.database_url();
    let (db_file, root) = backup::local_files(&url, &blobs).unwrap();
    backup::restore(archive, &db_file, root).await.expect("restored");
    (server::startup::open_database(&site).await.expect("opens"), blobs)
}

/// Every row of every table, as SQLite quotes its values, table by table.
async fn all_rows(db: &AnyPool) -> Vec<(String, Vec<String>)> {
    let tables: Vec<(String,)> = sqlx::query_as(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
    )
    .fetch_all(db)
    .await
    .unwrap();
    let mut rows = Vec::new();
    for (table,) in tables {
        let columns: Vec<(String,)> =
            sqlx::query_as(&format!("select name from pragma_table_info('{table}') order by cid"))
                .fetch_all(db)
                .await
                .unwrap();
        let quoted = columns.iter().map(|(column,)| format!("quote(\"{column}\")")).collect::<Vec<_>>();
        let sql = format!("select {} from \"{table}\" order by 1", quoted.join(" || ',' || "));
        let values: Vec<(String,)> = sqlx::query_as(&sql).fetch_all(db).await.unwrap();
        rows.push((table, values.into_iter().map(|(row,)| row).collect()));
    }
    rows
}

/// The names of the stored files.
async fn stored_files(blobs: &BlobStore) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for prefix in 0..=u8::MAX {
        names.extend(blobs.list_prefix(prefix).await.unwrap().into_iter().map(|listed| listed.sha256));
    }
    names
}

async fn recorded_files(db: &AnyPool) -> BTreeSet<String> {
    let rows: Vec<(String,)> = sqlx::query_as("select sha256 from blob").fetch_all(db).await.unwrap();
    rows.into_iter().map(|(name,)| name).collect()
}

async fn integrity(db: &AnyPool) -> String {
    let (verdict,): (String,) = sqlx::query_as("pragma integrity_check").fetch_one(db).await.unwrap();
    verdict
}

async fn chain_length(db: &AnyPool) -> u64 {
    let verification = record_chain::verify(db, None).await.unwrap();
    let (rows,): (i64,) =
        sqlx::query_as("select (select count(*) from decision) + (select count(*) from award)")
            .fetch_one(db)
            .await
            .unwrap();
    assert_eq!(verification.outcome, Ok(rows as u64), "the chain verifies and holds every row");
    rows as u64
}

#[tokio::test]
async fn a_backup_taken_while_people_work_restores_elsewhere_whole() {
    let world = World::new().await;
    let app = &world.app;
    let (url, blobs) = (app.storage.database_url(), app.storage.blob_store().unwrap());
    let out = app.data.path().join("backup.tar");
    if !on_sqlite(app) || blobs.folder_root().is_none() {
        let refused = backup::backup(&app.db, &url, &blobs, &out).await.expect_err("refused");
        assert!(matches!(refused, BackupError::NotLocal));
        assert!(refused.to_string().contains("pg_dump"), "{refused}");
        assert!(!out.exists());
        return;
    }
    let stop = AtomicBool::new(false);
    let during = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let made = backup::backup(&app.db, &url, &blobs, &out).await.expect("backup");
        stop.store(true, Ordering::Relaxed);
        made
    };
    let ((uploads, decisions), made) = tokio::join!(keep_working(&world, &stop), during);
    assert!(uploads > 0 && decisions > 0);
    assert!(made.files > 0, "files were copied");
    assert_eq!(
        backup::backup(&app.db, &url, &blobs, &out).await.err().map(|e| e.to_string()),
        Some(format!("{} exists already: name a new file", out.display()))
    );

    let elsewhere = tempfile::tempdir().unwrap();
    let (copy, copy_blobs) = restored(&out, elsewhere.path()).await;
    assert_eq!(integrity(&copy).await, "ok");
    assert_eq!(Ok(chain_length(&copy).await), made.chain.outcome);
    assert_eq!(stored_files(&copy_blobs).await, recorded_files(&copy).await, "every file, and no other");

    // At rest, a backup holds exactly what the instance holds.
    let at_rest = app.data.path().join("at-rest.tar");
    backup::backup(&app.db, &url, &blobs, &at_rest).await.expect("backup at rest");
    let again = tempfile::tempdir().unwrap();
    let (copy, copy_blobs) = restored(&at_rest, again.path()).await;
    assert_eq!(all_rows(&copy).await, all_rows(&app.db).await, "every row");
    assert_eq!(stored_files(&copy_blobs).await, stored_files(&blobs).await, "every file");
    for name in stored_files(&blobs).await {
        assert_eq!(copy_blobs.read(&name, 1 << 20).await.unwrap(), blobs.read(&name, 1 << 20).await.unwrap());
    }
}

#[tokio::test]
async fn a_restore_needs_an_empty_folder_and_a_sound_archive() {
    let world = World::new().await;
    let app = &world.app;
    if !on_sqlite(app) {
        return assert!(
            backup::local_files(&app.storage.database_url(), &app.storage.blob_store().unwrap()).is_err()
        );
    }
    world.submit_with_evidence(&M_IT_020[..1]).await;
    let out = app.data.path().join("backup.tar");
    let (url, blobs) = (app.storage.database_url(), app.storage.blob_store().unwrap());
    backup::backup(&app.db, &url, &blobs, &out).await.unwrap();

    let occupied = tempfile::tempdir().unwrap();
    let db_file = occupied.path().join("vaardig.db");
    std::fs::write(&db_file, b"").unwrap();
    let refused = backup::restore(&out, &db_file, &occupied.path().join("blobs")).await.unwrap_err();
    assert!(matches!(refused, BackupError::NotEmpty(_)), "{refused}");

    // One byte of a stored file changed: refused, and nothing is left behind.
    let mut bytes = std::fs::read(&out).unwrap();
    let at = find(&bytes, b"%PDF").expect("the PDF is in the archive");
    bytes[at + 1] = b'Q';
    let damaged = app.data.path().join("damaged.tar");
    std::fs::write(&damaged, bytes).unwrap();
    let empty = tempfile::tempdir().unwrap();
    let (db_file, blob_root) = (empty.path().join("vaardig.db"), empty.path().join("blobs"));
    let refused = backup::restore(&damaged, &db_file, &blob_root).await.unwrap_err();
    assert!(refused.to_string().contains("does not hold what its name says"), "{refused}");
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0, "nothing half-restored");

    // Cut off before its last file (where a copy broke off): refused, nothing left behind.
    let whole = std::fs::read(&out).unwrap();
    let last_file = whole.windows(6).rposition(|window| window == b"blobs/").expect("a file entry");
    let cut = app.data.path().join("cut.tar");
    std::fs::write(&cut, &whole[..last_file]).unwrap();
    let refused = backup::restore(&cut, &db_file, &blob_root).await.unwrap_err();
    assert!(matches!(refused, BackupError::Damaged(_)), "{refused}");
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0, "nothing half-restored");

    // A log of another database beside the target would be replayed into this one.
    std::fs::write(empty.path().join("vaardig.db-wal"), b"oud").unwrap();
    let refused = backup::restore(&out, &db_file, &blob_root).await.unwrap_err();
    assert!(matches!(refused, BackupError::NotEmpty(_)), "{refused}");
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// A `vaardig serve` process, killed when dropped.
struct Served {
    child: Child,
    base: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn vaardig(site: &StorageArgs) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vaardig"));
    command
        .arg("--data-dir")
        .arg(&site.data_dir)
        .env("VAARDIG_DATABASE_URL", site.database_url())
        .env("VAARDIG_BLOB_URL", site.blob_url());
    command
}

/// Starts `vaardig serve` with a zero grace period for orphans and waits until it listens.
fn serve(site: &StorageArgs) -> Served {
    let mut child = vaardig(site)
        .args(["serve", "--addr", "127.0.0.1:0", "--orphan-grace-minutes", "0"])
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vaardig starts");
    let stderr = std::io::BufReader::new(child.stderr.take().expect("stderr"));
    let mut lines = stderr.lines().map_while(Result::ok);
    let base = lines
        .find_map(|line| line.split("Vaardig listens on ").nth(1).map(str::to_owned))
        .expect("the server says where it listens");
    std::thread::spawn(move || lines.for_each(drop));
    Served { child, base }
}

async fn signed_in(base: &str, email: &str) -> Client {
    let client = client();
    let body = json!({ "email": email, "password": "een-lang-demo-wachtwoord" });
    let response = client.post(format!("{base}/api/v1/session")).json(&body).send().await.unwrap();
    assert!(response.status().is_success(), "{email} signs in");
    client
}

/// Uploads and decisions against a served instance until a request fails (the server was
/// killed) or 200 rounds pass.
async fn work_until_killed(base: &str, student: &Client, assessor: &Client, student_id: i64) {
    for round in 0..200 {
        let meta =
            json!({ "kind": "file", "title": "Foto", "date": "2026-11-20", "skill_ids": [M_IT_020[0]] });
        let form = reqwest::multipart::Form::new().text("meta", meta.to_string()).part(
            "file",
            reqwest::multipart::Part::bytes(format!("%PDF-1.7 ronde {round}").into_bytes())
                .file_name("r.pdf"),
        );
        let uploaded = student.post(format!("{base}/api/v1/evidence")).multipart(form).send().await;
        let body = json!({ "student_id": student_id, "skill_ids": [M_IT_020[round % 6]], "decision": "achieved",
                           "comment": "", "evidence_ids": [] });
        let decided = assessor.post(format!("{base}/api/v1/decisions")).json(&body).send().await;
        if uploaded.is_err() || decided.is_err() {
            return;
        }
    }
}

#[tokio::test]
async fn after_kill_9_mid_work_the_database_is_sound_the_chain_verifies_and_orphans_are_gone() {
    let dir = tempfile::tempdir().unwrap();
    let mut site = empty_site(dir.path());
    site.database_url = crate::common::fresh_database().await;
    site.blob_url = std::env::var("VAARDIG_TEST_BLOB_URL")
        .ok()
        .map(|base| format!("{base}/kill-{}", rand::random::<u64>()));
    let demo = vaardig(&site).args(["demo", "--demo-password", "een-lang-demo-wachtwoord"]).output().unwrap();
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));

    let served = serve(&site);
    let student = signed_in(&served.base, "fatima.el.amrani@demo.vaardig.be").await;
    let assessor = signed_in(&served.base, "karin.vermeulen@demo.vaardig.be").await;
    let me: Value =
        student.get(format!("{}/api/v1/me", served.base)).send().await.unwrap().json().await.unwrap();
    let student_id = me["id"].as_i64().unwrap();
    let killed = Arc::new(AtomicBool::new(false));
    let kill = {
        let (killed, pid) = (killed.clone(), served.child.id());
        async move {
            tokio::time::sleep(Duration::from_millis(700)).await;
            let status = Command::new("kill").args(["-9", &pid.to_string()]).status().unwrap();
            killed.store(status.success(), Ordering::Relaxed);
        }
    };
    tokio::join!(work_until_killed(&served.base, &student, &assessor, student_id), kill);
    assert!(killed.load(Ordering::Relaxed), "the server was killed mid-work");
    drop(served);

    // Left as a crash leaves them: a stored file no row refers to, and a spooled upload.
    let blobs = site.blob_store().unwrap();
    let orphan = blobs.put(b"%PDF-1.7 nooit vastgelegd").await.unwrap();
    let mut spooled = blobs.writer().await.unwrap();
    spooled.write(b"half").await.unwrap();
    std::mem::forget(spooled);
    let spool = spool_folder(&site, &blobs);
    assert!(!files_in(&spool).is_empty(), "the kill may have left more");

    let _served = serve(&site);
    let db = storage::connect(&site.database_url(), Default::default()).await.unwrap();
    if Backend::of_url(&site.database_url()) == Some(Backend::Sqlite) {
        assert_eq!(integrity(&db).await, "ok");
    }
    assert!(chain_length(&db).await > 0, "decisions were recorded before the kill");
    let stored = stored_files(&blobs).await;
    assert!(!stored.contains(&orphan.sha256), "the orphaned file is removed");
    assert_eq!(stored, recorded_files(&db).await, "every stored file is referred to, and present");
    assert!(files_in(&spool).is_empty(), "no spooled upload is left");
}

/// Where the instance spools uploads: `tmp` in a blob folder, `spool` in the data folder for an
/// object store.
fn spool_folder(site: &StorageArgs, blobs: &BlobStore) -> PathBuf {
    blobs.folder_root().map_or_else(|| site.data_dir.join("spool"), |root| root.join("tmp"))
}

fn files_in(folder: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(folder)
        .map(|entries| entries.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default()
}
