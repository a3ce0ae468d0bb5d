//! Open Badges 3.0: an awarded deelcertificaat is issued as an `OpenBadgeCredential` that
//! validates against the 1EdTech JSON Schema and verifies with an independent implementation
//! (PyJWT, `scripts/verify_credential.py`); a changed byte fails; a withdrawn award revokes it in
//! the status list; `/verifieer` says so without signing in.

use std::process::Command;

use base64::prelude::{Engine, BASE64_URL_SAFE_NO_PAD};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::common::client;
use crate::common::world::{World, M_IT_020};

const CREDENTIAL: &str = "credential.jwt?framework=BO-IT-002&unit=M%20IT%20020";

/// The world's student with M IT 020 awarded.
async fn awarded() -> World {
    let world = World::new().await;
    world.app.decide(&world.assessor, world.student_id, &M_IT_020, "achieved", "").await;
    assert_eq!(world.post_award(&world.coordinator, "M IT 020", None).await.status(), StatusCode::CREATED);
    world
}

async fn download(world: &World, client: &reqwest::Client, which: &str) -> reqwest::Response {
    world.app.get(client, &format!("/api/v1/students/{}/{which}", world.student_id)).await
}

async fn issued(world: &World) -> String {
    let response = download(world, &world.student, CREDENTIAL).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/vc+jwt");
    response.text().await.unwrap()
}

fn payload(token: &str) -> Value {
    let middle = token.split('.').nth(1).expect("a compact JWS");
    serde_json::from_slice(&BASE64_URL_SAFE_NO_PAD.decode(middle).unwrap()).unwrap()
}

/// `scripts/verify_credential.py` on the token: its exit status and answer. It runs beside the
/// test's runtime, which keeps serving the keys and the status list it asks for.
async fn independently_verified(world: &World, token: &str) -> (bool, Value) {
    let file = world.app.data.path().join("bewijs.jwt");
    std::fs::write(&file, token).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/verify_credential.py");
    let base = world.app.base.clone();
    let output =
        tokio::task::spawn_blocking(move || Command::new("python3").arg(script).arg(base).arg(file).output())
            .await
            .unwrap()
            .expect("python3 runs");
    let answer = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&output.stderr)));
    (output.status.success(), answer)
}

