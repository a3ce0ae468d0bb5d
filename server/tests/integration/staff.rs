//! Staff and student management: an administrator invites staff (who choose their own password
//! with the mailed link), changes a role, deactivates and reactivates; a coordinator edits a
//! student, deactivates them and sends the invitation again; every change is in the audit log,
//! which administrators read newest first.

use app::server::storage::accounts::{self, NO_PASSWORD};
use domain::person_name::PersonName;
use domain::{Role, Timestamp};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};

use crate::common::mail::link_after;
use crate::common::world::{World, ADMIN, ASSESSOR, COORDINATOR, M_IT_020, STUDENT};
use crate::common::{client, spawn_app_with_mail, TestApp, PASSWORD};

const NEW_PASSWORD: &str = "fiets-regen-koffie-blauw";
const WRONG_CREDENTIALS: &str = "Onbekend e-mailadres of verkeerd wachtwoord.";

async fn sign_in(app: &TestApp, email: &str, password: &str) -> Response {
    client()
        .post(app.url("/api/v1/session"))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
}

async fn put_json(app: &TestApp, client: &Client, path: &str, body: &Value) -> Response {
    client.put(app.url(path)).json(body).send().await.unwrap()
}

async fn post(app: &TestApp, client: &Client, path: &str) -> Response {
    client.post(app.url(path)).send().await.unwrap()
}

async fn error_message(response: Response) -> String {
    let body: Value = response.json().await.unwrap();
    body["error"]["message"].as_str().unwrap().to_owned()
}

/// A page as the server renders it, without the hydration markers (`<!>`).
async fn page(app: &TestApp, client: &Client, path: &str) -> String {
    let response = app.get(client, path).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap().replace("<!>", "")
}

