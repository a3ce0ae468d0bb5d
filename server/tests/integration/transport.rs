//! How answers travel: compressed when that helps and the browser accepts it, with the caching
//! each allows.

use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING};
use reqwest::StatusCode;

use crate::common::world::World;

async fn encoding_of(
    world: &World,
    path: &str,
    accept: &str,
) -> (StatusCode, Option<String>, Option<String>) {
    let response =
        world.student.get(world.app.url(path)).header(ACCEPT_ENCODING, accept).send().await.unwrap();
    let header = |name| {
        response
            .headers()
            .get(name)
            .map(|value: &reqwest::header::HeaderValue| value.to_str().unwrap().to_owned())
    };
    (response.status(), header(CONTENT_ENCODING), header(CACHE_CONTROL))
}

#[tokio::test]
async fn pages_json_and_the_bundle_are_compressed_as_the_browser_accepts() {
    let world = World::new().await;
    let (status, encoding, caching) = encoding_of(&world, "/catalogus", "gzip, deflate, br").await;
    assert_eq!((status, encoding.as_deref()), (StatusCode::OK, Some("br")));
    assert_eq!(caching.as_deref(), Some("private, no-cache"), "a page is personal");
    let progress = format!("/api/v1/students/{}/progress", world.student_id);
    let (_, encoding, _) = encoding_of(&world, &progress, "gzip").await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    let (status, encoding, caching) = encoding_of(&world, "/pkg/vaardig.css", "identity").await;
    assert_eq!((status, encoding), (StatusCode::OK, None), "not compressed unless accepted");
    assert_eq!(caching.as_deref(), Some("no-cache"), "a file without a hash in its name is revalidated");
}

#[tokio::test]
async fn files_that_are_compressed_already_and_the_live_stream_are_sent_as_they_are() {
    let world = World::new().await;
    let id = world.app.upload_reflection(&world.student, &[]).await;
    let (status, encoding, _) = encoding_of(&world, &format!("/api/v1/evidence/{id}/file"), "gzip, br").await;
    assert_eq!((status, encoding), (StatusCode::OK, None), "a PDF");
    let stream = world
        .student
        .get(world.app.url("/api/v1/events"))
        .header(ACCEPT_ENCODING, "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), StatusCode::OK);
    assert_eq!(stream.headers().get(CONTENT_ENCODING), None, "events arrive one by one");
}
