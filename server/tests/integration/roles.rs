//! Role checks on server functions: each role's functions refuse every other role.

use crate::common;

use crate::common::{client, spawn_app};
use app::api::home::{AccountCounts, AllCohorts, AssessorCohorts, StudentCohorts};
use domain::Role;
use leptos::server_fn::ServerFn;
use serde_json::Value;

/// Calls a server function without arguments, as the browser does.
async fn call(app: &common::TestApp, client: &reqwest::Client, path: &str) -> (u16, Value) {
    let response = client
        .post(app.url(path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

struct World {
    app: common::TestApp,
}

async fn world() -> World {
    let app = spawn_app().await;
    let student = app.account("cursist@centrum.be", Role::Student).await;
    let other_student = app.account("andere@centrum.be", Role::Student).await;
    let assessor = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let other_assessor = app.account("collega@centrum.be", Role::Assessor).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    app.account("beheer@centrum.be", Role::Admin).await;
    app.cohort("Avond", "BO-IT-002", &[student, other_student], &[assessor]).await;
    app.cohort("Dag", "BK-0547-2", &[], &[other_assessor]).await;
    World { app }
}

#[tokio::test]
async fn a_student_calling_an_assessors_server_function_is_refused() {
    let World { app } = world().await;
    let student = app.signed_in("cursist@centrum.be").await;
    let (status, body) = call(&app, &student, AssessorCohorts::PATH).await;
    assert_eq!(status, 403);
    assert_eq!(body, Value::String("Forbidden".into()), "the error as the client decodes it");
}

#[tokio::test]
async fn every_role_function_refuses_the_other_roles() {
    let World { app } = world().await;
    let allowed: [(&str, &[&str]); 4] = [
        (StudentCohorts::PATH, &["cursist@centrum.be"]),
        (AssessorCohorts::PATH, &["beoordelaar@centrum.be"]),
        (AllCohorts::PATH, &["coordinator@centrum.be", "beheer@centrum.be"]),
        (AccountCounts::PATH, &["beheer@centrum.be"]),
    ];
    let everyone =
        ["cursist@centrum.be", "beoordelaar@centrum.be", "coordinator@centrum.be", "beheer@centrum.be"];
    for email in everyone {
        let session = app.signed_in(email).await;
        for (path, allowed_emails) in &allowed {
            let (status, _) = call(&app, &session, path).await;
            let expected = if allowed_emails.contains(&email) { 200 } else { 403 };
            assert_eq!(status, expected, "{email} calling {path}");
        }
    }
    for (path, _) in allowed {
        assert_eq!(call(&app, &client(), path).await.0, 401, "{path} without a session");
    }
}

#[tokio::test]
async fn an_assessor_sees_only_the_cohorts_assigned_to_them() {
    let World { app } = world().await;
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    let (_, cohorts) = call(&app, &assessor, AssessorCohorts::PATH).await;
    let names: Vec<_> = cohorts.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Avond"]);
    assert_eq!(cohorts[0]["students"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_student_sees_their_cohort_without_their_classmates() {
    let World { app } = world().await;
    let student = app.signed_in("cursist@centrum.be").await;
    let (status, cohorts) = call(&app, &student, StudentCohorts::PATH).await;
    assert_eq!(status, 200);
    assert_eq!(cohorts.as_array().unwrap().len(), 1);
    let students: Vec<_> =
        cohorts[0]["students"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(students, ["cursist"]);
}

#[tokio::test]
async fn a_students_programmes_are_those_the_caller_may_see() {
    use app::api::assessment::StudentProgrammes;
    use app::api::portfolio::MyProgrammes;
    let world = crate::common::world::World::new().await;
    world.app.cohort("Dag", "BK-0547-2", &[world.student_id], &[]).await;
    let frameworks = |programmes: Value| -> Vec<String> {
        programmes
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["framework"]["code"].as_str().unwrap().to_owned())
            .collect()
    };

    let (status, own) = call(&world.app, &world.student, MyProgrammes::PATH).await;
    assert_eq!(status, 200);
    assert_eq!(frameworks(own), ["BK-0547-2", "BO-IT-002"]);

    let response = world
        .assessor
        .post(world.app.url(StudentProgrammes::PATH))
        .form(&[("student_id", world.student_id.to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(frameworks(response.json().await.unwrap()), ["BO-IT-002"], "only the assessor's cohort");
}
