//! The delibererende klassenraad: the list of units ready per student, a meeting recorded in
//! one action (granted units awarded with a reference to it, postponed ones with their reason),
//! its record as a PDF, the refusals that leave nothing behind, and a centre where only the
//! council awards.

use app::server::services::record_chain;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::pdf_text;
use crate::common::world::{World, M_IT_020};

/// Every skill id of a unit, from the student's progress.
async fn skills_of(world: &World, unit: &str) -> Vec<String> {
    let progress = world.app.progress_json(&world.coordinator, world.student_id, None).await;
    let unit = progress["units"].as_array().unwrap().iter().find(|u| u["code"] == unit).unwrap().clone();
    unit["competencies"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|competency| {
            competency["skills"]
                .as_array()
                .unwrap()
                .iter()
                .map(|skill| skill["id"].as_str().unwrap().to_owned())
        })
        .collect()
}

/// The world's student with M IT 020 and M IT 021 achieved, neither awarded.
async fn two_units_ready(world: &World) {
    world.app.decide(&world.assessor, world.student_id, &M_IT_020, "achieved", "").await;
    let m021 = skills_of(world, "M IT 021").await;
    world.app.decide(&world.assessor, world.student_id, &m021, "achieved", "").await;
}

async fn list(world: &World) -> Value {
    world.app.get_json(&world.coordinator, &format!("/api/v1/cohorts/{}/deliberation", world.cohort)).await
}

async fn record(world: &World, body: &Value) -> reqwest::Response {
    world
        .app
        .post_json(&world.coordinator, &format!("/api/v1/cohorts/{}/deliberations", world.cohort), body)
        .await
}

async fn count(world: &World, sql: &str) -> i64 {
    let (count,): (i64,) = sqlx::query_as(sql).fetch_one(&world.app.db).await.unwrap();
    count
}

#[tokio::test]
async fn the_council_grants_and_postpones_in_one_action_and_its_record_prints() {
    let world = World::new().await;
    two_units_ready(&world).await;
    let before = list(&world).await;
    let student = &before["students"][0];
    assert_eq!(student["student"]["id"], world.student_id);
    let ready: Vec<&str> =
        student["ready"].as_array().unwrap().iter().map(|unit| unit["code"].as_str().unwrap()).collect();
    assert_eq!(ready, ["M IT 020", "M IT 021"]);
    let today = before["today"].as_str().unwrap().to_owned();

    let meeting = json!({
        "held_on": today,
        "members": "An Peeters\n  Bert   Claes \n\n",
        "outcomes": [
            { "student_id": world.student_id, "unit": "M IT 020", "outcome": "granted" },
            { "student_id": world.student_id, "unit": "M IT 021", "outcome": "postponed", "reason": "Stage nog niet beoordeeld" },
        ],
    });
    let recorded = record(&world, &meeting).await;
    assert_eq!(recorded.status(), StatusCode::CREATED);
    let id = recorded.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

    let sql = format!("select count(*) from award a join unit u on u.unit_id = a.unit_id where u.code = 'M IT 020' and a.deliberation_id = {id}");
    assert_eq!(count(&world, &sql).await, 1, "the granted unit is awarded, referring to the meeting");
    assert_eq!(count(&world, "select count(*) from award").await, 1, "the postponed one is not");
    assert!(record_chain::verify(&world.app.db, None).await.unwrap().outcome.is_ok());

    let after = list(&world).await;
    assert_eq!(after["students"][0]["ready"].as_array().unwrap().len(), 1, "M IT 021 stays on the list");
    let held = &after["meetings"][0];
    assert_eq!((held["granted"].as_i64(), held["postponed"].as_i64()), (Some(1), Some(1)));
    assert_eq!(held["members"], json!(["An Peeters", "Bert Claes"]));

    let pdf =
        world.app.get_bytes(&world.coordinator, &format!("/api/v1/deliberations/{id}/record.pdf")).await;
    let text = pdf_text(&pdf);
    assert!(text.contains("Proces-verbaal van de delibererende klassenraad"), "{text}");
    assert!(text.contains("Leden: An Peeters, Bert Claes"), "{text}");
    assert!(text.contains("M IT 020") && text.contains("toegekend"), "{text}");
    assert!(text.contains("uitgesteld: Stage nog niet beoordeeld"), "{text}");
    assert!(!text.contains("Behaalt hiermee het certificaat"), "ten units are still open");

    let progress = world.app.progress_json(&world.student, world.student_id, None).await;
    assert_eq!(progress["units"][0]["status"], "awarded");

    // The meeting is part of the tamper-evident record: a postponement turned into a grant
    // afterwards is found.
    let verification = record_chain::verify(&world.app.db, None).await.unwrap();
    assert_eq!(
        verification.outcome,
        Ok(count(&world, "select (select count(*) from decision) + 2").await as u64)
    );
    sqlx::query("update deliberation_outcome set outcome = 'granted', reason = ''")
        .execute(&world.app.db)
        .await
        .unwrap();
    let broken = record_chain::verify(&world.app.db, None).await.unwrap().outcome.unwrap_err();
    assert!(broken.to_string().starts_with(&format!("vergadering {id} van de klassenraad")), "{broken}");
}

