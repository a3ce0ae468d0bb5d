//! Assessment through the JSON API: who may decide, award and read; the append-only decision
//! record under concurrency; awards only for ready units, and what a later revocation does.

use crate::common;

use crate::common::skill;
use crate::common::world::{World, M_IT_020};
use crate::common::TestApp;
use app::server::Clock;
use domain::{SkillId, Timestamp};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};

/// The standard world with a second assessor of "Avond", the assessor of "Dag" (BK-0547-2,
/// without the student) and an administrator.
async fn world() -> World {
    World::builder().second_assessor().other_programme().admin().build().await
}

/// The coordinator's view of the student's progress in BO-IT-002.
async fn progress(world: &World) -> Value {
    world.app.progress_json(&world.coordinator, world.student_id, Some("BO-IT-002")).await
}

#[tokio::test]
async fn only_an_assigned_assessor_records_decisions() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    for (name, client) in [
        ("student", &world.student),
        ("assessor of another cohort", world.other_assessor()),
        ("coordinator", &world.coordinator),
        ("admin", world.admin()),
    ] {
        let response = world.post_decision(client, &M_IT_020[..1], "achieved", "", &[evidence]).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{name}");
    }
    assert_eq!(world.app.rows("decision").await, 0);
    let response = world
        .post_decision(&world.assessor, &M_IT_020[..1], "achieved", "Goed gedocumenteerd.", &[evidence])
        .await;
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
    // (client, queue, progress, evidence file)
    let expected = [
        ("student", &world.student, 403, 200, 200),
        ("assessor of another cohort", world.other_assessor(), 200, 403, 404),
        ("assessor", &world.assessor, 200, 200, 200),
        ("coordinator", &world.coordinator, 200, 200, 200),
        ("admin", world.admin(), 200, 200, 200),
    ];
    for (name, client, queue, progress_status, file_status) in expected {
        let status = world.app.get(client, "/api/v1/queue").await.status().as_u16();
        assert_eq!(status, queue, "{name}: queue");
        assert_eq!(world.progress(client).await.status().as_u16(), progress_status, "{name}: progress");
        let status = world.app.evidence_file(client, evidence).await.status().as_u16();
        assert_eq!(status, file_status, "{name}: file");
        let award = world.post_award(client, "M IT 020", None).await.status().as_u16();
        let expected_award = match name {
            "assessor" | "coordinator" => 409, // allowed, but the unit is not ready
            _ => 403,
        };
        assert_eq!(award, expected_award, "{name}: award");
    }
    assert_eq!(world.app.get(&common::client(), "/api/v1/queue").await.status(), 401);
}

#[tokio::test]
async fn not_yet_needs_a_comment_and_reaches_the_student() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    let silent = world.post_decision(&world.assessor, &M_IT_020[..1], "not_yet", "  ", &[]).await;
    assert_eq!(silent.status(), StatusCode::BAD_REQUEST);
    let response = world
        .post_decision(
            &world.assessor,
            &M_IT_020[..1],
            "not_yet",
            "De testresultaten ontbreken.",
            &[evidence],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);

    let progress: Value = world.progress(&world.student).await.json().await.unwrap();
    let decided = skill(&progress, M_IT_020[0]);
    assert_eq!(decided["status"], "not_yet");
    assert_eq!(decided["decisions"][0]["comment"], "De testresultaten ontbreken.");
    assert_eq!(decided["decisions"][0]["assessor"], "beoordelaar");
}

