//! Records an assessor relied on do not move, and evidence as Windows and phones make it: skill
//! links of cited items stay, a submission never outlives its last evidence, text files in
//! UTF-16 or Windows-1252 are read as text, photos are shown upright.

use crate::common::skill;
use crate::common::world::World;
use serde_json::{json, Value};

const SKILL_A: &str = "BO-IT-002.M-IT-020.7.1";
const SKILL_B: &str = "BO-IT-002.M-IT-020.7.2";
const LOCKED: &str = "Een beoordelaar heeft dit bewijsstuk gebruikt: de inhoud en de gekoppelde \
                      vaardigheden liggen vast. Voeg een nieuwe versie toe.";

/// Uploads a file linked to `skills` and answers the created item.
async fn upload_item(world: &World, name: &str, bytes: Vec<u8>, skills: &[&str]) -> Value {
    let meta = json!({ "kind": "file", "title": "Bewijs", "date": "2026-11-20", "skill_ids": skills });
    let response = world.app.upload(&world.student, name, bytes, &meta).await;
    assert_eq!(response.status(), 201, "uploading {name}");
    response.json::<Value>().await.unwrap()["items"][0].clone()
}

/// The student's progress in BO-IT-002.
async fn progress(world: &World) -> Value {
    world.app.progress_json(&world.student, world.student_id, Some("BO-IT-002")).await
}

async fn status_of(world: &World, skill_id: &str) -> Value {
    skill(&progress(world).await, skill_id)["status"].clone()
}

/// The id of an item as the API answered it.
fn id_of(item: &Value) -> i64 {
    item["id"].as_i64().unwrap()
}

fn pdf(label: &str) -> Vec<u8> {
    format!("%PDF-1.7\n% {label}\n%%EOF\n").into_bytes()
}

#[tokio::test]
async fn the_skill_links_of_a_cited_item_do_not_change() {
    let world = World::new().await;
    let item = upload_item(&world, "verslag.pdf", pdf("v1"), &[SKILL_A]).await;
    world.app.submit(&world.student, &[SKILL_A]).await;
    let decision = world.post_decision(&world.assessor, &[SKILL_A], "achieved", "", &[id_of(&item)]).await;
    assert_eq!(decision.status(), 201);

    for skills in [&[][..], &[SKILL_B][..], &[SKILL_A, SKILL_B][..]] {
        let response = world.app.put_evidence_skills(&world.student, id_of(&item), skills).await;
        assert_eq!(response.status(), 409, "{skills:?}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "conflict");
        assert_eq!(body["error"]["message"], LOCKED);
    }
    // The page's server function goes through the same rule (no skill ticked: no `skill_ids`).
    let path = <app::api::portfolio::LinkSkills as leptos::server_fn::ServerFn>::PATH;
    let response = world.app.post_form(&world.student, path, &[("id", item["id"].to_string())]).await;
    assert_eq!(response.status(), 409, "server function {path}");

    let progress = progress(&world).await;
    assert_eq!(skill(&progress, SKILL_A)["status"], "achieved");
    assert_eq!(skill(&progress, SKILL_A)["evidence"], json!([item["id"]]));
    let shown = world.app.evidence(&world.student, id_of(&item)).await;
    assert_eq!(shown["skill_ids"], json!([SKILL_A]));

    // A new version may be added, with other skills.
    let version = json!({ "kind": "file", "title": "Verslag v2", "date": "2026-11-22",
                          "replaces": item["id"], "skill_ids": [SKILL_B] });
    assert_eq!(world.app.upload(&world.student, "v2.pdf", pdf("v2"), &version).await.status(), 201);
}

#[tokio::test]
async fn deleting_the_last_evidence_of_a_submitted_skill_withdraws_it() {
    let world = World::new().await;
    let both = upload_item(&world, "beide.pdf", pdf("beide"), &[SKILL_A, SKILL_B]).await;
    upload_item(&world, "alleen-b.pdf", pdf("b"), &[SKILL_B]).await;
    world.app.submit(&world.student, &[SKILL_A, SKILL_B]).await;
    assert_eq!(world.app.queued_skills(&world.assessor).await, [SKILL_A, SKILL_B]);

    assert_eq!(world.app.delete_evidence(&world.student, id_of(&both)).await.status(), 204);

    assert_eq!(
        world.app.queued_skills(&world.assessor).await,
        [SKILL_B],
        "A lost its only evidence, B kept one"
    );
    assert_eq!(status_of(&world, SKILL_A).await, "not_started");
    assert_eq!(status_of(&world, SKILL_B).await, "submitted");
}

#[tokio::test]
async fn unlinking_or_replacing_the_last_evidence_of_a_submitted_skill_withdraws_it() {
    let world = World::new().await;
    let item = upload_item(&world, "verslag.pdf", pdf("a"), &[SKILL_A]).await;
    world.app.submit(&world.student, &[SKILL_A]).await;
    let response = world.app.put_evidence_skills(&world.student, id_of(&item), &[]).await;
    assert_eq!(response.status(), 200);
    assert!(world.app.queued_skills(&world.assessor).await.is_empty());
    assert_eq!(status_of(&world, SKILL_A).await, "not_started");

    let item = upload_item(&world, "tweede.pdf", pdf("b"), &[SKILL_B]).await;
    world.app.submit(&world.student, &[SKILL_B]).await;
    let version = json!({ "kind": "file", "title": "Anders", "date": "2026-11-22",
                          "replaces": item["id"], "skill_ids": [SKILL_A] });
    assert_eq!(world.app.upload(&world.student, "anders.pdf", pdf("c"), &version).await.status(), 201);
    assert!(
        world.app.queued_skills(&world.assessor).await.is_empty(),
        "the new version no longer supports B"
    );
    assert_eq!(status_of(&world, SKILL_B).await, "not_started");
    assert_eq!(status_of(&world, SKILL_A).await, "in_progress");
}

/// A reflection as PowerShell's `Out-File` and Notepad's "Unicode" save it: UTF-16 LE with a BOM.
fn utf16_le_with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// Text as Notepad saves it in Belgium ("ANSI"): Windows-1252 (Latin-1 for these letters).
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars().map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 letter")).collect()
}