async fn id_of(app: &TestApp, email: &str) -> i64 {
    sqlx::query_scalar("select account_id from account where email = $1")
        .bind(email)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

/// The newest audit entries, as an administrator reads them.
async fn audit_log(app: &TestApp, admin: &Client, query: &str) -> Vec<Value> {
    let page = app.get_json(admin, &format!("/api/v1/audit-log{query}")).await;
    page.as_array().unwrap().clone()
}

fn actions(entries: &[Value]) -> Vec<&str> {
    entries.iter().map(|entry| entry["action"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn an_administrator_invites_an_assessor_who_chooses_a_password_and_signs_in() {
    let (app, sink) = spawn_app_with_mail().await;
    let admin_id = app.account(ADMIN, Role::Admin).await;
    let admin = app.signed_in(ADMIN).await;

    let body = json!({ "name": "Lies Wouters", "email": " Lies@Centrum.be ", "role": "assessor" });
    let created = app.post_json(&admin, "/api/v1/staff", &body).await;

    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await.unwrap();
    let lies = created["id"].as_i64().unwrap();
    assert_eq!(
        created,
        json!({ "id": lies, "name": "Lies Wouters", "email": "lies@centrum.be", "role": "assessor",
                "student_number": null, "active": true, "has_password": false })
    );
    assert_eq!(sign_in(&app, "lies@centrum.be", "").await.status(), StatusCode::UNAUTHORIZED);

    let mail = sink.wait_for(1).await.remove(0);
    assert_eq!(mail.to, "\"Lies Wouters\" <lies@centrum.be>");
    assert_eq!(mail.subject, "Je account voor Vaardig bij CVO Testcentrum");
    let link = link_after(&mail.text, &format!("{}/wachtwoord-kiezen/", app.base));
    let token = link.rsplit('/').next().unwrap();
    let chosen = app
        .post_json(&client(), "/api/v1/passwords", &json!({ "token": token, "password": NEW_PASSWORD }))
        .await;
    assert_eq!(chosen.status(), StatusCode::NO_CONTENT);

    let signed_in = sign_in(&app, "lies@centrum.be", NEW_PASSWORD).await;
    assert_eq!(signed_in.status(), StatusCode::OK);
    let staff = app.get_json(&admin, "/api/v1/staff").await;
    let listed: Vec<(&str, &str, bool)> = staff
        .as_array()
        .unwrap()
        .iter()
        .map(|member| {
            (
                member["email"].as_str().unwrap(),
                member["role"].as_str().unwrap(),
                member["has_password"] == true,
            )
        })
        .collect();
    assert_eq!(listed, [(ADMIN, "admin", true), ("lies@centrum.be", "assessor", true)]);

    let log = audit_log(&app, &admin, "").await;
    assert_eq!(actions(&log), ["password_chosen_with_link", "invitation", "staff_created"]);
    assert_eq!(log[2]["actor"], json!({ "id": admin_id, "name": "beheer" }));
    assert_eq!(log[2]["account"], json!({ "id": lies, "name": "Lies Wouters" }));
    assert_eq!(
        log[2]["detail"],
        json!({ "name": "Lies Wouters", "email": "lies@centrum.be", "role": "assessor" })
    );
    assert_eq!(log[0]["actor"], Value::Null, "the link was used by the person themself");
}

#[tokio::test]
async fn a_staff_member_needs_a_staff_role_and_an_address_of_their_own() {
    let world = World::builder().admin().build().await;
    let app = &world.app;

    let student = json!({ "name": "Lies Wouters", "email": "lies@centrum.be", "role": "student" });
    let refused = app.post_json(world.admin(), "/api/v1/staff", &student).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let message = error_message(refused).await;
    assert!(
        message.contains(
            "Een personeelslid is beoordelaar, coördinator of beheerder; cursisten schrijf je in bij een groep."
        ),
        "{message}"
    );

    let taken = json!({ "name": "Tweede Coördinator", "email": COORDINATOR, "role": "coordinator" });
    let refused = app.post_json(world.admin(), "/api/v1/staff", &taken).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_message(refused).await,
        "Er bestaat al een account met e-mailadres coordinator@centrum.be."
    );
    assert_eq!(app.rows("outbox").await, 0, "no invitation for an account that was not made");
}

#[tokio::test]
async fn a_role_change_takes_effect_at_once_and_is_logged() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    let assessor = id_of(app, ASSESSOR).await;

    let changed = put_json(
        app,
        world.admin(),
        &format!("/api/v1/staff/{assessor}/role"),
        &json!({ "role": "coordinator" }),
    )
    .await;

    assert_eq!(changed.status(), StatusCode::OK);
    assert_eq!(changed.json::<Value>().await.unwrap()["role"], "coordinator");
    assert_eq!(app.get_json(&world.assessor, "/api/v1/me").await["role"], "coordinator");
    let cohorts = app.get_json(&world.assessor, "/api/v1/cohorts").await;
    assert_eq!(cohorts.as_array().unwrap().len(), 1, "a coordinator sees every cohort");
    let log = audit_log(app, world.admin(), "?limit=1").await;
    assert_eq!(log[0]["action"], "role_changed");
    assert_eq!(log[0]["detail"], json!({ "role": { "old": "assessor", "new": "coordinator" } }));
}

#[tokio::test]
async fn a_deactivated_assessor_cannot_sign_in_loses_their_session_and_keeps_their_decisions() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    let assessor = id_of(app, ASSESSOR).await;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    let decided =
        world.post_decision(&world.assessor, &M_IT_020[..1], "achieved", "In orde.", &[evidence]).await;
    assert_eq!(decided.status(), StatusCode::CREATED);

    let deactivated = post(app, world.admin(), &format!("/api/v1/staff/{assessor}/deactivate")).await;

    assert_eq!(deactivated.status(), StatusCode::OK);
    assert_eq!(deactivated.json::<Value>().await.unwrap()["active"], false);
    let refused = sign_in(app, ASSESSOR, PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(error_message(refused).await, WRONG_CREDENTIALS, "the same answer as a wrong password");
    assert_eq!(app.get(&world.assessor, "/api/v1/me").await.status(), StatusCode::UNAUTHORIZED);
    for reader in [&world.student, &world.coordinator] {
        let progress: Value = world.progress(reader).await.json().await.unwrap();
        let skill = crate::common::skill(&progress, M_IT_020[0]);
        assert_eq!(skill["status"], "achieved");
        assert_eq!(skill["decisions"][0]["assessor"], "beoordelaar");
    }
    let again = post(app, world.admin(), &format!("/api/v1/staff/{assessor}/deactivate")).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(error_message(again).await, "Dit account is al gedeactiveerd.");

    let reactivated = post(app, world.admin(), &format!("/api/v1/staff/{assessor}/reactivate")).await;
    assert_eq!(reactivated.status(), StatusCode::OK);
    assert_eq!(sign_in(app, ASSESSOR, PASSWORD).await.status(), StatusCode::OK);
    let log = audit_log(app, world.admin(), "?limit=2").await;
    assert_eq!(actions(&log), ["reactivated", "deactivated"]);
    assert_eq!(log[1]["detail"], json!({ "sessions_ended": 1 }));
}

#[tokio::test]
async fn an_administrator_cannot_deactivate_or_demote_themself() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    let admin = id_of(app, ADMIN).await;

    let deactivated = post(app, world.admin(), &format!("/api/v1/staff/{admin}/deactivate")).await;
    assert_eq!(deactivated.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_message(deactivated).await,
        "Je kunt je eigen account niet deactiveren; vraag het een andere beheerder."
    );
    let demoted =
        put_json(app, world.admin(), &format!("/api/v1/staff/{admin}/role"), &json!({ "role": "assessor" }))
            .await;
    assert_eq!(demoted.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_message(demoted).await,
        "Je kunt je eigen rol niet wijzigen; vraag het een andere beheerder."
    );
    assert_eq!(app.get_json(world.admin(), "/api/v1/me").await["role"], "admin");
}

#[tokio::test]
async fn only_administrators_manage_staff_and_read_the_audit_log() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    let assessor = id_of(app, ASSESSOR).await;
    let body = json!({ "name": "Lies Wouters", "email": "lies@centrum.be", "role": "admin" });

    for (who, client) in
        [("coordinator", &world.coordinator), ("assessor", &world.assessor), ("student", &world.student)]
    {
        assert_eq!(app.get(client, "/api/v1/staff").await.status(), StatusCode::FORBIDDEN, "{who}");
        assert_eq!(
            app.post_json(client, "/api/v1/staff", &body).await.status(),
            StatusCode::FORBIDDEN,
            "{who}"
        );
        let deactivate = post(app, client, &format!("/api/v1/staff/{assessor}/deactivate")).await;
        assert_eq!(deactivate.status(), StatusCode::FORBIDDEN, "{who}");
        assert_eq!(app.get(client, "/api/v1/audit-log").await.status(), StatusCode::FORBIDDEN, "{who}");
    }
    assert_eq!(app.get(&client(), "/api/v1/staff").await.status(), StatusCode::UNAUTHORIZED);
    let student = world.student_id;
    let not_staff = post(app, world.admin(), &format!("/api/v1/staff/{student}/deactivate")).await;
    assert_eq!(not_staff.status(), StatusCode::NOT_FOUND);
    assert_eq!(error_message(not_staff).await, "Dit personeelslid werd niet gevonden.");
}

