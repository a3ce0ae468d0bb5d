//! Frameworks and cohorts that change over time: a skill retired while a submission for it is
//! open, and a cohort archived while its students still read their record.

use crate::common::skill;
use crate::common::world::{World, M_IT_020};
use chrono::Utc;
use domain::Role;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

const RETIRED: &str = "BO-IT-002.M-IT-020.7.1";
const KEPT: &str = "BO-IT-002.M-IT-020.7.2";

/// The standard world, around a student whose name pages show as "lotte.claes".
async fn world() -> World {
    World::with_student("lotte.claes@centrum.be").await
}

/// The assessor decides `skills` achieved, citing `evidence`.
async fn decide_citing(world: &World, skills: &[&str], evidence: &[i64]) -> reqwest::Response {
    world.post_decision(&world.assessor, skills, "achieved", "In orde.", evidence).await
}

/// Imports BO-IT-002 as a corrected file without `skill`, as `vaardig catalog import` does.
async fn retire(world: &World, skill: &str) {
    let mut file: Value = serde_json::from_str(include_str!("../../../catalog/BO-IT-002.json")).unwrap();
    let skills = file["units"][0]["competencies"][0]["skills"].as_array_mut().unwrap();
    skills.retain(|entry| entry["id"] != skill);
    let (_, outcome) =
        app::server::services::catalog::import(&world.app.db, &file.to_string(), Utc::now().into())
            .await
            .unwrap();
    assert_eq!(outcome, app::server::services::catalog::Imported::Updated);
}

const NOTE: &str = "Vaardigheid 'Voert routinetesten van technische aard uit op een besturingssysteem \
                    voor/van de klant/gebruiker' is geschrapt uit BO-IT-002 \
                    (Digitale Gebruikersondersteuner). Je indiening is afgesloten zonder beoordeling; je \
                    bewijsstukken blijven bewaard.";

#[tokio::test]
async fn a_retired_skill_closes_its_open_submission_with_a_note_the_student_reads() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&[RETIRED, KEPT]).await;
    assert_eq!(world.app.queued_skills(&world.assessor).await, [RETIRED, KEPT]);

    retire(&world, RETIRED).await;

    assert_eq!(world.app.queued_skills(&world.assessor).await, [KEPT], "only what can be decided");
    assert_eq!(world.app.queued_skills(&world.coordinator).await, [KEPT]);
    let progress: Value = world.progress(&world.student).await.json().await.unwrap();
    let closed = &progress["closed_submissions"];
    assert_eq!(closed.as_array().unwrap().len(), 1, "{closed}");
    assert_eq!(closed[0]["skill_id"], RETIRED);
    assert_eq!(closed[0]["unit_code"], "M IT 020");
    assert_eq!(closed[0]["note"], NOTE);
    assert_eq!(skill(&progress, KEPT)["status"], "submitted");
    let module = world.app.get(&world.student, "/opleiding/BO-IT-002/M-IT-020").await.text().await.unwrap();
    assert!(module.contains("Afgesloten indieningen"), "the module page shows the note");
    assert!(module.contains("is geschrapt uit BO-IT-002"), "the module page shows the note");

    let decided = decide_citing(&world, &[KEPT], &[evidence]).await;
    assert_eq!(decided.status(), StatusCode::CREATED);
    assert!(world.app.queued_skills(&world.assessor).await.is_empty());
}

#[tokio::test]
async fn the_queue_never_offers_a_skill_that_is_no_longer_in_its_framework() {
    let world = world().await;
    world.submit_with_evidence(&[RETIRED]).await;
    // Retired by a path that closes nothing (an older version, a hand-made fix): still not offered.
    sqlx::query("update skill set active = 0 where skill_id = $1")
        .bind(RETIRED)
        .execute(&world.app.db)
        .await
        .unwrap();
    assert!(world.app.queued_skills(&world.assessor).await.is_empty());
}

/// Answers the status of a GET, and with it the body.
async fn read(world: &World, client: &Client, path: &str) -> (StatusCode, String) {
    let response = world.app.get(client, path).await;
    (response.status(), response.text().await.unwrap())
}

