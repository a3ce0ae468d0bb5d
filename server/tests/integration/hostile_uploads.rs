//! Hostile and oversized uploads never take the server down: pictures that declare enormous
//! dimensions are stored without a thumbnail and without being decoded; a form with more parts
//! than allowed is refused at once with one small error.

use std::time::{Duration, Instant};

use crate::common::{spawn_app, TestApp};
use domain::Role;
use reqwest::multipart::{Form, Part};
use reqwest::Client;
use serde_json::{json, Value};

const TOO_MANY: &str =
    "Hoogstens 20 bestanden per keer; er werd niets bewaard. Verdeel de bestanden over meerdere keren.";

async fn student() -> (TestApp, Client) {
    let app = spawn_app().await;
    let student = app.account("cursist@centrum.be", Role::Student).await;
    app.cohort("Avond", "BO-IT-002", &[student], &[]).await;
    let client = app.signed_in("cursist@centrum.be").await;
    (app, client)
}

fn meta() -> String {
    json!({ "kind": "file", "title": "Foto's", "date": "2026-11-20" }).to_string()
}

async fn upload(app: &TestApp, client: &Client, files: Vec<(String, Vec<u8>)>) -> reqwest::Response {
    let form = files.into_iter().fold(Form::new().text("meta", meta()), |form, (name, bytes)| {
        form.part("file", Part::bytes(bytes).file_name(name))
    });
    client.post(app.url("/api/v1/evidence")).multipart(form).send().await.unwrap()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    let mut bytes = (data.len() as u32).to_be_bytes().to_vec();
    bytes.extend_from_slice(&body);
    bytes.extend_from_slice(&crc32(&body).to_be_bytes());
    bytes
}

/// A PNG whose header declares 16,000 × 8,000 RGB pixels (384 MB decoded), followed by the
/// start of its compressed pixels: a few hundred bytes.
fn huge_png() -> Vec<u8> {
    let mut header = 16_000u32.to_be_bytes().to_vec();
    header.extend_from_slice(&8_000u32.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend(chunk(b"IHDR", &header));
    // A zlib stream header and an empty stored block: pixel data that goes on and on.
    bytes.extend(chunk(b"IDAT", &[0x78, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFF]));
    bytes.extend(chunk(b"IEND", &[]));
    bytes
}

#[tokio::test]
async fn a_picture_declaring_huge_dimensions_is_stored_without_a_thumbnail_and_quickly() {
    let (app, student) = student().await;
    let started = Instant::now();
    let response = upload(&app, &student, vec![("panorama.png".into(), huge_png())]).await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["items"][0]["file"]["media_type"], "image/png");
    assert_eq!(body["items"][0]["file"]["has_thumbnail"], false);

    let ten = (0..10).map(|n| (format!("panorama-{n}.png"), huge_png())).collect();
    let response = upload(&app, &student, ten).await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["items"].as_array().unwrap().len(), 10);
    assert!(body["items"].as_array().unwrap().iter().all(|item| item["file"]["has_thumbnail"] == false));
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
}

#[tokio::test]
async fn a_form_with_a_thousand_empty_parts_gets_one_small_error() {
    let (app, student) = student().await;
    let parts = (0..1_000).map(|n| (format!("leeg-{n}.txt"), Vec::new())).collect();
    let response = upload(&app, &student, parts).await;
    assert_eq!(response.status(), 413);
    let body = response.bytes().await.unwrap();
    assert!(body.len() < 512, "{} bytes", body.len());
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["error"]["code"], "too_large");
    assert_eq!(body["error"]["message"], TOO_MANY);
    assert_eq!(app.rows("evidence").await, 0);
    assert!(app.blob_files().await.is_empty(), "left behind: {:?}", app.blob_files().await);
}

#[tokio::test]
async fn twenty_files_are_taken_and_twenty_one_refused_whole() {
    let (app, student) = student().await;
    let pdf = |n: usize| (format!("deel-{n}.pdf"), format!("%PDF-1.7\n% {n}\n").into_bytes());
    let response = upload(&app, &student, (0..21).map(pdf).collect()).await;
    assert_eq!(response.status(), 413);
    assert_eq!(response.json::<Value>().await.unwrap()["error"]["message"], TOO_MANY);
    assert!(app.blob_files().await.is_empty(), "the first twenty are not kept either");

    let mut files: Vec<(String, Vec<u8>)> = (0..18).map(pdf).collect();
    files.push(("leeg.txt".into(), Vec::new()));
    files.push(("ook-leeg.txt".into(), Vec::new()));
    let response = upload(&app, &student, files).await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["items"].as_array().unwrap().len(), 18);
    assert_eq!(
        body["refused"],
        json!([
            { "file_name": "leeg.txt", "code": "invalid", "message": "'leeg.txt' is leeg." },
            { "file_name": "ook-leeg.txt", "code": "invalid", "message": "'ook-leeg.txt' is leeg." },
        ])
    );
}
