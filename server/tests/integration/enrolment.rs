//! Enrolling a student list in a cohort: a preview with every error per line, an import that
//! creates accounts with an initial password, and a second import of the same file that changes
//! nothing.

use crate::common;

use crate::common::{spawn_app, TestApp};
use domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

const GOOD: &str = "\u{feff}Studentnummer;Voornaam;Achternaam;E-mail\r\n\
                    2026001;Ann;De Smet;ann.desmet@example.be\r\n\
                    2026002;Jean-Pierre;Van den Berg;jp.vandenberg@example.be\r\n";

async fn post_csv(
    app: &TestApp,
    client: &Client,
    cohort: i64,
    csv: &str,
    dry_run: bool,
) -> reqwest::Response {
    let query = if dry_run { "?dry_run=true" } else { "" };
    client
        .post(app.url(&format!("/api/v1/cohorts/{cohort}/enrolments{query}")))
        .header("content-type", "text/csv; charset=utf-8")
        .body(csv.to_owned())
        .send()
        .await
        .unwrap()
}

async fn setup() -> (TestApp, Client, i64) {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[], &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    (app, coordinator, cohort)
}

#[tokio::test]
async fn the_preview_lists_every_error_and_writes_nothing() {
    let (app, coordinator, cohort) = setup().await;
    app.account("beoordelaar@example.be", Role::Assessor).await;
    let accounts_before = app.rows("account").await;
    let csv = "studentnummer;voornaam;achternaam;e-mail\n\
               1;Ann;De Smet;ann@example.be\n\
               2;Bo;Maes;geen-adres\n\
               3;Ann;Peeters;ANN@example.be\n\
               4;Karin;Vermeulen;beoordelaar@example.be\n";
    let response = post_csv(&app, &coordinator, cohort, csv, true).await;
    assert_eq!(response.status(), StatusCode::OK);
    let preview: Value = response.json().await.unwrap();
    assert_eq!(preview["applied"], false);
    assert_eq!(
        preview["rows"],
        json!([{ "line": 2, "email": "ann@example.be", "name": "Ann De Smet",
        "outcome": "new_account", "initial_password": null }])
    );
    let errors: Vec<(u64, String)> = preview["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| (error["line"].as_u64().unwrap(), error["message"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(errors.iter().map(|(line, _)| *line).collect::<Vec<_>>(), [3, 4, 5]);
    assert!(errors[0].1.contains("geen geldig e-mailadres"));
    assert!(errors[1].1.contains("meer dan eens"));
    assert!(errors[2].1.contains("al een account"));

    let unknown_column =
        post_csv(&app, &coordinator, cohort, "nummer;voornaam;achternaam;email;gsm\n", true).await;
    let preview: Value = unknown_column.json().await.unwrap();
    assert!(preview["errors"][0]["message"].as_str().unwrap().contains("Onbekende kolom 'gsm'"));

    let refused = post_csv(&app, &coordinator, cohort, csv, false).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST, "an import with errors imports nothing");
    assert_eq!(app.rows("account").await, accounts_before);
    assert_eq!(app.rows("enrolment").await, 0);
}

#[tokio::test]
async fn an_import_creates_accounts_once_and_a_second_import_changes_nothing() {
    let (app, coordinator, cohort) = setup().await;
    app.account("jp.vandenberg@example.be", Role::Student).await;
    let preview: Value = post_csv(&app, &coordinator, cohort, GOOD, true).await.json().await.unwrap();
    let outcomes: Vec<&str> =
        preview["rows"].as_array().unwrap().iter().map(|row| row["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["new_account", "enrolled"]);
    assert_eq!(app.rows("enrolment").await, 0, "a preview writes nothing");

    let response = post_csv(&app, &coordinator, cohort, GOOD, false).await;
    assert_eq!(response.status(), StatusCode::OK);
    let imported: Value = response.json().await.unwrap();
    assert_eq!(imported["applied"], true);
    let password = imported["rows"][0]["initial_password"].as_str().unwrap().to_owned();
    assert_eq!(
        imported["rows"][1]["initial_password"],
        Value::Null,
        "an existing account keeps its password"
    );
    assert_eq!(app.rows("enrolment").await, 2);
    let (number,): (Option<String>,) =
        sqlx::query_as("select student_number from account where email = 'ann.desmet@example.be'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(number.as_deref(), Some("2026001"));

    let student = common::client();
    let signed_in = student
        .post(app.url("/api/v1/session"))
        .json(&json!({ "email": "ann.desmet@example.be", "password": password }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK, "the new student signs in with the initial password");

    let accounts = app.rows("account").await;
    let again: Value = post_csv(&app, &coordinator, cohort, GOOD, false).await.json().await.unwrap();
    let outcomes: Vec<&str> =
        again["rows"].as_array().unwrap().iter().map(|row| row["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["already_enrolled", "already_enrolled"]);
    assert_eq!(app.rows("account").await, accounts);
    assert_eq!(app.rows("enrolment").await, 2);
}

#[tokio::test]
async fn a_json_list_works_too_and_only_coordinators_enrol() {
    let (app, coordinator, cohort) = setup().await;
    let list = json!([{ "student_number": "9", "first_name": "Ines", "last_name": "Claes", "email": "ines@example.be" }]);
    let url = app.url(&format!("/api/v1/cohorts/{cohort}/enrolments"));
    let response = coordinator.post(&url).json(&list).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Value>().await.unwrap()["rows"][0]["outcome"], "new_account");

    app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    assert_eq!(assessor.post(&url).json(&list).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    let unknown =
        coordinator.post(app.url("/api/v1/cohorts/999/enrolments")).json(&list).send().await.unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let malformed =
        coordinator.post(&url).header("content-type", "application/json").body("{").send().await.unwrap();
    assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
}