#[tokio::test]
async fn a_coordinator_edits_a_student_and_the_audit_log_says_who_and_what() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    let (student, coordinator) = (world.student_id, id_of(app, COORDINATOR).await);
    let details =
        json!({ "name": "Ann Peeters", "email": "Ann.Peeters@Centrum.be", "student_number": " S-0042 " });

    let edited =
        put_json(app, &world.coordinator, &format!("/api/v1/students/{student}/account"), &details).await;

    assert_eq!(edited.status(), StatusCode::OK);
    assert_eq!(
        edited.json::<Value>().await.unwrap(),
        json!({ "id": student, "name": "Ann Peeters", "email": "ann.peeters@centrum.be", "role": "student",
                "student_number": "S-0042", "active": true, "has_password": true })
    );
    assert_eq!(sign_in(app, "ann.peeters@centrum.be", PASSWORD).await.status(), StatusCode::OK);
    assert_eq!(sign_in(app, STUDENT, PASSWORD).await.status(), StatusCode::UNAUTHORIZED);
    let log = audit_log(app, world.admin(), "?limit=1").await;
    assert_eq!(log[0]["action"], "details_changed");
    assert_eq!(log[0]["actor"], json!({ "id": coordinator, "name": "coordinator" }));
    assert_eq!(log[0]["account"], json!({ "id": student, "name": "Ann Peeters" }));
    assert_eq!(
        log[0]["detail"],
        json!({ "name": { "old": "cursist", "new": "Ann Peeters" },
                "email": { "old": STUDENT, "new": "ann.peeters@centrum.be" },
                "student_number": { "old": null, "new": "S-0042" } })
    );

    let unchanged =
        put_json(app, &world.coordinator, &format!("/api/v1/students/{student}/account"), &details).await;
    assert_eq!(unchanged.status(), StatusCode::OK);
    assert_eq!(
        audit_log(app, world.admin(), "?limit=1").await[0]["id"],
        log[0]["id"],
        "nothing changed, nothing logged"
    );
    for (who, client) in [("student", &world.student), ("assessor", &world.assessor)] {
        let refused = put_json(app, client, &format!("/api/v1/students/{student}/account"), &details).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{who}");
        let refused = post(app, client, &format!("/api/v1/students/{student}/deactivate")).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{who}");
    }
}

