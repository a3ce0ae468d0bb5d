//! The portfolio goes with the student: `GET /api/v1/students/{id}/portfolio.zip` answers one
//! zip with `index.html` (curriculum order, decisions with feedback, awards, evidence linked to
//! its file), `portfolio.json` and every evidence file, for the student and for coordinators.

use std::io::{Cursor, Read};

use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::common::world::{World, M_IT_020};

async fn download(world: &World, client: &Client) -> zip::ZipArchive<Cursor<Vec<u8>>> {
    let path = format!("/api/v1/students/{}/portfolio.zip", world.student_id);
    let response = world.app.get(client, &path).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment; filename=\"portfolio-cursist-"), "{disposition}");
    let bytes = response.bytes().await.unwrap().to_vec();
    zip::ZipArchive::new(Cursor::new(bytes)).expect("a readable zip")
}

fn entry(archive: &mut zip::ZipArchive<Cursor<Vec<u8>>>, name: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the archive"))
        .read_to_end(&mut bytes)
        .unwrap();
    bytes
}

#[tokio::test]
async fn the_student_and_a_coordinator_download_the_whole_portfolio_in_curriculum_order() {
    let world = World::new().await;
    let app = &world.app;
    let meta = json!({ "kind": "file", "title": "Netwerk <script>alert(1)</script>", "date": "2026-11-20",
                       "skill_ids": [M_IT_020[0]] });
    let pdf = b"%PDF-1.7 het netwerkverslag".to_vec();
    let uploaded: Value =
        app.upload(&world.student, "net/werk:verslag.pdf", pdf.clone(), &meta).await.json().await.unwrap();
    let file_id = uploaded["items"][0]["id"].as_i64().unwrap();
    let reflection = json!({ "kind": "reflection", "title": "Wat ik leerde", "date": "2026-11-21",
                             "text": "Eerst plannen, dan bekabelen.", "skill_ids": [M_IT_020[1]] });
    let form = reqwest::multipart::Form::new().text("meta", reflection.to_string());
    let response = world.student.post(app.url("/api/v1/evidence")).multipart(form).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Het schema ontbreekt.").await;
    app.decide(&world.assessor, world.student_id, &M_IT_020, "achieved", "").await;
    assert_eq!(world.post_award(&world.coordinator, "M IT 020", None).await.status(), StatusCode::CREATED);

    let mut archive = download(&world, &world.student).await;
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    let file = names
        .iter()
        .find(|name| name.starts_with(&format!("bestanden/{file_id}-")))
        .expect("the file")
        .clone();
    assert!(!file["bestanden/".len()..].contains(['/', ':', '\\']), "a plain name: {file}");
    assert_eq!(entry(&mut archive, &file), pdf, "the file, byte for byte");

    let index = String::from_utf8(entry(&mut archive, "index.html")).unwrap();
    assert!(index.contains("Portfolio van cursist"), "{index}");
    assert!(
        index.contains(&format!("<a href=\"{file}\">Netwerk &lt;script&gt;alert(1)&lt;/script&gt;</a>")),
        "{index}"
    );
    assert!(!index.contains("<script>"), "no script, no unescaped text");
    assert!(index.contains("Nog niet door beoordelaar: Het schema ontbreekt."), "feedback is kept: {index}");
    assert!(index.contains("Deelcertificaat toegekend op"), "{index}");
    assert!(index.contains("Eerst plannen, dan bekabelen."), "the reflection's text");
    let (m020, m021) = (index.find("M IT 020 –").unwrap(), index.find("M IT 021 –").unwrap());
    assert!(m020 < m021, "units in curriculum order");

    let data: Value = serde_json::from_slice(&entry(&mut archive, "portfolio.json")).unwrap();
    assert_eq!(data["student"]["name"], "cursist");
    assert_eq!(data["programmes"][0]["framework"]["code"], "BO-IT-002");
    assert_eq!(data["programmes"][0]["awards"][0]["unit_code"], "M IT 020");
    assert_eq!(data["evidence"].as_array().unwrap().len(), 2);

    let mut by_coordinator = download(&world, &world.coordinator).await;
    assert_eq!(entry(&mut by_coordinator, &file), pdf, "a coordinator gets the same files");
    let names = |archive: &zip::ZipArchive<Cursor<Vec<u8>>>| {
        archive.file_names().map(str::to_owned).collect::<Vec<_>>()
    };
    assert_eq!(names(&by_coordinator), names(&archive));
}

#[tokio::test]
async fn another_student_or_an_assessor_is_refused_and_an_unknown_student_is_not_found() {
    let world = World::new().await;
    let path = format!("/api/v1/students/{}/portfolio.zip", world.student_id);
    assert_eq!(world.app.get(&world.assessor, &path).await.status(), StatusCode::FORBIDDEN);
    let unknown = world.app.get(&world.coordinator, "/api/v1/students/999999/portfolio.zip").await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    // A student in no cohort still takes their portfolio along.
    let loose = world.app.account("los@centrum.be", domain::Role::Student).await;
    let client = world.app.signed_in("los@centrum.be").await;
    let own = world.app.get(&client, &format!("/api/v1/students/{loose}/portfolio.zip")).await;
    assert_eq!(own.status(), StatusCode::OK);
    let mut archive = zip::ZipArchive::new(Cursor::new(own.bytes().await.unwrap().to_vec())).unwrap();
    assert!(String::from_utf8(entry(&mut archive, "index.html")).unwrap().contains("Portfolio van los"));
}
