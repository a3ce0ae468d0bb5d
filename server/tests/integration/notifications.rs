//! Notifications: each fact tells exactly the right people, e-mail follows each person's choice
//! (at once, the daily digest, never), an undone change is not e-mailed, conversations on
//! feedback, and the live event stream of an open tab.

use std::time::Duration;

use app::server::services::notifications;
use domain::{Role, Timestamp};
use futures::StreamExt;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::common::world::{World, ASSESSOR, COORDINATOR, M_IT_020, STUDENT};
use crate::common::{self, spawn_app_with_mail, TestApp};

/// The texts of the client's notifications, oldest first.
async fn texts(app: &TestApp, client: &Client) -> Vec<String> {
    let page = app.get_json(client, "/api/v1/notifications").await;
    let mut texts: Vec<String> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["text"].as_str().unwrap().to_owned())
        .collect();
    texts.reverse();
    texts
}

async fn reply(app: &TestApp, client: &Client, student: i64, skill: &str, body: &str) -> reqwest::Response {
    app.post_json(
        client,
        "/api/v1/replies",
        &json!({ "student_id": student, "skill_id": skill, "body": body }),
    )
    .await
}

#[tokio::test]
async fn each_fact_tells_exactly_the_people_who_act_on_it() {
    let world = World::builder().second_assessor().other_programme().admin().build().await;
    let app = &world.app;
    let visitors = [
        ("student", &world.student),
        ("assessor", &world.assessor),
        ("second assessor", world.second_assessor()),
        ("assessor of another cohort", world.other_assessor()),
        ("coordinator", &world.coordinator),
        ("admin", world.admin()),
    ];
    let mut seen: Vec<Vec<String>> = vec![Vec::new(); visitors.len()];
    let mut expect = async |step: &str, told: &[(&str, &str)]| {
        for (index, (name, client)) in visitors.iter().enumerate() {
            let now = texts(app, client).await;
            let new: Vec<String> = now[seen[index].len()..].to_vec();
            let wanted: Vec<String> =
                told.iter().filter(|(who, _)| who == name).map(|(_, text)| (*text).to_owned()).collect();
            assert_eq!(new, wanted, "{step}: {name}");
            seen[index] = now;
        }
    };

    world.submit_with_evidence(&M_IT_020[..2]).await;
    let submitted = "cursist diende 2 vaardigheden in voor M IT 020.";
    expect("submitted", &[("assessor", submitted), ("second assessor", submitted)]).await;

    app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Voeg de testresultaten toe.")
        .await;
    expect("not yet", &[(
        "student",
        "beoordelaar besliste 'nog niet' over 1 vaardigheid van M IT 020. Feedback: Voeg de testresultaten toe.",
    )])
    .await;

    assert_eq!(
        reply(app, &world.student, world.student_id, M_IT_020[0], "Ze staan in bijlage.").await.status(),
        201
    );
    let answered = "cursist antwoordde bij vaardigheid M IT 020 7.1: Ze staan in bijlage.";
    expect("student's reply", &[("assessor", answered), ("second assessor", answered)]).await;
    assert_eq!(reply(app, &world.assessor, world.student_id, M_IT_020[0], "Gezien.").await.status(), 201);
    expect(
        "assessor's reply",
        &[("student", "beoordelaar antwoordde bij vaardigheid M IT 020 7.1: Gezien.")],
    )
    .await;

    app.upload_reflection(&world.student, &M_IT_020).await;
    app.decide(&world.assessor, world.student_id, &M_IT_020, "achieved", "").await;
    expect(
        "the whole unit achieved",
        &[
            ("coordinator", "cursist is klaar voor het deelcertificaat van M IT 020."),
            ("student", "beoordelaar besliste 'behaald' over 6 vaardigheden van M IT 020. Feedback: Gezien in de les."),
        ],
    )
    .await;

    assert_eq!(world.post_award(&world.coordinator, "M IT 020", None).await.status(), StatusCode::CREATED);
    expect("awarded", &[("student", "Je behaalde het deelcertificaat van M IT 020.")]).await;

    app.decide(&world.assessor, world.student_id, &M_IT_020[2..3], "not_yet", "Herzien na controle.").await;
    expect("revoked after the award", &[
        (
            "coordinator",
            "Het deelcertificaat M IT 020 van cursist vraagt aandacht: vaardigheid M IT 020 7.3 werd ingetrokken.",
        ),
        ("student", "beoordelaar besliste 'nog niet' over 1 vaardigheid van M IT 020. Feedback: Herzien na controle."),
    ])
    .await;
}

