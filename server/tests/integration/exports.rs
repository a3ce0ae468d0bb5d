//! Every name and every date in every output: the PDF report prints names from every European
//! script as written, the CSV and Excel files say what the page says (the "Aandacht" flag
//! included) and cannot carry a formula, and dates are Brussels days.

use crate::common::{pdf_text, spawn_app, TestApp, PASSWORD};
use app::server::services::accounts;
use chrono::Utc;
use domain::Role;
use reqwest::StatusCode;
use serde_json::json;

/// The skills of unit M IT 020 of BO-IT-002, from the built-in catalog file.
fn unit_skills(unit: &str) -> Vec<String> {
    let framework = domain::parse_framework(include_str!("../../../catalog/BO-IT-002.json")).unwrap();
    let unit = framework.unit(&domain::UnitCode::new(unit)).expect("unit in the catalog");
    unit.skills().map(|skill| skill.id.to_string()).collect()
}

/// A student account with a name as the centre's list writes it.
async fn named_student(app: &TestApp, email: &str, name: &str) -> i64 {
    let mut conn = app.db.acquire().await.expect("connection");
    accounts::create(&mut conn, email, name, Role::Student, Some(PASSWORD.into()), Utc::now().into())
        .await
        .expect("account created")
        .account
        .id
        .get()
}

#[tokio::test]
async fn every_name_prints_in_the_pdf_as_written() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let names = [
        "Ayşe Yılmaz",
        "Łukasz Wróblewski",
        "Tomáš Šimek",
        "Ștefan Țurcanu",
        "Œlla Cœurdelion",
        "Ελένη Παπαδοπούλου",
        "Дмитрий Иванов",
        "Nguyễn Thị Minh Khai",
    ];
    let mut students = Vec::new();
    for (n, name) in names.iter().enumerate() {
        students.push(named_student(&app, &format!("cursist{n}@centrum.be"), name).await);
    }
    // Accents sent decomposed (NFD), as macOS writes them.
    students.push(named_student(&app, "helene@centrum.be", "He\u{301}le\u{300}ne Dubois").await);
    let cohort = app.cohort("Avond · Gent", "BO-IT-002", &students, &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;

    for query in ["", "?detail=true"] {
        let bytes = app.get_bytes(&coordinator, &format!("/api/v1/cohorts/{cohort}/report.pdf{query}")).await;
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf_text(&bytes);
        for name in names.iter().chain(&["Hélène Dubois"]) {
            assert!(text.contains(name), "{name} in the PDF{query}: {text}");
        }
        assert!(!text.contains('?'), "no letter replaced: {text}");
        assert!(text.contains("Avond · Gent"));
        assert!(text.contains("CVO Testcentrum"));
    }
}