#[tokio::test]
async fn an_archived_cohort_leaves_the_lists_but_every_record_stays_readable() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020).await;
    assert_eq!(decide_citing(&world, &M_IT_020, &[evidence]).await.status(), StatusCode::CREATED);
    let awarded = world.post_award(&world.coordinator, "M IT 020", None).await;
    assert_eq!(awarded.status(), StatusCode::CREATED);
    assert_eq!(
        world.app.archive_cohort(&world.coordinator, world.cohort).await.status(),
        StatusCode::NO_CONTENT
    );

    // Out of the working lists.
    let listed: Value = world.app.get(&world.coordinator, "/api/v1/cohorts").await.json().await.unwrap();
    assert_eq!(listed, json!([]));
    let listed: Value = world.app.get(&world.assessor, "/api/v1/cohorts").await.json().await.unwrap();
    assert_eq!(listed, json!([]));

    // The student still reads their progress, decisions, awards and evidence.
    let own = world.progress(&world.student).await;
    assert_eq!(own.status(), StatusCode::OK);
    let own: Value = own.json().await.unwrap();
    assert_eq!(skill(&own, RETIRED)["status"], "achieved");
    assert_eq!(skill(&own, RETIRED)["decisions"][0]["comment"], "In orde.");
    assert_eq!(own["units"][0]["status"], "awarded");
    let (status, _) = read(&world, &world.student, &format!("/api/v1/evidence/{evidence}")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, home) = read(&world, &world.student, "/").await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("Ondersteuning besturingssystemen"), "the student's home lists the programme");
    let (status, module) = read(&world, &world.student, "/opleiding/BO-IT-002/M-IT-020").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!module.contains("Deze module bestaat niet"), "the module page still opens");

    // Coordinators and the cohort's assessors keep reading the student, readiness and report.
    for (who, client) in [("coordinator", &world.coordinator), ("assessor", &world.assessor)] {
        let progress = world.progress(client).await;
        assert_eq!(progress.status(), StatusCode::OK, "{who}: progress");
        let (status, readiness) =
            read(&world, client, &format!("/api/v1/cohorts/{}/readiness", world.cohort)).await;
        assert_eq!(status, StatusCode::OK, "{who}: readiness");
        let readiness: Value = serde_json::from_str(&readiness).unwrap();
        assert_eq!(readiness["students"][0]["units"][0]["status"], "awarded", "{who}");
        for export in ["readiness.csv", "readiness.xlsx", "report.pdf"] {
            let (status, _) =
                read(&world, client, &format!("/api/v1/cohorts/{}/{export}", world.cohort)).await;
            assert_eq!(status, StatusCode::OK, "{who}: {export}");
        }
        for page in [format!("/groepen/{}", world.cohort), format!("/groepen/{}/rapport", world.cohort)] {
            let (status, html) = read(&world, client, &page).await;
            assert_eq!(status, StatusCode::OK, "{who}: {page}");
            assert!(html.contains("lotte.claes"), "{who}: {page} names the student");
            assert!(!html.contains("niet gevonden"), "{who}: {page}");
        }
        let (_, html) = read(&world, client, &format!("/groepen/{}", world.cohort)).await;
        assert!(
            html.contains("Deze groep is gearchiveerd: je kunt ze nog lezen, niet meer wijzigen."),
            "{who}"
        );
        assert!(!html.contains("Cursisten inschrijven"), "{who}: no import form on an archived cohort");
        let (status, html) = read(&world, client, &format!("/cursisten/{}", world.student_id)).await;
        assert_eq!(status, StatusCode::OK, "{who}: student page");
        assert!(html.contains("Ondersteuning besturingssystemen"), "{who}: student page");
    }
}

#[tokio::test]
async fn an_archived_cohort_takes_no_more_writes() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&[RETIRED]).await;
    assert_eq!(
        world.app.archive_cohort(&world.coordinator, world.cohort).await.status(),
        StatusCode::NO_CONTENT
    );

    let csv = "Studentnummer;Voornaam;Achternaam;E-mail\r\n2026001;Ann;De Smet;ann@example.be\r\n";
    let enrol = world
        .app
        .post_enrolments(&world.coordinator, world.cohort, false, "text/csv; charset=utf-8", csv)
        .await;
    assert_eq!(enrol.status(), StatusCode::CONFLICT, "enrolling");
    let other = world.app.account("tweede@centrum.be", Role::Assessor).await;
    let assigned = world.app.put_cohort_assessor(&world.coordinator, world.cohort, other).await;
    assert_eq!(assigned.status(), StatusCode::CONFLICT, "assigning");
    let body: Value = assigned.json().await.unwrap();
    assert_eq!(body["error"]["message"], "Deze groep is gearchiveerd.");

    let decided = decide_citing(&world, &[RETIRED], &[evidence]).await;
    assert_eq!(decided.status(), StatusCode::CONFLICT, "deciding");
    let body: Value = decided.json().await.unwrap();
    assert_eq!(
        body["error"]["message"],
        "De groep van deze cursist is gearchiveerd: je kunt het dossier nog lezen, maar er niets meer aan toevoegen."
    );
    let awarded = world.post_award(&world.coordinator, "M IT 020", None).await;
    assert_eq!(awarded.status(), StatusCode::CONFLICT, "awarding");
    assert!(world.app.queued_skills(&world.assessor).await.is_empty(), "nothing to decide is offered");
    assert_eq!(world.app.rows("decision").await, 0);
    assert_eq!(world.app.rows("award").await, 0);
    assert_eq!(world.app.rows("assessor_assignment").await, 1);
}
