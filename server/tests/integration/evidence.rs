//! The portfolio through the JSON API: uploads (types, limits, broken bodies, names), who may
//! read what, linking, submitting, editing and versions. Each test runs on a fresh SQLite file
//! and blob folder.

use crate::common;

use crate::common::{skill, spawn_app, TestApp, MAX_UPLOAD_BYTES};
use domain::Role;
use reqwest::multipart::{Form, Part};
use reqwest::{Client, Response};
use serde_json::{json, Value};

const SKILL_A: &str = "BO-IT-002.M-IT-020.7.1";
const SKILL_B: &str = "BO-IT-002.M-IT-020.7.2";

struct World {
    app: TestApp,
    student_id: i64,
    student: Client,
    classmate: Client,
    assessor: Client,
    other_assessor: Client,
    coordinator: Client,
}

async fn world() -> World {
    let app = spawn_app().await;
    let student_id = app.account("cursist@centrum.be", Role::Student).await;
    let classmate = app.account("klasgenoot@centrum.be", Role::Student).await;
    let assessor = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let other_assessor = app.account("collega@centrum.be", Role::Assessor).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    app.cohort("Avond", "BO-IT-002", &[student_id, classmate], &[assessor]).await;
    app.cohort("Dag", "BK-0547-2", &[], &[other_assessor]).await;
    World {
        student: app.signed_in("cursist@centrum.be").await,
        classmate: app.signed_in("klasgenoot@centrum.be").await,
        assessor: app.signed_in("beoordelaar@centrum.be").await,
        other_assessor: app.signed_in("collega@centrum.be").await,
        coordinator: app.signed_in("coordinator@centrum.be").await,
        app,
        student_id,
    }
}

fn meta(title: &str, skills: &[&str]) -> String {
    json!({ "kind": "file", "title": title, "date": "2026-11-20", "skill_ids": skills }).to_string()
}

fn form(meta: String, files: Vec<(&str, Vec<u8>)>) -> Form {
    files.into_iter().fold(Form::new().text("meta", meta), |form, (name, bytes)| {
        form.part("file", Part::bytes(bytes).file_name(name.to_owned()))
    })
}

async fn upload(app: &TestApp, client: &Client, form: Form) -> Response {
    client.post(app.url("/api/v1/evidence")).multipart(form).send().await.unwrap()
}

/// Uploads one file and answers the created item.
async fn upload_one(world: &World, name: &str, bytes: Vec<u8>, skills: &[&str]) -> Value {
    let response =
        upload(&world.app, &world.student, form(meta("Bewijs", skills), vec![(name, bytes)])).await;
    assert_eq!(response.status(), 201, "uploading {name}");
    let body: Value = response.json().await.unwrap();
    body["items"][0].clone()
}

