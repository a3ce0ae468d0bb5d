//! Forms without JavaScript: a plain HTML form post to a server function (or to the upload
//! endpoint) comes back to its page, with the outcome shown there, never as a bare response body.

use app::api::account::ChangePassword;
use app::api::cohorts::{CreateCohort, EnrolKeptList};
use app::api::portfolio::UpdateEvidence;
use app::api::session::Login;
use app::server::services::enrolment;
use domain::{CohortId, Role};
use leptos::server_fn::ServerFn;
use reqwest::header::LOCATION;
use reqwest::multipart::{Form, Part};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::common::world::{EmptyCohort, World, COORDINATOR, M_IT_020};
use crate::common::{skill, spawn_app, TestApp, PASSWORD};

/// A browser without JavaScript: it keeps cookies and shows redirects instead of following them.
fn browser() -> Client {
    Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

#[tokio::test]
async fn a_wrong_password_comes_back_to_the_form_with_the_reason() {
    let app = spawn_app().await;
    app.account("cursist@centrum.be", Role::Student).await;
    let browser = browser();
    let sign_in = |password: &'static str| {
        browser
            .post(app.url(Login::PATH))
            .header("accept", "text/html")
            .header("referer", app.url("/aanmelden"))
            .form(&[("email", "cursist@centrum.be"), ("password", password)])
            .send()
    };
    let refused = sign_in("een-verkeerd-wachtwoord").await.unwrap();
    assert_eq!(refused.status(), StatusCode::FOUND, "back to the form, not a bare 401");
    let back = refused.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(back.starts_with("/aanmelden?"), "a path on this site: {back}");
    let page = browser.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains(r#"<p role="alert" class="error">Onbekend e-mailadres of verkeerd wachtwoord."#),
        "the reason is on the page"
    );
    assert!(!page.contains("BadCredentials"));

    let signed_in = sign_in(PASSWORD).await.unwrap();
    assert_eq!(signed_in.status(), StatusCode::FOUND);
    assert_eq!(signed_in.headers()[LOCATION], "/", "on to the home page");
    assert_eq!(browser.get(app.url("/api/v1/me")).send().await.unwrap().status(), StatusCode::OK);
}

/// The evidence form as a browser posts it without JavaScript: its fields in page order, then
/// both file pickers (the photo picker unused: no name, no bytes).
fn evidence_form(fields: &[(&str, &str)], file: Option<(&str, Vec<u8>)>) -> Form {
    let form =
        fields.iter().fold(Form::new(), |form, (name, value)| form.text(name.to_string(), value.to_string()));
    let (name, bytes) = file.unwrap_or(("", Vec::new()));
    form.part("file", Part::bytes(bytes).file_name(name.to_owned()))
        .part("file", Part::bytes(Vec::new()).file_name(""))
}

/// Posts `form` from `page` as a browser does without JavaScript and follows the redirect;
/// answers the page it lands on (path and query) and that page's HTML.
async fn post_evidence_form(world: &World, page: &str, form: Form) -> (String, String) {
    let response = world
        .student
        .post(world.app.url("/api/v1/evidence"))
        .header("accept", "text/html")
        .header("referer", world.app.url(page))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let url = response.url();
    let landed =
        format!("{}{}", url.path(), url.query().map(|query| format!("?{query}")).unwrap_or_default());
    (landed, response.text().await.unwrap())
}

fn pdf() -> Vec<u8> {
    b"%PDF-1.7\n% zonder script\n%%EOF\n".to_vec()
}

/// The one item linked to `skill` of the world's student, as the API shows it.
async fn the_item_proving(world: &World, skill_id: &str) -> Value {
    let progress: Value = world.progress(&world.student).await.json().await.unwrap();
    let evidence = skill(&progress, skill_id)["evidence"].as_array().unwrap().clone();
    assert_eq!(evidence.len(), 1, "{skill_id}: {evidence:?}");
    world.app.evidence(&world.student, evidence[0].as_i64().unwrap()).await
}

