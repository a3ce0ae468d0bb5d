//! Several app servers on one database and one blob store, as behind a load balancer: nothing a
//! request needs may live in one server's memory. Runs on whichever backend the suite is pointed
//! at (SQLite and a folder by default; PostgreSQL and S3 in the second pass of `scripts/test`).

use crate::common;

use crate::common::{spawn_app, TestApp};
use app::server::storage;
use domain::{CohortId, Role};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

const SKILLS: [&str; 3] = ["BO-IT-002.M-IT-020.7.1", "BO-IT-002.M-IT-020.7.2", "BO-IT-002.M-IT-020.7.3"];

async fn decide(app: &TestApp, assessor: &Client, student: i64, skill: &str, verdict: &str) -> StatusCode {
    assessor
        .post(app.url("/api/v1/decisions"))
        .json(&json!({ "student_id": student, "skill_ids": [skill], "decision": verdict, "comment": "Op de werkplek." }))
        .send()
        .await
        .unwrap()
        .status()
}

async fn readiness(app: &TestApp, client: &Client, cohort: CohortId) -> Value {
    let response = client.get(app.url(&format!("/api/v1/cohorts/{cohort}/readiness"))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

#[tokio::test]
async fn two_servers_share_sessions_files_and_decisions() {
    let first = spawn_app().await;
    let second = first.another_server().await;
    assert_ne!(first.base, second.base);
    let student_id = first.account("cursist@centrum.be", Role::Student).await;
    let assessor_id = first.account("beoordelaar@centrum.be", Role::Assessor).await;
    let cohort = first.cohort("Avond", "BO-IT-002", &[student_id], &[assessor_id]).await;

    // A session made on one server is valid on the other (cookies are not bound to a port).
    let student = first.signed_in("cursist@centrum.be").await;
    let me: Value = student.get(second.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["email"], "cursist@centrum.be");

    // A file uploaded through one server downloads through the other.
    let content = b"%PDF-1.7 verslag van de stage".to_vec();
    let meta = json!({ "kind": "file", "title": "Verslag", "date": "2026-11-20", "skill_ids": SKILLS });
    let form = Form::new()
        .text("meta", meta.to_string())
        .part("file", Part::bytes(content.clone()).file_name("verslag.pdf"));
    let uploaded = student.post(first.url("/api/v1/evidence")).multipart(form).send().await.unwrap();
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let item = uploaded.json::<Value>().await.unwrap()["items"][0]["id"].as_i64().unwrap();
    let file = student.get(second.url(&format!("/api/v1/evidence/{item}/file"))).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.bytes().await.unwrap().as_ref(), content.as_slice());

    // A decision recorded on one server shows at once on the other, whose readiness was cached.
    let assessor = first.signed_in("beoordelaar@centrum.be").await;
    assert_eq!(readiness(&first, &assessor, cohort).await["students"][0]["achieved"], 0);
    assert_eq!(decide(&second, &assessor, student_id, SKILLS[0], "achieved").await, StatusCode::CREATED);
    assert_eq!(readiness(&first, &assessor, cohort).await["students"][0]["achieved"], 1);

    // Concurrent decisions through both servers are all recorded.
    let decisions = (0..16).map(|n| {
        let server = if n % 2 == 0 { &first } else { &second };
        let verdict = if n % 3 == 0 { "not_yet" } else { "achieved" };
        decide(server, &assessor, student_id, SKILLS[n % SKILLS.len()], verdict)
    });
    let statuses = futures::future::join_all(decisions).await;
    assert!(statuses.iter().all(|status| *status == StatusCode::CREATED), "{statuses:?}");
    assert_eq!(first.rows("decision").await, 17);
    let from_first = readiness(&first, &assessor, cohort).await;
    assert_eq!(from_first, readiness(&second, &assessor, cohort).await, "both servers agree");

    // Signing out on one server ends the session on both.
    assert_eq!(student.delete(second.url("/api/v1/session")).send().await.unwrap().status(), 204);
    let after = student.get(first.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(after.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn servers_migrating_one_database_at_once_all_succeed() {
    let app = spawn_app().await;
    let fresh = common::fresh_database()
        .await
        .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", app.data.path().join("samen.db").display()));
    let runs = (0..4).map(|_| storage::migrate(&fresh));
    for outcome in futures::future::join_all(runs).await {
        outcome.expect("every server's migration succeeds");
    }
    let db = storage::connect(&fresh, Default::default()).await.unwrap();
    let applied: i64 = sqlx::query_scalar("select count(*) from _sqlx_migrations where success = $1")
        .bind(true)
        .fetch_one(&db)
        .await
        .unwrap();
    let expected: i64 =
        sqlx::query_scalar("select count(*) from _sqlx_migrations").fetch_one(&app.db).await.unwrap();
    assert_eq!(applied, expected, "each migration applied once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_whole_while_other_servers_start_in_the_same_process() {
    let world = crate::common::world::World::new().await;
    let app = std::sync::Arc::new(world.app);
    let handle = tokio::runtime::Handle::current();
    let starting = {
        let app = app.clone();
        tokio::task::spawn_blocking(move || {
            for _ in 0..10 {
                drop(handle.block_on(app.another_server()));
            }
        })
    };
    for _ in 0..30 {
        let request = world.student.get(app.url("/catalogus")).send();
        let response = tokio::time::timeout(std::time::Duration::from_secs(20), request)
            .await
            .expect("the page is answered while another server starts")
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
    }
    starting.await.unwrap();
}