async fn checked(world: &World, token: &str) -> Value {
    let response = client()
        .post(world.app.url("/api/v1/credentials/verify"))
        .body(token.to_owned())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

#[tokio::test]
async fn a_deelcertificaat_is_an_open_badge_that_validates_and_verifies_independently() {
    let world = awarded().await;
    let token = issued(&world).await;
    assert_eq!(issued(&world).await, token, "issued once, the same file after");

    let credential = payload(&token);
    let schema: Value =
        serde_json::from_str(include_str!("../../../app/schemas/ob_v3p0_achievementcredential.json"))
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator.iter_errors(&credential).map(|error| error.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(credential["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
    assert_eq!(credential["issuer"]["name"], "CVO Testcentrum");
    let achievement = &credential["credentialSubject"]["achievement"];
    assert_eq!(achievement["humanCode"], "M IT 020");
    assert!(achievement["name"].as_str().unwrap().starts_with("Deelcertificaat M IT 020 "), "{achievement}");
    assert_eq!(
        achievement["criteria"]["narrative"].as_str().unwrap().matches("\n- ").count(),
        6,
        "its six skills"
    );

    let (valid, answer) = independently_verified(&world, &token).await;
    assert!(valid, "{answer}");
    assert_eq!(
        (answer["revoked"].as_bool(), answer["issuer"].as_str()),
        (Some(false), Some("CVO Testcentrum"))
    );

    // One changed byte in the credential: neither PyJWT nor Vaardig accepts it.
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    let mut claims = payload(&token);
    claims["name"] = json!("Deelcertificaat M IT 030");
    parts[1] = BASE64_URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap());
    let forged = parts.join(".");
    assert!(!independently_verified(&world, &forged).await.0);
    let answer = checked(&world, &forged).await;
    assert_eq!(answer["authentic"], false);
    assert!(answer["message"].as_str().unwrap().starts_with("Dit bewijs is niet echt"));

    // The status list is signed with the same key, but it is no Open Badge.
    let list = world.app.get(&client(), "/api/v1/credentials/status").await.text().await.unwrap();
    assert_eq!(checked(&world, &list).await["authentic"], false);

    let qr = download(&world, &world.student, "credential.svg?framework=BO-IT-002&unit=M%20IT%20020").await;
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    assert!(qr.text().await.unwrap().contains("<svg"));
    let public_id = credential["id"].as_str().unwrap().rsplit('/').next().unwrap().to_owned();
    let page = world
        .app
        .get(&client(), &format!("/verifieer/{public_id}"))
        .await
        .text()
        .await
        .unwrap()
        .replace("<!>", "");
    assert!(page.contains("Echt: ondertekend door CVO Testcentrum"), "{page}");
    assert!(page.contains("Voor: cursist"), "{page}");
}

#[tokio::test]
async fn a_withdrawn_award_revokes_its_credential_and_stays_withdrawn() {
    let world = awarded().await;
    let token = issued(&world).await;
    let path = format!("/api/v1/students/{}/award-withdrawals", world.student_id);
    let body = json!({ "framework": "BO-IT-002", "unit_code": "M IT 020", "reason": "Fraude bij de proef vastgesteld." });
    assert_eq!(world.app.post_json(&world.assessor, &path, &body).await.status(), StatusCode::FORBIDDEN);
    let silent = json!({ "framework": "BO-IT-002", "unit_code": "M IT 020", "reason": " " });
    assert_eq!(
        world.app.post_json(&world.coordinator, &path, &silent).await.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(world.app.post_json(&world.coordinator, &path, &body).await.status(), StatusCode::NO_CONTENT);

    let (valid, answer) = independently_verified(&world, &token).await;
    assert!(valid, "still signed by the centre: {answer}");
    assert_eq!(answer["revoked"], true, "the status list says revoked");
    let check = checked(&world, &token).await;
    assert_eq!((check["authentic"].as_bool(), check["revoked"].as_bool()), (Some(true), Some(true)));

    let verification = app::server::services::record_chain::verify(&world.app.db, None).await.unwrap();
    assert_eq!(verification.outcome, Ok(8), "six decisions, the award and its withdrawal");
    let progress = world.app.progress_json(&world.coordinator, world.student_id, None).await;
    assert_eq!(progress["units"][0]["status"], "ready_for_deelcertificaat");
    let again = world.post_award(&world.coordinator, "M IT 020", None).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(
        world.app.post_json(&world.coordinator, &path, &body).await.status(),
        StatusCode::CONFLICT,
        "once"
    );
}

#[tokio::test]
async fn a_credential_needs_an_award_and_goes_only_to_its_student_and_managers() {
    let world = awarded().await;
    let certificate = download(&world, &world.student, "credential.jwt?framework=BO-IT-002").await;
    assert_eq!(certificate.status(), StatusCode::CONFLICT, "ten units are still open");
    let unawarded =
        download(&world, &world.student, "credential.jwt?framework=BO-IT-002&unit=M%20IT%20021").await;
    assert_eq!(unawarded.status(), StatusCode::CONFLICT);
    assert_eq!(download(&world, &world.assessor, CREDENTIAL).await.status(), StatusCode::FORBIDDEN);
    assert_eq!(download(&world, &world.coordinator, CREDENTIAL).await.status(), StatusCode::OK);
    let keys = world.app.get(&client(), "/api/v1/issuer/jwks.json").await.json::<Value>().await.unwrap();
    assert_eq!(
        (keys["keys"][0]["kty"].as_str(), keys["keys"][0]["crv"].as_str()),
        (Some("OKP"), Some("Ed25519"))
    );
}
