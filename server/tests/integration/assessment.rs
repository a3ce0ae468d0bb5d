//! Assessment through the JSON API: who may decide, award and read; the append-only decision
//! record under concurrency; awards only for ready units, and what a later revocation does.

use crate::common;

use crate::common::world::M_IT_020;
use crate::common::{skill, spawn_app, TestApp};
use domain::Role;
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

struct World {
    app: TestApp,
    student_id: i64,
    student: Client,
    assessor: Client,
    second_assessor: Client,
    other_assessor: Client,
    coordinator: Client,
    admin: Client,
}

async fn world() -> World {
    let app = spawn_app().await;
    let student_id = app.account("cursist@centrum.be", Role::Student).await;
    let assessor = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let second = app.account("tweede@centrum.be", Role::Assessor).await;
    let other = app.account("collega@centrum.be", Role::Assessor).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    app.account("beheer@centrum.be", Role::Admin).await;
    app.cohort("Avond", "BO-IT-002", &[student_id], &[assessor, second]).await;
    app.cohort("Dag", "BK-0547-2", &[], &[other]).await;
    World {
        student: app.signed_in("cursist@centrum.be").await,
        assessor: app.signed_in("beoordelaar@centrum.be").await,
        second_assessor: app.signed_in("tweede@centrum.be").await,
        other_assessor: app.signed_in("collega@centrum.be").await,
        coordinator: app.signed_in("coordinator@centrum.be").await,
        admin: app.signed_in("beheer@centrum.be").await,
        app,
        student_id,
    }
}

impl World {
    /// Uploads one PDF linked to `skills`, submits them, and answers the item's id.
    async fn submit_with_evidence(&self, skills: &[&str]) -> i64 {
        let meta = json!({ "kind": "file", "title": "Verslag", "date": "2026-11-20", "skill_ids": skills });
        let form = Form::new()
            .text("meta", meta.to_string())
            .part("file", Part::bytes(format!("%PDF-1.7 {skills:?}").into_bytes()).file_name("verslag.pdf"));
        let response =
            self.student.post(self.app.url("/api/v1/evidence")).multipart(form).send().await.unwrap();
        assert_eq!(response.status(), 201);
        let id = response.json::<Value>().await.unwrap()["items"][0]["id"].as_i64().unwrap();
        let submitted = self
            .student
            .post(self.app.url("/api/v1/submissions"))
            .json(&json!({ "skill_ids": skills }))
            .send()
            .await
            .unwrap();
        assert_eq!(submitted.status(), 201);
        id
    }

    async fn decide(
        &self,
        client: &Client,
        skills: &[&str],
        decision: &str,
        comment: &str,
        evidence: &[i64],
    ) -> reqwest::Response {
        client
            .post(self.app.url("/api/v1/decisions"))
            .json(&json!({ "student_id": self.student_id, "skill_ids": skills, "decision": decision,
                           "comment": comment, "evidence_ids": evidence }))
            .send()
            .await
            .unwrap()
    }

    async fn award(&self, client: &Client, unit: &str) -> reqwest::Response {
        client
            .post(self.app.url(&format!("/api/v1/students/{}/awards", self.student_id)))
            .json(&json!({ "unit_code": unit }))
            .send()
            .await
            .unwrap()
    }