#[tokio::test]
async fn a_student_keeps_an_address_and_a_number_no_other_account_has() {
    let world = World::new().await;
    let app = &world.app;
    let student = world.student_id;
    let path = format!("/api/v1/students/{student}/account");

    let taken = json!({ "name": "cursist", "email": ASSESSOR, "student_number": "" });
    let refused = put_json(app, &world.coordinator, &path, &taken).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_message(refused).await,
        "Er bestaat al een account met e-mailadres beoordelaar@centrum.be."
    );

    let other = app.account("tweede.cursist@centrum.be", Role::Student).await;
    let numbered =
        json!({ "name": "tweede.cursist", "email": "tweede.cursist@centrum.be", "student_number": "S-7" });
    let response =
        put_json(app, &world.coordinator, &format!("/api/v1/students/{other}/account"), &numbered).await;
    assert_eq!(response.status(), StatusCode::OK);
    let same_number = json!({ "name": "cursist", "email": STUDENT, "student_number": "S-7" });
    let refused = put_json(app, &world.coordinator, &path, &same_number).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_message(refused).await,
        "Studentnummer S-7 hoort al bij een andere cursist (tweede.cursist@centrum.be)."
    );
    let staff_member = id_of(app, ASSESSOR).await;
    let not_a_student =
        app.get(&world.coordinator, &format!("/api/v1/students/{staff_member}/account")).await;
    assert_eq!(not_a_student.status(), StatusCode::NOT_FOUND);
    assert_eq!(error_message(not_a_student).await, "Deze cursist werd niet gevonden.");
}

