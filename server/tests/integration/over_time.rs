//! Frameworks and cohorts that change over time: a new version of a framework that running
//! cohorts keep out of until a coordinator moves them, a skill retired while a submission for it
//! is open, and a cohort archived while its students still read their record.

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

/// The built-in BO-IT-002 file.
fn bo_it_002() -> Value {
    serde_json::from_str(include_str!("../../../catalog/BO-IT-002.json")).unwrap()
}

/// Imports `file` as `vaardig catalog import` does; answers the version it recorded.
async fn import(world: &World, file: &Value) -> u32 {
    let (code, outcome) =
        app::server::services::catalog::import(&world.app.db, &file.to_string(), Utc::now().into())
            .await
            .unwrap();
    assert_eq!(outcome, app::server::services::catalog::Imported::Updated);
    let mut conn = world.app.db.acquire().await.unwrap();
    app::server::storage::catalog::version(&mut conn, &code).await.unwrap().unwrap()
}

/// Imports BO-IT-002 as a corrected file without `skill`: a new version; answers its number.
async fn retire(world: &World, skill: &str) -> u32 {
    let mut file = bo_it_002();
    let skills = file["units"][0]["competencies"][0]["skills"].as_array_mut().unwrap();
    skills.retain(|entry| entry["id"] != skill);
    import(world, &file).await
}