fn pdf() -> Vec<u8> {
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

fn png() -> Vec<u8> {
    let picture =
        image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

fn error_code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn every_allowed_type_is_recognised_from_its_content() {
    let world = world().await;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("verslag.pdf", pdf(), "application/pdf"),
        ("scherm.png", png(), "image/png"),
        ("foto.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01".to_vec(), "image/jpeg"),
        ("anim.gif", b"GIF89a\x01\0\x01\0\0\0\0;".to_vec(), "image/gif"),
        ("foto.webp", b"RIFF\x1a\0\0\0WEBPVP8 \x0e\0\0\0".to_vec(), "image/webp"),
        ("foto.heic", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(), "image/heic"),
        ("film.mp4", b"\0\0\0\x18ftypmp42\0\0\0\0isommp42".to_vec(), "video/mp4"),
        ("film.mov", b"\0\0\0\x14ftypqt  \0\0\0\0qt  ".to_vec(), "video/quicktime"),
        ("film.webm", b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01".to_vec(), "video/webm"),
        ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0\0\0".to_vec(), "application/x-ole-storage"),
        ("notities.txt", "Wat ik leerde: één ding.\n".as_bytes().to_vec(), "text/plain; charset=utf-8"),
        (
            "map.zip",
            b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x05\0\0\0a.txt".to_vec(),
            "application/zip",
        ),
    ];
    for (name, bytes, media_type) in cases {
        let item = upload_one(&world, name, bytes, &[]).await;
        assert_eq!(item["file"]["media_type"], media_type, "{name}");
        assert_eq!(item["file"]["name"], name);
    }
    assert_eq!(world.app.rows("evidence").await, 12);
}

#[tokio::test]
async fn a_renamed_executable_is_refused_and_leaves_nothing() {
    let world = world().await;
    let executable = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0".repeat(100);
    let response =
        upload(&world.app, &world.student, form(meta("Rapport", &[]), vec![("rapport.pdf", executable)]))
            .await;
    assert_eq!(response.status(), 415);
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "unsupported_media_type");
    assert!(body["error"]["message"].as_str().unwrap().contains("rapport.pdf"));
    assert_eq!(world.app.rows("evidence").await, 0);
    assert_eq!(world.app.rows("blob").await, 0);
    assert!(world.app.blob_files().await.is_empty(), "left behind: {:?}", world.app.blob_files().await);
}

#[tokio::test]
async fn an_oversized_file_is_refused_and_leaves_nothing() {
    let world = world().await;
    let mut big = pdf();
    big.resize(MAX_UPLOAD_BYTES as usize + 1, b'x');
    let response =
        upload(&world.app, &world.student, form(meta("Groot", &[]), vec![("groot.pdf", big)])).await;
    assert_eq!(response.status(), 413);
    assert_eq!(error_code(&response.json().await.unwrap()), "too_large");
    assert_eq!(world.app.rows("evidence").await, 0);
    assert!(world.app.blob_files().await.is_empty());
}

#[tokio::test]
async fn one_refused_file_does_not_stop_the_others() {
    let world = world().await;
    let files =
        vec![("goed.pdf", pdf()), ("slecht.exe", b"\x7fELF\x02\x01\x01\0".repeat(10)), ("foto.png", png())];
    let response = upload(&world.app, &world.student, form(meta("Stage", &[SKILL_A]), files)).await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    let titles: Vec<&str> =
        body["items"].as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Stage – goed.pdf", "Stage – foto.png"]);
    assert_eq!(body["refused"][0]["file_name"], "slecht.exe");
    assert_eq!(body["refused"][0]["code"], "unsupported_media_type");
    assert_eq!(body["items"][1]["skill_ids"], json!([SKILL_A]));
}

#[tokio::test]
async fn a_broken_multipart_body_is_refused_and_leaves_nothing() {
    let world = world().await;
    let body = format!(
        "--grens\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n{}\r\n\
         --grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7 and then the connection",
        meta("Kapot", &[])
    );
    let response = world
        .student
        .post(world.app.url("/api/v1/evidence"))
        .header("content-type", "multipart/form-data; boundary=grens")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    assert_eq!(error_code(&response.json().await.unwrap()), "invalid");
    assert_eq!(world.app.rows("evidence").await, 0);
    assert!(world.app.blob_files().await.is_empty(), "left behind: {:?}", world.app.blob_files().await);
}

#[tokio::test]
async fn meta_must_come_first_and_be_valid() {
    let world = world().await;
    let files_first =
        Form::new().part("file", Part::bytes(pdf()).file_name("a.pdf")).text("meta", meta("A", &[]));
    assert_eq!(upload(&world.app, &world.student, files_first).await.status(), 400);
    let no_title = json!({ "kind": "file", "title": " ", "date": "2026-11-20" }).to_string();
    let response = upload(&world.app, &world.student, form(no_title, vec![("a.pdf", pdf())])).await;
    assert_eq!(response.status(), 400);
    let bad_date = json!({ "kind": "file", "title": "A", "date": "20/11/2026" }).to_string();
    assert_eq!(
        upload(&world.app, &world.student, form(bad_date, vec![("a.pdf", pdf())])).await.status(),
        400
    );
    assert!(world.app.blob_files().await.is_empty(), "a refused item keeps no file");
    assert_eq!(world.app.rows("evidence").await, 0);
}

#[tokio::test]
async fn file_names_are_only_display_metadata() {
    let world = world().await;
    let item = upload_one(&world, "../../etc/ççà verslag.pdf", pdf(), &[]).await;
    assert_eq!(item["file"]["name"], "ççà verslag.pdf");
    let stored = world.app.blob_files().await;
    assert_eq!(stored.len(), 1);
    let name = &stored[0];
    assert!(name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit()), "stored as {name}");
}

#[tokio::test]
async fn identical_files_are_stored_once() {
    let world = world().await;
    upload_one(&world, "een.pdf", pdf(), &[]).await;
    upload_one(&world, "twee.pdf", pdf(), &[]).await;
    assert_eq!(world.app.rows("evidence").await, 2);
    assert_eq!(world.app.blob_files().await.len(), 1);
}

#[tokio::test]
async fn files_are_served_safely_to_those_who_may_see_them() {
    let world = world().await;
    let item = upload_one(&world, "verslag.pdf", pdf(), &[]).await;
    let path = format!("/api/v1/evidence/{}/file", item["id"]);
    for client in [&world.student, &world.assessor, &world.coordinator] {
        let response = client.get(world.app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let headers = response.headers();
        assert_eq!(headers["content-type"], "application/pdf");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("inline; filename=\"verslag.pdf\""));
        assert!(headers["content-security-policy"].to_str().unwrap().contains("default-src 'none'"));
        assert_eq!(response.bytes().await.unwrap().as_ref(), pdf().as_slice());
    }
    for client in [&world.classmate, &world.other_assessor] {
        for path in [path.clone(), format!("/api/v1/evidence/{}", item["id"])] {
            assert_eq!(client.get(world.app.url(&path)).send().await.unwrap().status(), 404, "{path}");
        }
    }
    assert_eq!(common::client().get(world.app.url(&path)).send().await.unwrap().status(), 401);
}

