//! The tamper-evident record: every decision and award is chained as it is recorded; a row
//! changed, removed or added in the database afterwards is found and named by
//! `vaardig audit verify` and on `/beheer/register`; concurrent writers keep one valid chain.

use std::process::Command;

use app::server::services::record_chain::{self, Verification};
use domain::record_chain::{Break, RecordRow};
use domain::{AwardId, DecisionId};
use reqwest::StatusCode;
use sqlx::Executor;

use crate::common::world::{World, M_IT_020};
use crate::common::TestApp;

const M_IT_021: [&str; 4] =
    ["BO-IT-002.M-IT-021.7.1", "BO-IT-002.M-IT-021.7.2", "BO-IT-002.M-IT-021.7.3", "BO-IT-002.M-IT-021.7.4"];

/// A world whose record holds decisions 1–6 (M IT 020, one request each, the third citing
/// evidence), then award 1 (M IT 020), then decision 7 (not yet, M IT 021).
async fn recorded() -> World {
    let world = World::builder().admin().build().await;
    let evidence = world.submit_with_evidence(&M_IT_020[2..3]).await;
    for (index, skill) in M_IT_020.iter().enumerate() {
        let cited: &[i64] = if index == 2 { &[evidence] } else { &[] };
        let response =
            world.post_decision(&world.assessor, &[skill], "achieved", "Goed gedaan.", cited).await;
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    assert_eq!(world.post_award(&world.coordinator, "M IT 020", None).await.status(), StatusCode::CREATED);
    let response = world.post_decision(&world.assessor, &M_IT_021[..1], "not_yet", "Nog niet.", &[]).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    world
}

async fn verified(app: &TestApp) -> Result<u64, Break> {
    let Verification { outcome, .. } = record_chain::verify(&app.db, None).await.expect("verification runs");
    outcome
}

async fn execute(app: &TestApp, sql: &str) {
    app.db.execute(sql).await.unwrap_or_else(|error| panic!("{sql}: {error}"));
}

fn decision(id: i64) -> RecordRow {
    RecordRow::Decision(DecisionId::new(id))
}

/// `vaardig audit verify` against the app's database: its exit status and output.
fn audit_verify(app: &TestApp, extra: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_vaardig"))
        .arg("--data-dir")
        .arg(app.data.path())
        .args(["audit", "verify"])
        .args(extra)
        .env("VAARDIG_DATABASE_URL", app.storage.database_url())
        .env("RUST_LOG", "warn")
        .output()
        .expect("vaardig runs");
    let text =
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

#[tokio::test]
async fn decisions_and_awards_are_chained_and_the_intact_chain_verifies() {
    let world = recorded().await;
    assert_eq!(verified(&world.app).await, Ok(8));
    let (positions,): (i64,) = sqlx::query_as(
        "select count(*) from decision where chain_position is not null and chain_hash is not null",
    )
    .fetch_one(&world.app.db)
    .await
    .unwrap();
    assert_eq!(positions, 7);
    let (award_position,): (i64,) =
        sqlx::query_as("select chain_position from award").fetch_one(&world.app.db).await.unwrap();
    assert_eq!(award_position, 7, "the award comes after the six decisions it rests on");

    let (intact, text) = audit_verify(&world.app, &[]);
    assert!(intact, "{text}");
    assert!(text.contains("record chain intact: 8 entries"), "{text}");
    let anchor = text.lines().find_map(|line| line.strip_prefix("head ")).expect("the head line").to_owned();
    assert!(anchor.starts_with("8:") && anchor.len() == 2 + 64, "{anchor}");
    assert!(audit_verify(&world.app, &["--anchor", &anchor]).0, "the head is its own anchor");
}

#[tokio::test]
async fn a_changed_decision_or_award_is_named_and_putting_it_back_heals_the_chain() {
    let world = recorded().await;
    let app = &world.app;

    execute(app, "update decision set comment = 'Uitstekend.' where decision_id = 2").await;
    assert_eq!(verified(app).await, Err(Break::Altered { position: 2, row: decision(2) }));
    let (intact, text) = audit_verify(app, &[]);
    assert!(!intact, "a broken chain exits non-zero");
    assert!(text.contains("beslissing 2 (positie 2) klopt niet met zijn hash"), "{text}");
    execute(app, "update decision set comment = 'Goed gedaan.' where decision_id = 2").await;
    assert_eq!(verified(app).await, Ok(8));

    execute(app, "update decision set verdict = 'not_yet' where decision_id = 5").await;
    assert_eq!(verified(app).await, Err(Break::Altered { position: 5, row: decision(5) }));
    execute(app, "update decision set verdict = 'achieved' where decision_id = 5").await;

    execute(app, "delete from decision_evidence where decision_id = 3").await;
    assert_eq!(verified(app).await, Err(Break::Altered { position: 3, row: decision(3) }));
    execute(
        app,
        "insert into decision_evidence (decision_id, evidence_id) select 3, evidence_id from evidence",
    )
    .await;
    assert_eq!(verified(app).await, Ok(8));

    execute(app, "update award set awarded_at = '2020-01-01T00:00:00.000000Z'").await;
    let award = RecordRow::Award(AwardId::new(1));
    assert_eq!(verified(app).await, Err(Break::Altered { position: 7, row: award }));
}

#[tokio::test]
async fn a_deleted_decision_is_named_wherever_it_was() {
    let world = recorded().await;
    let app = &world.app;
    execute(app, "delete from decision where decision_id = 4").await;
    assert_eq!(verified(app).await, Err(Break::Missing { position: 4, next: decision(5) }));
    let (intact, text) = audit_verify(app, &[]);
    assert!(!intact);
    assert!(text.contains("positie 4 ontbreekt (de volgende is beslissing 5)"), "{text}");

    execute(app, "delete from decision where decision_id = 7").await;
    execute(app, "delete from decision where decision_id in (5, 6)").await;
    execute(app, "delete from award").await;
    assert_eq!(verified(app).await, Err(Break::Truncated { found: 3, length: 8 }), "the last ones, too");
}

#[tokio::test]
async fn rows_added_or_rewritten_outside_vaardig_are_found() {
    let world = recorded().await;
    let app = &world.app;
    execute(
        app,
        "insert into decision (student_id, skill_id, verdict, comment, assessor_id, decided_at)
         select student_id, 'BO-IT-002.M-IT-021.7.2', 'achieved', '', assessor_id, decided_at
         from decision where decision_id = 1",
    )
    .await;
    assert_eq!(verified(app).await, Err(Break::Unchained { row: decision(8) }));
    execute(app, "delete from decision where decision_id = 8").await;

    let (_, text) = audit_verify(app, &[]);
    let anchor = text.lines().find_map(|line| line.strip_prefix("head ")).unwrap().to_owned();
    // Someone with access to the database changes decision 1 and rewrites every hash after it:
    // the chain is whole again, but no longer holds the anchor noted before.
    execute(app, "update decision set comment = 'Zwak.' where decision_id = 1").await;
    unchain(app).await;
    record_chain::chain_earlier_rows(&app.db).await.unwrap();
    assert_eq!(verified(app).await, Ok(8));
    let (intact, text) = audit_verify(app, &["--anchor", &anchor]);
    assert!(!intact);
    assert!(text.contains("de hash op positie 8 is niet het genoteerde anker"), "{text}");

    execute(app, &format!("update record_chain_head set hash = '{}'", "0".repeat(64))).await;
    assert_eq!(verified(app).await, Err(Break::HeadAltered));
}

/// Puts the database back as it stood before the chain's migration: no positions, an empty head.
async fn unchain(app: &TestApp) {
    for sql in [
        "update decision set chain_position = null, chain_hash = null",
        "update award set chain_position = null, chain_hash = null",
        "update record_chain_head set length = 0, legacy_chained = 0,
             hash = '0000000000000000000000000000000000000000000000000000000000000000'",
    ] {
        execute(app, sql).await;
    }
}

#[tokio::test]
async fn concurrent_decisions_and_awards_keep_one_valid_chain() {
    let world = World::builder().second_assessor().build().await;
    let assessors = [&world.assessor, world.second_assessor()];
    let skills: Vec<&str> = M_IT_020.iter().chain(M_IT_021.iter()).copied().collect();
    let requests = skills.iter().enumerate().map(|(index, skill)| {
        world.post_decision(assessors[index % 2], std::slice::from_ref(skill), "achieved", "Gezien.", &[])
    });
    for response in futures::future::join_all(requests).await {
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    let again = skills.iter().enumerate().map(|(index, skill)| {
        world.post_decision(assessors[index % 2], std::slice::from_ref(skill), "not_yet", "Toch niet.", &[])
    });
    let award = world.post_award(&world.coordinator, "M IT 020", None);
    let (responses, _) = futures::future::join(futures::future::join_all(again), award).await;
    assert!(responses.iter().all(|response| response.status() == StatusCode::CREATED));
    let (rows,): (i64,) =
        sqlx::query_as("select (select count(*) from decision) + (select count(*) from award)")
            .fetch_one(&world.app.db)
            .await
            .unwrap();
    assert_eq!(verified(&world.app).await, Ok(rows as u64));
}

#[tokio::test]
async fn rows_recorded_before_the_chain_are_chained_once_in_the_order_recorded() {
    let world = recorded().await;
    let db = &world.app.db;
    unchain(&world.app).await;
    execute(
        &world.app,
        "update decision set decided_at = '2026-01-01T00:00:00.000000Z' where decision_id = 7",
    )
    .await;
    assert_eq!(record_chain::chain_earlier_rows(db).await.unwrap(), 8);
    assert_eq!(verified(&world.app).await, Ok(8));
    let (first,): (i64,) = sqlx::query_as("select decision_id from decision where chain_position = 1")
        .fetch_one(db)
        .await
        .unwrap();
    assert_eq!(first, 7, "the earliest decision comes first");

    execute(&world.app, "update decision set chain_position = null, chain_hash = null where decision_id = 7")
        .await;
    assert_eq!(record_chain::chain_earlier_rows(db).await.unwrap(), 0, "only once");
    assert_eq!(verified(&world.app).await, Err(Break::Unchained { row: decision(7) }));
}

/// `/beheer/register` as `client` reads it, without Leptos's hydration markers.
async fn register_page(world: &World, client: &reqwest::Client) -> String {
    world.app.get(client, "/beheer/register").await.text().await.unwrap().replace("<!>", "")
}

#[tokio::test]
async fn administrators_read_the_check_and_the_anchor_on_a_page() {
    let world = recorded().await;
    let page = register_page(&world, world.admin()).await;
    assert!(page.contains("Het register is intact: 8 vastleggingen"), "{page}");
    let Verification { head, .. } = record_chain::verify(&world.app.db, None).await.unwrap();
    assert!(page.contains(&format!("8:{}", head.head.hash)), "the anchor is shown");
    assert!(page.contains(r#"<a href="/beheer/register">Register</a>"#), "linked in the bar");

    execute(&world.app, "update decision set comment = 'Anders.' where decision_id = 6").await;
    let page = register_page(&world, world.admin()).await;
    assert!(
        page.contains(
            "Het register is gewijzigd buiten Vaardig: beslissing 6 (positie 6) klopt niet met zijn hash"
        ),
        "{page}"
    );
    assert!(page.contains("Noteer dit anker niet"), "a broken record's anchor is not one to note");
    let refused = register_page(&world, &world.coordinator).await;
    assert!(!refused.contains("Kop van de keten"), "only administrators see the check");
}