#[tokio::test]
async fn a_decision_closes_the_submission_and_locks_the_cited_evidence() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..2]).await;
    let queue = world.app.queue(&world.assessor, "").await;
    assert_eq!(queue.as_array().unwrap().len(), 2);
    assert_eq!(queue[0]["unit_code"], "M IT 020");
    assert_eq!(queue[0]["student"]["id"], world.student_id);

    world.post_decision(&world.assessor, &M_IT_020[..1], "achieved", "", &[evidence]).await;
    let queue = world.app.queue(&world.assessor, "").await;
    assert_eq!(queue.as_array().unwrap().len(), 1, "the decided skill left the queue");
    assert_eq!(queue[0]["skill_id"], M_IT_020[1]);
    let other = world.app.queue(world.other_assessor(), "").await;
    assert_eq!(other, json!([]));
    let filtered = world.app.queue(&world.coordinator, "?unit=M%20IT%20021").await;
    assert_eq!(filtered, json!([]));

    let delete = world.app.delete_evidence(&world.student, evidence).await;
    assert_eq!(delete.status(), StatusCode::CONFLICT, "cited evidence is locked");
    let foreign =
        world.post_decision(&world.assessor, &M_IT_020[1..2], "achieved", "", &[evidence + 1000]).await;
    assert_eq!(foreign.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn concurrent_decisions_on_one_skill_are_all_recorded_in_order() {
    let world = world().await;
    world.submit_with_evidence(&M_IT_020[..1]).await;
    let decisions = (0..12).map(|n| {
        let (client, verdict) =
            if n % 2 == 0 { (&world.assessor, "achieved") } else { (world.second_assessor(), "not_yet") };
        world.post_decision(client, &M_IT_020[..1], verdict, "Gelijktijdig beoordeeld.", &[])
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
    let progress = progress(&world).await;
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
    world.post_decision(&world.assessor, &M_IT_020[..5], "achieved", "", &[evidence]).await;

    let refused = world.post_award(&world.coordinator, "M IT 020", None).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_ready");
    assert_eq!(body["error"]["missing"], json!([M_IT_020[5]]));
    assert_eq!(world.app.rows("award").await, 0);

    world.post_decision(&world.assessor, &M_IT_020[5..], "achieved", "", &[]).await;
    let before = progress(&world).await;
    assert_eq!(before["units"][0]["ready_for_deelcertificaat"], true);
    assert_eq!(before["units"][0]["status"], "ready_for_deelcertificaat");
    assert_eq!(world.post_award(&world.assessor, "M IT 020", None).await.status(), StatusCode::CREATED);
    assert_eq!(
        world.post_award(&world.coordinator, "M IT 020", None).await.status(),
        StatusCode::CONFLICT,
        "awarded once"
    );
    assert_eq!(world.post_award(&world.coordinator, "M IT 099", None).await.status(), StatusCode::NOT_FOUND);

    let awarded = progress(&world).await;
    assert_eq!(awarded["units"][0]["status"], "awarded");
    assert_eq!(awarded["units"][0]["needs_attention"], false);

    world.post_decision(&world.assessor, &M_IT_020[2..3], "not_yet", "Bij nazicht onvoldoende.", &[]).await;
    let revoked = progress(&world).await;
    assert_eq!(revoked["units"][0]["awarded"], true, "an award is never undone silently");
    assert_eq!(revoked["units"][0]["needs_attention"], true);
    assert_eq!(revoked["units"][0]["missing"], json!([M_IT_020[2]]));
    assert_eq!(world.app.rows("decision").await, 7, "nothing was overwritten");
}

/// One student in a programme (BO-IT-002, assessed by the world's assessor) and a qualification
/// (BK-0547-2, assessed by the other assessor).
async fn two_programmes() -> World {
    World::builder().student_in_other_programme().build().await
}

/// `client` decides `skills` achieved for the world's student, without comment or evidence.
/// "Achieved" on skills without evidence, with the note of what the assessor saw.
async fn achieved(world: &World, client: &Client, skills: &[&str]) -> StatusCode {
    world.post_decision(client, skills, "achieved", common::OBSERVED, &[]).await.status()
}

#[tokio::test]
async fn an_assessor_acts_only_in_the_programme_of_their_cohort() {
    let world = two_programmes().await;
    let (op, bk) = (&world.assessor, world.other_assessor());
    assert_eq!(achieved(&world, op, &["BK-0547-2.PP.1.1"]).await, StatusCode::FORBIDDEN);
    assert_eq!(achieved(&world, bk, &["BK-0547-2.PP.1.1"]).await, StatusCode::CREATED);
    assert_eq!(achieved(&world, bk, &[M_IT_020[0]]).await, StatusCode::FORBIDDEN);
    assert_eq!(achieved(&world, bk, &["BESTAAT-NIET.1"]).await, StatusCode::BAD_REQUEST);

    let progress = world.app.progress(op, world.student_id, Some("BK-0547-2")).await;
    assert_eq!(progress.status(), StatusCode::FORBIDDEN);
    let progress = world.app.progress(op, world.student_id, Some("BO-IT-002")).await;
    assert_eq!(progress.status(), StatusCode::OK);

    assert_eq!(world.post_award(op, "PP", Some("BK-0547-2")).await.status(), StatusCode::NOT_FOUND);
    let qualification = world.post_award(bk, "PP", Some("BK-0547-2")).await;
    assert_eq!(qualification.status(), StatusCode::CONFLICT, "a beroepskwalificatie has no deelcertificaten");
}

/// The review page of one unit as the server renders it for this client.
async fn review_page(world: &World, client: &Client, framework: &str, unit: &str) -> String {
    let response =
        world.app.get(client, &format!("/beoordelen/{}/{framework}/{unit}", world.student_id)).await;
    assert_eq!(response.status(), 200);
    response.text().await.unwrap()
}

#[tokio::test]
async fn a_ready_beroepskwalificatie_unit_offers_no_award_and_refuses_one() {
    let world = two_programmes().await;
    let (op, bk) = (&world.assessor, world.other_assessor());
    let before: Value =
        world.app.progress(bk, world.student_id, Some("BK-0547-2")).await.json().await.unwrap();
    let pp = before["units"].as_array().unwrap().iter().find(|unit| unit["code"] == "PP").unwrap();
    let skills: Vec<&str> = pp["missing"].as_array().unwrap().iter().map(|id| id.as_str().unwrap()).collect();
    assert_eq!(skills.len(), 24);
    assert_eq!(achieved(&world, bk, &skills).await, StatusCode::CREATED);
    assert_eq!(achieved(&world, op, &M_IT_020).await, StatusCode::CREATED);

    let after: Value =
        world.app.progress(bk, world.student_id, Some("BK-0547-2")).await.json().await.unwrap();
    let pp = after["units"].as_array().unwrap().iter().find(|unit| unit["code"] == "PP").unwrap();
    assert_eq!(pp["ready_for_deelcertificaat"], true, "every skill of PP is achieved");
    let page = review_page(&world, bk, "BK-0547-2", "PP").await;
    assert!(page.contains(r#"data-skill-id="BK-0547-2.PP.1.1""#), "the review of PP was rendered");
    assert!(!page.contains("Deelcertificaat toekennen"), "no award button on a ready BK-0547-2 unit");
    let module = review_page(&world, op, "BO-IT-002", "M-IT-020").await;
    assert!(module.contains("Deelcertificaat toekennen"), "a ready module of a programme offers its award");

    let refused = world.post_award(bk, "PP", Some("BK-0547-2")).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(
        body["error"]["message"],
        "BK-0547-2 is een beroepskwalificatie: die kent geen deelcertificaten."
    );
}

#[tokio::test]
async fn signing_off_a_skill_without_evidence_needs_a_note_of_what_was_seen() {
    let world = world().await;
    let bare = world.post_decision(&world.assessor, &M_IT_020[..1], "achieved", " ", &[]).await;
    assert_eq!(bare.status(), StatusCode::BAD_REQUEST);
    let error: Value = bare.json().await.unwrap();
    assert_eq!(
        error["error"]["message"],
        format!(
            "Vaardigheid '{}' heeft geen bewijsstuk: noteer in één regel wat je zelf zag.",
            SkillId::new(M_IT_020[0]).place()
        )
    );
    assert_eq!(world.app.rows("decision").await, 0, "nothing is recorded");

    let seen = "Installeerde Windows 11 voor mijn ogen in het labo.";
    let noted = world.post_decision(&world.assessor, &M_IT_020[..1], "achieved", seen, &[]).await;
    assert_eq!(noted.status(), StatusCode::CREATED);
    assert_eq!(common::skill(&progress(&world).await, M_IT_020[0])["decisions"][0]["comment"], seen);
}

/// `POST /api/v1/decisions/{id}/undo` on `app`, as `client`, whatever the answer.
async fn undo(app: &TestApp, client: &Client, decision: i64) -> Response {
    app.post_json(client, &format!("/api/v1/decisions/{decision}/undo"), &json!({})).await
}

/// The id of the first decision a `POST /api/v1/decisions` answered.
async fn decision_id(response: Response) -> i64 {
    assert_eq!(response.status(), StatusCode::CREATED);
    let rows: Value = response.json().await.unwrap();
    rows[0]["id"].as_i64().expect("an id")
}

async fn refusal(response: Response) -> String {
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let body: Value = response.json().await.unwrap();
    body["error"]["message"].as_str().expect("a message").to_owned()
}

#[tokio::test]
async fn a_decision_recorded_by_mistake_is_undone_by_a_chained_correction() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    let response = world.post_decision(&world.assessor, &M_IT_020[..1], "achieved", "", &[evidence]).await;
    let decision = decision_id(response).await;
    for (name, client, status) in [
        ("anonymous", &common::client(), 401),
        ("student", &world.student, 403),
        ("assessor of another cohort", world.other_assessor(), 403),
        ("coordinator", &world.coordinator, 403),
    ] {
        assert_eq!(undo(&world.app, client, decision).await.status().as_u16(), status, "{name}");
    }
    assert_eq!(undo(&world.app, &world.assessor, decision + 1000).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(world.app.rows("decision_undo").await, 0);

    assert_eq!(undo(&world.app, &world.assessor, decision).await.status(), StatusCode::NO_CONTENT);
    let reopened = progress(&world).await;
    let skill = common::skill(&reopened, M_IT_020[0]);
    assert_eq!(skill["status"], "submitted", "the submission it closed is open again");
    assert_eq!(skill["decisions"][0]["verdict"], "achieved", "the decision stays in the history");
    assert_eq!(skill["decisions"][0]["undone"]["by"], "beoordelaar");
    let queue = world.app.queue(&world.assessor, "").await;
    assert_eq!(queue[0]["skill_id"], M_IT_020[0], "back in the queue");
    assert_eq!((world.app.rows("decision").await, world.app.rows("decision_undo").await), (1, 1));
    let notices = world.app.get_json(&world.student, "/api/v1/notifications").await;
    let kinds: Vec<&Value> = notices["items"].as_array().unwrap().iter().map(|item| &item["kind"]).collect();
    assert!(!kinds.contains(&&json!("decided")), "the student's notice of it is taken back: {kinds:?}");
    assert_eq!(
        world.app.delete_evidence(&world.student, evidence).await.status(),
        StatusCode::CONFLICT,
        "cited once, the evidence stays locked"
    );
    let chain = app::server::services::record_chain::verify(&world.app.db, None).await.unwrap();
    assert_eq!(chain.outcome, Ok(2), "the decision and its correction, both chained");

    let again = undo(&world.app, &world.assessor, decision).await;
    assert_eq!(refusal(again).await, "Deze beslissing is al ongedaan gemaakt.");
}

#[tokio::test]
async fn only_the_decision_that_counts_is_undone_and_only_for_ten_minutes() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020).await;
    let first = decision_id(
        world.post_decision(&world.assessor, &M_IT_020[..1], "not_yet", "Onvolledig.", &[]).await,
    )
    .await;
    world.post_decision(&world.assessor, &M_IT_020[..1], "achieved", common::OBSERVED, &[]).await;
    let superseded = undo(&world.app, &world.assessor, first).await;
    assert_eq!(refusal(superseded).await, "Er is sindsdien een nieuwere beslissing over deze vaardigheid.");

    let response = world.post_decision(&world.assessor, &M_IT_020[1..2], "achieved", "", &[evidence]).await;
    let recent = decision_id(response).await;
    let later: Timestamp = (chrono::Utc::now() + chrono::TimeDelta::minutes(11)).into();
    let later = world.app.another_server_at(Clock::Fixed(later)).await;
    let late = undo(&later, &world.assessor, recent).await;
    assert_eq!(
        refusal(late).await,
        "Een beslissing kan tot 10 minuten na het vastleggen ongedaan worden gemaakt. \
         Leg nu een nieuwe beslissing vast, met de reden."
    );

    world.post_decision(&world.assessor, &M_IT_020[2..], "achieved", "", &[evidence]).await;
    assert_eq!(world.post_award(&world.coordinator, "M IT 020", None).await.status(), StatusCode::CREATED);
    let awarded = undo(&world.app, &world.assessor, recent).await;
    assert_eq!(refusal(awarded).await, "Het deelcertificaat van deze module is toegekend.");
    assert_eq!(world.app.rows("decision_undo").await, 0, "nothing was undone");
}