#[tokio::test]
async fn text_that_looks_like_html_is_served_as_plain_text_in_a_sandbox() {
    let world = world().await;
    let item =
        upload_one(&world, "pagina.html", b"<html><script>alert(1)</script></html>".to_vec(), &[]).await;
    let response = world
        .student
        .get(world.app.url(&format!("/api/v1/evidence/{}/file", item["id"])))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["content-type"], "text/plain; charset=utf-8");
    assert!(response.headers()["content-security-policy"].to_str().unwrap().ends_with("sandbox"));
}

#[tokio::test]
async fn pictures_get_a_thumbnail() {
    let world = world().await;
    let item = upload_one(&world, "scherm.png", png(), &[]).await;
    assert_eq!(item["file"]["has_thumbnail"], true);
    let response = world
        .student
        .get(world.app.url(&format!("/api/v1/evidence/{}/thumbnail", item["id"])))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/jpeg");
    let thumbnail = image::load_from_memory(&response.bytes().await.unwrap()).unwrap();
    assert_eq!((thumbnail.width(), thumbnail.height()), (320, 240));
    let pdf_item = upload_one(&world, "verslag.pdf", pdf(), &[]).await;
    assert_eq!(pdf_item["file"]["has_thumbnail"], false);
}

#[tokio::test]
async fn only_the_owner_changes_or_deletes_an_item() {
    let world = world().await;
    let item = upload_one(&world, "verslag.pdf", pdf(), &[]).await;
    let path = world.app.url(&format!("/api/v1/evidence/{}", item["id"]));
    let skills = world.app.url(&format!("/api/v1/evidence/{}/skills", item["id"]));
    for client in [&world.classmate, &world.assessor, &world.coordinator] {
        let status = client.delete(&path).send().await.unwrap().status();
        assert!(status == 403 || status == 404, "delete: {status}");
        let status =
            client.put(&skills).json(&json!({ "skill_ids": [SKILL_A] })).send().await.unwrap().status();
        assert!(status == 403 || status == 404, "link: {status}");
    }
    let assessor_upload =
        upload(&world.app, &world.assessor, form(meta("A", &[]), vec![("a.pdf", pdf())])).await;
    assert_eq!(assessor_upload.status(), 403);
    assert_eq!(world.student.delete(&path).send().await.unwrap().status(), 204);
    assert_eq!(world.student.get(&path).send().await.unwrap().status(), 404);
    assert!(world.app.blob_files().await.is_empty(), "the file of a deleted item goes too");
}

#[tokio::test]
async fn skills_are_linked_replaced_and_checked_against_the_programme() {
    let world = world().await;
    let item = upload_one(&world, "verslag.pdf", pdf(), &[SKILL_A]).await;
    let skills = world.app.url(&format!("/api/v1/evidence/{}/skills", item["id"]));
    let response = world
        .student
        .put(&skills)
        .json(&json!({ "skill_ids": [SKILL_B, SKILL_A, SKILL_B] }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<Value>().await.unwrap()["skill_ids"], json!([SKILL_A, SKILL_B]));
    let other_framework =
        world.student.put(&skills).json(&json!({ "skill_ids": ["BK-0547-2.PP.1.1"] })).send().await.unwrap();
    assert_eq!(other_framework.status(), 400);
    let malformed = world
        .student
        .put(&skills)
        .body("{\"skill_ids\": 3}")
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 400);
}