#[tokio::test]
async fn a_refused_meeting_records_nothing() {
    let world = World::new().await;
    two_units_ready(&world).await;
    let today = list(&world).await["today"].as_str().unwrap().to_owned();
    let granted = |unit: &str| json!({ "student_id": world.student_id, "unit": unit, "outcome": "granted" });
    let attempts = [
        (
            json!({ "held_on": today, "members": "An", "outcomes": [granted("M IT 020"), { "student_id": world.student_id, "unit": "M IT 021", "outcome": "postponed", "reason": " " }] }),
            StatusCode::BAD_REQUEST,
            "Geef de reden waarom module M IT 021 wordt uitgesteld.",
        ),
        (
            json!({ "held_on": today, "members": "An", "outcomes": [granted("M IT 020"), granted("M IT 022")] }),
            StatusCode::CONFLICT,
            "Module M IT 022 van deze cursist is niet klaar voor een deelcertificaat (of al toegekend).",
        ),
        (
            json!({ "held_on": "2999-01-01", "members": "An", "outcomes": [granted("M IT 020")] }),
            StatusCode::BAD_REQUEST,
            "De vergadering ligt in de toekomst: leg ze vast op de dag zelf of later.",
        ),
        (
            json!({ "held_on": today, "members": " ", "outcomes": [granted("M IT 020")] }),
            StatusCode::BAD_REQUEST,
            "Vermeld minstens één lid van de klassenraad, één per regel.",
        ),
        (
            json!({ "held_on": today, "members": "An", "outcomes": [{ "student_id": 999999, "unit": "M IT 020", "outcome": "granted" }] }),
            StatusCode::CONFLICT,
            "Module M IT 020 van deze cursist is niet klaar voor een deelcertificaat (of al toegekend).",
        ),
    ];
    for (body, status, message) in attempts {
        let response = record(&world, &body).await;
        assert_eq!(response.status(), status, "{body}");
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["error"]["message"], message, "{body}");
    }
    assert_eq!(count(&world, "select count(*) from deliberation").await, 0);
    assert_eq!(count(&world, "select count(*) from award").await, 0, "nothing half-written");

    assert_eq!(
        record(&world, &json!({ "held_on": today, "members": "An", "outcomes": [granted("M IT 020")] }))
            .await
            .status(),
        StatusCode::CREATED
    );
    let again =
        record(&world, &json!({ "held_on": today, "members": "An", "outcomes": [granted("M IT 020")] }))
            .await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "a unit is granted once");
}

#[tokio::test]
async fn where_only_the_council_awards_a_direct_award_is_refused() {
    let world = World::builder().awards_by_deliberation_only().build().await;
    two_units_ready(&world).await;
    let refused = world.post_award(&world.coordinator, "M IT 020", None).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let message = refused.json::<Value>().await.unwrap()["error"]["message"].as_str().unwrap().to_owned();
    assert!(message.contains("delibererende klassenraad"), "{message}");
    let today = list(&world).await["today"].as_str().unwrap().to_owned();
    let meeting = json!({ "held_on": today, "members": "An", "outcomes": [{ "student_id": world.student_id, "unit": "M IT 020", "outcome": "granted" }] });
    assert_eq!(record(&world, &meeting).await.status(), StatusCode::CREATED);
}
