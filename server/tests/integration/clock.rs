//! One clock: a server whose clock stands still dates everything it records by that clock.

use domain::{Role, Timestamp};
use reqwest::Client;

use crate::common::{skill, spawn_app_at, TestApp};

const SKILL: &str = "BO-IT-002.M-IT-020.7.1";

/// 20 November 2026, 09:30 UTC: inside the test cohort's school year.
fn frozen() -> Timestamp {
    "2026-11-20T09:30:00Z".parse().expect("time")
}

/// A server frozen at [`frozen`] with a cohort of one student and one assessor: the app, the
/// student's id and the assessor, signed in.
async fn frozen_cohort() -> (TestApp, i64, Client) {
    let app = spawn_app_at(frozen()).await;
    let student = app.account("cursist@centrum.be", Role::Student).await;
    let assessor_id = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    app.cohort("Avond", "BO-IT-002", &[student], &[assessor_id]).await;
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    (app, student, assessor)
}

#[tokio::test]
async fn a_decision_is_dated_by_the_servers_clock() {
    let (app, student, assessor) = frozen_cohort().await;

    app.decide(&assessor, student, &[SKILL], "not_yet", "De testresultaten ontbreken.").await;

    let progress = app.get_json(&assessor, &format!("/api/v1/students/{student}/progress")).await;
    let decision = &skill(&progress, SKILL)["decisions"][0];
    assert_eq!(decision["decided_at"], "2026-11-20T09:30:00.000000Z");
    assert_eq!(decision["decided_on"], "2026-11-20");
}

#[tokio::test]
async fn a_submission_is_dated_by_the_servers_clock() {
    let (app, _, assessor) = frozen_cohort().await;
    let student_client = app.signed_in("cursist@centrum.be").await;
    app.upload_reflection(&student_client, &[SKILL]).await;

    app.submit(&student_client, &[SKILL]).await;

    let queue = app.get_json(&assessor, "/api/v1/queue").await;
    assert_eq!(queue[0]["submitted_at"], "2026-11-20T09:30:00.000000Z");
    assert_eq!(queue[0]["submitted_on"], "2026-11-20");
}