#[tokio::test]
async fn without_javascript_the_evidence_form_adds_the_item_and_goes_on_to_the_list() {
    let world = World::new().await;
    let fields = [
        ("kind", "file"),
        ("title", "Verslag zonder script"),
        ("description", ""),
        ("date", "2026-11-20"),
        ("text", ""),
        ("url", ""),
        ("skill_ids[0]", M_IT_020[0]),
        ("skill_ids[3]", M_IT_020[1]),
    ];
    let (landed, page) =
        post_evidence_form(&world, "/bewijsstukken", evidence_form(&fields, Some(("verslag.pdf", pdf()))))
            .await;
    assert_eq!(landed, "/bewijsstukken");
    assert!(page.contains("Verslag zonder script"), "the new item is on the list");

    let item = the_item_proving(&world, M_IT_020[0]).await;
    assert_eq!(item["title"], "Verslag zonder script");
    assert_eq!(item["kind"], "file");
    assert_eq!(item["file"]["name"], "verslag.pdf");
    assert_eq!(item["skill_ids"], json!([M_IT_020[0], M_IT_020[1]]));

    // A new version, from the item's page, goes on to the new version's page.
    let id = item["id"].to_string();
    let version = [
        ("replaces", id.as_str()),
        ("kind", "reflection"),
        ("title", "Verslag, herzien"),
        ("date", "2026-11-21"),
        ("text", "Wat ik nu anders doe."),
        ("url", ""),
    ];
    let (landed, page) =
        post_evidence_form(&world, &format!("/bewijsstukken/{id}"), evidence_form(&version, None)).await;
    let newer =
        world.app.evidence(&world.student, item["id"].as_i64().unwrap()).await["replaced_by_id"].clone();
    assert_eq!(landed, format!("/bewijsstukken/{newer}"));
    assert!(page.contains("Verslag, herzien"));
}

#[tokio::test]
async fn without_javascript_a_refused_item_comes_back_to_the_form_with_the_reason_and_adds_nothing() {
    let world = World::new().await;
    let fields = [
        ("kind", "reflection"),
        ("title", "Leeg"),
        ("date", "2026-11-20"),
        ("text", "  "),
        ("url", ""),
        ("skill_ids[0]", M_IT_020[0]),
    ];
    let (landed, page) = post_evidence_form(&world, "/bewijsstukken", evidence_form(&fields, None)).await;
    assert!(landed.starts_with("/bewijsstukken?__path=%2Fapi%2Fv1%2Fevidence&__err="), "{landed}");
    assert!(
        page.contains(r#"<p role="alert" class="error">Schrijf je reflectie uit (hoogstens 50000 tekens)."#),
        "the reason is on the form"
    );
    let progress: Value = world.progress(&world.student).await.json().await.unwrap();
    assert_eq!(skill(&progress, M_IT_020[0])["evidence"], json!([]));
    // A referring page a browser would read as another host is not where the answer leads.
    let (landed, _) =
        post_evidence_form(&world, "//elders.example/pagina", evidence_form(&fields, None)).await;
    assert!(landed.starts_with("/bewijsstukken?__path="), "{landed}");

    // Refused files beside a kept one: the item is added and the list says what was refused, the
    // first three by name (the answer travels in a header).
    let fields = [("kind", "file"), ("title", "Twee"), ("date", "2026-11-20"), ("text", ""), ("url", "")];
    let form = (1..=4).fold(evidence_form(&fields, Some(("verslag.pdf", pdf()))), |form, n| {
        form.part("file", Part::bytes(b"MZ\x90\x00binary".to_vec()).file_name(format!("setup{n}.exe")))
    });
    let (landed, page) = post_evidence_form(&world, "/bewijsstukken", form).await;
    assert!(landed.starts_with("/bewijsstukken?__path="), "{landed}");
    assert!(page.contains("1 bewijsstuk toegevoegd."), "what was added");
    assert!(page.contains("setup3.exe") && !page.contains("setup4.exe"), "the first three refused");
    assert!(page.contains("En nog 1 bestand geweigerd."), "and how many more");
}

#[tokio::test]
async fn without_javascript_files_chosen_before_switching_to_a_reflection_are_left_out() {
    let world = World::new().await;
    let fields = [
        ("kind", "reflection"),
        ("title", "Toch een reflectie"),
        ("date", "2026-11-20"),
        ("text", "Wat ik leerde."),
        ("url", ""),
        ("skill_ids[0]", M_IT_020[0]),
    ];
    let (landed, _) =
        post_evidence_form(&world, "/bewijsstukken", evidence_form(&fields, Some(("foto.pdf", pdf())))).await;
    assert_eq!(landed, "/bewijsstukken");
    let item = the_item_proving(&world, M_IT_020[0]).await;
    assert_eq!(item["kind"], "reflection");
    assert_eq!(item["text"], "Wat ik leerde.");
    assert_eq!(item["file"], Value::Null);
}

#[tokio::test]
async fn without_javascript_an_ended_session_sends_the_evidence_form_to_the_sign_in_page() {
    let world = World::new().await;
    let fields = [("kind", "reflection"), ("title", "Te laat"), ("date", "2026-11-20"), ("text", "Tekst.")];
    let response = crate::common::client()
        .post(world.app.url("/api/v1/evidence"))
        .header("accept", "text/html")
        .header("referer", world.app.url("/bewijsstukken"))
        .multipart(evidence_form(&fields, None))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.url().path(), "/aanmelden");
}

