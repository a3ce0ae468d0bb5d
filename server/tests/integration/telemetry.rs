//! Every request has an id, sent back in `x-request-id`; what the server logs while serving it
//! names the route, that id and the signed-in account.

use domain::Role;

use crate::common::logs::Captured;
use crate::common::{client, spawn_app};

const REQUEST_ID: &str = "x-request-id";

#[tokio::test]
async fn every_answer_names_its_own_request() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    for _ in 0..2 {
        let response = client().get(app.url("/api/v1/me")).send().await.unwrap();
        assert_eq!(response.status(), 401);
        let id = response.headers().get(REQUEST_ID).expect("x-request-id").to_str().unwrap().to_owned();
        assert_eq!(id.len(), 16, "{id}");
        ids.push(id);
    }
    assert_ne!(ids[0], ids[1]);
}

#[tokio::test]
async fn an_internal_error_is_logged_with_the_route_the_request_id_and_the_account() {
    let (log, _capturing) = Captured::install();
    let app = spawn_app().await;
    let coordinator_id = app.account("coordinator@centrum.be", Role::Coordinator).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[], &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    // A table gone from under the server: the next query that needs it fails.
    sqlx::query("alter table cohort rename to cohort_gone").execute(&app.db).await.unwrap();

    let response = coordinator.get(app.url(&format!("/api/v1/cohorts/{cohort}/readiness"))).send().await.unwrap();

    assert_eq!(response.status(), 500);
    let request_id = response.headers()[REQUEST_ID].to_str().unwrap().to_owned();
    let line = log.line_with(&["database error", &request_id]).expect("the error is logged in the request");
    assert!(line.contains("route=/api/v1/cohorts/{id}/readiness"), "{line}");
    assert!(line.contains(&format!("request_id={request_id}")), "{line}");
    assert!(line.contains(&format!("account_id={coordinator_id}")), "{line}");
    assert!(!line.contains(&format!("/cohorts/{cohort}/")), "no ids from the URL: {line}");
}

#[tokio::test]
async fn an_internal_error_while_rendering_a_page_is_logged_in_its_request() {
    let (log, _capturing) = Captured::install();
    let app = spawn_app().await;
    let coordinator_id = app.account("coordinator@centrum.be", Role::Coordinator).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[], &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    sqlx::query("alter table cohort rename to cohort_gone").execute(&app.db).await.unwrap();

    // The page's data comes from server functions run in tasks Leptos spawns while rendering.
    let response = coordinator.get(app.url(&format!("/groepen/{cohort}"))).send().await.unwrap();

    let request_id = response.headers()[REQUEST_ID].to_str().unwrap().to_owned();
    let line = log.line_with(&["database error", &request_id]).expect("the error is logged in the request");
    assert!(line.contains("route=/groepen/{id}"), "{line}");
    assert!(line.contains(&format!("account_id={coordinator_id}")), "{line}");
}