    async fn progress(&self) -> Value {
        let path = format!("/api/v1/students/{}/progress?framework=BO-IT-002", self.student_id);
        let response = self.coordinator.get(self.app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }
}

async fn status(app: &TestApp, client: &Client, path: &str) -> u16 {
    client.get(app.url(path)).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn only_an_assigned_assessor_records_decisions() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    for (name, client) in [
        ("student", &world.student),
        ("assessor of another cohort", &world.other_assessor),
        ("coordinator", &world.coordinator),
        ("admin", &world.admin),
    ] {
        let response = world.decide(client, &M_IT_020[..1], "achieved", "", &[evidence]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}");
    }
    assert_eq!(world.app.rows("decision").await, 0);
    let response =
        world.decide(&world.assessor, &M_IT_020[..1], "achieved", "Goed gedocumenteerd.", &[evidence]).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let rows: Value = response.json().await.unwrap();
    assert_eq!(rows[0]["skill_id"], M_IT_020[0]);
    assert_eq!(rows[0]["decision"], "achieved");
    assert_eq!(rows[0]["evidence_ids"], json!([evidence]));
}

#[tokio::test]
async fn every_endpoint_answers_each_role_as_it_should() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    let progress = format!("/api/v1/students/{}/progress", world.student_id);
    let file = format!("/api/v1/evidence/{evidence}/file");
    // (client, queue, progress, evidence file)
    let expected = [
        ("student", &world.student, 403, 200, 200),
        ("assessor of another cohort", &world.other_assessor, 200, 403, 404),
        ("assessor", &world.assessor, 200, 200, 200),
        ("coordinator", &world.coordinator, 200, 200, 200),
        ("admin", &world.admin, 200, 200, 200),
    ];
    for (name, client, queue, progress_status, file_status) in expected {
        assert_eq!(status(&world.app, client, "/api/v1/queue").await, queue, "{name}: queue");
        assert_eq!(status(&world.app, client, &progress).await, progress_status, "{name}: progress");
        assert_eq!(status(&world.app, client, &file).await, file_status, "{name}: file");
        let award = world.award(client, "M IT 020").await.status().as_u16();
        let expected_award = match name {
            "assessor" | "coordinator" => 409, // allowed, but the unit is not ready
            _ => 403,
        };
        assert_eq!(award, expected_award, "{name}: award");
    }
    assert_eq!(common::client().get(world.app.url("/api/v1/queue")).send().await.unwrap().status(), 401);
}

#[tokio::test]
async fn not_yet_needs_a_comment_and_reaches_the_student() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    let silent = world.decide(&world.assessor, &M_IT_020[..1], "not_yet", "  ", &[]).await;
    assert_eq!(silent.status(), StatusCode::BAD_REQUEST);
    let response = world
        .decide(&world.assessor, &M_IT_020[..1], "not_yet", "De testresultaten ontbreken.", &[evidence])
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);

    let path = format!("/api/v1/students/{}/progress", world.student_id);
    let progress: Value = world.student.get(world.app.url(&path)).send().await.unwrap().json().await.unwrap();
    let decided = skill(&progress, M_IT_020[0]);
    assert_eq!(decided["status"], "not_yet");
    assert_eq!(decided["decisions"][0]["comment"], "De testresultaten ontbreken.");
    assert_eq!(decided["decisions"][0]["assessor"], "beoordelaar");
}