async fn progress(world: &World) -> Value {
    let response = world
        .student
        .get(world.app.url(&format!("/api/v1/students/{}/progress?framework=BO-IT-002", world.student_id)))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn submitting_and_withdrawing_moves_the_skill_and_the_unit() {
    let world = world().await;
    let before = progress(&world).await;
    assert_eq!(before["units"].as_array().unwrap().len(), 11);
    assert_eq!(skill(&before, SKILL_A)["status"], "not_started");

    let submit = |ids: Vec<&str>| {
        world.student.post(world.app.url("/api/v1/submissions")).json(&json!({ "skill_ids": ids })).send()
    };
    let without_evidence = submit(vec![SKILL_A]).await.unwrap();
    assert_eq!(without_evidence.status(), 409);

    let item = upload_one(&world, "verslag.pdf", pdf(), &[SKILL_A, SKILL_B]).await;
    let linked = progress(&world).await;
    assert_eq!(skill(&linked, SKILL_A)["status"], "in_progress");
    assert_eq!(skill(&linked, SKILL_A)["evidence"], json!([item["id"]]));
    assert_eq!(linked["units"][0]["status"], "in_progress");
    assert_eq!(linked["units"][0]["evidence"], 1);

    assert_eq!(submit(vec![SKILL_A, SKILL_B]).await.unwrap().status(), 201);
    assert_eq!(submit(vec![SKILL_A]).await.unwrap().status(), 409, "already submitted");
    let submitted = progress(&world).await;
    assert_eq!(skill(&submitted, SKILL_A)["status"], "submitted");
    assert_eq!(submitted["units"][0]["status"], "submitted");
    assert_eq!(submitted["units"][0]["submitted"], 2);

    let withdraw = world
        .student
        .post(world.app.url("/api/v1/submissions/withdraw"))
        .json(&json!({ "skill_ids": [SKILL_B] }))
        .send()
        .await
        .unwrap();
    assert_eq!(withdraw.status(), 204);
    let after = progress(&world).await;
    assert_eq!(skill(&after, SKILL_B)["status"], "in_progress");
    assert_eq!(skill(&after, SKILL_A)["status"], "submitted");
}

#[tokio::test]
async fn progress_is_private_to_the_student_and_their_assessors() {
    let world = world().await;
    let path = world.app.url(&format!("/api/v1/students/{}/progress", world.student_id));
    for client in [&world.student, &world.assessor, &world.coordinator] {
        assert_eq!(client.get(&path).send().await.unwrap().status(), 200);
    }
    for client in [&world.classmate, &world.other_assessor] {
        assert_eq!(client.get(&path).send().await.unwrap().status(), 403);
    }
    let other_framework = format!("{path}?framework=BK-0547-2");
    assert_eq!(world.student.get(&other_framework).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn a_locked_item_cannot_change_but_gets_a_new_version() {
    let world = world().await;
    let item = upload_one(&world, "verslag.pdf", pdf(), &[SKILL_A]).await;
    let id = item["id"].as_i64().unwrap();
    // An assessor's decision locks the item (recorded by the assessment module).
    sqlx::query("update evidence set locked_at = '2026-11-21T10:00:00.000000Z' where evidence_id = $1")
        .bind(id)
        .execute(&world.app.db)
        .await
        .unwrap();
    let path = world.app.url(&format!("/api/v1/evidence/{id}"));
    let refused = world.student.delete(&path).send().await.unwrap();
    assert_eq!(refused.status(), 409);

    let version =
        json!({ "kind": "file", "title": "Verslag v2", "date": "2026-11-22", "replaces": id }).to_string();
    let response =
        upload(&world.app, &world.student, form(version, vec![("verslag-v2.pdf", b"%PDF-1.7 v2".to_vec())]))
            .await;
    assert_eq!(response.status(), 201);
    let new_item = response.json::<Value>().await.unwrap()["items"][0].clone();
    assert_eq!(new_item["replaces_id"], id);
    assert_eq!(new_item["skill_ids"], json!([SKILL_A]), "the new version keeps the skills");

    let old: Value = world.assessor.get(&path).send().await.unwrap().json().await.unwrap();
    assert_eq!(old["replaced_by_id"], new_item["id"]);
    assert_eq!(skill(&progress(&world).await, SKILL_A)["evidence"], json!([new_item["id"]]));

    let again =
        json!({ "kind": "file", "title": "Verslag v3", "date": "2026-11-22", "replaces": id }).to_string();
    let response =
        upload(&world.app, &world.student, form(again, vec![("v3.pdf", b"%PDF-1.7 v3".to_vec())])).await;
    assert_eq!(response.status(), 409, "an old version is not replaced twice");
    assert_eq!(world.app.blob_files().await.len(), 2, "the refused version's file is gone");
}

#[tokio::test]
async fn reflections_and_links_are_evidence_too() {
    let world = world().await;
    let reflection = json!({ "kind": "reflection", "title": "Wat ik leerde", "date": "2026-11-20",
        "text": "Ik hielp een klant met **zijn** printer.", "skill_ids": [SKILL_A] });
    let response = upload(&world.app, &world.student, Form::new().text("meta", reflection.to_string())).await;
    assert_eq!(response.status(), 201);
    assert_eq!(
        response.json::<Value>().await.unwrap()["items"][0]["text"],
        "Ik hielp een klant met **zijn** printer."
    );

    let link = json!({ "kind": "link", "title": "Mijn handleiding", "date": "2026-11-20", "url": "https://example.be/hl" });
    assert_eq!(
        upload(&world.app, &world.student, Form::new().text("meta", link.to_string())).await.status(),
        201
    );
    let script = json!({ "kind": "link", "title": "X", "date": "2026-11-20", "url": "javascript:alert(1)" });
    assert_eq!(
        upload(&world.app, &world.student, Form::new().text("meta", script.to_string())).await.status(),
        400
    );
}
