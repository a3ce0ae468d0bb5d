//! The `vaardig` command line against a real SQLite file in a temporary data folder.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use tempfile::TempDir;

fn vaardig(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaardig"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("VAARDIG_DATABASE_URL")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vaardig starts");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("stdin written");
    child.wait_with_output().expect("vaardig finishes")
}

fn succeeds(data: &Path, args: &[&str]) -> String {
    let output = vaardig(data, args, "");
    assert!(output.status.success(), "vaardig {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn fails(data: &Path, args: &[&str], stdin: &str) -> String {
    let output = vaardig(data, args, stdin);
    assert!(!output.status.success(), "vaardig {args:?} should fail");
    String::from_utf8(output.stderr).expect("UTF-8 errors")
}

fn export(data: &Path, code: &str) -> Value {
    serde_json::from_str(&succeeds(data, &["catalog", "export", code])).expect("export is JSON")
}

fn write_file(dir: &TempDir, name: &str, content: &Value) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(content).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

fn small_framework() -> Value {
    json!({
        "code": "BK-TEST-1", "title": "Testkwalificatie", "kind": "beroepskwalificatie", "level": 3,
        "units": [{ "code": "A", "title": "Blok A", "competencies": [
            { "nr": "1", "title": "Werkt veilig", "knowledge": ["Kennis van veiligheid"], "skills": [
                { "id": "BK-TEST-1.A.1.1", "text": "Draagt beschermkledij" },
                { "id": "BK-TEST-1.A.1.2", "text": "Meldt gevaren" }
            ]}
        ]}]
    })
}

#[test]
fn catalog_list_prints_each_framework_with_its_counts() {
    let data = TempDir::new().unwrap();
    let list = succeeds(data.path(), &["catalog", "list"]);
    let lines: Vec<_> = list.lines().collect();
    assert_eq!(lines.len(), 2, "{list}");
    assert!(
        lines[0].starts_with("BK-0547-2\tFunctioneel Digitaal Ondersteuner\t7 units\t22 competencies\t"),
        "{list}"
    );
    assert!(lines[1].starts_with("BO-IT-002\tDigitale Gebruikersondersteuner\t11 units\t"), "{list}");
}

#[test]
fn catalog_export_prints_the_catalog_file_format() {
    let data = TempDir::new().unwrap();
    let framework = export(data.path(), "BO-IT-002");
    assert_eq!(framework["kind"], "opleidingsprofiel");
    assert_eq!(framework["total_lestijden"], 640);
    assert_eq!(framework["units"][0]["code"], "M IT 020");
    assert_eq!(framework["units"][0]["competencies"][0]["nr"], "7");
    assert_eq!(framework["units"][0]["competencies"][0]["skills"][0]["id"], "BO-IT-002.M-IT-020.7.1");

    let unknown = fails(data.path(), &["catalog", "export", "BESTAAT-NIET"], "");
    assert!(unknown.contains("BESTAAT-NIET"), "{unknown}");
}

#[test]
fn importing_a_malformed_file_names_the_place_and_changes_nothing() {
    let data = TempDir::new().unwrap();
    let before = export(data.path(), "BO-IT-002");

    // A file that would change the title, but whose fourth unit is broken further down.
    let mut broken = before.clone();
    broken["title"] = json!("Gewijzigde titel");
    broken["units"][3]["competencies"][0].as_object_mut().unwrap().remove("title");
    let file = write_file(&data, "broken.json", &broken);
    let error = fails(data.path(), &["catalog", "import", &file], "");
    assert!(error.contains("units[3].competencies[0].title: missing"), "{error}");
    assert_eq!(export(data.path(), "BO-IT-002"), before);

    let not_json = data.path().join("kapot.json");
    std::fs::write(&not_json, "{ \"code\": ").unwrap();
    let error = fails(data.path(), &["catalog", "import", not_json.to_str().unwrap()], "");
    assert!(error.contains("not valid JSON"), "{error}");
    assert_eq!(export(data.path(), "BO-IT-002"), before);
}

#[test]
fn importing_skill_ids_of_another_framework_is_refused() {
    let data = TempDir::new().unwrap();
    let mut thief = small_framework();
    thief["units"][0]["competencies"][0]["skills"][1]["id"] = json!("BO-IT-002.M-IT-020.7.1");
    let file = write_file(&data, "thief.json", &thief);
    let error = fails(data.path(), &["catalog", "import", &file], "");
    assert!(
        error.contains("units[0].competencies[0].skills[1].id: skill id 'BO-IT-002.M-IT-020.7.1' already belongs to framework BO-IT-002"),
        "{error}"
    );
    assert!(!succeeds(data.path(), &["catalog", "list"]).contains("BK-TEST-1"));
}

#[test]
fn an_import_adds_then_updates_and_never_deletes_a_skill() {
    let data = TempDir::new().unwrap();
    let file = write_file(&data, "test.json", &small_framework());
    assert_eq!(succeeds(data.path(), &["catalog", "import", &file]).trim(), "BK-TEST-1: added");
    assert_eq!(succeeds(data.path(), &["catalog", "import", &file]).trim(), "BK-TEST-1: unchanged");

    let mut revised = small_framework();
    revised["title"] = json!("Testkwalificatie (herzien)");
    revised["units"][0]["competencies"][0]["skills"] = json!([
        { "id": "BK-TEST-1.A.1.1", "text": "Draagt de voorgeschreven beschermkledij" },
        { "id": "BK-TEST-1.A.1.3", "text": "Ruimt de werkplek op" }
    ]);
    let file = write_file(&data, "test.json", &revised);
    assert_eq!(succeeds(data.path(), &["catalog", "import", &file]).trim(), "BK-TEST-1: updated");

    let exported = export(data.path(), "BK-TEST-1");
    assert_eq!(exported["title"], "Testkwalificatie (herzien)");
    assert_eq!(
        exported["units"][0]["competencies"][0]["skills"],
        revised["units"][0]["competencies"][0]["skills"]
    );

    // The dropped skill is retired, not deleted, so decisions about it keep their meaning.
    let retired = sqlite_scalar(data.path(), "select active from skill where skill_id = 'BK-TEST-1.A.1.2'");
    assert_eq!(retired, "0");
}

#[test]
fn the_demo_fills_an_empty_database_once() {
    let data = TempDir::new().unwrap();
    let output = succeeds(data.path(), &["demo", "--json"]);
    let logins: Vec<Value> =
        output.lines().map(|line| serde_json::from_str(line).expect("JSON line")).collect();
    assert_eq!(logins.len(), 16);
    let count = |role: &str| logins.iter().filter(|login| login["role"] == role).count();
    assert_eq!((count("student"), count("assessor"), count("coordinator"), count("admin")), (12, 2, 1, 1));
    assert!(logins.iter().all(|login| login["password"].as_str().is_some_and(|p| p.len() >= 12)));

    let refusal = fails(data.path(), &["demo"], "");
    assert!(refusal.contains("lege databank"), "{refusal}");
    assert_eq!(sqlite_scalar(data.path(), "select count(*) from account"), "16");
}

#[test]
fn user_add_reads_the_password_from_stdin_or_generates_one() {
    let data = TempDir::new().unwrap();
    let args = ["user", "add", "--email", "Lies@Centrum.be", "--name", "Lies Wouters", "--role", "assessor"];
    let output = vaardig(data.path(), &args, "mijn-geheim-wachtwoord\n");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed = String::from_utf8(output.stdout).unwrap();
    assert!(printed.starts_with("created assessor lies@centrum.be"), "{printed}");
    assert!(!printed.contains("password:"), "a given password is not echoed");

    let duplicate = fails(data.path(), &args, "nog-een-wachtwoord\n");
    assert!(duplicate.contains("lies@centrum.be"), "{duplicate}");

    let generated = succeeds(
        data.path(),
        &["user", "add", "--email", "jan@centrum.be", "--name", "Jan", "--role", "student"],
    );
    assert!(generated.lines().any(|line| line.starts_with("password: ")), "{generated}");

    let short = fails(
        data.path(),
        &["user", "add", "--email", "kort@centrum.be", "--name", "K", "--role", "student"],
        "kort\n",
    );
    assert!(short.contains("minstens 8"), "{short}");
    let role = fails(
        data.path(),
        &["user", "add", "--email", "x@centrum.be", "--name", "X", "--role", "docent"],
        "",
    );
    assert!(role.contains("docent"), "{role}");
}

/// One value from the database file, read with sqlite's own rules (via the app's storage layer).
fn sqlite_scalar(data: &Path, sql: &str) -> String {
    let url = format!("sqlite://{}?mode=rw", data.join("vaardig.db").display());
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let pool = app::server::storage::connect(&url).await.expect("database opens");
        let row: (String,) =
            sqlx::query_as(&format!("select cast(({sql}) as text)")).fetch_one(&pool).await.expect("query");
        row.0
    })
}
