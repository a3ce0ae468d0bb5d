//! Credit across frameworks (EVC): a student's BO-IT-002 decisions cover BK-0331-4 through the
//! built-in crosswalk: word-for-word skills count at once, related ones wait for an assessor,
//! whose confirmation is a decision in BK-0331-4 citing the source decisions.

use crate::common::world::{World, M_IT_020};
use reqwest::StatusCode;
use serde_json::{json, Value};

const TARGET: &str = "BK-0331-4";

/// The student's coverage of BK-0331-4 as `client` reads it.
async fn coverage(world: &World, client: &reqwest::Client) -> Value {
    let path = format!("/api/v1/students/{}/coverage?framework={TARGET}", world.student_id);
    world.app.get_json(client, &path).await
}

/// Competency `nr` of a coverage answer.
fn competency<'a>(coverage: &'a Value, nr: &str) -> &'a Value {
    coverage["competencies"].as_array().unwrap().iter().find(|competency| competency["nr"] == nr).unwrap()
}

fn counts(competency: &Value) -> (u64, u64, u64) {
    let count = |field: &str| competency[field].as_u64().unwrap();
    (count("covered"), count("needs_decision"), count("not_covered"))
}

#[tokio::test]
async fn equivalent_skills_count_and_a_related_one_waits_for_an_assessors_confirmation() {
    let world = World::new().await;
    assert_eq!(counts(competency(&coverage(&world, &world.student).await, "11")), (0, 0, 7));
    let evidence = world.submit_with_evidence(&M_IT_020).await;
    let decided = world.post_decision(&world.assessor, &M_IT_020, "achieved", "In orde.", &[evidence]).await;
    assert_eq!(decided.status(), StatusCode::CREATED);

    // "Installeert besturingssystemen" is word for word in both; the scenario skill is related.
    let before = coverage(&world, &world.assessor).await;
    let eleven = competency(&before, "11");
    assert_eq!(eleven["coverage"], "not_covered");
    assert_eq!(counts(eleven), (1, 1, 5));
    let link = before["links"][eleven["confirmable"][0].as_u64().unwrap() as usize].clone();
    assert_eq!(
        link,
        json!({ "kind": "related",
                "from": ["BO-IT-002.M-IT-020.11.1", "BO-IT-002.M-IT-020.11.2", "BO-IT-002.M-IT-020.11.3"],
                "to": ["BK-0331-4.UI.11.7"] })
    );
    let coordinators = coverage(&world, &world.coordinator).await;
    assert_eq!(coordinators["competencies"], before["competencies"], "the coordinator reads the same");
    assert_eq!(
        (before["may_confirm"].as_bool(), coordinators["may_confirm"].as_bool()),
        (Some(true), Some(false))
    );

    let path = format!("/api/v1/students/{}/coverage/confirmations", world.student_id);
    let body = json!({ "framework": TARGET, "link": link });
    let refused = world.app.post_json(&world.coordinator, &path, &body).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN, "an assessor decides");
    let confirmed = world.app.post_json(&world.assessor, &path, &body).await;
    assert_eq!(confirmed.status(), StatusCode::CREATED);
    assert_eq!(confirmed.json::<Value>().await.unwrap().as_array().unwrap().len(), 1);

    let again = world.app.post_json(&world.assessor, &path, &body).await;
    assert_eq!(again.status(), StatusCode::CONFLICT, "confirmed once");
    let unknown = json!({ "framework": "BK-9999-9", "link": body["link"] });
    assert_eq!(world.app.post_json(&world.assessor, &path, &unknown).await.status(), StatusCode::NOT_FOUND);

    let after = coverage(&world, &world.student).await;
    assert_eq!(counts(competency(&after, "11")), (2, 0, 5));
    let sources: i64 =
        sqlx::query_scalar("select count(*) from decision_source").fetch_one(&world.app.db).await.unwrap();
    assert_eq!(sources, 3, "the confirmation cites the three source decisions");
    let comment: String =
        sqlx::query_scalar("select comment from decision where skill_id = 'BK-0331-4.UI.11.7'")
            .fetch_one(&world.app.db)
            .await
            .unwrap();
    assert_eq!(
        comment,
        "Erkend via BO-IT-002: BO-IT-002.M-IT-020.11.1, BO-IT-002.M-IT-020.11.2, BO-IT-002.M-IT-020.11.3"
    );

    // An equivalent link is not the assessor's to confirm, nor is a made-up one.
    let equivalent = json!({ "framework": TARGET, "link": { "kind": "equivalent",
        "from": ["BO-IT-002.M-IT-020.11.1"], "to": ["BK-0331-4.UI.11.3"] } });
    assert_eq!(
        world.app.post_json(&world.assessor, &path, &equivalent).await.status(),
        StatusCode::BAD_REQUEST
    );

    let matrix = world
        .app
        .get_json(
            &world.coordinator,
            &format!("/api/v1/cohorts/{}/coverage?framework={TARGET}", world.cohort),
        )
        .await;
    assert_eq!(counts(competency(&matrix["students"][0], "11")), (2, 0, 5));
}

#[tokio::test]
async fn a_related_link_whose_source_is_not_achieved_cannot_be_confirmed() {
    let world = World::new().await;
    let path = format!("/api/v1/students/{}/coverage/confirmations", world.student_id);
    let body = json!({ "framework": TARGET, "link": { "kind": "related",
        "from": ["BO-IT-002.M-IT-020.11.1", "BO-IT-002.M-IT-020.11.2", "BO-IT-002.M-IT-020.11.3"],
        "to": ["BK-0331-4.UI.11.7"] } });
    let refused = world.app.post_json(&world.assessor, &path, &body).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["error"]["message"],
        "Niet elke vaardigheid van de bron is behaald."
    );
    assert_eq!(world.app.rows("decision").await, 0);
}