#[tokio::test]
async fn a_unit_awarded_then_revoked_reads_aandacht_in_the_csv_and_excel_and_awards_are_brussels_days() {
    let app = spawn_app().await;
    let assessor_id = app.account("beoordelaar@centrum.be", Role::Assessor).await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let student = named_student(&app, "ayse@centrum.be", "Ayşe Yılmaz").await;
    let cohort = app.cohort("Avond", "BO-IT-002", &[student], &[assessor_id]).await;
    let assessor = app.signed_in("beoordelaar@centrum.be").await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let skills = unit_skills("M IT 020");
    app.decide(&assessor, student, &skills, "achieved", "Getoetst.").await;
    let award = coordinator
        .post(app.url(&format!("/api/v1/students/{student}/awards")))
        .json(&json!({ "unit_code": "M IT 020" }))
        .send()
        .await
        .unwrap();
    assert_eq!(award.status(), StatusCode::CREATED);
    app.decide(&assessor, student, &skills[..1], "not_yet", "Getoetst.").await;
    // The award as if made at 00:30 Brussels summer time on 30 March: 22:30 UTC the day before.
    sqlx::query("update award set awarded_at = '2026-03-29T22:30:00.000000Z' where student_id = $1")
        .bind(student)
        .execute(&app.db)
        .await
        .expect("award moved");

    let overview = app.get_json(&coordinator, &format!("/api/v1/cohorts/{cohort}/readiness")).await;
    assert_eq!(overview["students"][0]["units"][0]["needs_attention"], true);

    let csv = app.get_bytes(&coordinator, &format!("/api/v1/cohorts/{cohort}/readiness.csv")).await;
    let csv = String::from_utf8(csv).unwrap();
    let row = csv.split("\r\n").nth(1).unwrap();
    assert!(row.starts_with("Ayşe Yılmaz;Aandacht (5/6);Niet gestart (0/"), "{row}");
    assert!(row.ends_with(";5;133;Nog niet"), "{row}");

    let xlsx = app.get_bytes(&coordinator, &format!("/api/v1/cohorts/{cohort}/readiness.xlsx")).await;
    let xlsx = String::from_utf8_lossy(&xlsx);
    assert!(
        xlsx.contains(r#"<c r="B2" t="inlineStr"><is><t xml:space="preserve">Aandacht (5/6)</t></is></c>"#),
        "{xlsx}"
    );
    assert!(xlsx.contains(r#"<t xml:space="preserve">Ayşe Yılmaz</t>"#));

    let pdf = app.get_bytes(&coordinator, &format!("/api/v1/cohorts/{cohort}/report.pdf")).await;
    let text = pdf_text(&pdf);
    assert!(text.contains("M IT 020 (30/03/2026, coordinator, Aandacht)"), "{text}");

    // A decision at 00:30 Brussels winter time on 26 October: 23:30 UTC the day before.
    sqlx::query("update decision set decided_at = '2026-10-25T23:30:00.000000Z' where skill_id = $1")
        .bind(&skills[0])
        .execute(&app.db)
        .await
        .expect("decisions moved");
    let progress = app.get_json(&coordinator, &format!("/api/v1/students/{student}/progress")).await;
    let decision = &crate::common::skill(&progress, &skills[0])["decisions"][0];
    assert_eq!(decision["decided_at"], "2026-10-25T23:30:00.000000Z");
    assert_eq!(decision["decided_on"], "2026-10-26");
}

#[tokio::test]
async fn a_name_that_looks_like_a_formula_stays_text_in_the_csv_and_excel() {
    let app = spawn_app().await;
    app.account("coordinator@centrum.be", Role::Coordinator).await;
    let formula = "=HYPERLINK(\"http://example.com\";\"Klik\")";
    let mut students = Vec::new();
    for (n, name) in [formula, "+32 Peeters", "-Claes An", "@Aerts Bo"].iter().enumerate() {
        students.push(named_student(&app, &format!("cursist{n}@centrum.be"), name).await);
    }
    let cohort = app.cohort("Avond", "BO-IT-002", &students, &[]).await;
    let coordinator = app.signed_in("coordinator@centrum.be").await;
    let csv = app.get_bytes(&coordinator, &format!("/api/v1/cohorts/{cohort}/readiness.csv")).await;
    let csv = String::from_utf8(csv).unwrap();
    for line in csv.split("\r\n").skip(1).filter(|line| !line.is_empty()) {
        assert!(
            line.starts_with("\"'=HYPERLINK(") || line.starts_with('\''),
            "every formula-like name neutralised: {line}"
        );
    }
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://example.com\"\";\"\"Klik\"\")\";"));
    assert!(csv.contains("\r\n'+32 Peeters;"));
    assert!(csv.contains("\r\n'-Claes An;"));
    assert!(csv.contains("\r\n'@Aerts Bo;"));

    let xlsx = app.get_bytes(&coordinator, &format!("/api/v1/cohorts/{cohort}/readiness.xlsx")).await;
    let xlsx = String::from_utf8_lossy(&xlsx);
    assert!(xlsx.contains(
        r#"t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://example.com&quot;;&quot;Klik&quot;)</t>"#
    ));
    assert!(!xlsx.contains("<f>"), "no formula cell in the workbook");
}