/// A browser without JavaScript, signed in as `email`.
async fn browser_of(app: &TestApp, email: &str) -> Client {
    let browser = browser();
    app.sign_in(&browser, email, PASSWORD).await;
    browser
}

/// The cohort page's import form as a browser posts it without JavaScript: the file picker
/// `list`, to the preview.
async fn post_list_form(app: &TestApp, browser: &Client, cohort: CohortId, file: (&str, &str)) -> String {
    let form = Form::new().part("list", Part::bytes(file.1.as_bytes().to_vec()).file_name(file.0.to_owned()));
    let response = browser
        .post(app.url(&format!("/api/v1/cohorts/{cohort}/enrolments")))
        .header("accept", "text/html")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    response.headers()[LOCATION].to_str().unwrap().to_owned()
}

/// `EnrolKeptList` posted as its plain form does; answers where the browser is sent.
async fn confirm_kept_list(app: &TestApp, browser: &Client, cohort: CohortId, kept: &str) -> String {
    let response = browser
        .post(app.url(EnrolKeptList::PATH))
        .header("accept", "text/html")
        .header("referer", app.url(&format!("/groepen/{cohort}?lijst={kept}")))
        .form(&[("cohort_id", cohort.to_string()), ("kept", kept.to_owned()), ("dry_run", "false".into())])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    let location = response.headers()[LOCATION].to_str().unwrap();
    location.strip_prefix(&app.base).unwrap_or(location).to_owned()
}

#[tokio::test]
async fn without_javascript_a_student_list_is_previewed_on_the_cohort_page_then_imported_once() {
    let EmptyCohort { app, cohort, .. } = EmptyCohort::new().await;
    let coordinator = browser_of(&app, COORDINATOR).await;
    let list = "studentnummer;voornaam;achternaam;e-mail\n1;Zoë;Ça Va;zoe@example.be\n2;Łukasz;Nowak;lukasz@example.be\n";

    let preview = post_list_form(&app, &coordinator, cohort, ("lijst.csv", list)).await;
    let kept = preview.strip_prefix(&format!("/groepen/{cohort}?lijst=")).expect(&preview).to_owned();
    let page = coordinator.get(app.url(&preview)).send().await.unwrap().text().await.unwrap();
    for shown in ["Zoë Ça Va", "Łukasz Nowak", "Nieuw account", "Inschrijving bevestigen"] {
        assert!(page.contains(shown), "the preview shows {shown}");
    }
    assert_eq!(app.readiness(&app.signed_in(COORDINATOR).await, cohort).await["students"], json!([]));

    // Nobody else reads or imports the kept list, not even another coordinator.
    app.account("tweede@centrum.be", Role::Coordinator).await;
    let other = browser_of(&app, "tweede@centrum.be").await;
    let refused = confirm_kept_list(&app, &other, cohort, &kept).await;
    assert!(refused.contains("__err="), "{refused}");
    assert_eq!(app.rows("enrolment").await, 0);

    let imported = confirm_kept_list(&app, &coordinator, cohort, &kept).await;
    assert_eq!(imported, format!("/groepen/{cohort}?ingeschreven=2"));
    let page = coordinator.get(app.url(&imported)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("2 cursisten verwerkt"), "the page says what was imported");
    assert_eq!(app.rows("enrolment").await, 2);

    // Confirmed twice (a second tab, the back button): the list is gone, nothing is imported again.
    let again = confirm_kept_list(&app, &coordinator, cohort, &kept).await;
    let page = coordinator.get(app.url(&again)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("De lijst van dit voorbeeld (al ingeschreven of ouder dan een dag: kies het bestand opnieuw) werd niet gevonden."), "{again}");
    assert_eq!(app.rows("enrolment").await, 2);
}

