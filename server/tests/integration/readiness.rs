//! Cohort readiness through the JSON API: it agrees with the per-student eligibility engine for
//! a randomised cohort, follows every new decision at once, and is shown only to those who work
//! with the cohort.

use crate::common::{spawn_app, TestApp};
use domain::{CohortId, Role};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

/// A small deterministic generator, so a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides
    }
}

/// Every unit of BO-IT-002 with its skill ids, from the built-in catalog file.
fn all_skills() -> Vec<(String, Vec<String>)> {
    let framework = domain::parse_framework(include_str!("../../../catalog/BO-IT-002.json")).unwrap();
    framework
        .units
        .iter()
        .map(|unit| (unit.code.to_string(), unit.skills().map(|skill| skill.id.to_string()).collect()))
        .collect()
}

/// Decides `skills` (when there are any) for a randomised record.
async fn decide(app: &TestApp, assessor: &Client, student: i64, skills: &[String], decision: &str) {
    if !skills.is_empty() {
        app.decide(assessor, student, skills, decision, "Willekeurig.").await;
    }
}

#[tokio::test]
async fn readiness_agrees_with_the_engine_for_a_randomised_cohort() {
    let app = spawn_app().await;
    let assessor_id = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let mut students = Vec::new();
    for n in 0..8 {
        students.push(app.account(&format!("cursist{n}@centrum.be"), Role::Student).await);
    }
    let cohort = app.cohort("Avond", "BO-IT-002", &students, &[assessor_id]).await;
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let units = all_skills();
    let mut dice = Dice(0x5eed_cafe);

    for &student in &students {
        for (unit, skills) in &units {
            let achieved: Vec<String> = skills.iter().filter(|_| dice.roll(10) < 7).cloned().collect();
            decide(&app, &assessor, student, &achieved, "achieved").await;
            let revoked: Vec<String> = achieved.iter().filter(|_| dice.roll(10) == 0).cloned().collect();
            decide(&app, &assessor, student, &revoked, "not_yet").await;
            if dice.roll(3) == 0 {
                // Sometimes a whole unit is achieved and awarded.
                decide(&app, &assessor, student, skills, "achieved").await;
                let award = coordinator
                    .post(app.url(&format!("/api/v1/students/{student}/awards")))
                    .json(&json!({ "unit_code": unit }))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(award.status(), StatusCode::CREATED);
            }
        }
    }

    let overview = app.readiness(&coordinator, cohort).await;
    assert_eq!(overview["units"].as_array().unwrap().len(), 11);
    assert_eq!(overview["students"].as_array().unwrap().len(), 8);
    for row in overview["students"].as_array().unwrap() {
        let id = row["student"]["id"].as_i64().unwrap();
        let progress =
            app.get_json(&coordinator, &format!("/api/v1/students/{id}/progress?framework=BO-IT-002")).await;
        assert_eq!(row["achieved"], progress["achieved"], "student {id}");
        assert_eq!(row["ready_for_certificate"], progress["ready_for_certificate"]);
        for (cell, unit) in row["units"].as_array().unwrap().iter().zip(progress["units"].as_array().unwrap())
        {
            assert_eq!(cell["status"], unit["status"], "student {id}, unit {}", unit["code"]);
            assert_eq!(cell["achieved"], unit["achieved"]);
            assert_eq!(cell["missing"].as_u64().unwrap() as usize, unit["missing"].as_array().unwrap().len());
        }
    }
    let awarded: u64 =
        overview["totals"].as_array().unwrap().iter().map(|total| total["awarded"].as_u64().unwrap()).sum();
    assert!(awarded > 0, "the dice awarded some units");
}

