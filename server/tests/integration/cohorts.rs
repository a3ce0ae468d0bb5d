//! Managing cohorts through the JSON API: creating, assigning assessors, archiving.

use crate::common::spawn_app;
use domain::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn a_coordinator_creates_staffs_and_archives_a_cohort() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let assessor = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let student = app.account("cursist@centrum.be", Role::Student).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let cohort = json!({ "name": "Avond 2027", "framework": "BO-IT-002", "school_year": "2026-2027",
                         "starts_on": "2026-09-07", "ends_on": "2027-06-25" });
    let created = coordinator.post(app.url("/api/v1/cohorts")).json(&cohort).send().await.unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let id = created.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

    let bad = json!({ "name": "X", "framework": "BO-XX-999", "school_year": "2026-2027",
                      "starts_on": "2026-09-07", "ends_on": "2027-06-25" });
    assert_eq!(
        coordinator.post(app.url("/api/v1/cohorts")).json(&bad).send().await.unwrap().status(),
        StatusCode::BAD_REQUEST
    );
    let backwards = json!({ "name": "X", "framework": "BO-IT-002", "school_year": "2026-2027",
                            "starts_on": "2027-09-07", "ends_on": "2027-06-25" });
    assert_eq!(
        coordinator.post(app.url("/api/v1/cohorts")).json(&backwards).send().await.unwrap().status(),
        StatusCode::BAD_REQUEST
    );

    let assign = app.url(&format!("/api/v1/cohorts/{id}/assessors/{assessor}"));
    assert_eq!(coordinator.put(&assign).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(
        coordinator.put(&assign).send().await.unwrap().status(),
        StatusCode::NO_CONTENT,
        "twice is once"
    );
    let not_an_assessor = app.url(&format!("/api/v1/cohorts/{id}/assessors/{student}"));
    assert_eq!(coordinator.put(&not_an_assessor).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    let beoordelaar = app.signed_in("beoordelaar@centrum.be").await;
    let theirs: Value =
        beoordelaar.get(app.url("/api/v1/cohorts")).send().await.unwrap().json().await.unwrap();
    assert_eq!(theirs[0]["id"], id);
    assert_eq!(beoordelaar.put(&assign).send().await.unwrap().status(), StatusCode::FORBIDDEN);

    assert_eq!(coordinator.delete(&assign).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    let theirs: Value =
        beoordelaar.get(app.url("/api/v1/cohorts")).send().await.unwrap().json().await.unwrap();
    assert_eq!(theirs, json!([]));

    let archive = app.url(&format!("/api/v1/cohorts/{id}/archive"));
    assert_eq!(coordinator.post(&archive).send().await.unwrap().status(), StatusCode::NO_CONTENT);
    assert_eq!(coordinator.post(&archive).send().await.unwrap().status(), StatusCode::CONFLICT);
    let listed: Value =
        coordinator.get(app.url("/api/v1/cohorts")).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed, json!([]), "an archived cohort leaves the list");
}