#[tokio::test]
async fn a_notification_links_to_where_its_reader_acts_and_only_its_reader_marks_it_read() {
    let world = World::new().await;
    let app = &world.app;
    world.submit_with_evidence(&M_IT_020[..1]).await;
    app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Nog niet.").await;

    let assessor_page = app.get_json(&world.assessor, "/api/v1/notifications").await;
    let student_page = app.get_json(&world.student, "/api/v1/notifications").await;
    let review = format!("/beoordelen/{}/BO-IT-002/M-IT-020", world.student_id);
    assert_eq!(assessor_page["items"][0]["link"], review);
    assert_eq!(assessor_page["items"][0]["cohort"], "Avond");
    assert_eq!(student_page["items"][0]["link"], "/opleiding/BO-IT-002/M-IT-020");
    assert_eq!(student_page["unread"], 1);

    let id = student_page["items"][0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/notifications/{id}/read");
    assert_eq!(app.post_json(&world.assessor, &path, &json!({})).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get_json(&world.student, "/api/v1/notifications").await["unread"], 1);
    assert_eq!(app.post_json(&world.student, &path, &json!({})).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.get_json(&world.student, "/api/v1/notifications").await["unread"], 0);
    assert_eq!(app.get_json(&world.assessor, "/api/v1/notifications").await["unread"], 1);
    let all = app.post_json(&world.assessor, "/api/v1/notifications/read", &json!({})).await;
    assert_eq!(all.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.get_json(&world.assessor, "/api/v1/notifications").await["unread"], 0);
}

/// A server with mail, the standard accounts and cohort, signed in: (app, sink, student id,
/// student, assessor).
async fn world_with_mail() -> (TestApp, common::mail::SmtpSink, i64, Client, Client) {
    let (app, sink) = spawn_app_with_mail().await;
    let student_id = app.account(STUDENT, Role::Student).await;
    let assessor_id = app.account(ASSESSOR, Role::Assessor).await;
    app.account(COORDINATOR, Role::Coordinator).await;
    app.cohort("Avond", "BO-IT-002", &[student_id], &[assessor_id]).await;
    let student = app.signed_in(STUDENT).await;
    let assessor = app.signed_in(ASSESSOR).await;
    (app, sink, student_id, student, assessor)
}

#[tokio::test]
async fn e_mail_follows_each_persons_choice_and_the_digest_leaves_out_what_was_undone() {
    let (app, sink, student_id, student, assessor) = world_with_mail().await;
    let preferences = app.get_json(&student, "/api/v1/me/notification-preferences").await;
    assert_eq!(
        preferences,
        json!([{ "kind": "decided", "delivery": "at_once" }, { "kind": "awarded", "delivery": "at_once" },
               { "kind": "reply", "delivery": "at_once" }])
    );

    // The student hears at once; the assessor waits for the digest.
    app.upload_reflection(&student, &M_IT_020[..3]).await;
    app.submit(&student, &M_IT_020[..1]).await;
    app.submit(&student, &M_IT_020[1..2]).await;
    app.decide(&assessor, student_id, &M_IT_020[..1], "not_yet", "Voeg een schermafdruk toe.").await;
    let mails = sink.wait_for(1).await;
    assert_eq!(mails[0].to, format!("cursist <{STUDENT}>"));
    assert_eq!(mails[0].subject, "Vaardig: Een beslissing over je vaardigheden");
    assert!(mails[0].text.contains("Feedback: Voeg een schermafdruk toe."), "{}", mails[0].text);
    assert!(mails[0].text.contains(&app.url("/opleiding/BO-IT-002/M-IT-020")), "{}", mails[0].text);
    assert!(mails[0].text.contains(&app.url("/mijn-account#meldingen")), "{}", mails[0].text);

    // "Never" is never.
    let never = json!([{ "kind": "decided", "delivery": "never" }]);
    let response =
        student.put(app.url("/api/v1/me/notification-preferences")).json(&never).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    app.decide(&assessor, student_id, &M_IT_020[1..2], "achieved", "").await;

    // A submission withdrawn before the digest is not in it.
    app.submit(&student, &M_IT_020[2..3]).await;
    let withdrawn =
        app.post_json(&student, "/api/v1/submissions/withdraw", &json!({ "skill_ids": [M_IT_020[2]] })).await;
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    let texts = texts(&app, &assessor).await;
    assert_eq!(
        texts,
        ["cursist diende 1 vaardigheid in voor M IT 020.", "cursist diende 1 vaardigheid in voor M IT 020."]
    );

    let tomorrow: Timestamp = (chrono::Utc::now() + chrono::Duration::days(1)).into();
    let digest_time =
        notifications::digest_slot(tomorrow, chrono::NaiveTime::from_hms_opt(17, 0, 0).unwrap());
    let settings = common::settings(&app.url(""), None);
    assert_eq!(notifications::send_digest(&app.db, &settings, digest_time).await.unwrap(), 1);
    assert_eq!(notifications::send_digest(&app.db, &settings, digest_time).await.unwrap(), 0, "once a day");
    // Written at tomorrow's digest time, it is due then: read it in the outbox.
    let (payload,): (String,) =
        sqlx::query_as("select payload from outbox where kind = 'mail' order by outbox_id desc limit 1")
            .fetch_one(&app.db)
            .await
            .unwrap();
    let digest: app::server::mail::Mail = serde_json::from_str(&payload).unwrap();
    assert_eq!(sink.received().len(), 1, "the decision after 'never' was not mailed");
    assert_eq!(digest.to, ASSESSOR);
    assert!(digest.subject.ends_with("(2 meldingen)"), "{}", digest.subject);
    let review = app.url(&format!("/beoordelen/{student_id}/BO-IT-002/M-IT-020"));
    assert!(
        digest.text.contains(&format!(
            "Avond · M IT 020\n- cursist diende 1 vaardigheid in voor M IT 020.\n  {review}\n- cursist diende 1 vaardigheid in voor M IT 020.\n  {review}\n\n"
        )),
        "{}",
        digest.text
    );
}

#[tokio::test]
async fn a_reply_needs_feedback_first_and_keeps_to_the_record() {
    let world = World::new().await;
    let app = &world.app;
    let evidence = world.submit_with_evidence(&M_IT_020[..1]).await;
    let early = reply(app, &world.student, world.student_id, M_IT_020[0], "Is het goed?").await;
    assert_eq!(early.status(), StatusCode::BAD_REQUEST);
    let body: Value = early.json().await.unwrap();
    assert_eq!(body["error"]["message"], "Op deze vaardigheid kwam nog geen feedback om op te antwoorden.");

    app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Nog niet.").await;
    let empty = reply(app, &world.student, world.student_id, M_IT_020[0], "  ").await;
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    let cited = json!({ "student_id": world.student_id, "skill_id": M_IT_020[0], "body": "Zie verslag.",
                        "evidence_id": evidence });
    assert_eq!(app.post_json(&world.student, "/api/v1/replies", &cited).await.status(), StatusCode::CREATED);
    let relinked = app.put_evidence_skills(&world.student, evidence, &M_IT_020[..2]).await;
    assert_eq!(relinked.status(), StatusCode::OK, "citing an item leaves it the student's to change");
    let coordinator_reply = reply(app, &world.coordinator, world.student_id, M_IT_020[0], "Ik ook.").await;
    assert_eq!(coordinator_reply.status(), StatusCode::FORBIDDEN);

    let path =
        format!("/api/v1/students/{}/conversations?framework=BO-IT-002&unit=M%20IT%20020", world.student_id);
    let thread = app.get_json(&world.coordinator, &path).await;
    assert_eq!(thread.as_array().unwrap().len(), 1);
    assert_eq!(thread[0]["body"], "Zie verslag.");
    assert_eq!(thread[0]["from_student"], true);
    assert_eq!(thread[0]["evidence_id"], evidence);
    let progress = app.progress_json(&world.student, world.student_id, None).await;
    assert_eq!(progress["units"][0]["competencies"][0]["skills"][0]["status"], "not_yet", "{progress}");
}

/// Reads the stream until an event named `wanted` arrives, or `wait` passes: answers whether it
/// did. The event must carry data: a browser drops one without.
async fn hears<B: AsRef<[u8]>>(
    stream: &mut (impl futures::Stream<Item = reqwest::Result<B>> + Unpin),
    wanted: &str,
    wait: Duration,
) -> bool {
    let mut text = String::new();
    let deadline = tokio::time::Instant::now() + wait;
    while let Ok(Some(Ok(chunk))) = tokio::time::timeout_at(deadline, stream.next()).await {
        text.push_str(&String::from_utf8_lossy(chunk.as_ref()));
        if text.contains(&format!("event: {wanted}\ndata: {wanted}\n\n")) {
            return true;
        }
    }
    false
}

/// Reads what the stream sends until it has been quiet for half a second. On PostgreSQL events
/// travel through the database after the answer, so those of an earlier fact may still arrive.
async fn settle<B: AsRef<[u8]>>(stream: &mut (impl futures::Stream<Item = reqwest::Result<B>> + Unpin)) {
    while let Ok(Some(Ok(_))) = tokio::time::timeout(Duration::from_millis(500), stream.next()).await {}
}

#[tokio::test]
async fn an_open_tab_hears_of_a_decision_on_its_own_account_only() {
    let world = World::builder().admin().build().await;
    let app = &world.app;
    world.submit_with_evidence(&M_IT_020[..1]).await;
    let open = async |client: &Client| {
        let response = app.get(client, "/api/v1/events").await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        let mut stream = Box::pin(response.bytes_stream());
        assert!(hears(&mut stream, "ready", Duration::from_secs(5)).await);
        stream
    };
    let mut student = open(&world.student).await;
    let mut admin = open(world.admin()).await;
    settle(&mut student).await;

    app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Nog niet.").await;

    assert!(hears(&mut student, "progress", Duration::from_secs(5)).await, "the student's tab hears it");
    assert!(!hears(&mut admin, "progress", Duration::from_millis(500)).await, "another account's does not");
    settle(&mut student).await;

    // Signed out everywhere, the student's stream closes at its next event.
    let out = world.student.delete(app.url("/api/v1/me/sessions")).send().await.unwrap();
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Nog steeds niet.").await;
    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(Ok(chunk)) = student.next().await {
            assert!(
                !String::from_utf8_lossy(chunk.as_ref()).contains("progress"),
                "no event after the session ended"
            );
        }
    })
    .await;
    assert!(closed.is_ok(), "the stream ended");
    assert_eq!(app.get(&common::client(), "/api/v1/events").await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn notifications_older_than_a_year_are_removed() {
    let world = World::new().await;
    world.submit_with_evidence(&M_IT_020[..1]).await;
    let in_a_year: Timestamp = (chrono::Utc::now() + chrono::Duration::days(366)).into();
    assert_eq!(notifications::remove_expired(&world.app.db, in_a_year).await.unwrap(), 1);
    assert!(texts(&world.app, &world.assessor).await.is_empty());
}

#[tokio::test]
async fn a_unit_no_longer_ready_before_its_award_takes_its_notification_back() {
    let world = World::new().await;
    let app = &world.app;
    app.upload_reflection(&world.student, &M_IT_020).await;
    app.decide(&world.assessor, world.student_id, &M_IT_020, "achieved", "").await;
    assert_eq!(
        texts(app, &world.coordinator).await,
        ["cursist is klaar voor het deelcertificaat van M IT 020."]
    );

    app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Toch nog niet.").await;

    assert!(texts(app, &world.coordinator).await.is_empty(), "the unit is not ready any more");
    assert_eq!(app.get_json(&world.coordinator, "/api/v1/notifications").await["unread"], 0);
}

#[tokio::test]
async fn on_postgresql_a_decision_on_one_server_reaches_a_tab_open_on_another() {
    let world = World::new().await;
    let other = world.app.another_server().await;
    world.submit_with_evidence(&M_IT_020[..1]).await;
    let response = world.student.get(other.url("/api/v1/events")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let mut stream = Box::pin(response.bytes_stream());
    assert!(hears(&mut stream, "ready", Duration::from_secs(5)).await);
    // The listener of the new server connects beside the request: give it a moment.
    settle(&mut stream).await;

    world.app.decide(&world.assessor, world.student_id, &M_IT_020[..1], "not_yet", "Nog niet.").await;

    // SQLite is one server's database: its events stay in that server (see the README).
    let relayed = app::server::storage::Backend::of_url(&world.app.storage.database_url())
        == Some(app::server::storage::Backend::Postgres);
    assert_eq!(hears(&mut stream, "progress", Duration::from_secs(3)).await, relayed);
}

#[tokio::test]
async fn someone_who_chose_never_before_the_digest_is_not_mailed_it() {
    let (app, _sink, _, student, assessor) = world_with_mail().await;
    app.upload_reflection(&student, &M_IT_020[..1]).await;
    app.submit(&student, &M_IT_020[..1]).await;
    let never = json!([{ "kind": "submitted", "delivery": "never" }]);
    let response =
        assessor.put(app.url("/api/v1/me/notification-preferences")).json(&never).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    let tomorrow: Timestamp = (chrono::Utc::now() + chrono::Duration::days(1)).into();
    let settings = common::settings(&app.url(""), None);
    assert_eq!(notifications::send_digest(&app.db, &settings, tomorrow).await.unwrap(), 0);
    assert_eq!(texts(&app, &assessor).await.len(), 1, "the notification itself stays in the list");
}
