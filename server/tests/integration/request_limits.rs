//! Every request body has a limit that fits its purpose, and a client's mistake is answered as
//! one: 413 for a body too large, 400 for malformed arguments, never 500.

use app::api::cohorts::{ArchiveCohort, EnrolStudents};
use domain::Role;
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::spawn_app;

#[tokio::test]
async fn a_server_function_called_with_malformed_arguments_answers_400() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let archive = app.url(ArchiveCohort::PATH);
    let form = |body: &'static str| {
        coordinator
            .post(&archive)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    assert_eq!(form("cohort_id=abc").await.unwrap().status(), StatusCode::BAD_REQUEST);
    assert_eq!(form("").await.unwrap().status(), StatusCode::BAD_REQUEST, "no arguments");
    let enrol = app.url(EnrolStudents::PATH);
    let not_json = coordinator
        .post(&enrol)
        .header("content-type", "application/json")
        .body("geen json")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), StatusCode::BAD_REQUEST);
    let wrong_type = coordinator
        .post(&enrol)
        .json(&json!({ "cohort_id": "een", "file": "", "dry_run": true }))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_type.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn bodies_over_their_limit_answer_413() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[], &[]).await;

    let huge_list =
        format!("{{\"cohort_id\": {cohort}, \"dry_run\": true, \"file\": \"{}\"}}", "A".repeat(4 << 20));
    let server_fn = coordinator
        .post(app.url(EnrolStudents::PATH))
        .header("content-type", "application/json")
        .body(huge_list)
        .send()
        .await
        .unwrap();
    assert_eq!(server_fn.status(), StatusCode::PAYLOAD_TOO_LARGE);

    let huge_json = json!({ "student_id": 1, "skill_ids": ["x".repeat(300 * 1024)], "decision": "achieved" });
    let api = coordinator.post(app.url("/api/v1/decisions")).json(&huge_json).send().await.unwrap();
    assert_eq!(api.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let error: Value = api.json().await.unwrap();
    assert_eq!(error["error"]["code"], "too_large");

    let list = coordinator
        .post(app.url(&format!("/api/v1/cohorts/{cohort}/enrolments")))
        .header("content-type", "text/csv")
        .body(vec![b'a'; 3 << 20])
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let error: Value = list.json().await.unwrap();
    assert_eq!(error["error"]["message"], "De lijst is groter dan 2 MiB.");
}

#[tokio::test]
async fn a_malformed_api_request_is_answered_in_dutch_in_the_error_shape() {
    let app = spawn_app().await;
    app.account("cursist@centrum.be", Role::Student).await;
    let student = app.signed_in("cursist@centrum.be").await;
    let answer = async |request: reqwest::RequestBuilder| {
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let body: Value = response.json().await.expect("a JSON answer");
        (
            status,
            body["error"]["code"].as_str().unwrap().to_owned(),
            body["error"]["message"].as_str().unwrap().to_owned(),
        )
    };
    let shape = "Een deel van het adres of van de vraag na '?' heeft niet de verwachte vorm.";
    assert_eq!(
        answer(student.get(app.url("/api/v1/evidence/abc"))).await,
        (400, "invalid".into(), shape.into())
    );
    assert_eq!(
        answer(student.get(app.url("/api/v1/notifications?before=abc"))).await,
        (400, "invalid".into(), shape.into())
    );
    assert_eq!(
        answer(student.delete(app.url("/api/v1/me/notification-preferences"))).await,
        (405, "method_not_allowed".into(), "Dit adres van de API kent deze methode niet.".into())
    );
    let preferences = app.url("/api/v1/me/notification-preferences");
    assert_eq!(
        answer(student.put(&preferences).json(&json!([{ "kind": "weekly", "delivery": "at_once" }]))).await,
        (400, "invalid".into(), "Het veld '[0].kind' ontbreekt of heeft niet de verwachte waarde.".into())
    );
    assert_eq!(
        answer(student.put(&preferences).header("content-type", "application/json").body("[{")).await,
        (400, "invalid".into(), "De gegevens zijn geen geldige JSON.".into())
    );
    let (status, _, message) =
        answer(student.put(&preferences).header("content-type", "text/plain").body("[]")).await;
    assert_eq!(
        (status, message.as_str()),
        (415, "Stuur de gegevens als JSON (Content-Type: application/json).")
    );
}