#[tokio::test]
async fn without_javascript_a_list_form_without_a_file_or_from_an_assessor_comes_back_with_the_reason() {
    let EmptyCohort { app, cohort, .. } = EmptyCohort::new().await;
    let coordinator = browser_of(&app, COORDINATOR).await;
    let back = post_list_form(&app, &coordinator, cohort, ("", "")).await;
    assert!(back.starts_with(&format!("/groepen/{cohort}?__path=")), "{back}");
    let page = coordinator.get(app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("role=\"alert\""), "the reason is on the page");

    app.account("beoordelaar@centrum.be", Role::Assessor).await;
    let assessor = browser_of(&app, "beoordelaar@centrum.be").await;
    let back = post_list_form(
        &app,
        &assessor,
        cohort,
        ("lijst.csv", "voornaam;naam;e-mail\nAn;Peeters;an@centrum.be\n"),
    )
    .await;
    assert!(back.contains("__err="), "{back}");
    assert_eq!(app.rows("pending_import").await, 0, "nothing is kept for someone who may not enrol");
}

#[tokio::test]
async fn a_list_kept_for_its_preview_is_gone_after_a_day() {
    let EmptyCohort { app, cohort, .. } = EmptyCohort::new().await;
    let coordinator = browser_of(&app, COORDINATOR).await;
    let list = "voornaam;naam;e-mail\nAn;Peeters;an@centrum.be\n";
    post_list_form(&app, &coordinator, cohort, ("lijst.csv", list)).await;
    let now = chrono::Utc::now();
    let forget = |at: chrono::DateTime<chrono::Utc>| enrolment::forget_kept(&app.db, at.into());
    assert_eq!(forget(now + chrono::TimeDelta::hours(23)).await.unwrap(), 0, "kept for a day");
    assert_eq!(forget(now + chrono::TimeDelta::hours(25)).await.unwrap(), 1);
    assert_eq!(app.rows("pending_import").await, 0);
}

#[tokio::test]
async fn two_confirmations_of_a_kept_list_at_once_import_it_once() {
    let EmptyCohort { app, cohort, .. } = EmptyCohort::new().await;
    let coordinator = browser_of(&app, COORDINATOR).await;
    let list =
        "studentnummer;voornaam;achternaam;e-mail\n1;An;Peeters;an@centrum.be\n2;Bo;Maes;bo@centrum.be\n";
    let preview = post_list_form(&app, &coordinator, cohort, ("lijst.csv", list)).await;
    let kept = preview.rsplit('=').next().unwrap().to_owned();
    let (first, second) = tokio::join!(
        confirm_kept_list(&app, &coordinator, cohort, &kept),
        confirm_kept_list(&app, &coordinator, cohort, &kept)
    );
    let mut answers = [first, second];
    answers.sort();
    assert_eq!(answers[0], format!("/groepen/{cohort}?ingeschreven=2"), "{answers:?}");
    assert!(answers[1].contains("__err="), "the other finds the list gone: {answers:?}");
    assert_eq!(app.rows("enrolment").await, 2);
    assert_eq!(app.rows("pending_import").await, 0);
}

#[tokio::test]
async fn without_javascript_asking_for_a_password_link_says_it_was_sent() {
    use app::api::account::RequestPasswordReset;
    let app = spawn_app().await;
    let asked = browser()
        .post(app.url(RequestPasswordReset::PATH))
        .header("accept", "text/html")
        .header("referer", app.url("/wachtwoord-vergeten"))
        .form(&[("email", "iemand@centrum.be")])
        .send()
        .await
        .unwrap();
    assert!(asked.status().is_redirection(), "{}", asked.status());
    assert_eq!(asked.headers()[LOCATION], "/wachtwoord-vergeten?verstuurd=1");
    let page = browser()
        .get(app.url("/wachtwoord-vergeten?verstuurd=1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Als er een account"), "the page says a link is on its way");
}