#[tokio::test]
async fn readiness_follows_each_decision_at_once() {
    let app = spawn_app().await;
    let student = app.account("cursist@centrum.be", Role::Student).await;
    let assessor_id = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[student], &[assessor_id]).await;
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    let before = app.readiness(&assessor, cohort).await;
    assert_eq!(before["students"][0]["achieved"], 0);
    decide(&app, &assessor, student, &["BO-IT-002.M-IT-020.7.1".to_owned()], "achieved").await;
    let after = app.readiness(&assessor, cohort).await;
    assert_eq!(after["students"][0]["achieved"], 1);
    assert_eq!(after["students"][0]["units"][0]["status"], "in_progress");
    decide(&app, &assessor, student, &["BO-IT-002.M-IT-020.7.1".to_owned()], "not_yet").await;
    assert_eq!(app.readiness(&assessor, cohort).await["students"][0]["achieved"], 0);
}

#[tokio::test]
async fn cohorts_are_shown_to_those_who_work_with_them() {
    let app = spawn_app().await;
    let student = app.account("cursist@centrum.be", Role::Student).await;
    let assessor = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let evening = app.cohort("Avond", "BO-IT-002", &[student], &[assessor]).await;
    let day = app.cohort("Dag", "BK-0547-2", &[], &[]).await;

    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let listed: Value =
        coordinator.get(app.url("/api/v1/cohorts")).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    let listed = app.get_json(&assessor, "/api/v1/cohorts").await;
    assert_eq!(
        listed.as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect::<Vec<_>>(),
        [evening.get()]
    );
    let student = app.signed_in("cursist@centrum.be").await;
    assert_eq!(student.get(app.url("/api/v1/cohorts")).send().await.unwrap().status(), StatusCode::FORBIDDEN);

    let status = |client: &Client, cohort: CohortId| {
        let url = app.url(&format!("/api/v1/cohorts/{cohort}/readiness"));
        let client = client.clone();
        async move { client.get(url).send().await.unwrap().status() }
    };
    assert_eq!(status(&coordinator, day).await, StatusCode::OK);
    assert_eq!(status(&assessor, evening).await, StatusCode::OK);
    assert_eq!(status(&assessor, day).await, StatusCode::FORBIDDEN);
    assert_eq!(status(&student, evening).await, StatusCode::FORBIDDEN);
    assert_eq!(status(&coordinator, CohortId::new(999)).await, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_csv_export_is_ready_for_excel_in_belgium() {
    let app = spawn_app().await;
    let student = app.account("an.de.smet@centrum.be", Role::Student).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[student], &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let response =
        coordinator.get(app.url(&format!("/api/v1/cohorts/{cohort}/readiness.csv"))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "starts with a byte order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(lines[0].starts_with("Cursist;M IT 020;M IT 021;"));
    assert!(lines[0].ends_with(";Vaardigheden behaald;Vaardigheden totaal;Klaar voor certificaat"));
    assert!(lines[1].starts_with("an.de.smet;Niet gestart (0/6);"), "{}", lines[1]);
    assert!(lines[1].ends_with(";0;133;Nog niet"), "the page's words: {}", lines[1]);
}

#[tokio::test]
async fn the_report_downloads_as_a_pdf_with_the_cohort_in_it() {
    let app = spawn_app().await;
    let student = app.account("an.peeters@centrum.be", Role::Student).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let cohort = app.cohort("Avondgroep Gent", "BO-IT-002", &[student], &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    for query in ["", "?detail=true"] {
        let response = coordinator
            .get(app.url(&format!("/api/v1/cohorts/{cohort}/report.pdf{query}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "application/pdf");
        let bytes = response.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
        assert!(text.contains("Avondgroep Gent"));
        assert!(text.contains("an.peeters"));
        assert!(text.contains("CVO Testcentrum"));
    }
    let student_client = app.signed_in("an.peeters@centrum.be").await;
    let refused =
        student_client.get(app.url(&format!("/api/v1/cohorts/{cohort}/report.pdf"))).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_matrix_downloads_as_an_excel_workbook() {
    let app = spawn_app().await;
    let student = app.account("an.peeters@centrum.be", Role::Student).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[student], &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let response =
        coordinator.get(app.url(&format!("/api/v1/cohorts/{cohort}/readiness.xlsx"))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("xl/worksheets/sheet1.xml"));
    assert!(text.contains("an.peeters"));
    assert!(text.contains("Niet gestart (0/6)"));
}
