//! Enrolling a student list in a cohort: a preview with every error per line, an import that
//! creates accounts and mails each an invitation to choose a password, and a second import of the
//! same file that changes nothing.

use crate::common;

use crate::common::mail::{link_after, SmtpSink};
use crate::common::world::{EmptyCohort, World, ASSESSOR, M_IT_020, STUDENT};
use crate::common::{spawn_app_with_mail, TestApp};
use domain::{CohortId, Role};
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

/// The skill the students of these tests submit.
const SKILL: &str = M_IT_020[0];

const GOOD: &str = "\u{feff}Studentnummer;Voornaam;Achternaam;E-mail\r\n\
                    2026001;Ann;De Smet;ann.desmet@example.be\r\n\
                    2026002;Jean-Pierre;Van den Berg;jp.vandenberg@example.be\r\n";

/// Enrols (or previews) a list sent as UTF-8 CSV, whatever the answer.
async fn post_csv(
    app: &TestApp,
    client: &Client,
    cohort: CohortId,
    csv: &str,
    dry_run: bool,
) -> reqwest::Response {
    app.post_enrolments(client, cohort, dry_run, "text/csv; charset=utf-8", csv.to_owned()).await
}

/// A new student follows the link of their invitation mail, chooses `password` and signs in.
async fn accept_invitation(app: &TestApp, sink: &SmtpSink, email: &str, password: &str) -> Client {
    let mail =
        sink.received().into_iter().find(|mail| mail.to.ends_with(&format!("<{email}>"))).expect("invited");
    assert_eq!(mail.subject, "Je account voor Vaardig bij CVO Testcentrum");
    let link = link_after(&mail.text, &format!("{}/wachtwoord-kiezen/", app.base));
    let token = link.rsplit('/').next().unwrap();
    let chosen = app
        .post_json(&common::client(), "/api/v1/passwords", &json!({ "token": token, "password": password }))
        .await;
    assert_eq!(chosen.status(), StatusCode::NO_CONTENT, "{email} chooses a password");
    let student = common::client();
    let signed_in = app.sign_in(&student, email, password).await;
    assert_eq!(signed_in.status(), StatusCode::OK, "{email} signs in with the chosen password");
    student
}

#[tokio::test]
async fn the_preview_lists_every_error_and_writes_nothing() {
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
    app.account("beoordelaar@example.be", Role::Assessor).await;
    let accounts_before = app.rows("account").await;
    let csv = "studentnummer;voornaam;achternaam;e-mail\n\
               1;Ann;De Smet;ann@example.be\n\
               2;Bo;Maes;geen-adres\n\
               3;Ann;Peeters;ANN@example.be\n\
               4;Karin;Vermeulen;beoordelaar@example.be\n";
    let response = post_csv(&app, &coordinator, cohort, csv, true).await;
    assert_eq!(response.status(), StatusCode::OK);
    let preview: Value = response.json().await.unwrap();
    assert_eq!(preview["applied"], false);
    assert_eq!(
        preview["rows"],
        json!([{ "line": 2, "email": "ann@example.be", "name": "Ann De Smet",
        "outcome": "new_account", "previous_email": null, "invited": false }])
    );
    let errors: Vec<(u64, String)> = preview["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| (error["line"].as_u64().unwrap(), error["message"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(errors.iter().map(|(line, _)| *line).collect::<Vec<_>>(), [3, 4, 5]);
    assert!(errors[0].1.contains("geen geldig e-mailadres"));
    assert!(errors[1].1.contains("meer dan eens"));
    assert!(errors[2].1.contains("al een account"));

    let unknown_column =
        post_csv(&app, &coordinator, cohort, "nummer;voornaam;achternaam;email;gsm\n", true).await;
    let preview: Value = unknown_column.json().await.unwrap();
    assert!(preview["errors"][0]["message"].as_str().unwrap().contains("Onbekende kolom 'gsm'"));

    let refused = post_csv(&app, &coordinator, cohort, csv, false).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST, "an import with errors imports nothing");
    assert_eq!(app.rows("account").await, accounts_before);
    assert_eq!(app.rows("enrolment").await, 0);
}