#[tokio::test]
async fn without_javascript_a_refused_item_comes_back_as_it_was_typed_for_its_sender_only() {
    let world = World::new().await;
    let fields = [
        ("kind", "link"),
        ("title", "Stage bij Ωmega"),
        ("description", "Wat ik deed & waarom <b>"),
        ("date", "2026-11-20"),
        ("text", ""),
        ("url", "ftp://elders.example/verslag"),
        ("skill_ids[2]", M_IT_020[2]),
    ];
    let (landed, page) = post_evidence_form(&world, "/bewijsstukken", evidence_form(&fields, None)).await;
    assert!(landed.contains("&__kept="), "{landed}");
    assert!(page.contains(r#"value="Stage bij Ωmega""#), "the title as typed");
    let at = page.find("Wat ik deed").unwrap_or(0);
    assert!(
        page.contains("Wat ik deed &amp; waarom &lt;b&gt;</textarea>"),
        "the description, as text: {}",
        &page[at..at + 80]
    );
    assert!(page.contains(r#"value="ftp://elders.example/verslag""#), "the link as typed");
    assert!(page.contains(r#"value="2026-11-20""#), "the date");
    assert!(page.contains(r#"type="radio" name="kind" value="link" checked"#), "the kind chosen");
    let ticked = format!(r#"value="{}" checked"#, M_IT_020[2]);
    assert!(page.contains(&ticked), "the skill ticked");

    // The address is no key: another account sees the refusal, not what was typed.
    world.app.account("ander@centrum.be", Role::Student).await;
    let other = browser_of(&world.app, "ander@centrum.be").await;
    let theirs = other.get(world.app.url(&landed)).send().await.unwrap().text().await.unwrap();
    assert!(!theirs.contains("Ωmega") && !theirs.contains("ftp://elders"));
}

/// `S` posted as its plain form does from `page`; answers where the browser is sent, as a path
/// on the app.
async fn post_form<S: ServerFn>(
    app: &TestApp,
    browser: &Client,
    page: &str,
    fields: &[(&str, &str)],
) -> String {
    let response = browser
        .post(app.url(S::PATH))
        .header("accept", "text/html")
        .header("referer", app.url(page))
        .form(fields)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    let location = response.headers()[LOCATION].to_str().unwrap();
    location.strip_prefix(&app.base).unwrap_or(location).to_owned()
}

#[tokio::test]
async fn without_javascript_a_refused_new_cohort_keeps_its_fields_and_a_second_refusal_replaces_the_first() {
    let world = World::new().await;
    let coordinator = browser_of(&world.app, COORDINATOR).await;
    let fields = [
        ("input[name]", "Avond Łódź 2027"),
        ("input[framework]", "BO-IT-002"),
        ("input[school_year]", "2026-2027"),
        ("input[starts_on]", "2027-06-30"),
        ("input[ends_on]", "2027-01-01"),
    ];
    let back = post_form::<CreateCohort>(&world.app, &coordinator, "/groepen/nieuw", &fields).await;
    assert!(back.starts_with("/groepen/nieuw?__path=") && back.contains("&__kept="), "{back}");
    let page = coordinator.get(world.app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"value="Avond Łódź 2027""#), "the name as typed");
    assert!(page.contains(r#"value="2027-06-30""#) && page.contains(r#"value="2027-01-01""#), "the dates");
    assert!(page.contains(r#"selected value="BO-IT-002""#), "the framework chosen");
    assert_eq!(page.matches(r#"role="alert""#).count(), 1, "one refusal shown");

    // Refused again from the page it came back to: one refusal in the address, the new form kept.
    let again = post_form::<CreateCohort>(&world.app, &coordinator, &back, &fields).await;
    assert_eq!(again.matches("__err=").count(), 1, "{again}");
    assert_eq!(again.matches("__kept=").count(), 1, "{again}");
    assert_ne!(again, back, "the new form is kept anew");
}

#[tokio::test]
async fn passwords_typed_into_a_refused_form_are_never_kept() {
    let world = World::new().await;
    let student = browser_of(&world.app, crate::common::world::STUDENT).await;
    let fields = [
        ("current", "niet-mijn-wachtwoord"),
        ("password", "Een nieuw wachtwoord!"),
        ("repeat", "Een nieuw wachtwoord!"),
    ];
    let back = post_form::<ChangePassword>(&world.app, &student, "/mijn-account", &fields).await;
    assert!(back.starts_with("/mijn-account?__path="), "refused: {back}");
    assert!(!back.contains("__kept"), "nothing else was typed, so nothing is kept: {back}");
    let page = student.get(world.app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("niet-mijn-wachtwoord") && !page.contains("Een nieuw wachtwoord"));
}

#[tokio::test]
async fn without_javascript_a_change_saved_on_its_page_says_so_there() {
    let world = World::new().await;
    let id = world.app.upload_reflection(&world.student, &[M_IT_020[0]]).await;
    let student = browser_of(&world.app, crate::common::world::STUDENT).await;
    let page = format!("/bewijsstukken/{id}");
    let fields = [
        ("id", id.to_string()),
        ("edit[title]", "Reflectie, herschreven".into()),
        ("edit[description]", "</textarea><b>vet</b>".into()),
        ("edit[date]", "2026-11-22".into()),
        ("edit[text]", "Wat ik nu weet.".into()),
    ];
    let fields: Vec<_> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let back = post_form::<UpdateEvidence>(&world.app, &student, &page, &fields).await;
    assert_eq!(back, format!("{page}?__done=1"));
    let shown = student.get(world.app.url(&back)).send().await.unwrap().text().await.unwrap();
    assert!(
        shown.contains(r#"<p class="notice">Gelukt: je wijziging is bewaard.<!></p>"#),
        "said on the page"
    );
    assert!(shown.contains("&lt;/textarea&gt;&lt;b&gt;vet&lt;/b&gt;</textarea>"), "typed markup stays text");
    assert!(!shown.contains("<b>vet</b>"));
}

/// The cohort form as the coordinator's test posts it, with a name to tell the posts apart; the
/// dates are the wrong way round, so it is refused.
fn refused_cohort(name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("input[name]", name.to_owned()),
        ("input[framework]", "BO-IT-002".into()),
        ("input[school_year]", "2026-2027".into()),
        ("input[starts_on]", "2027-06-30".into()),
        ("input[ends_on]", "2027-01-01".into()),
    ]
}

#[tokio::test]
async fn only_the_newest_forms_are_kept_and_none_its_sender_may_not_send() {
    let world = World::new().await;
    let coordinator = browser_of(&world.app, COORDINATOR).await;
    let mut addresses = Vec::new();
    for n in 0..11 {
        let fields = refused_cohort(&format!("Groep {n}"));
        let fields: Vec<_> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
        addresses.push(post_form::<CreateCohort>(&world.app, &coordinator, "/groepen/nieuw", &fields).await);
    }
    let page = |address: &String| {
        let coordinator = &coordinator;
        let url = world.app.url(address);
        async move { coordinator.get(url).send().await.unwrap().text().await.unwrap() }
    };
    assert!(!page(&addresses[0]).await.contains(r#"value="Groep 0""#), "the oldest is forgotten");
    assert!(page(&addresses[1]).await.contains(r#"value="Groep 1""#), "the newest ten are kept");
    assert!(page(&addresses[10]).await.contains(r#"value="Groep 10""#));

    // A student may not create a cohort: the refusal comes back, the form is not kept.
    let student = browser_of(&world.app, crate::common::world::STUDENT).await;
    let fields = refused_cohort("Niet de mijne");
    let fields: Vec<_> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let back = post_form::<CreateCohort>(&world.app, &student, "/", &fields).await;
    assert!(back.starts_with("/?__path=") && !back.contains("__kept"), "{back}");
}

#[tokio::test]
async fn a_refused_plain_post_goes_back_to_a_page_of_this_site_only() {
    let world = World::new().await;
    let coordinator = browser_of(&world.app, COORDINATOR).await;
    let fields = refused_cohort("Elders");
    let fields: Vec<_> = fields.iter().map(|(name, value)| (*name, value.as_str())).collect();
    // From this site (its Origin), with a Referer a browser would not send.
    let post = |referer: &'static str| {
        coordinator
            .post(world.app.url(CreateCohort::PATH))
            .header("accept", "text/html")
            .header("origin", world.app.base.as_str())
            .header("referer", referer)
            .form(&fields)
            .send()
    };
    // Another host's page: its path here, with the refusal.
    let response = post("http://elders.example/groepen/nieuw").await.unwrap();
    let location = response.headers()[LOCATION].to_str().unwrap();
    assert!(location.starts_with("/groepen/nieuw?__path=") && location.contains("__err="), "{location}");
    // An address a browser would read as another host (server_fn cannot add the refusal to it):
    // home, and never "done".
    let response = post("//elders.example/x").await.unwrap();
    assert_eq!(response.headers()[LOCATION], "/");
}
