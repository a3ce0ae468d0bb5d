//! Attacks from other websites and on the sign-in: state-changing requests sent by a page of
//! another origin (forms, `text/plain`, multipart, login CSRF), the security headers of every
//! response, and throttling of failed sign-ins.

use app::api::assessment::RecordDecision;
use app::api::portfolio::DeleteEvidence;
use app::api::session::Login;
use app::error::AppError;
use domain::{Role, Timestamp};
use leptos::server_fn::ServerFn;
use reqwest::{Client, RequestBuilder, Response, StatusCode};
use serde_json::{json, Value};

use crate::common::world::World;
use crate::common::{client, spawn_app_at, TestApp, PASSWORD};

/// A page of the same host on another port: the same site, another origin.
const OTHER_ORIGIN: &str = "http://127.0.0.1:9";

async fn error_code(response: Response) -> String {
    let body: Value = response.json().await.expect("JSON error body");
    body["error"]["code"].as_str().expect("error code").to_owned()
}

/// A form post to a server function, as a browser sends it from a page of `origin`.
fn form_post(client: &Client, app: &TestApp, path: &str, origin: &str, body: &str) -> RequestBuilder {
    client
        .post(app.url(path))
        .header("origin", origin)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
}

#[tokio::test]
async fn a_form_from_another_origin_cannot_delete_a_students_evidence() {
    let world = World::new().await;
    let (app, student) = (&world.app, &world.student);
    let id = app.upload_reflection(student, &[]).await;

    let attack = form_post(student, app, DeleteEvidence::PATH, OTHER_ORIGIN, &format!("id={id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(attack.status(), StatusCode::FORBIDDEN);
    assert_eq!(error_code(attack).await, "foreign_origin");
    assert_eq!(app.get(student, &format!("/api/v1/evidence/{id}")).await.status(), StatusCode::OK);

    // The same request from the site's own page does delete it.
    let own =
        form_post(student, app, DeleteEvidence::PATH, &app.base, &format!("id={id}")).send().await.unwrap();
    assert_eq!(own.status(), StatusCode::OK);
    assert_eq!(app.get(student, &format!("/api/v1/evidence/{id}")).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_text_plain_post_from_another_origin_records_no_decision() {
    let world = World::new().await;
    let skill = "BO-IT-002.M-IT-020.7.1";
    world.app.upload_reflection(&world.student, &[skill]).await;
    world.app.submit(&world.student, &[skill]).await;
    let input =
        json!({ "input": { "student_id": world.student_id, "skill_ids": [skill], "decision": "achieved" } });

    let attack = world
        .assessor
        .post(world.app.url(RecordDecision::PATH))
        .header("origin", OTHER_ORIGIN)
        .header("content-type", "text/plain")
        .body(input.to_string())
        .send()
        .await
        .unwrap();

    assert_eq!(attack.status(), StatusCode::FORBIDDEN);
    assert_eq!(world.app.rows("decision").await, 0);
}

#[tokio::test]
async fn an_upload_from_another_origin_leaves_nothing_in_the_portfolio() {
    let world = World::new().await;
    let meta = json!({ "kind": "file", "title": "Verslag", "date": "2026-11-20", "skill_ids": [] });
    let form = reqwest::multipart::Form::new()
        .text("meta", meta.to_string())
        .part("file", reqwest::multipart::Part::bytes(b"%PDF-1.7 x".to_vec()).file_name("v.pdf"));

    let attack = world
        .student
        .post(world.app.url("/api/v1/evidence"))
        .header("origin", OTHER_ORIGIN)
        .multipart(form)
        .send()
        .await
        .unwrap();

    assert_eq!(attack.status(), StatusCode::FORBIDDEN);
    assert_eq!(world.app.rows("evidence").await, 0);
    assert!(world.app.blob_files().await.is_empty());
}

#[tokio::test]
async fn the_browsers_own_word_that_a_request_is_cross_origin_is_believed() {
    let world = World::new().await;
    let id = world.app.upload_reflection(&world.student, &[]).await;

    let same_site = world
        .student
        .delete(world.app.url(&format!("/api/v1/evidence/{id}")))
        .header("sec-fetch-site", "same-site")
        .send()
        .await
        .unwrap();

    assert_eq!(same_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(world.app.rows("evidence").await, 1);
}

#[tokio::test]
async fn a_sign_in_form_from_another_site_does_not_sign_the_browser_in() {
    let world = World::new().await;
    let body = format!("email={}&password={PASSWORD}", crate::common::world::STUDENT);
    let browser = client();

    let attack =
        form_post(&browser, &world.app, Login::PATH, "https://evil.example", &body).send().await.unwrap();

    assert_eq!(attack.status(), StatusCode::FORBIDDEN);
    assert!(attack.headers().get("set-cookie").is_none());
    assert_eq!(world.app.get(&browser, "/api/v1/me").await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn pages_and_other_answers_carry_the_security_headers() {
    let world = World::new().await;

    let page = world.app.get(&world.student, "/").await;
    let policy = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(policy.contains("script-src 'self' 'nonce-"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    let html = page.text().await.unwrap();
    let nonce = policy.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap();
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "the page's inline scripts carry the nonce");

    for response in
        [world.app.get(&world.student, "/api/v1/me").await, world.app.get(&world.student, "/").await]
    {
        let headers = response.headers();
        assert_eq!(headers["referrer-policy"], "same-origin");
        assert_eq!(headers["x-frame-options"], "DENY");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(headers.get("strict-transport-security").is_none(), "not over https in this test");
    }
    let api = world.app.get(&world.student, "/api/v1/me").await;
    assert_eq!(
        api.headers()["content-security-policy"],
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
    );
}

fn frozen() -> Timestamp {
    "2026-11-30T08:00:00Z".parse().unwrap()
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> Response {
    client()
        .post(app.url("/api/v1/session"))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn five_failed_sign_ins_lock_the_account_for_fifteen_minutes() {
    let app = spawn_app_at(frozen()).await;
    app.account("an@centrum.be", Role::Student).await;
    for attempt in 1..=5 {
        let wrong = sign_in(&app, "an@centrum.be", "fout-wachtwoord").await;
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }

    // Even the right password waits now, and the answer says how long.
    let locked = sign_in(&app, "An@Centrum.be", PASSWORD).await;
    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(locked.headers()["retry-after"], "900");
    let body: Value = locked.json().await.unwrap();
    assert_eq!(body["error"]["code"], "too_many_attempts");
    assert_eq!(
        body["error"]["message"],
        "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 15 minuten."
    );

    // Fifteen minutes later the failures have left the window.
    sqlx::query("update sign_in_failure set failed_at = '2026-11-30T07:45:00.000000Z'")
        .execute(&app.db)
        .await
        .unwrap();
    assert_eq!(sign_in(&app, "an@centrum.be", PASSWORD).await.status(), StatusCode::OK);
    assert_eq!(app.rows("sign_in_failure").await, 0, "a sign-in clears the account's failures");
}

#[tokio::test]
async fn twenty_failures_from_one_address_lock_it_for_every_account() {
    let app = spawn_app_at(frozen()).await;
    app.account("an@centrum.be", Role::Student).await;
    for attempt in 0..20 {
        let wrong = sign_in(&app, &format!("gok{attempt}@centrum.be"), "fout-wachtwoord").await;
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED, "attempt {attempt}");
    }

    let locked = sign_in(&app, "an@centrum.be", PASSWORD).await;

    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(locked.headers()["retry-after"], "900");
}

#[tokio::test]
async fn the_sign_in_page_is_throttled_with_the_same_wording() {
    let app = spawn_app_at(frozen()).await;
    app.account("an@centrum.be", Role::Student).await;
    let browser = client();
    let wrong = "email=an%40centrum.be&password=fout-wachtwoord";
    for _ in 0..5 {
        let refused = form_post(&browser, &app, Login::PATH, &app.base, wrong).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    }

    let locked = form_post(&browser, &app, Login::PATH, &app.base, wrong).send().await.unwrap();

    assert_eq!(locked.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(locked.headers()["retry-after"], "900");
    let error: AppError = locked.json().await.unwrap();
    assert_eq!(error.to_string(), "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 15 minuten.");
}

/// Pages rendered while the built files are fetched keep their own headers: Leptos's file
/// handler once took a concurrent page's Content-Security-Policy (and a not-found page's 404),
/// so pages failed to hydrate now and then.
#[tokio::test]
async fn pages_keep_their_policy_while_the_built_files_are_fetched_at_the_same_time() {
    let world = World::new().await;
    // Fewer pages at once than the test server's database connections (8): each waits on the
    // database, as real pages do, and none waits for a connection.
    let requests = (0..12).map(|round| {
        let path = if round % 2 == 0 { "/catalogus" } else { "/pkg/vaardig.css" };
        world.app.get(&world.student, path)
    });
    let responses = futures::future::join_all(requests).await;

    for (round, response) in responses.iter().enumerate() {
        assert_eq!(response.status(), StatusCode::OK, "request {round}");
        let policy = response.headers()["content-security-policy"].to_str().unwrap();
        let is_page = round % 2 == 0;
        assert_eq!(policy.contains("'nonce-"), is_page, "request {round}: {policy}");
    }
}

#[tokio::test]
async fn a_title_a_student_types_cannot_add_markup_to_the_page_head() {
    let world = World::new().await;
    let typed = "Verslag </title><meta http-equiv=refresh content=0;url=http://127.0.0.1:9/>";
    let meta = json!({ "kind": "file", "title": typed, "date": "2026-11-20", "skill_ids": [] });
    let uploaded = world.app.upload(&world.student, "verslag.pdf", b"%PDF-1.7 verslag".to_vec(), &meta).await;
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let id = uploaded.json::<Value>().await.unwrap()["items"][0]["id"].as_i64().unwrap();

    let page = world.app.get(&world.coordinator, &format!("/bewijsstukken/{id}")).await.text().await.unwrap();

    assert!(!page.contains("<meta http-equiv=refresh"), "{page}");
    assert!(
        page.contains("<title>Verslag &lt;/title&gt;&lt;meta http-equiv=refresh content=0;url=http://127.0.0.1:9/&gt; – Vaardig</title>"),
        "{page}"
    );
}

#[tokio::test]
async fn wrong_passwords_sent_at_once_get_no_more_checks_than_the_limit() {
    let app = spawn_app_at(frozen()).await;
    app.account("an@centrum.be", Role::Student).await;

    let attempts = (0..20).map(|_| sign_in(&app, "an@centrum.be", "fout-wachtwoord"));
    let statuses: Vec<StatusCode> =
        futures::future::join_all(attempts).await.iter().map(Response::status).collect();

    let checked = statuses.iter().filter(|status| **status == StatusCode::UNAUTHORIZED).count();
    let refused = statuses.iter().filter(|status| **status == StatusCode::TOO_MANY_REQUESTS).count();
    assert!(checked <= 5, "{checked} passwords checked: {statuses:?}");
    assert_eq!(checked + refused, 20, "{statuses:?}");
}

#[tokio::test]
async fn an_unknown_api_address_answers_in_the_apis_error_shape() {
    let world = World::new().await;

    let unknown = world.app.get(&world.student, "/api/v1/bestaat-niet").await;

    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let body: Value = unknown.json().await.unwrap();
    assert_eq!(
        body,
        json!({ "error": { "code": "not_found", "message": "Dit adres van de API werd niet gevonden." } })
    );
}
