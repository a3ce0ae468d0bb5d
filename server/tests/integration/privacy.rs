//! Privacy: an administrator erases a former student (never one in a running cohort), and their
//! decisions and awards stay under a pseudonym with the record chain intact; the worker reports
//! the students whose cohorts ended more than the retention period ago, then removes their
//! evidence files, keeping everything else.

use app::server::services::privacy::{self, Retention};
use app::server::services::record_chain;
use app::server::storage::privacy::EMPTY_FILE;
use domain::Timestamp;
use reqwest::StatusCode;
use serde_json::Value;
use sqlx::AnyPool;

use crate::common::world::{World, M_IT_020, STUDENT};
use crate::common::{client, PASSWORD};

/// The world's student with a PDF and a reflection, M IT 020 achieved (citing the PDF) and
/// awarded; answers the PDF's stored name.
async fn with_record(world: &World) -> String {
    let pdf = world.submit_with_evidence(&M_IT_020[..1]).await;
    let response = world.post_decision(&world.assessor, &M_IT_020[..1], "achieved", "Goed.", &[pdf]).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    world.app.decide(&world.assessor, world.student_id, &M_IT_020[1..], "achieved", "").await;
    assert_eq!(world.post_award(&world.coordinator, "M IT 020", None).await.status(), StatusCode::CREATED);
    let (sha256,): (String,) = sqlx::query_as("select blob_sha256 from evidence where evidence_id = $1")
        .bind(pdf)
        .fetch_one(&world.app.db)
        .await
        .unwrap();
    sha256
}

async fn count(db: &AnyPool, sql: &str) -> i64 {
    let (count,): (i64,) = sqlx::query_as(sql).fetch_one(db).await.unwrap();
    count
}

async fn erase(world: &World) -> reqwest::Response {
    let path = format!("/api/v1/students/{}/erase", world.student_id);
    world.app.post_json(world.admin(), &path, &serde_json::json!({})).await
}

#[tokio::test]
async fn an_erased_former_student_keeps_decisions_and_awards_under_a_pseudonym() {
    let world = World::builder().admin().build().await;
    let (app, db) = (&world.app, &world.app.db);
    let file = with_record(&world).await;
    let decisions = count(db, "select count(*) from decision").await;

    let running = erase(&world).await;
    assert_eq!(running.status(), StatusCode::CONFLICT);
    let message = running.text().await.unwrap();
    assert!(message.contains("volgt nog de lopende groep 'Avond'"), "{message}");
    assert_eq!(app.archive_cohort(&world.coordinator, world.cohort).await.status(), StatusCode::NO_CONTENT);

    let erased = erase(&world).await;
    assert_eq!(erased.status(), StatusCode::OK);
    let pseudonym = erased.json::<Value>().await.unwrap()["pseudonym"].as_str().unwrap().to_owned();
    assert!(pseudonym.starts_with("Gewiste cursist "), "{pseudonym}");

    let (name, email, number): (String, String, Option<String>) =
        sqlx::query_as("select name, email, student_number from account where account_id = $1")
            .bind(world.student_id)
            .fetch_one(db)
            .await
            .unwrap();
    assert_eq!((name.as_str(), number), (pseudonym.as_str(), None));
    assert_eq!(email, format!("gewist-{}@gewist.invalid", world.student_id));
    let scrubbed = "select count(*) from evidence where title = 'Gewist bewijsstuk' and description = ''";
    assert_eq!(count(db, scrubbed).await, count(db, "select count(*) from evidence").await);
    let (blob,): (String,) = sqlx::query_as("select blob_sha256 from evidence").fetch_one(db).await.unwrap();
    assert_eq!(blob, EMPTY_FILE);
    let blobs = app.storage.blob_store().unwrap();
    assert!(blobs.open(&file).await.is_err(), "the file is gone from the store");

    assert_eq!(count(db, "select count(*) from decision").await, decisions, "decisions stay");
    assert_eq!(count(db, "select count(*) from award").await, 1, "the award stays");
    let verification = record_chain::verify(db, None).await.unwrap();
    assert_eq!(verification.outcome, Ok(decisions as u64 + 1), "the chain is whole");
    let shown =
        app.get_json(&world.coordinator, &format!("/api/v1/students/{}/account", world.student_id)).await;
    assert_eq!(shown["name"], pseudonym.as_str());
    let progress = app.progress_json(&world.coordinator, world.student_id, None).await;
    assert_eq!(progress["achieved"], 6, "progress is computed as before");

    let sign_in = app.sign_in(&client(), STUDENT, PASSWORD).await;
    assert_eq!(sign_in.status(), StatusCode::UNAUTHORIZED, "the old address no longer signs in");
    let logged = "select count(*) from audit_log where action = 'erased' and actor_id is not null";
    assert_eq!(count(db, logged).await, 1, "the erasure is in the audit log");
    let leaked = format!("select count(*) from audit_log where detail like '%{STUDENT}%'");
    assert_eq!(count(db, &leaked).await, 0, "no old address in the audit log");
    assert_eq!(erase(&world).await.status(), StatusCode::CONFLICT, "erased once");
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[tokio::test]
async fn old_files_are_reported_then_removed_and_the_rest_stays() {
    let world = World::builder().admin().build().await;
    let (app, db) = (&world.app, &world.app.db);
    let file = with_record(&world).await;
    let blobs = app.storage.blob_store().unwrap();
    let settings = crate::common::settings(&app.base, None);

    // "Avond" ends on 30 June 2027: five years later its files are not due yet.
    let still_kept = privacy::apply_retention(db, &blobs, &settings, at("2032-06-30T12:00:00.000000Z")).await;
    assert_eq!(still_kept.unwrap(), Retention::default());

    let due = at("2032-07-01T12:00:00.000000Z");
    let reported = privacy::apply_retention(db, &blobs, &settings, due).await.unwrap();
    assert_eq!(reported, Retention { reported: 1, removed: 0 });
    let mails =
        "select count(*) from outbox where payload like '%verwijdert op 31/07/2032 oude bewijsbestanden%'";
    assert_eq!(count(db, mails).await, 1, "one report, to the one administrator");
    let again =
        privacy::apply_retention(db, &blobs, &settings, at("2032-07-30T12:00:00.000000Z")).await.unwrap();
    assert_eq!(again, Retention::default(), "reported once, removed only after 30 days");
    assert!(blobs.open(&file).await.is_ok());

    let removed =
        privacy::apply_retention(db, &blobs, &settings, at("2032-07-31T12:00:00.000000Z")).await.unwrap();
    assert_eq!(removed, Retention { reported: 0, removed: 1 });
    assert!(blobs.open(&file).await.is_err(), "the file is gone");
    assert_eq!(count(db, "select count(*) from evidence where title = 'Verslag'").await, 1, "the item stays");
    assert_eq!(count(db, "select count(*) from award").await, 1);
    assert!(record_chain::verify(db, None).await.unwrap().outcome.is_ok());
    let after =
        privacy::apply_retention(db, &blobs, &settings, at("2033-01-01T12:00:00.000000Z")).await.unwrap();
    assert_eq!(after, Retention::default(), "nothing left to do");
}
