//! The assessment grid: one unit of one cohort, every student against every skill; the marked
//! cells of a request are recorded in one transaction, with the rules of one decision.

use crate::common::world::{ASSESSOR, COORDINATOR, M_IT_020};
use crate::common::{self, spawn_app, TestApp};
use domain::{Role, SkillId};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

/// Two students of "Avond" (Ann, with evidence on the first two skills of M IT 020, submitted;
/// Bart, without any), a student of "Dag", the cohorts' assessors and a coordinator.
struct Cohort {
    app: TestApp,
    cohort: i64,
    ann: i64,
    bart: i64,
    outsider: i64,
    evidence: i64,
    ann_client: Client,
    assessor: Client,
}

async fn cohort() -> Cohort {
    let app = spawn_app().await;
    let ann = app.account("ann.peeters@centrum.be", Role::Student).await;
    let bart = app.account("bart.aerts@centrum.be", Role::Student).await;
    let outsider = app.account("carla.dams@centrum.be", Role::Student).await;
    let assessor = app.account(ASSESSOR, Role::Assessor).await;
    let other = app.account("ander@centrum.be", Role::Assessor).await;
    app.account(COORDINATOR, Role::Coordinator).await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[ann, bart], &[assessor]).await;
    app.cohort("Dag", "BO-IT-002", &[outsider], &[other]).await;
    let ann_client = app.signed_in("ann.peeters@centrum.be").await;
    let evidence = app.upload_reflection(&ann_client, &M_IT_020[..2]).await;
    app.submit(&ann_client, &M_IT_020[..2]).await;
    let assessor = app.signed_in(ASSESSOR).await;
    Cohort { cohort: cohort.get(), ann, bart, outsider, evidence, ann_client, assessor, app }
}

impl Cohort {
    async fn grid(&self, client: &Client, unit: &str) -> reqwest::Response {
        let path = format!("/api/v1/cohorts/{}/grid?unit={}", self.cohort, unit.replace(' ', "%20"));
        client.get(self.app.url(&path)).send().await.unwrap()
    }

    async fn record(&self, marks: Value, not_yet: &str, observed: &str) -> reqwest::Response {
        let body = json!({ "cohort_id": self.cohort, "unit": "M IT 020", "marks": marks,
                           "not_yet_comment": not_yet, "observed_note": observed });
        self.app.post_json(&self.assessor, "/api/v1/grid-decisions", &body).await
    }
}

fn mark(student: i64, skill: &str, decision: &str) -> Value {
    json!({ "student_id": student, "skill_id": skill, "decision": decision })
}

#[tokio::test]
async fn the_grid_shows_each_student_against_each_skill_of_the_unit() {
    let world = cohort().await;
    let response = world.grid(&world.assessor, "M IT 020").await;
    assert_eq!(response.status(), StatusCode::OK);
    let grid: Value = response.json().await.unwrap();
    let nrs: Vec<&str> =
        grid["skills"].as_array().unwrap().iter().map(|skill| skill["nr"].as_str().unwrap()).collect();
    assert_eq!(nrs, ["7.1", "7.2", "7.3", "11.1", "11.2", "11.3"]);
    assert_eq!(grid["skills"][0]["id"], M_IT_020[0]);
    let students: Vec<i64> =
        grid["rows"].as_array().unwrap().iter().map(|row| row["student"]["id"].as_i64().unwrap()).collect();
    assert_eq!(students, [world.ann, world.bart], "the cohort's students in name order, no one else");
    assert_eq!(grid["rows"][0]["cells"][0], json!({ "status": "submitted", "evidence": [world.evidence] }));
    assert_eq!(grid["rows"][0]["cells"][2], json!({ "status": "not_started", "evidence": [] }));
    assert_eq!(grid["rows"][1]["cells"][0]["status"], "not_started");
    assert_eq!(grid["titles"], json!([[world.evidence, "Verslag"]]));

    assert_eq!(world.grid(&world.assessor, "M IT 099").await.status(), StatusCode::NOT_FOUND);
    let coordinator = world.app.signed_in(COORDINATOR).await;
    assert_eq!(world.grid(&coordinator, "M IT 020").await.status(), StatusCode::FORBIDDEN);
    let other = world.app.signed_in("ander@centrum.be").await;
    assert_eq!(world.grid(&other, "M IT 020").await.status(), StatusCode::FORBIDDEN, "not their cohort");
}

