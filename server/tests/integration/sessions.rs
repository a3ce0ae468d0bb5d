//! Signing in and out through the JSON API, and what a session is worth afterwards.

use crate::common;

use crate::common::{client, spawn_app, PASSWORD};
use domain::Role;
use serde_json::{json, Value};

async fn error_code(response: reqwest::Response) -> String {
    let body: Value = response.json().await.expect("JSON error body");
    assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    body["error"]["code"].as_str().expect("error code").to_owned()
}

#[tokio::test]
async fn signing_in_sets_an_http_only_cookie_and_me_answers_the_account() {
    let app = spawn_app().await;
    let id = app.account("an@centrum.be", Role::Assessor).await;
    let client = client();

    let response = client
        .post(app.url("/api/v1/session"))
        .json(&json!({ "email": " An@Centrum.be ", "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("vaardig_session="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=3600"] {
        assert!(cookie.contains(attribute), "{cookie} lacks {attribute}");
    }
    assert!(!cookie.contains("Secure"), "not behind https in this test");

    let me: Value = client.get(app.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
    assert_eq!(me, json!({ "id": id, "email": "an@centrum.be", "name": "an", "role": "assessor" }));
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    app.account("an@centrum.be", Role::Student).await;
    let mut answers = Vec::new();
    for (email, password) in
        [("an@centrum.be", "fout-wachtwoord"), ("niemand@centrum.be", PASSWORD), ("geen-adres", PASSWORD)]
    {
        let response = client()
            .post(app.url("/api/v1/session"))
            .json(&json!({ "email": email, "password": password }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 401);
        assert!(response.headers().get("set-cookie").is_none());
        answers.push(response.text().await.unwrap());
    }
    assert!(answers.iter().all(|answer| answer == &answers[0]), "{answers:?}");
    assert!(answers[0].contains("bad_credentials"));
}

#[tokio::test]
async fn me_without_a_session_is_401_with_a_json_error() {
    let app = spawn_app().await;
    let response = client().get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(response.status(), 401);
    assert_eq!(error_code(response).await, "unauthenticated");

    let forged = client()
        .get(app.url("/api/v1/me"))
        .header("cookie", "vaardig_session=verzonnen")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
}

#[tokio::test]
async fn a_malformed_sign_in_request_is_400() {
    let app = spawn_app().await;
    for body in ["{\"email\": 3}", "niet eens json", "{\"email\": \"a@b.be\"}"] {
        let response = client()
            .post(app.url("/api/v1/session"))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{body}");
        assert_eq!(error_code(response).await, "invalid");
    }
}

#[tokio::test]
async fn signing_out_invalidates_the_session_on_the_server() {
    let app = spawn_app().await;
    app.account("an@centrum.be", Role::Coordinator).await;
    // Send the cookie by hand, as someone who copied it would keep doing after the sign-out.
    let cookie = format!("vaardig_session={}", sign_in_token(&app, "an@centrum.be").await);
    let me = client().get(app.url("/api/v1/me")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(me.status(), 200);

    let response =
        client().delete(app.url("/api/v1/session")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(response.status(), 204);
    assert!(response.headers()["set-cookie"].to_str().unwrap().contains("Max-Age=0"));

    let replayed = client().get(app.url("/api/v1/me")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(replayed.status(), 401);
}

#[tokio::test]
async fn an_expired_session_is_refused() {
    let app = spawn_app().await;
    app.account("an@centrum.be", Role::Student).await;
    let client = app.signed_in("an@centrum.be").await;
    sqlx::query("update session set expires_at = '2020-01-01T00:00:00.000000Z'")
        .execute(&app.db)
        .await
        .unwrap();
    let response = client.get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn the_database_keeps_only_a_hash_of_the_token() {
    let app = spawn_app().await;
    app.account("an@centrum.be", Role::Student).await;
    let token = sign_in_token(&app, "an@centrum.be").await;
    let stored: String =
        sqlx::query_scalar("select token_hash from session").fetch_one(&app.db).await.unwrap();
    assert_ne!(stored, token);
    assert_eq!(stored.len(), 64, "a SHA-256 in hex");
}

/// Signs in and returns the raw session token from the `Set-Cookie` header.
async fn sign_in_token(app: &common::TestApp, email: &str) -> String {
    let response = client()
        .post(app.url("/api/v1/session"))
        .json(&json!({ "email": email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    cookie.trim_start_matches("vaardig_session=").split(';').next().unwrap().to_owned()
}
