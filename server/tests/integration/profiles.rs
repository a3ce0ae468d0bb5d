//! A cohort of a framework with profiles (the MBO kwalificatiedossier's P1 and P2) follows one:
//! its students must prove only that profile's kerntaken.

use crate::common::spawn_app;
use app::server::storage::cohorts;
use domain::{CohortId, Role, StudentId};
use reqwest::StatusCode;
use serde_json::{json, Value};

const MBO: &str = "MBO-IT-SYSTEMS-AND-DEVICES";

fn cohort(framework: &str, profile: &str) -> Value {
    json!({ "name": format!("Avond {profile}"), "framework": framework, "profile": profile,
            "school_year": "2026-2027", "starts_on": "2026-09-07", "ends_on": "2027-06-25" })
}

#[tokio::test]
async fn a_cohort_must_choose_one_of_its_frameworks_profiles() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let refusals = [
        (cohort(MBO, ""), "Kies het profiel dat de groep volgt: P1 (Allround medewerker IT systems and devices), P2 (Expert IT systems and devices)."),
        (cohort(MBO, "P3"), "'P3' is geen profiel van deze opleiding; kies uit: P1 (Allround medewerker IT systems and devices), P2 (Expert IT systems and devices)."),
        (cohort("BO-IT-002", "P1"), "Deze opleiding heeft geen profielen; laat het profiel leeg."),
    ];
    for (input, message) in refusals {
        let response = app.post_json(&coordinator, "/api/v1/cohorts", &input).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{input}");
        assert_eq!(response.json::<Value>().await.unwrap()["error"]["message"], message);
    }
    assert_eq!(app.rows("cohort").await, 0, "nothing half-written");

    let created = app.post_json(&coordinator, "/api/v1/cohorts", &cohort(MBO, " P2 ")).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    let listed = app.get_json(&coordinator, "/api/v1/cohorts").await;
    assert_eq!(listed[0]["profile"], "P2 Expert IT systems and devices");
}

#[tokio::test]
async fn readiness_counts_the_kerntaken_of_the_cohorts_profile() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let assessor_id = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let student = app.account("cursist@centrum.be", Role::Student).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let created = app.post_json(&coordinator, "/api/v1/cohorts", &cohort(MBO, "P1")).await;
    let id = CohortId::new(created.json::<Value>().await.unwrap()["id"].as_i64().unwrap());
    let mut conn = app.db.acquire().await.unwrap();
    let now = chrono::Utc::now().into();
    cohorts::enrol(&mut conn, id, StudentId::new(student), now).await.unwrap();
    cohorts::assign_assessor(&mut conn, id, assessor_id.into(), now).await.unwrap();
    drop(conn);
    let assessor = app.signed_in("beoordelaar@centrum.be").await;

    let overview = app.readiness(&coordinator, id).await;
    let units: Vec<&str> =
        overview["units"].as_array().unwrap().iter().map(|unit| unit["code"].as_str().unwrap()).collect();
    assert_eq!(units, ["B1-K1", "B1-K2", "B1-K3"]);
    assert_eq!(overview["profile"], "P1 Allround medewerker IT systems and devices");
    assert_eq!(overview["framework_version"], 1);
    assert_eq!(overview["students"][0]["total"], 29);

    let path = format!("/api/v1/students/{student}/progress?framework={MBO}");
    let skills: Vec<String> = app.get_json(&coordinator, &path).await["units"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|unit| {
            unit["missing"].as_array().unwrap().iter().map(|skill| skill.as_str().unwrap().to_owned())
        })
        .collect();
    assert_eq!(skills.len(), 29, "the basisdeel's 29 gedragingen, none of P2's kerntaken");
    app.decide(&assessor, student, &skills, "achieved", "").await;

    let overview = app.readiness(&coordinator, id).await;
    assert_eq!(overview["students"][0]["ready_for_certificate"], true, "{overview}");
    let progress = app.get_json(&coordinator, &path).await;
    assert_eq!(progress["ready_for_certificate"], true);

    // A kerntaak of the other profile is not this student's to prove.
    let expert_only = "MBO-IT-SYSTEMS-AND-DEVICES.P2-K1.P2-K1-W1.1";
    let refused = app.post_decision(&assessor, student, &[expert_only], "achieved", "", &[]).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["error"]["message"],
        format!("Vaardigheid '{expert_only}' hoort niet bij de opleiding van deze cursist.")
    );

    // A newer version without the cohort's profile: the cohort cannot move to it.
    let mut file: Value =
        serde_json::from_str(include_str!("../../../catalog/MBO-IT-SYSTEMS-AND-DEVICES.json")).unwrap();
    file["profiles"].as_array_mut().unwrap().remove(0);
    app::server::services::catalog::import(&app.db, &file.to_string(), chrono::Utc::now().into())
        .await
        .unwrap();
    let path = format!("/api/v1/cohorts/{id}/framework-version?dry_run=true");
    let refused = app.post_json(&coordinator, &path, &json!({ "version": 2 })).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["error"]["message"],
        "Versie 2 van MBO-IT-SYSTEMS-AND-DEVICES heeft het profiel 'P1' van deze groep niet meer; maak een nieuwe groep voor die versie."
    );
}