#[tokio::test]
async fn a_decision_closes_the_submission_and_locks_the_cited_evidence() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..2]).await;
    let queue: Value =
        world.assessor.get(world.app.url("/api/v1/queue")).send().await.unwrap().json().await.unwrap();
    assert_eq!(queue.as_array().unwrap().len(), 2);
    assert_eq!(queue[0]["unit_code"], "M IT 020");
    assert_eq!(queue[0]["student"]["id"], world.student_id);

    world.decide(&world.assessor, &M_IT_020[..1], "achieved", "", &[evidence]).await;
    let queue: Value =
        world.assessor.get(world.app.url("/api/v1/queue")).send().await.unwrap().json().await.unwrap();
    assert_eq!(queue.as_array().unwrap().len(), 1, "the decided skill left the queue");
    assert_eq!(queue[0]["skill_id"], M_IT_020[1]);
    let other: Value =
        world.other_assessor.get(world.app.url("/api/v1/queue")).send().await.unwrap().json().await.unwrap();
    assert_eq!(other, json!([]));
    let filtered: Value = world
        .coordinator
        .get(world.app.url("/api/v1/queue?unit=M%20IT%20021"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(filtered, json!([]));

    let delete =
        world.student.delete(world.app.url(&format!("/api/v1/evidence/{evidence}"))).send().await.unwrap();
    assert_eq!(delete.status(), StatusCode::CONFLICT, "cited evidence is locked");
    let foreign = world.decide(&world.assessor, &M_IT_020[1..2], "achieved", "", &[evidence + 1000]).await;
    assert_eq!(foreign.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn concurrent_decisions_on_one_skill_are_all_recorded_in_order() {
    let world = world().await;
    world.submit_with_evidence(&M_IT_020[..1]).await;
    let decisions = (0..12).map(|n| {
        let (client, verdict) =
            if n % 2 == 0 { (&world.assessor, "achieved") } else { (&world.second_assessor, "not_yet") };
        world.decide(client, &M_IT_020[..1], verdict, "Gelijktijdig beoordeeld.", &[])
    });
    let responses = futures::future::join_all(decisions).await;
    let mut ids = Vec::new();
    for response in responses {
        assert_eq!(response.status(), StatusCode::CREATED);
        let rows: Value = response.json().await.unwrap();
        ids.push((rows[0]["id"].as_i64().unwrap(), rows[0]["decision"].as_str().unwrap().to_owned()));
    }
    assert_eq!(world.app.rows("decision").await, 12);
    ids.sort();
    ids.dedup_by_key(|(id, _)| *id);
    assert_eq!(ids.len(), 12, "every decision has its own place in the record");
    let progress = world.progress().await;
    let history = skill(&progress, M_IT_020[0])["decisions"].as_array().unwrap().clone();
    assert_eq!(history.len(), 12);
    let last = ids.last().unwrap();
    let expected = if last.1 == "achieved" { "achieved" } else { "not_yet" };
    assert_eq!(skill(&progress, M_IT_020[0])["status"], expected, "the decision recorded last counts");
}

#[tokio::test]
async fn a_unit_is_awarded_only_when_ready_and_a_later_revocation_flags_it() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020).await;
    world.decide(&world.assessor, &M_IT_020[..5], "achieved", "", &[evidence]).await;

    let refused = world.award(&world.coordinator, "M IT 020").await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_ready");
    assert_eq!(body["error"]["missing"], json!([M_IT_020[5]]));
    assert_eq!(world.app.rows("award").await, 0);

    world.decide(&world.assessor, &M_IT_020[5..], "achieved", "", &[]).await;
    let before = world.progress().await;
    assert_eq!(before["units"][0]["ready_for_deelcertificaat"], true);
    assert_eq!(before["units"][0]["status"], "ready_for_deelcertificaat");
    assert_eq!(world.award(&world.assessor, "M IT 020").await.status(), StatusCode::CREATED);
    assert_eq!(
        world.award(&world.coordinator, "M IT 020").await.status(),
        StatusCode::CONFLICT,
        "awarded once"
    );
    assert_eq!(world.award(&world.coordinator, "M IT 099").await.status(), StatusCode::NOT_FOUND);

    let awarded = world.progress().await;
    assert_eq!(awarded["units"][0]["status"], "awarded");
    assert_eq!(awarded["units"][0]["needs_attention"], false);

    world.decide(&world.assessor, &M_IT_020[2..3], "not_yet", "Bij nazicht onvoldoende.", &[]).await;
    let revoked = world.progress().await;
    assert_eq!(revoked["units"][0]["awarded"], true, "an award is never undone silently");
    assert_eq!(revoked["units"][0]["needs_attention"], true);
    assert_eq!(revoked["units"][0]["missing"], json!([M_IT_020[2]]));
    assert_eq!(world.app.rows("decision").await, 7, "nothing was overwritten");
}

/// One student in a programme (BO-IT-002, assessed by `op`) and a qualification (BK-0547-2,
/// assessed by `bk`).
struct TwoProgrammes {
    app: TestApp,
    student_id: i64,
    op: Client,
    bk: Client,
}

async fn two_programmes() -> TwoProgrammes {
    let app = spawn_app().await;
    let student_id = app.account("cursist@centrum.be", Role::Student).await;
    let programme_assessor = app.account("op@centrum.be", Role::Assessor).await;
    let qualification_assessor = app.account("bk@centrum.be", Role::Assessor).await;
    app.cohort("Avond", "BO-IT-002", &[student_id], &[programme_assessor]).await;
    app.cohort("Dag", "BK-0547-2", &[student_id], &[qualification_assessor]).await;
    let op = app.signed_in("op@centrum.be").await;
    let bk = app.signed_in("bk@centrum.be").await;
    TwoProgrammes { app, student_id, op, bk }
}

#[tokio::test]
async fn an_assessor_acts_only_in_the_programme_of_their_cohort() {
    let TwoProgrammes { app, student_id, op, bk } = two_programmes().await;
    let decide = |client: &Client, skill: &str| {
        client
            .post(app.url("/api/v1/decisions"))
            .json(&json!({ "student_id": student_id, "skill_ids": [skill], "decision": "achieved" }))
            .send()
    };
    assert_eq!(decide(&op, "BK-0547-2.PP.1.1").await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(decide(&bk, "BK-0547-2.PP.1.1").await.unwrap().status(), StatusCode::CREATED);
    assert_eq!(decide(&bk, M_IT_020[0]).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(decide(&bk, "BESTAAT-NIET.1").await.unwrap().status(), StatusCode::BAD_REQUEST);

    let progress = |client: &Client, framework: &str| {
        client.get(app.url(&format!("/api/v1/students/{student_id}/progress?framework={framework}"))).send()
    };
    assert_eq!(progress(&op, "BK-0547-2").await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(progress(&op, "BO-IT-002").await.unwrap().status(), StatusCode::OK);

    let award = |client: &Client, framework: &str, unit: &str| {
        client
            .post(app.url(&format!("/api/v1/students/{student_id}/awards")))
            .json(&json!({ "unit_code": unit, "framework": framework }))
            .send()
    };
    assert_eq!(award(&op, "BK-0547-2", "PP").await.unwrap().status(), StatusCode::NOT_FOUND);
    let qualification = award(&bk, "BK-0547-2", "PP").await.unwrap();
    assert_eq!(qualification.status(), StatusCode::CONFLICT, "a beroepskwalificatie has no deelcertificaten");
}

/// The review page of one unit as the server renders it for this client.
async fn review_page(app: &TestApp, client: &Client, student_id: i64, framework: &str, unit: &str) -> String {
    let response =
        client.get(app.url(&format!("/beoordelen/{student_id}/{framework}/{unit}"))).send().await.unwrap();
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

#[tokio::test]
async fn a_ready_beroepskwalificatie_unit_offers_no_award_and_refuses_one() {
    let TwoProgrammes { app, student_id, op, bk } = two_programmes().await;
    let decide_all = |client: &Client, skills: Vec<Value>| {
        client
            .post(app.url("/api/v1/decisions"))
            .json(&json!({ "student_id": student_id, "skill_ids": skills, "decision": "achieved" }))
            .send()
    };
    let progress_path = format!("/api/v1/students/{student_id}/progress?framework=BK-0547-2");
    let before: Value = bk.get(app.url(&progress_path)).send().await.unwrap().json().await.unwrap();
    let pp = before["units"].as_array().unwrap().iter().find(|unit| unit["code"] == "PP").unwrap();
    let skills = pp["missing"].as_array().unwrap().clone();
    assert_eq!(skills.len(), 24);
    assert_eq!(decide_all(&bk, skills).await.unwrap().status(), StatusCode::CREATED);
    assert_eq!(
        decide_all(&op, M_IT_020.map(Value::from).to_vec()).await.unwrap().status(),
        StatusCode::CREATED
    );

    let after: Value = bk.get(app.url(&progress_path)).send().await.unwrap().json().await.unwrap();
    let pp = after["units"].as_array().unwrap().iter().find(|unit| unit["code"] == "PP").unwrap();
    assert_eq!(pp["ready_for_deelcertificaat"], true, "every skill of PP is achieved");
    let page = review_page(&app, &bk, student_id, "BK-0547-2", "PP").await;
    assert!(page.contains(r#"data-skill-id="BK-0547-2.PP.1.1""#), "the review of PP was rendered");
    assert!(!page.contains("Deelcertificaat toekennen"), "no award button on a ready BK-0547-2 unit");
    let module = review_page(&app, &op, student_id, "BO-IT-002", "M-IT-020").await;
    assert!(module.contains("Deelcertificaat toekennen"), "a ready module of a programme offers its award");

    let refused = bk
        .post(app.url(&format!("/api/v1/students/{student_id}/awards")))
        .json(&json!({ "unit_code": "PP", "framework": "BK-0547-2" }))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(
        body["error"]["message"],
        "BK-0547-2 is een beroepskwalificatie: die kent geen deelcertificaten."
    );
}