#[tokio::test]
async fn an_import_creates_accounts_once_and_a_second_import_changes_nothing() {
    let (app, sink) = spawn_app_with_mail().await;
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::on(app).await;
    app.account("jp.vandenberg@example.be", Role::Student).await;
    let preview: Value = post_csv(&app, &coordinator, cohort, GOOD, true).await.json().await.unwrap();
    let outcomes: Vec<&str> =
        preview["rows"].as_array().unwrap().iter().map(|row| row["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["new_account", "enrolled"]);
    assert_eq!(app.rows("enrolment").await, 0, "a preview writes nothing");

    let response = post_csv(&app, &coordinator, cohort, GOOD, false).await;
    assert_eq!(response.status(), StatusCode::OK);
    let imported: Value = response.json().await.unwrap();
    assert_eq!(imported["applied"], true);
    assert_eq!(imported["rows"][0]["invited"], true);
    assert_eq!(imported["rows"][1]["invited"], false, "an existing account keeps its password");
    assert_eq!(app.rows("enrolment").await, 2);
    let (number,): (Option<String>,) =
        sqlx::query_as("select student_number from account where email = 'ann.desmet@example.be'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(number.as_deref(), Some("2026001"));

    assert_eq!(sink.wait_for(1).await.len(), 1, "only the new account is invited");
    accept_invitation(&app, &sink, "ann.desmet@example.be", "fiets-regen-koffie-blauw").await;

    let accounts = app.rows("account").await;
    let again: Value = post_csv(&app, &coordinator, cohort, GOOD, false).await.json().await.unwrap();
    let outcomes: Vec<&str> =
        again["rows"].as_array().unwrap().iter().map(|row| row["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["already_enrolled", "already_enrolled"]);
    assert_eq!(app.rows("account").await, accounts);
    assert_eq!(app.rows("enrolment").await, 2);
}

#[tokio::test]
async fn a_json_list_works_too_and_only_coordinators_enrol() {
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
    let list = json!([{ "student_number": "9", "first_name": "Ines", "last_name": "Claes", "email": "ines@example.be" }]);
    let list = list.to_string();
    let response = app.post_enrolments(&coordinator, cohort, false, "application/json", list.clone()).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Value>().await.unwrap()["rows"][0]["outcome"], "new_account");

    app.account(ASSESSOR, Role::Assessor).await;
    let assessor = app.signed_in(ASSESSOR).await;
    let refused = app.post_enrolments(&assessor, cohort, false, "application/json", list.clone()).await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let unknown =
        app.post_enrolments(&coordinator, CohortId::new(999), false, "application/json", list).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let malformed = app.post_enrolments(&coordinator, cohort, false, "application/json", "{").await;
    assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
}

const HEADER: &str = "Studentnummer;Voornaam;Achternaam;E-mail\r\n";
const NAMES: &str = "0100001;Hélène;Çelik;helene@example.be\r\n0100002;Zoë;Ørsted-Peña;zoe@example.be\r\n";

/// Names as stored: `(first, last, shown)`, by student number.
async fn stored_names(app: &TestApp) -> Vec<(String, String, String)> {
    sqlx::query_as("select first_name, last_name, name from account where student_number is not null order by student_number")
        .fetch_all(&app.db)
        .await
        .unwrap()
}

fn names_of(preview: &Value) -> Vec<&str> {
    preview["rows"].as_array().unwrap().iter().map(|row| row["name"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn lists_saved_by_excel_as_windows_1252_utf8_with_bom_or_utf16_keep_every_name() {
    let text = format!("{HEADER}{NAMES}");
    let windows_1252 = text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect::<Vec<u8>>();
    assert_eq!(windows_1252.len(), text.chars().count(), "every letter of these names is in Windows-1252");
    let utf8_bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    for bytes in [windows_1252, utf8_bom, utf16] {
        let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
        let imported = app.enrol(&coordinator, cohort, bytes, false).await;
        assert_eq!(imported["errors"], json!([]));
        assert_eq!(names_of(&imported), ["Hélène Çelik", "Zoë Ørsted-Peña"]);
        assert_eq!(
            stored_names(&app).await,
            [
                ("Hélène".into(), "Çelik".into(), "Hélène Çelik".into()),
                ("Zoë".into(), "Ørsted-Peña".into(), "Zoë Ørsted-Peña".into())
            ]
        );
    }
}

#[tokio::test]
async fn a_multipart_upload_is_read_as_the_file_it_carries_and_other_types_get_415() {
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
    let file = Part::bytes(format!("{HEADER}{NAMES}").into_bytes())
        .file_name("lijst.csv")
        .mime_str("text/csv")
        .unwrap();
    let response = app.post_enrolments_form(&coordinator, cohort, true, Form::new().part("file", file)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let preview: Value = response.json().await.unwrap();
    assert_eq!(preview["errors"], json!([]));
    assert_eq!(names_of(&preview), ["Hélène Çelik", "Zoë Ørsted-Peña"]);

    let no_file =
        app.post_enrolments_form(&coordinator, cohort, true, Form::new().text("note", "geen bestand")).await;
    assert_eq!(no_file.status(), StatusCode::BAD_REQUEST);

    let xml = app.post_enrolments(&coordinator, cohort, true, "application/xml", "<lijst/>").await;
    assert_eq!(xml.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let error: Value = xml.json().await.unwrap();
    assert_eq!(
        error["error"]["message"],
        "Een studentenlijst kan als text/csv, text/plain, application/json of multipart/form-data met één bestand gestuurd worden, niet als 'application/xml'."
    );
}

#[tokio::test]
async fn the_preview_and_the_import_refuse_the_same_lines() {
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
    let csv = format!("{HEADER}0100001;{};{};lang@example.be\r\n", "A".repeat(63), "B".repeat(63));
    let preview = app.enrol(&coordinator, cohort, csv.clone().into_bytes(), true).await;
    assert_eq!(
        preview["errors"],
        json!([{ "line": 2, "message": "Een naam mag niet leeg zijn en hoogstens 120 tekens tellen." }])
    );
    assert_eq!(post_csv(&app, &coordinator, cohort, &csv, false).await.status(), StatusCode::BAD_REQUEST);
    assert_eq!(app.rows("enrolment").await, 0);
}

#[tokio::test]
async fn a_returning_student_with_a_new_address_is_the_same_person_and_a_stranger_is_an_error() {
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
    let first = format!("{HEADER}0100001;Hélène;Çelik;helene@oud.be\r\n");
    app.enrol(&coordinator, cohort, first.into_bytes(), false).await;
    let second_cohort = app.cohort("Dag", "BO-IT-002", &[], &[]).await;

    let returning = format!("{HEADER}0100001;Helene;Celik;helene@nieuw.be\r\n");
    let preview = app.enrol(&coordinator, second_cohort, returning.clone().into_bytes(), true).await;
    assert_eq!(
        preview["rows"],
        json!([{ "line": 2, "email": "helene@nieuw.be", "name": "Helene Celik", "outcome": "enrolled",
                 "previous_email": "helene@oud.be", "invited": false }])
    );
    app.enrol(&coordinator, second_cohort, returning.into_bytes(), false).await;
    let accounts: Vec<(String,)> =
        sqlx::query_as("select email from account where role = 'student'").fetch_all(&app.db).await.unwrap();
    assert_eq!(accounts, [("helene@nieuw.be".to_owned(),)], "one account, with the new address");
    assert_eq!(app.rows("enrolment").await, 2);

    let stranger = format!("{HEADER}0100001;Karel;Claes;karel@example.be\r\n");
    let preview = app.enrol(&coordinator, second_cohort, stranger.into_bytes(), true).await;
    assert_eq!(
        preview["errors"],
        json!([{ "line": 2, "message": "Studentnummer 0100001 hoort bij Hélène Çelik (helene@nieuw.be), niet bij Karel Claes." }])
    );
}

#[tokio::test]
async fn students_are_listed_and_queued_by_last_name_in_dutch_order() {
    let (app, sink) = spawn_app_with_mail().await;
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::on(app).await;
    let csv = format!(
        "{HEADER}0100001;An;Peeters;an@example.be\r\n0100002;Bo;de Smet;bo@example.be\r\n\
         0100003;Ayşe;Aydın;ayse@example.be\r\n0100004;Ed;Claes;ed@example.be\r\n0100005;Jan;Aerts;jan@example.be\r\n"
    );
    let imported = app.enrol(&coordinator, cohort, csv.into_bytes(), false).await;
    let readiness = app.readiness(&coordinator, cohort).await;
    let order: Vec<&str> = readiness["students"]
        .as_array()
        .unwrap()
        .iter()
        .map(|student| student["student"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["Jan Aerts", "Ayşe Aydın", "Ed Claes", "Bo de Smet", "An Peeters"]);

    sink.wait_for(5).await;
    for row in imported["rows"].as_array().unwrap() {
        let student =
            accept_invitation(&app, &sink, row["email"].as_str().unwrap(), "fiets-regen-koffie-blauw").await;
        submit_reflection(&app, &student).await;
    }
    let queue = app.queue(&coordinator, "").await;
    let order: Vec<&str> =
        queue.as_array().unwrap().iter().map(|entry| entry["student"]["name"].as_str().unwrap()).collect();
    assert_eq!(order, ["Jan Aerts", "Ayşe Aydın", "Ed Claes", "Bo de Smet", "An Peeters"]);
}

/// A signed-in student submits one skill with a report as its evidence.
async fn submit_reflection(app: &TestApp, student: &Client) {
    app.upload_reflection(student, &[SKILL]).await;
    app.submit(student, &[SKILL]).await;
}

/// Imports `count` new students while an assessor records decisions and people sign in, on a
/// server whose writers give up after two seconds: nobody may see "database is locked".
#[tokio::test]
async fn a_large_import_never_keeps_others_from_signing_in_or_deciding() {
    let world = World::builder().statement_timeout(2).build().await;
    let World { app, cohort, coordinator, student, assessor, .. } = &world;
    let evidence = app.upload_reflection(student, &[SKILL]).await;

    let mut csv = HEADER.to_owned();
    for n in 0..300 {
        csv.push_str(&format!("{:07};Cursist;Nummer {n};cursist{n}@example.be\r\n", 2_000_000 + n));
    }
    let import = app.enrol(coordinator, *cohort, csv.into_bytes(), false);
    let others = async {
        for round in 0..20 {
            let signed_in = app.sign_in(&common::client(), STUDENT, common::PASSWORD).await;
            assert_eq!(signed_in.status(), StatusCode::OK, "sign-in {round} during the import");
            let submitted = app.post_submission(student, &[SKILL]).await;
            assert!(submitted.status().is_success(), "submission {round}: {}", submitted.status());
            let comment = format!("Ronde {round}");
            let decided = world.post_decision(assessor, &[SKILL], "not_yet", &comment, &[evidence]).await;
            assert!(decided.status().is_success(), "decision {round}: {}", decided.text().await.unwrap());
        }
    };
    let (imported, ()) = tokio::join!(import, others);
    assert_eq!(imported["rows"].as_array().unwrap().len(), 300);
    assert_eq!(app.rows("enrolment").await, 301);
    assert_eq!(app.rows("decision").await, 20);
}

#[tokio::test]
async fn without_e_mail_the_coordinator_prints_invitation_letters_whose_links_work() {
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
    post_csv(&app, &coordinator, cohort, GOOD, false).await;

    let response = app.post_invitation_letters(&coordinator, cohort).await;

    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let text = common::pdf_text(&response.bytes().await.unwrap());
    for expected in [
        "Welkom in Vaardig",
        "Beste Ann De Smet,",
        "Beste Jean-Pierre Van den Berg,",
        "jp.vandenberg@example.be",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let prefix = format!("{}/wachtwoord-kiezen/", app.base);
    let token = link_after(&text, &prefix).trim_start_matches(&prefix).to_owned();
    let chosen = app
        .post_json(
            &common::client(),
            "/api/v1/passwords",
            &json!({ "token": token, "password": "fiets-regen-koffie-blauw" }),
        )
        .await;
    assert_eq!(chosen.status(), StatusCode::NO_CONTENT, "the printed link opens");

    // Only who has no password yet gets a letter: one page, then none.
    let again = app.post_invitation_letters(&coordinator, cohort).await;
    let again = common::pdf_text(&again.bytes().await.unwrap());
    assert_eq!(again.matches("Welkom in Vaardig").count(), 1);
    sqlx::query("update account set password_hash = 'x' where role = 'student'")
        .execute(&app.db)
        .await
        .unwrap();
    let none = app.post_invitation_letters(&coordinator, cohort).await;
    assert_eq!(none.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn only_the_cohorts_coordinators_print_letters() {
    let EmptyCohort { app, coordinator, cohort } = EmptyCohort::new().await;
    post_csv(&app, &coordinator, cohort, GOOD, false).await;
    app.account(ASSESSOR, Role::Assessor).await;
    let assessor = app.signed_in(ASSESSOR).await;

    let refused = app.post_invitation_letters(&assessor, cohort).await;

    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.rows("account_token").await, 2, "only the two mailed invitations");
}
