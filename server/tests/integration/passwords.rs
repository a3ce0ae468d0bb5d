//! Passwords over an account's life, with real e-mail: "wachtwoord vergeten" mails a single-use
//! link, choosing a password with it ends the other sessions, a signed-in user changes their own
//! password or signs out everywhere, and without SMTP the mail waits in the outbox.

use domain::Role;
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};

use crate::common::mail::{link_after, SmtpSink};
use crate::common::{client, spawn_app, spawn_app_with_mail, TestApp, PASSWORD};

const EMAIL: &str = "an.peeters@centrum.be";
const NEW_PASSWORD: &str = "fiets-regen-koffie-blauw";

async fn sign_in(app: &TestApp, password: &str) -> Response {
    client()
        .post(app.url("/api/v1/session"))
        .json(&json!({ "email": EMAIL, "password": password }))
        .send()
        .await
        .unwrap()
}

async fn ask_reset(app: &TestApp, email: &str) {
    let asked = client()
        .post(app.url("/api/v1/password-resets"))
        .json(&json!({ "email": email }))
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
}

async fn choose(app: &TestApp, token: &str, password: &str) -> Response {
    client()
        .post(app.url("/api/v1/passwords"))
        .json(&json!({ "token": token, "password": password }))
        .send()
        .await
        .unwrap()
}

/// The token of the one link in the only mail received.
async fn mailed_token(app: &TestApp, sink: &SmtpSink) -> String {
    let mail = sink.wait_for(1).await.remove(0);
    let link = link_after(&mail.text, &format!("{}/wachtwoord-kiezen/", app.base));
    link.rsplit('/').next().unwrap().to_owned()
}

async fn error_message(response: Response) -> String {
    let body: Value = response.json().await.unwrap();
    body["error"]["message"].as_str().unwrap().to_owned()
}

async fn audit_actions(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("select action from audit_log order by audit_id").fetch_all(&app.db).await.unwrap()
}