#[tokio::test]
async fn text_files_as_windows_saves_them_are_read_as_text() {
    let world = World::new().await;
    let reflection = "Reflectie van Hélène Çelik\r\nIk stelde een printer in – en leerde veel.\r\n";
    let long = "Zoë Ørsted-Peña schreef dit verslag.\r\n".repeat(400);
    let cases = [
        ("reflectie.txt", utf16_le_with_bom(reflection), reflection.to_owned()),
        ("lang.txt", utf16_le_with_bom(&long), long.clone()),
        ("notities.txt", windows_1252("Hélène Çelik\r\n"), "Hélène Çelik\r\n".to_owned()),
        (
            "utf8.txt",
            [b"\xef\xbb\xbf".as_slice(), "Hélène Çelik".as_bytes()].concat(),
            "Hélène Çelik".to_owned(),
        ),
    ];
    for (name, bytes, text) in cases {
        let item = upload_item(&world, name, bytes, &[]).await;
        assert_eq!(item["file"]["media_type"], "text/plain; charset=utf-8", "{name}");
        assert_eq!(item["file"]["size"], text.len(), "{name}");
        for client in [&world.student, &world.assessor] {
            let response = world.app.evidence_file(client, id_of(&item)).await;
            assert_eq!(response.headers()["content-type"], "text/plain; charset=utf-8");
            assert_eq!(response.text().await.unwrap(), text, "{name}");
        }
    }
    assert_eq!(world.app.rows("blob").await, 4);
    assert_eq!(world.app.blob_files().await.len(), 4, "the received UTF-16 and Windows-1252 files are gone");
}

#[tokio::test]
async fn a_file_that_is_not_text_is_refused_with_the_reason() {
    let world = World::new().await;
    let meta = json!({ "kind": "file", "title": "Reflectie", "date": "2026-11-20" });
    let cases: [(&str, Vec<u8>, u16, &str); 4] = [
        (
            "reflectie.txt",
            b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".repeat(20),
            415,
            "'reflectie.txt' werd geweigerd. Het bestand bevat tekens die in een tekstbestand niet voorkomen \
             (het is een binair bestand).",
        ),
        (
            "half.txt",
            vec![0xFF, 0xFE, b'A', 0, b'B'],
            415,
            "'half.txt' werd geweigerd. Het bestand begint als UTF-16 LE-tekst, maar de rest is geen geldige UTF-16 LE.",
        ),
        ("leeg.txt", Vec::new(), 400, "'leeg.txt' is leeg."),
        ("bom.txt", vec![0xFF, 0xFE], 400, "'bom.txt' werd geweigerd. Het bestand bevat geen tekst."),
    ];
    for (name, bytes, status, message) in cases {
        let response = world.app.upload(&world.student, name, bytes, &meta).await;
        assert_eq!(response.status(), status, "{name}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["message"], message);
    }
    assert_eq!(world.app.rows("evidence").await, 0);
    assert!(world.app.blob_files().await.is_empty(), "left behind: {:?}", world.app.blob_files().await);
}

/// A 640 × 480 JPEG, red in its left quarter and blue elsewhere, with an EXIF APP1 segment that
/// says how the camera was held.
fn jpeg_with_orientation(orientation: u16) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(640, 480, |x, _| {
        if x < 160 {
            image::Rgb([220, 20, 20])
        } else {
            image::Rgb([20, 20, 220])
        }
    });
    let mut jpeg = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    let jpeg = jpeg.into_inner();
    // TIFF header (little-endian), one IFD with one entry: Orientation (0x0112), SHORT, 1 value.
    let mut tiff = b"II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0".to_vec();
    tiff.extend_from_slice(&orientation.to_le_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut bytes = jpeg[..2].to_vec();
    bytes.extend_from_slice(&[0xFF, 0xE1]);
    bytes.extend_from_slice(&(app1.len() as u16 + 2).to_be_bytes());
    bytes.extend_from_slice(&app1);
    bytes.extend_from_slice(&jpeg[2..]);
    bytes
}

#[tokio::test]
async fn thumbnails_of_phone_photos_are_upright() {
    let world = World::new().await;
    let cases = [
        (1, (320, 240), (10, 120), (300, 120)),
        (6, (240, 320), (120, 10), (120, 300)),
        (8, (240, 320), (120, 310), (120, 20)),
    ];
    for (orientation, size, red_at, blue_at) in cases {
        let item = upload_item(&world, "foto.jpg", jpeg_with_orientation(orientation), &[]).await;
        assert_eq!(item["file"]["has_thumbnail"], true);
        for client in [&world.student, &world.assessor] {
            let bytes = world.app.evidence_thumbnail(client, id_of(&item)).await;
            let thumbnail = image::load_from_memory(&bytes).unwrap().to_rgb8();
            assert_eq!(thumbnail.dimensions(), size, "orientation {orientation}");
            let red = thumbnail.get_pixel(red_at.0, red_at.1);
            let blue = thumbnail.get_pixel(blue_at.0, blue_at.1);
            assert!(
                red[0] > 150 && red[2] < 100,
                "orientation {orientation}: red side at {red_at:?}: {red:?}"
            );
            assert!(
                blue[2] > 150 && blue[0] < 100,
                "orientation {orientation}: blue at {blue_at:?}: {blue:?}"
            );
        }
    }
}