/// `POST /api/v1/cohorts/{id}/framework-version[?dry_run=true]` as the coordinator.
async fn move_to(world: &World, version: u32, dry_run: bool) -> reqwest::Response {
    let path = format!("/api/v1/cohorts/{}/framework-version?dry_run={dry_run}", world.cohort);
    world.app.post_json(&world.coordinator, &path, &json!({ "version": version })).await
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

    let version = retire(&world, RETIRED).await;
    assert_eq!(
        world.app.queued_skills(&world.assessor).await,
        [RETIRED, KEPT],
        "the cohort keeps its version"
    );
    assert_eq!(move_to(&world, version, false).await.status(), StatusCode::OK);

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
async fn the_queue_never_offers_a_skill_that_is_no_longer_in_its_cohorts_version() {
    let world = world().await;
    world.submit_with_evidence(&[RETIRED]).await;
    // Taken out of the version by a path that closes nothing (a hand-made fix): not offered.
    sqlx::query("delete from version_skill where skill_id = $1")
        .bind(RETIRED)
        .execute(&world.app.db)
        .await
        .unwrap();
    assert!(world.app.queued_skills(&world.assessor).await.is_empty());
}

#[tokio::test]
async fn a_cohort_keeps_its_version_when_a_newer_one_is_imported_and_a_new_cohort_takes_the_newer() {
    let world = world().await;
    let mut file = bo_it_002();
    file["units"][0]["competencies"][0]["skills"][1]["text"] = json!("Herschreven vaardigheid");
    let skills = file["units"][0]["competencies"][0]["skills"].as_array_mut().unwrap();
    skills.retain(|entry| entry["id"] != RETIRED);
    skills.push(json!({ "id": "BO-IT-002.M-IT-020.7.99", "text": "Nieuwe vaardigheid" }));
    let before = world.progress(&world.student).await.json::<Value>().await.unwrap();
    let version = import(&world, &file).await;

    let after = world.progress(&world.student).await.json::<Value>().await.unwrap();
    assert_eq!(after, before, "the running cohort's requirements did not change");
    let module = world.app.get(&world.student, "/opleiding/BO-IT-002/M-IT-020").await.text().await.unwrap();
    assert!(!module.contains("Herschreven vaardigheid") && !module.contains("Nieuwe vaardigheid"));

    let listed = world.app.get_json(&world.coordinator, "/api/v1/cohorts").await;
    assert_eq!(
        (listed[0]["framework_version"].as_u64(), listed[0]["newest_version"].as_u64()),
        (Some(2), Some(u64::from(version)))
    );
    let newer = json!({ "name": "Dag 2027", "framework": "BO-IT-002", "school_year": "2026-2027",
                        "starts_on": "2027-02-01", "ends_on": "2027-06-25" });
    assert_eq!(
        world.app.post_json(&world.coordinator, "/api/v1/cohorts", &newer).await.status(),
        StatusCode::CREATED
    );
    let listed = world.app.get_json(&world.coordinator, "/api/v1/cohorts").await;
    assert_eq!(listed[1]["framework_version"].as_u64(), Some(u64::from(version)), "{listed}");
}

#[tokio::test]
async fn moving_a_cohort_does_what_its_preview_said_and_keeps_every_decision() {
    let world = world().await;
    let evidence = world.submit_with_evidence(&M_IT_020).await;
    assert_eq!(decide_citing(&world, &M_IT_020, &[evidence]).await.status(), StatusCode::CREATED);
    let mut file = bo_it_002();
    let skills = file["units"][0]["competencies"][0]["skills"].as_array_mut().unwrap();
    skills.retain(|entry| entry["id"] != RETIRED);
    skills.push(json!({ "id": "BO-IT-002.M-IT-020.7.99", "text": "Nieuwe vaardigheid" }));
    let version = import(&world, &file).await;

    let page =
        world.app.get(&world.coordinator, &format!("/groepen/{}", world.cohort)).await.text().await.unwrap();
    assert!(
        page.contains(&format!("De groep volgt versie 2; de nieuwste is versie {version}.")),
        "the cohort page offers the move"
    );
    let path = format!("/api/v1/cohorts/{}/framework-version?DRY_RUN=true", world.cohort);
    let misspelt = world.app.post_json(&world.coordinator, &path, &json!({ "version": version })).await;
    assert_eq!(misspelt.status(), StatusCode::BAD_REQUEST, "a misspelt preview never moves");
    let preview = move_to(&world, version, true).await;
    assert_eq!(preview.status(), StatusCode::OK);
    let preview: Value = preview.json().await.unwrap();
    assert_eq!(preview["applied"], false);
    assert_eq!(preview["diff"]["added"][0]["id"], "BO-IT-002.M-IT-020.7.99");
    assert_eq!(preview["diff"]["retired"][0]["id"], RETIRED);
    let student = &preview["students"][0];
    assert_eq!(student["dropped"], json!([RETIRED]));
    assert_eq!(student["to_prove"], json!(["BO-IT-002.M-IT-020.7.99"]));
    assert_eq!(student["closes"], json!([]), "nothing open to close: every skill was decided");
    assert_eq!(student["carried"].as_array().unwrap().len(), M_IT_020.len() - 1);
    assert_eq!(
        student["units"],
        json!([{ "unit": "M IT 020", "before": "ready_for_deelcertificaat", "after": "in_progress" }])
    );
    let unmoved = world.progress(&world.student).await.json::<Value>().await.unwrap();
    assert_eq!(unmoved["units"][0]["status"], "ready_for_deelcertificaat", "a preview changes nothing");

    let moved: Value = move_to(&world, version, false).await.json().await.unwrap();
    assert_eq!(moved["applied"], true);
    assert_eq!(moved["students"], preview["students"], "the move does what the preview said");
    let progress = world.progress(&world.student).await.json::<Value>().await.unwrap();
    assert_eq!(progress["units"][0]["status"], "in_progress");
    assert_eq!(progress["units"][0]["missing"], json!(["BO-IT-002.M-IT-020.7.99"]));
    assert_eq!(
        world.app.rows("decision").await,
        M_IT_020.len() as i64,
        "decisions on the retired skill stay"
    );

    let again = move_to(&world, version, false).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        again.json::<Value>().await.unwrap()["error"]["message"],
        format!("De groep volgt versie {version} van BO-IT-002; ze kan alleen naar een nieuwere versie.")
    );
    assert_eq!(move_to(&world, 99, true).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        world
            .app
            .post_json(
                &world.assessor,
                &format!("/api/v1/cohorts/{}/framework-version", world.cohort),
                &json!({ "version": version })
            )
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
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

#[tokio::test]
async fn an_administrator_reads_what_a_catalog_file_changes_then_imports_it_as_a_new_version() {
    use app::api::catalog::{CompareCatalogFile, ImportCatalogFile};
    use base64::prelude::{Engine, BASE64_STANDARD};
    use leptos::server_fn::ServerFn;
    let world = World::builder().admin().build().await;
    let mut file = bo_it_002();
    let skills = file["units"][0]["competencies"][0]["skills"].as_array_mut().unwrap();
    skills.retain(|entry| entry["id"] != RETIRED);
    let body = json!({ "file": BASE64_STANDARD.encode(file.to_string()) });

    let compared = world.app.post_json(world.admin(), CompareCatalogFile::PATH, &body).await;
    assert_eq!(compared.status(), StatusCode::OK);
    let compared: Value = compared.json().await.unwrap();
    assert_eq!((compared["stored_version"].as_u64(), compared["file_version"].as_u64()), (Some(2), Some(2)));
    assert_eq!(compared["diff"]["retired"][0]["id"], RETIRED);
    assert_eq!(compared["diff"]["added"], json!([]));
    let page = world.app.get(world.admin(), "/beheer/catalogus").await.text().await.unwrap();
    assert!(page.contains("Kies een catalogusbestand (JSON"), "the page opens");

    let imported = world.app.post_json(world.admin(), ImportCatalogFile::PATH, &body).await;
    assert_eq!(imported.status(), StatusCode::OK);
    assert_eq!(imported.json::<Value>().await.unwrap()["recorded_version"], 3);
    let listed = world.app.get_json(&world.coordinator, "/api/v1/cohorts").await;
    assert_eq!(
        (listed[0]["framework_version"].as_u64(), listed[0]["newest_version"].as_u64()),
        (Some(2), Some(3))
    );
    let broken = json!({ "file": BASE64_STANDARD.encode("{ \"code\": ") });
    let refused = world.app.post_json(world.admin(), ImportCatalogFile::PATH, &broken).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn without_javascript_the_coordinator_previews_the_move_on_the_cohort_page_and_moves() {
    use app::api::cohorts::MoveCohortVersion;
    use leptos::server_fn::ServerFn;
    let world = world().await;
    let version = retire(&world, RETIRED).await;
    let page = format!("/groepen/{}?versie={version}", world.cohort);
    let html = world.app.get(&world.coordinator, &page).await.text().await.unwrap();
    for shown in ["Geschrapt: BO-IT-002.M-IT-020.7.1", "Ja, verhuizen"] {
        assert!(html.contains(shown), "the preview shows {shown}");
    }

    let moved = world
        .coordinator
        .post(world.app.url(MoveCohortVersion::PATH))
        .header("accept", "text/html")
        .header("referer", world.app.url(&page))
        .form(&[
            ("cohort_id", world.cohort.to_string()),
            ("version", version.to_string()),
            ("dry_run", "false".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(moved.status(), StatusCode::OK);
    assert_eq!(moved.url().path(), format!("/groepen/{}", world.cohort), "on to the cohort's page");
    let again = move_to(&world, version, true).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST, "the cohort already follows version {version}");
}