#[tokio::test]
async fn a_forgotten_password_is_reset_with_a_mailed_link_that_works_once() {
    let (app, sink) = spawn_app_with_mail().await;
    app.account(EMAIL, Role::Student).await;
    let elsewhere = app.signed_in(EMAIL).await;

    ask_reset(&app, " An.Peeters@Centrum.be ").await;

    let mail = sink.wait_for(1).await.remove(0);
    assert_eq!(mail.subject, "Een nieuw wachtwoord voor Vaardig");
    assert_eq!(mail.to, format!("an.peeters <{EMAIL}>"));
    assert_eq!(mail.from, "Vaardig <vaardig@localhost>");
    assert!(
        mail.text.starts_with("Beste an.peeters,\n\nIemand vroeg een nieuw wachtwoord aan"),
        "{}",
        mail.text
    );
    assert!(mail.text.contains("blijft 1 uur geldig"), "{}", mail.text);
    assert!(mail.text.contains("Met vriendelijke groeten,\nCVO Testcentrum"), "{}", mail.text);
    assert!(mail.html.contains("<a href=\""), "{}", mail.html);
    let token = mailed_token(&app, &sink).await;

    assert_eq!(choose(&app, &token, NEW_PASSWORD).await.status(), StatusCode::NO_CONTENT);

    assert_eq!(
        app.get(&elsewhere, "/api/v1/me").await.status(),
        StatusCode::UNAUTHORIZED,
        "other sessions end"
    );
    assert_eq!(sign_in(&app, PASSWORD).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(sign_in(&app, NEW_PASSWORD).await.status(), StatusCode::OK);
    let reused = choose(&app, &token, "nog-een-ander-wachtwoord").await;
    assert_eq!(reused.status(), StatusCode::CONFLICT);
    assert_eq!(
        error_message(reused).await,
        "Deze link werkt niet meer: hij is al gebruikt of verlopen. Vraag een nieuwe aan."
    );
    assert_eq!(audit_actions(&app).await, ["password_reset", "password_chosen_with_link"]);
}

#[tokio::test]
async fn an_unknown_address_gets_the_same_answer_and_no_mail() {
    let app = spawn_app().await;
    app.account(EMAIL, Role::Student).await;

    ask_reset(&app, "niemand@centrum.be").await;
    ask_reset(&app, "geen adres").await;

    assert_eq!(app.rows("outbox").await, 0);
    assert_eq!(app.rows("account_token").await, 0);
}

#[tokio::test]
async fn an_expired_link_does_not_open() {
    let (app, sink) = spawn_app_with_mail().await;
    app.account(EMAIL, Role::Student).await;
    ask_reset(&app, EMAIL).await;
    let token = mailed_token(&app, &sink).await;

    sqlx::query("update account_token set expires_at = '2020-01-01T00:00:00.000000Z'")
        .execute(&app.db)
        .await
        .unwrap();

    assert_eq!(choose(&app, &token, NEW_PASSWORD).await.status(), StatusCode::CONFLICT);
    assert_eq!(sign_in(&app, PASSWORD).await.status(), StatusCode::OK, "the old password still works");
}

#[tokio::test]
async fn a_new_password_must_be_long_and_hard_to_guess() {
    let (app, sink) = spawn_app_with_mail().await;
    app.account(EMAIL, Role::Student).await;
    ask_reset(&app, EMAIL).await;
    let token = mailed_token(&app, &sink).await;

    let short = choose(&app, &token, "kort").await;
    assert_eq!(short.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_message(short).await, "Een wachtwoord telt minstens 12 en hoogstens 128 tekens.");
    // A refused password does not use the link up.
    let common = choose(&app, &token, "password1234").await;
    assert_eq!(common.status(), StatusCode::BAD_REQUEST);
    assert!(error_message(common).await.starts_with("Dit wachtwoord is te makkelijk te raden"));
    assert_eq!(choose(&app, &token, NEW_PASSWORD).await.status(), StatusCode::NO_CONTENT);
}

async fn change(app: &TestApp, client: &Client, current: &str, new: &str) -> Response {
    client
        .put(app.url("/api/v1/me/password"))
        .json(&json!({ "current_password": current, "new_password": new }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_signed_in_user_changes_their_password_and_their_other_sessions_end() {
    let app = spawn_app().await;
    app.account(EMAIL, Role::Assessor).await;
    let here = app.signed_in(EMAIL).await;
    let elsewhere = app.signed_in(EMAIL).await;

    let wrong = change(&app, &here, "niet-mijn-wachtwoord", NEW_PASSWORD).await;
    assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_message(wrong).await, "Je huidige wachtwoord klopt niet.");
    assert_eq!(change(&app, &here, PASSWORD, NEW_PASSWORD).await.status(), StatusCode::NO_CONTENT);

    assert_eq!(app.get(&here, "/api/v1/me").await.status(), StatusCode::OK, "this session stays");
    assert_eq!(app.get(&elsewhere, "/api/v1/me").await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(sign_in(&app, NEW_PASSWORD).await.status(), StatusCode::OK);
    assert_eq!(audit_actions(&app).await, ["password_changed"]);
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    let app = spawn_app().await;
    app.account(EMAIL, Role::Coordinator).await;
    let here = app.signed_in(EMAIL).await;
    let elsewhere = app.signed_in(EMAIL).await;

    let done = here.delete(app.url("/api/v1/me/sessions")).send().await.unwrap();

    assert_eq!(done.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.get(&here, "/api/v1/me").await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.get(&elsewhere, "/api/v1/me").await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn without_smtp_the_mail_waits_in_the_outbox() {
    let app = spawn_app().await;
    app.account(EMAIL, Role::Student).await;

    ask_reset(&app, EMAIL).await;
    // The worker polls every second; it must leave mail alone when it cannot send it.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;

    let (kind, attempts, delivered): (String, i64, Option<String>) =
        sqlx::query_as("select kind, attempts, delivered_at from outbox").fetch_one(&app.db).await.unwrap();
    assert_eq!((kind.as_str(), attempts, delivered), ("mail", 0, None));
}

#[tokio::test]
async fn only_the_newest_link_opens_and_none_after_the_password_changed() {
    let (app, sink) = spawn_app_with_mail().await;
    app.account(EMAIL, Role::Student).await;
    ask_reset(&app, EMAIL).await;
    ask_reset(&app, EMAIL).await;
    let mails = sink.wait_for(2).await;
    let token = |index: usize| {
        let link = link_after(&mails[index].text, &format!("{}/wachtwoord-kiezen/", app.base));
        link.rsplit('/').next().unwrap().to_owned()
    };
    let (older, newer) = (token(0), token(1));

    assert_eq!(
        choose(&app, &older, NEW_PASSWORD).await.status(),
        StatusCode::CONFLICT,
        "the older link closed"
    );
    let signed_in = app.signed_in(EMAIL).await;
    assert_eq!(
        change(&app, &signed_in, PASSWORD, "een-heel-ander-wachtwoord").await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        choose(&app, &newer, NEW_PASSWORD).await.status(),
        StatusCode::CONFLICT,
        "a change closes the links"
    );
}
