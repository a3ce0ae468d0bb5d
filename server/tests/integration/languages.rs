//! Each person reads Vaardig in their language: the browser's before they choose, then the one
//! they chose, kept in a cookie and on their account. Messages made on the server (the JSON
//! API's errors included) follow the same choice.

use app::api::account::ChooseLanguage;
use app::i18n::{message, Locale};
use domain::Role;
use leptos::server_fn::ServerFn;
use reqwest::header::{ACCEPT_LANGUAGE, LOCATION, SET_COOKIE};
use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::common::{spawn_app, spawn_app_with_mail, TestApp, PASSWORD};

/// A browser that keeps cookies but shows redirects instead of following them.
fn browser() -> Client {
    Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn choose(app: &TestApp, client: &Client, locale: &str, back: &str) -> reqwest::Response {
    client
        .post(app.url(ChooseLanguage::PATH))
        .header("accept", "text/html")
        .form(&[("locale", locale), ("back", back)])
        .send()
        .await
        .unwrap()
}

async fn page(app: &TestApp, client: &Client, path: &str, accept: &str) -> String {
    client.get(app.url(path)).header(ACCEPT_LANGUAGE, accept).send().await.unwrap().text().await.unwrap()
}

async fn refusal(app: &TestApp, client: &Client, accept: &str) -> String {
    let response = client.get(app.url("/api/v1/me")).header(ACCEPT_LANGUAGE, accept).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    response.json::<Value>().await.unwrap()["error"]["message"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn before_a_choice_the_browser_language_decides() {
    let app = spawn_app().await;
    let visitor = browser();
    assert!(page(&app, &visitor, "/aanmelden", "fr-BE,fr;q=0.9").await.contains(r#"<html lang="fr-BE""#));
    assert!(page(&app, &visitor, "/aanmelden", "en-GB").await.contains(r#"<html lang="en""#));
    assert!(page(&app, &visitor, "/aanmelden", "de-DE").await.contains(r#"<html lang="nl-BE""#));
    assert_eq!(
        refusal(&app, &visitor, "fr").await,
        "Vous n’êtes pas connecté ou votre session a expiré. Reconnectez-vous."
    );
    assert_eq!(
        refusal(&app, &visitor, "en").await,
        "You are not signed in or your session has expired. Please sign in again."
    );
    assert_eq!(
        refusal(&app, &visitor, "").await,
        "Je bent niet aangemeld of je sessie is verlopen. Meld je opnieuw aan."
    );
}

#[tokio::test]
async fn a_chosen_language_is_kept_in_a_cookie_and_beats_the_browser() {
    let app = spawn_app().await;
    let visitor = browser();
    let chosen = choose(&app, &visitor, "en", "/wachtwoord-vergeten?x=1").await;
    assert!(chosen.status().is_redirection(), "{}", chosen.status());
    assert_eq!(chosen.headers()[LOCATION], "/wachtwoord-vergeten?x=1");
    let cookie = chosen.headers()[SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("vaardig_lang=en;"), "{cookie}");
    assert!(page(&app, &visitor, "/aanmelden", "fr").await.contains(r#"<html lang="en""#));
    assert_eq!(refusal(&app, &visitor, "fr").await, message(Locale::En, "error-unauthenticated", None),);
}

#[tokio::test]
async fn the_way_back_never_leaves_the_site() {
    let app = spawn_app().await;
    for back in ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", ""] {
        let chosen = choose(&app, &browser(), "fr", back).await;
        assert_eq!(chosen.headers()[LOCATION], "/", "{back:?}");
    }
}

#[tokio::test]
async fn an_unknown_language_is_refused_in_the_readers_language() {
    let app = spawn_app().await;
    let visitor = browser();
    let refused = visitor
        .post(app.url(ChooseLanguage::PATH))
        .header(ACCEPT_LANGUAGE, "fr")
        .header("accept", "application/json")
        .form(&[("locale", "de"), ("back", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert!(refused.text().await.unwrap().contains(&message(Locale::Fr, "error-unknown-language", None)));
}

#[tokio::test]
async fn a_signed_in_choice_follows_the_account_to_another_browser() {
    let app = spawn_app().await;
    app.account("cursist@centrum.be", Role::Student).await;
    let laptop = browser();
    assert_eq!(app.sign_in(&laptop, "cursist@centrum.be", PASSWORD).await.status(), StatusCode::OK);
    choose(&app, &laptop, "fr", "/").await;

    let phone = browser();
    let signed_in = app.sign_in(&phone, "cursist@centrum.be", PASSWORD).await;
    let cookies: Vec<_> =
        signed_in.headers().get_all(SET_COOKIE).iter().map(|value| value.to_str().unwrap()).collect();
    assert!(cookies.iter().any(|cookie| cookie.starts_with("vaardig_lang=fr;")), "{cookies:?}");
    assert!(page(&app, &phone, "/", "en").await.contains(r#"<html lang="fr-BE""#));
}

#[tokio::test]
async fn letters_go_out_in_the_language_their_addressee_reads() {
    let (app, sink) = spawn_app_with_mail().await;
    app.account("cursist@centrum.be", Role::Student).await;
    app.account("nieuw@centrum.be", Role::Student).await;
    let student = app.signed_in("cursist@centrum.be").await;
    let chosen = student
        .put(app.url("/api/v1/me/language"))
        .json(&serde_json::json!({ "locale": "en" }))
        .send()
        .await
        .unwrap();
    assert_eq!(chosen.status(), StatusCode::NO_CONTENT);

    // Both ask from a French page: the one who chose English reads English; the one who never
    // signed in nor chose reads the language of the page they asked from.
    for email in ["cursist@centrum.be", "nieuw@centrum.be"] {
        let asked = browser()
            .post(app.url("/api/v1/password-resets"))
            .header(ACCEPT_LANGUAGE, "fr-BE")
            .json(&serde_json::json!({ "email": email }))
            .send()
            .await
            .unwrap();
        assert_eq!(asked.status(), StatusCode::ACCEPTED);
    }
    let mails = sink.wait_for(2).await;
    let subject = |to: &str| mails.iter().find(|mail| mail.to.contains(to)).unwrap().subject.clone();
    assert_eq!(subject("cursist@centrum.be"), "A new password for Vaardig");
    assert_eq!(subject("nieuw@centrum.be"), "Un nouveau mot de passe pour Vaardig");
}

#[tokio::test]
async fn the_first_sign_in_keeps_the_language_it_was_made_in() {
    let app = spawn_app().await;
    app.account("cursist@centrum.be", Role::Student).await;
    let french = browser();
    let body = serde_json::json!({ "email": "cursist@centrum.be", "password": PASSWORD });
    let signed_in = french
        .post(app.url("/api/v1/session"))
        .header(ACCEPT_LANGUAGE, "fr-BE")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), StatusCode::OK);
    let stored: Option<String> =
        sqlx::query_scalar("select locale from account where email = 'cursist@centrum.be'")
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(stored.as_deref(), Some("fr"));
    // A later sign-in from an English browser keeps French.
    let english = browser();
    english.post(app.url("/api/v1/session")).header(ACCEPT_LANGUAGE, "en").json(&body).send().await.unwrap();
    assert!(page(&app, &english, "/", "en").await.contains(r#"<html lang="fr-BE""#));
}
