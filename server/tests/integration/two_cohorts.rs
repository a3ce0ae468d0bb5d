//! A student in two cohorts of one programme (a second attempt, an evening and a day group): their
//! skill is one record, shown once in every list; running cohorts never share a name.

use crate::common::{spawn_app, TestApp};
use app::server::storage::{self, cohorts};
use chrono::Utc;
use domain::{AccountId, CohortId, FrameworkCode, Role, StudentId, Timestamp};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

const SKILL: &str = "BO-IT-002.M-IT-020.7.1";

/// Creates a running BO-IT-002 cohort of 2026-2027 that starts on `starts_on`.
async fn cohort(app: &TestApp, name: &str, starts_on: &str, students: &[i64], assessors: &[i64]) -> CohortId {
    let mut conn = app.db.acquire().await.unwrap();
    let framework_id =
        storage::catalog::framework_id(&mut conn, &FrameworkCode::new("BO-IT-002")).await.unwrap().unwrap();
    let at: Timestamp = Utc::now().into();
    let new = cohorts::NewCohort {
        name,
        framework_id,
        profile_code: None,
        school_year: "2026-2027",
        starts_on,
        ends_on: "2027-06-30",
    };
    let id = cohorts::insert(&mut conn, &new, at).await.unwrap();
    for student in students {
        cohorts::enrol(&mut conn, id, StudentId::new(*student), at).await.unwrap();
    }
    for assessor in assessors {
        cohorts::assign_assessor(&mut conn, id, AccountId::new(*assessor), at).await.unwrap();
    }
    id
}

#[tokio::test]
async fn a_student_in_two_cohorts_of_a_programme_is_one_record_in_every_list() {
    let app = spawn_app().await;
    let student_id = app.account("ayse.yilmaz@centrum.be", Role::Student).await;
    let assessor_id = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let evening = cohort(&app, "Avond", "2026-09-01", &[student_id], &[assessor_id]).await;
    let day = cohort(&app, "Dag", "2027-02-01", &[student_id], &[assessor_id]).await;
    let student = app.signed_in("ayse.yilmaz@centrum.be").await;
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;

    let meta = json!({ "kind": "file", "title": "Verslag", "date": "2026-11-20", "skill_ids": [SKILL] });
    let form = Form::new()
        .text("meta", meta.to_string())
        .part("file", Part::bytes(b"%PDF-1.7 verslag".to_vec()).file_name("verslag.pdf"));
    let uploaded = student.post(app.url("/api/v1/evidence")).multipart(form).send().await.unwrap();
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let evidence = uploaded.json::<Value>().await.unwrap()["items"][0]["id"].as_i64().unwrap();
    let submitted = student
        .post(app.url("/api/v1/submissions"))
        .json(&json!({ "skill_ids": [SKILL] }))
        .send()
        .await
        .unwrap();
    assert_eq!(submitted.status(), StatusCode::CREATED);

    for client in [&assessor, &coordinator] {
        let queue = app.get_json(client, "/api/v1/queue").await;
        let entries = queue.as_array().unwrap();
        assert_eq!(entries.len(), 1, "once, not once per cohort: {queue}");
        assert_eq!(entries[0]["skill_id"], SKILL);
        assert_eq!(
            (entries[0]["cohort_id"].as_i64(), entries[0]["cohort_name"].as_str()),
            (Some(day.get()), Some("Dag"))
        );
    }
    for (cohort, name) in [(evening, "Avond"), (day, "Dag")] {
        let queue = app.get_json(&assessor, &format!("/api/v1/queue?cohort={cohort}")).await;
        assert_eq!(queue.as_array().unwrap().len(), 1, "{queue}");
        assert_eq!(queue[0]["cohort_name"], name, "filtered on a cohort, the entry names it");
    }

    // One programme, whichever cohort it is followed in: no "which one?" question.
    let progress = app.get_json(&assessor, &format!("/api/v1/students/{student_id}/progress")).await;
    assert_eq!(progress["units"][0]["competencies"][0]["skills"][0]["status"], "submitted");

    let decided = assessor
        .post(app.url("/api/v1/decisions"))
        .json(&json!({ "student_id": student_id, "skill_ids": [SKILL], "decision": "achieved",
                       "comment": "Goed.", "evidence_ids": [evidence] }))
        .send()
        .await
        .unwrap();
    assert_eq!(decided.status(), StatusCode::CREATED);
    assert_eq!(app.get_json(&assessor, "/api/v1/queue").await, json!([]));
    assert_eq!(app.rows("decision").await, 1);
    for cohort in [evening, day] {
        let readiness = app.get_json(&coordinator, &format!("/api/v1/cohorts/{cohort}/readiness")).await;
        let students = readiness["students"].as_array().unwrap();
        assert_eq!(students.len(), 1, "{readiness}");
        assert_eq!(
            (students[0]["student"]["id"].as_i64(), students[0]["achieved"].as_u64()),
            (Some(student_id), Some(1))
        );
    }
}

