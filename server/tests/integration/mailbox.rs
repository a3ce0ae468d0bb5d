//! The mail Vaardig has not delivered is never silently dropped: administrators read it, newest
//! first, at `GET /api/v1/outbox` and on `/beheer/berichten`, waiting (every mail, without SMTP)
//! or failed after the last attempt with the reason; others are refused.

use app::server::mail::MAIL;
use app::server::services::outbox::{backoff, deliver_due, Deliver, Round, MAX_ATTEMPTS};
use app::server::storage::outbox::Message;
use chrono::Utc;
use domain::Timestamp;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::common::mail::link_after;
use crate::common::world::{World, ADMIN, COORDINATOR, STUDENT};
use crate::common::{client, spawn_app_with_mail, TestApp};

const RESET_SUBJECT: &str = "Een nieuw wachtwoord voor Vaardig";
const REFUSED: &str = "de mailserver antwoordt niet";
const NO_SMTP: &str = "Vaardig verstuurt geen e-mail: er is geen SMTP-server ingesteld (VAARDIG_SMTP_URL). \
    Deze berichten wachten; kopieer ze naar de persoon, of druk voor cursisten uitnodigingsbrieven af op de groepspagina.";

async fn ask_reset(app: &TestApp, email: &str) {
    let asked = app.post_json(&client(), "/api/v1/password-resets", &json!({ "email": email })).await;
    assert_eq!(asked.status(), StatusCode::ACCEPTED);
}

async fn outbox(app: &TestApp, admin: &Client) -> Value {
    app.get_json(admin, "/api/v1/outbox").await
}

async fn page(app: &TestApp, client: &Client) -> String {
    let response = app.get(client, "/beheer/berichten").await;
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap().replace("<!>", "")
}

/// A mail server that refuses every mail.
struct Refusing;

impl Deliver for Refusing {
    async fn deliver(&self, _message: &Message) -> Result<(), String> {
        Err(REFUSED.into())
    }

    fn kinds(&self) -> Option<&[&'static str]> {
        Some(&[MAIL])
    }
}

#[tokio::test]
async fn without_smtp_the_administrator_reads_the_waiting_mail_with_its_link() {
    let world = World::builder().admin().build().await;
    let app = &world.app;

    ask_reset(app, STUDENT).await;
    ask_reset(app, COORDINATOR).await;

    let outbox = outbox(app, world.admin()).await;
    assert_eq!(outbox["smtp_configured"], false);
    let messages = outbox["messages"].as_array().unwrap();
    let recipients: Vec<&str> = messages.iter().map(|mail| mail["to"].as_str().unwrap()).collect();
    assert_eq!(recipients, [COORDINATOR, STUDENT], "newest first");
    let mail = &messages[1];
    assert_eq!(mail["to_name"], "cursist");
    assert_eq!(mail["subject"], RESET_SUBJECT);
    assert_eq!(
        (&mail["status"], &mail["attempts"], &mail["last_error"]),
        (&json!("pending"), &json!(0), &Value::Null)
    );
    let text = mail["text"].as_str().unwrap();
    assert!(text.starts_with("Beste cursist,\n\nIemand vroeg een nieuw wachtwoord aan"), "{text}");

    let link = link_after(text, &format!("{}/wachtwoord-kiezen/", app.base));
    let token = link.rsplit('/').next().unwrap();
    let chosen = app
        .post_json(
            &client(),
            "/api/v1/passwords",
            &json!({ "token": token, "password": "fiets-regen-koffie-blauw" }),
        )
        .await;
    assert_eq!(chosen.status(), StatusCode::NO_CONTENT, "the copied link works");
}

#[tokio::test]
async fn only_administrators_read_the_outbox() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    ask_reset(app, STUDENT).await;

    assert_eq!(app.get(&client(), "/api/v1/outbox").await.status(), StatusCode::UNAUTHORIZED);
    for visitor in [&world.student, &world.assessor, &world.coordinator] {
        assert_eq!(app.get(visitor, "/api/v1/outbox").await.status(), StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn a_mail_that_failed_for_good_is_listed_as_failed_with_why() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    ask_reset(app, STUDENT).await;
    let mut at: Timestamp = Utc::now().into();
    for attempt in 1..=MAX_ATTEMPTS {
        let round = deliver_due(&app.db, &Refusing, at).await.unwrap();
        let expected = if attempt == MAX_ATTEMPTS {
            Round { failed: 1, ..Round::default() }
        } else {
            Round { retried: 1, ..Round::default() }
        };
        assert_eq!(round, expected, "attempt {attempt}");
        at = at + backoff(attempt);
    }
    ask_reset(app, ADMIN).await;

    let outbox = outbox(app, world.admin()).await;
    let states: Vec<(&str, &str, i64, Option<&str>)> = outbox["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|mail| {
            let field = |name: &str| mail[name].as_str().unwrap();
            (field("to"), field("status"), mail["attempts"].as_i64().unwrap(), mail["last_error"].as_str())
        })
        .collect();
    assert_eq!(states, [(ADMIN, "pending", 0, None), (STUDENT, "failed", MAX_ATTEMPTS, Some(REFUSED))]);
}

#[tokio::test]
async fn the_page_shows_each_mail_its_status_and_its_text_to_copy() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    ask_reset(app, STUDENT).await;
    let mut at: Timestamp = Utc::now().into();
    for attempt in 1..=MAX_ATTEMPTS {
        deliver_due(&app.db, &Refusing, at).await.unwrap();
        at = at + backoff(attempt);
    }
    ask_reset(app, COORDINATOR).await;

    let html = page(app, world.admin()).await;

    assert!(html.contains("<h1>Uitgaande berichten</h1>"), "{html}");
    assert!(html.contains(NO_SMTP), "{html}");
    assert!(html.contains(&format!("<h2>{RESET_SUBJECT}</h2>")), "{html}");
    assert!(html.contains(r#"<span class="badge busy">Wacht</span>"#), "{html}");
    assert!(html.contains(&format!(r#"<span class="badge warn">Mislukt: {REFUSED}</span>"#)), "{html}");
    assert!(html.contains(&format!("Aan: cursist &lt;{STUDENT}&gt;")), "{html}");
    assert!(html.contains(&format!("{}/wachtwoord-kiezen/", app.base)), "the link is there to copy");
    assert!(html.contains(r#"<a href="/beheer/berichten">Berichten</a>"#), "linked in the bar");
}

#[tokio::test]
async fn with_smtp_a_sent_mail_is_no_longer_listed() {
    let (app, sink) = spawn_app_with_mail().await;
    app.account(ADMIN, domain::Role::Admin).await;
    app.account(STUDENT, domain::Role::Student).await;
    let admin = app.signed_in(ADMIN).await;

    ask_reset(&app, STUDENT).await;
    sink.wait_for(1).await;

    // The worker records the delivery just after the server received it.
    for _ in 0..50 {
        let outbox = outbox(&app, &admin).await;
        if outbox["messages"].as_array().unwrap().is_empty() {
            assert_eq!(outbox["smtp_configured"], true);
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the sent mail is still listed: {}", outbox(&app, &admin).await);
}
