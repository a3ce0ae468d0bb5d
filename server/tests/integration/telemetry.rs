//! Every request has an id, sent back in `x-request-id`; what the server logs while serving it
//! names the route, that id and the signed-in account.

use domain::{CohortId, Role};

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

/// What a coordinator's failing request left: the answer's status, the log line of the failure,
/// the request id, the coordinator's account id and the cohort asked for.
struct Failure {
    status: u16,
    line: String,
    request_id: String,
    account_id: i64,
    cohort: CohortId,
}

/// A coordinator asks for `path(cohort)` while the cohort table is gone from under the server,
/// so the first query that needs it fails.
async fn failing_request(path: impl Fn(CohortId) -> String) -> Failure {
    let (log, _capturing) = Captured::install();
    let app = spawn_app().await;
    let account_id = app.account("coordinator@centrum.be", Role::Coordinator).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[], &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    sqlx::query("alter table cohort rename to cohort_gone").execute(&app.db).await.unwrap();

    let response = app.get(&coordinator, &path(cohort)).await;

    let request_id = response.headers()[REQUEST_ID].to_str().unwrap().to_owned();
    let line = log.line_with(&["database error", &request_id]).expect("the error is logged in the request");
    Failure { status: response.status().as_u16(), line, request_id, account_id, cohort }
}

#[tokio::test]
async fn an_internal_error_is_logged_with_the_route_the_request_id_and_the_account() {
    let failure = failing_request(|cohort| format!("/api/v1/cohorts/{cohort}/readiness")).await;

    let line = &failure.line;
    assert_eq!(failure.status, 500);
    assert!(line.contains("route=/api/v1/cohorts/{id}/readiness"), "{line}");
    assert!(line.contains(&format!("request_id={}", failure.request_id)), "{line}");
    assert!(line.contains(&format!("account_id={}", failure.account_id)), "{line}");
    assert!(!line.contains(&format!("/cohorts/{}/", failure.cohort)), "no ids from the URL: {line}");
}

#[tokio::test]
async fn an_internal_error_while_rendering_a_page_is_logged_in_its_request() {
    // The page's data comes from server functions run in tasks Leptos spawns while rendering.
    let failure = failing_request(|cohort| format!("/groepen/{cohort}")).await;

    let line = &failure.line;
    assert!(line.contains("route=/groepen/{id}"), "{line}");
    assert!(line.contains(&format!("account_id={}", failure.account_id)), "{line}");
}