#[tokio::test]
async fn every_marked_cell_is_recorded_in_one_go_with_the_rules_of_one_decision() {
    let world = cohort().await;
    let marks = json!([
        mark(world.ann, M_IT_020[0], "achieved"),
        mark(world.ann, M_IT_020[1], "not_yet"),
        mark(world.bart, M_IT_020[0], "achieved"),
    ]);
    let response = world.record(marks, "Het testplan ontbreekt.", "Zag het in het labo.").await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(response.json::<Value>().await.unwrap(), json!({ "recorded": 3 }));

    let grid: Value = world.grid(&world.assessor, "M IT 020").await.json().await.unwrap();
    let statuses = |row: usize| -> Vec<Value> {
        (0..2).map(|cell| grid["rows"][row]["cells"][cell]["status"].clone()).collect()
    };
    assert_eq!(statuses(0), [json!("achieved"), json!("not_yet")]);
    assert_eq!(statuses(1), [json!("achieved"), json!("not_started")]);
    let ann = world.app.progress_json(&world.ann_client, world.ann, Some("BO-IT-002")).await;
    assert_eq!(
        common::skill(&ann, M_IT_020[0])["decisions"][0]["evidence"],
        json!([world.evidence]),
        "it cites the evidence"
    );
    assert_eq!(common::skill(&ann, M_IT_020[1])["decisions"][0]["comment"], "Het testplan ontbreekt.");
    let bart_progress = world.app.progress_json(&world.assessor, world.bart, Some("BO-IT-002")).await;
    assert_eq!(
        common::skill(&bart_progress, M_IT_020[0])["decisions"][0]["comment"],
        "Zag het in het labo.",
        "what was seen, where there is no evidence"
    );
    assert_eq!(world.app.rows("decision").await, 3);
}

#[tokio::test]
async fn a_refused_cell_records_none_of_the_others() {
    let world = cohort().await;
    // Ann's cell is fine; Bart's "not yet" has no comment: neither is recorded.
    let marks = json!([mark(world.ann, M_IT_020[3], "achieved"), mark(world.bart, M_IT_020[3], "not_yet")]);
    let response = world.record(marks, " ", "Gezien.").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body["error"]["message"],
        format!(
            "Zeg bij 'nog niet' wat er voor vaardigheid '{}' nog ontbreekt.",
            SkillId::new(M_IT_020[3]).place()
        )
    );
    // "Achieved" without evidence needs the note of what was seen.
    let response = world.record(json!([mark(world.bart, M_IT_020[3], "achieved")]), "", "").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let twice = json!([mark(world.ann, M_IT_020[3], "achieved"), mark(world.ann, M_IT_020[3], "not_yet")]);
    assert_eq!(world.record(twice, "x", "y").await.status(), StatusCode::BAD_REQUEST);
    // A student of another cohort, and nothing marked.
    let outside =
        json!([mark(world.ann, M_IT_020[3], "achieved"), mark(world.outsider, M_IT_020[3], "achieved")]);
    assert_eq!(world.record(outside, "", "Gezien.").await.status(), StatusCode::FORBIDDEN);
    assert_eq!(world.record(json!([]), "", "").await.status(), StatusCode::BAD_REQUEST);
    // A skill of another module is not on this grid.
    let elsewhere = json!([mark(world.ann, "BO-IT-002.M-IT-021.1.1", "achieved")]);
    let response = world.record(elsewhere, "", "Gezien.").await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["message"], "Vaardigheid 'M IT 021 1.1' hoort niet bij M IT 020.");
    assert_eq!(world.app.rows("decision").await, 0, "nothing was recorded");
}