#[tokio::test]
async fn a_deactivated_student_is_signed_out_and_refused_until_reactivated() {
    let world = World::new().await;
    let app = &world.app;
    let student = world.student_id;

    let deactivated = post(app, &world.coordinator, &format!("/api/v1/students/{student}/deactivate")).await;

    assert_eq!(deactivated.status(), StatusCode::OK);
    assert_eq!(app.get(&world.student, "/api/v1/me").await.status(), StatusCode::UNAUTHORIZED);
    let refused = sign_in(app, STUDENT, PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(error_message(refused).await, WRONG_CREDENTIALS);
    let shown = app.get_json(&world.coordinator, &format!("/api/v1/students/{student}/account")).await;
    assert_eq!(shown["active"], false);

    let reactivated = post(app, &world.coordinator, &format!("/api/v1/students/{student}/reactivate")).await;
    assert_eq!(reactivated.status(), StatusCode::OK);
    assert_eq!(sign_in(app, STUDENT, PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_student_is_invited_again_only_while_they_have_no_password() {
    let (app, sink) = spawn_app_with_mail().await;
    app.account(COORDINATOR, Role::Coordinator).await;
    let coordinator = app.signed_in(COORDINATOR).await;
    let invited = {
        let mut conn = app.db.acquire().await.unwrap();
        let name = PersonName::from_full_name("Ann Peeters").unwrap();
        let now: Timestamp = chrono::Utc::now().into();
        match accounts::insert(&mut conn, "ann@centrum.be", &name, Role::Student, NO_PASSWORD, now)
            .await
            .unwrap()
        {
            accounts::Created::Account(id) => id.get(),
            accounts::Created::EmailTaken => unreachable!("a fresh database"),
        }
    };

    let sent = post(&app, &coordinator, &format!("/api/v1/students/{invited}/invitation")).await;

    assert_eq!(sent.status(), StatusCode::OK);
    let mail = sink.wait_for(1).await.remove(0);
    assert_eq!(mail.to, "\"Ann Peeters\" <ann@centrum.be>");
    assert_eq!(mail.subject, "Je account voor Vaardig bij CVO Testcentrum");
    let token = link_after(&mail.text, &format!("{}/wachtwoord-kiezen/", app.base));
    let token = token.rsplit('/').next().unwrap();
    let chosen = app
        .post_json(&client(), "/api/v1/passwords", &json!({ "token": token, "password": NEW_PASSWORD }))
        .await;
    assert_eq!(chosen.status(), StatusCode::NO_CONTENT);

    let again = post(&app, &coordinator, &format!("/api/v1/students/{invited}/invitation")).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_message(again).await,
        "Deze cursist heeft al een wachtwoord gekozen; een nieuwe uitnodiging is niet nodig. \
         Wie het wachtwoord vergat, vraagt op de aanmeldpagina een nieuw aan."
    );
}

#[tokio::test]
async fn the_audit_log_is_read_newest_first_a_page_at_a_time() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    let student = world.student_id;
    for name in ["Een", "Twee", "Drie"] {
        let details = json!({ "name": format!("Ann {name}"), "email": STUDENT, "student_number": "" });
        let edited =
            put_json(app, &world.coordinator, &format!("/api/v1/students/{student}/account"), &details).await;
        assert_eq!(edited.status(), StatusCode::OK);
    }

    let first = audit_log(app, world.admin(), "?limit=2").await;
    let before = first[1]["id"].as_i64().unwrap();
    let second = audit_log(app, world.admin(), &format!("?limit=2&before={before}")).await;

    let news = |entries: &[Value]| -> Vec<String> {
        entries.iter().map(|entry| entry["detail"]["name"]["new"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(news(&first), ["Ann Drie", "Ann Twee"]);
    assert_eq!(news(&second), ["Ann Een"]);
    let too_many = app.get(world.admin(), "/api/v1/audit-log?limit=501").await;
    assert_eq!(too_many.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_message(too_many).await, "Een pagina van het logboek telt 1 tot 500 regels.");
}

#[tokio::test]
async fn the_pages_show_the_staff_the_audit_log_and_the_students_account() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    let student = world.student_id;
    let details = json!({ "name": "Ann Peeters", "email": STUDENT, "student_number": "S-0042" });
    let edited =
        put_json(app, &world.coordinator, &format!("/api/v1/students/{student}/account"), &details).await;
    assert_eq!(edited.status(), StatusCode::OK);

    let staff = page(app, world.admin(), "/beheer/personeel").await;
    assert!(staff.contains(r#"<tr data-email="beoordelaar@centrum.be"><td>beoordelaar</td>"#), "{staff}");
    assert!(staff.contains("Personeelslid uitnodigen"), "{staff}");
    let log = page(app, world.admin(), "/beheer/logboek").await;
    assert!(log.contains("Gegevens gewijzigd"), "{log}");
    assert!(log.contains("naam: cursist → Ann Peeters; studentnummer: – → S-0042"), "{log}");
    let record = page(app, &world.coordinator, &format!("/cursisten/{student}")).await;
    assert!(record.contains(r#"data-testid="student-account""#), "{record}");
    assert!(record.contains(r#"name="student_number" value="S-0042""#), "{record}");
    let as_assessor = page(app, &world.assessor, &format!("/cursisten/{student}")).await;
    assert!(!as_assessor.contains(r#"data-testid="student-account""#), "assessors do not manage accounts");
}