async fn create(
    app: &TestApp,
    coordinator: &Client,
    name: &str,
    framework: &str,
    year: &str,
) -> reqwest::Response {
    let (first, second) = year.split_once('-').unwrap();
    let body = json!({ "name": name, "framework": framework, "school_year": year,
                       "starts_on": format!("{first}-09-01"), "ends_on": format!("{second}-06-30") });
    coordinator.post(app.url("/api/v1/cohorts")).json(&body).send().await.unwrap()
}

#[tokio::test]
async fn running_cohorts_of_a_programme_and_year_never_share_a_name() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let first = create(&app, &coordinator, "Avond Gent", "BO-IT-002", "2026-2027").await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first = first.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

    for (name, shown) in [("Avond Gent", "Avond Gent"), ("avond  GENT ", "avond GENT")] {
        let twin = create(&app, &coordinator, name, "BO-IT-002", "2026-2027").await;
        assert_eq!(twin.status(), StatusCode::CONFLICT, "{name}");
        let body: Value = twin.json().await.unwrap();
        assert_eq!(
            body["error"]["message"],
            format!(
                "Er loopt al een groep '{shown}' voor BO-IT-002 in schooljaar 2026-2027. Kies een andere naam, \
                 of archiveer eerst de andere groep."
            )
        );
    }
    assert_eq!(
        create(&app, &coordinator, "Avond Gent", "BO-IT-002", "2027-2028").await.status(),
        StatusCode::CREATED
    );
    assert_eq!(
        create(&app, &coordinator, "Avond Gent", "BK-0547-2", "2026-2027").await.status(),
        StatusCode::CREATED
    );

    let archive =
        coordinator.post(app.url(&format!("/api/v1/cohorts/{first}/archive"))).send().await.unwrap();
    assert_eq!(archive.status(), StatusCode::NO_CONTENT);
    let again = create(&app, &coordinator, "Avond Gent", "BO-IT-002", "2026-2027").await;
    assert_eq!(again.status(), StatusCode::CREATED, "an archived cohort's name is free again");
    assert_eq!(app.rows("cohort").await, 4);
}

#[tokio::test]
async fn the_database_itself_refuses_a_second_running_cohort_of_one_name() {
    let app = spawn_app().await;
    cohort(&app, "Avond", "2026-09-01", &[], &[]).await;
    let mut conn = app.db.acquire().await.unwrap();
    let framework_id =
        storage::catalog::framework_id(&mut conn, &FrameworkCode::new("BO-IT-002")).await.unwrap().unwrap();
    let twin = cohorts::NewCohort {
        name: "AVOND",
        framework_id,
        profile_code: None,
        school_year: "2026-2027",
        starts_on: "2027-02-01",
        ends_on: "2027-06-30",
    };
    let refused = cohorts::insert(&mut conn, &twin, Utc::now().into()).await.unwrap_err();
    assert!(storage::is_unique_violation(&refused), "{refused}");
}

#[tokio::test]
async fn running_cohorts_that_shared_a_name_before_the_rule_keep_it_with_their_number_added() {
    use sqlx::migrate::Migrator;
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let dir = tempfile::tempdir().unwrap();
    let (url, folder) = match crate::common::fresh_database().await {
        Some(url) => (url, "postgres"),
        None => (format!("sqlite://{}?mode=rwc", dir.path().join("vaardig.db").display()), "sqlite"),
    };
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations").join(folder);
    let all = Migrator::new(path).await.unwrap();
    let earlier: Vec<_> = all.migrations.iter().filter(|m| m.version < 20261129000300).cloned().collect();
    let before = Migrator { migrations: earlier.into(), ..Migrator::DEFAULT };
    let mut conn = sqlx::AnyConnection::connect(&url).await.unwrap();
    before.run(&mut conn).await.unwrap();
    for statement in [
        "insert into framework (framework_id, code, title, kind, content_hash, updated_at)
         values (1, 'BO-IT-002', 'Digitale Gebruikersondersteuner', 'opleidingsprofiel', '-', '2026-01-01')",
        "insert into cohort (cohort_id, name, framework_id, school_year, starts_on, ends_on, archived_at, created_at)
         values (1, 'Avond', 1, '2026-2027', '2026-09-01', '2027-06-30', null, '2026-01-01'),
                (2, 'avond', 1, '2026-2027', '2026-09-01', '2027-06-30', null, '2026-01-01'),
                (3, 'Avond', 1, '2026-2027', '2026-09-01', '2027-06-30', '2026-02-01', '2026-01-01'),
                (4, 'Avond', 1, '2027-2028', '2027-09-01', '2028-06-30', null, '2026-01-01')",
    ] {
        sqlx::query(statement).execute(&mut conn).await.unwrap();
    }
    all.run(&mut conn).await.unwrap();
    let names: Vec<(i64, String)> = sqlx::query_as("select cohort_id, name from cohort order by cohort_id")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    let expected = [(1, "Avond"), (2, "avond (2)"), (3, "Avond"), (4, "Avond")];
    assert_eq!(names, expected.map(|(id, name)| (id, name.to_owned())));
}
