//! The `vaardig` command line against a real database (as the other integration tests: a SQLite
//! file in a temporary data folder, or a fresh PostgreSQL database).

use crate::common;

use std::io::{BufRead, Write};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tempfile::TempDir;

/// A data folder and the database the commands run against.
struct Site {
    dir: TempDir,
    database_url: String,
}

impl Site {
    fn new() -> Site {
        let dir = TempDir::new().unwrap();
        let fresh = runtime().block_on(common::fresh_database());
        let database_url =
            fresh.unwrap_or_else(|| format!("sqlite://{}?mode=rwc", dir.path().join("vaardig.db").display()));
        Site { dir, database_url }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Runtime::new().unwrap()
}

fn vaardig(site: &Site, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaardig"))
        .arg("--data-dir")
        .arg(site.dir.path())
        .args(args)
        .env("VAARDIG_DATABASE_URL", &site.database_url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vaardig starts");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("stdin written");
    child.wait_with_output().expect("vaardig finishes")
}

fn succeeds(data: &Site, args: &[&str]) -> String {
    let output = vaardig(data, args, "");
    assert!(output.status.success(), "vaardig {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn fails(data: &Site, args: &[&str], stdin: &str) -> String {
    let output = vaardig(data, args, stdin);
    assert!(!output.status.success(), "vaardig {args:?} should fail");
    String::from_utf8(output.stderr).expect("UTF-8 errors")
}

fn export(data: &Site, code: &str) -> Value {
    serde_json::from_str(&succeeds(data, &["catalog", "export", code])).expect("export is JSON")
}

fn write_file(site: &Site, name: &str, content: &Value) -> String {
    let path = site.dir.path().join(name);
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
    let data = Site::new();
    let list = succeeds(&data, &["catalog", "list"]);
    let lines: Vec<_> = list.lines().collect();
    assert_eq!(lines.len(), 5, "{list}");
    assert!(
        lines[0]
            .starts_with("BK-0331-4\tDigitale Gebruikersondersteuner\t6 units\t17 competencies\t104 skills"),
        "{list}"
    );
    assert!(
        lines[1]
            .starts_with("BK-0385-2\tTechnicus digitale systemen en netwerken\t1 units\t21 competencies\t"),
        "{list}"
    );
    assert!(
        lines[2].starts_with("BK-0547-2\tFunctioneel Digitaal Ondersteuner\t7 units\t22 competencies\t"),
        "{list}"
    );
    assert!(lines[3].starts_with("BO-IT-002\tDigitale Gebruikersondersteuner\t11 units\t"), "{list}");
    assert!(
        lines[4].starts_with(
            "MBO-IT-SYSTEMS-AND-DEVICES\tIT systems and devices\t5 units\t12 competencies\t46 skills"
        ),
        "{list}"
    );
}

#[test]
fn catalog_export_prints_the_catalog_file_format() {
    let data = Site::new();
    let framework = export(&data, "BO-IT-002");
    assert_eq!(framework["kind"], "opleidingsprofiel");
    assert_eq!(framework["total_lestijden"], 640);
    assert_eq!(framework["units"][0]["code"], "M IT 020");
    assert_eq!(framework["units"][0]["competencies"][0]["nr"], "7");
    assert_eq!(framework["units"][0]["competencies"][0]["skills"][0]["id"], "BO-IT-002.M-IT-020.7.1");

    let unknown = fails(&data, &["catalog", "export", "BESTAAT-NIET"], "");
    assert!(unknown.contains("BESTAAT-NIET"), "{unknown}");
}

#[test]
fn importing_a_malformed_file_names_the_place_and_changes_nothing() {
    let data = Site::new();
    let before = export(&data, "BO-IT-002");

    // A file that would change the title, but whose fourth unit is broken further down.
    let mut broken = before.clone();
    broken["title"] = json!("Gewijzigde titel");
    broken["units"][3]["competencies"][0].as_object_mut().unwrap().remove("title");
    let file = write_file(&data, "broken.json", &broken);
    let error = fails(&data, &["catalog", "import", &file], "");
    assert!(error.contains("units[3].competencies[0]: \"title\" is a required property"), "{error}");
    assert_eq!(export(&data, "BO-IT-002"), before);

    let not_json = data.dir.path().join("kapot.json");
    std::fs::write(&not_json, "{ \"code\": ").unwrap();
    let error = fails(&data, &["catalog", "import", not_json.to_str().unwrap()], "");
    assert!(error.contains("not valid JSON"), "{error}");
    assert_eq!(export(&data, "BO-IT-002"), before);
}

#[test]
fn catalog_diff_shows_what_a_file_would_add_reword_and_retire_and_changes_nothing() {
    let data = Site::new();
    let before = export(&data, "BK-0331-4");
    let mut revised = before.clone();
    let skills = revised["units"][0]["competencies"][0]["skills"].as_array_mut().unwrap();
    skills[0]["text"] = json!("Communiceert helder");
    skills.remove(1);
    skills.push(json!({ "id": "BK-0331-4.PP.1.8", "text": "Werkt samen op afstand" }));
    let file = write_file(&data, "revised.json", &revised);
    assert_eq!(
        succeeds(&data, &["catalog", "diff", &file]),
        "BK-0331-4 (version 1 stored): 1 added, 1 reworded, 1 retired\n\
         + BK-0331-4.PP.1.8 (PP / 1): Werkt samen op afstand\n\
         ~ BK-0331-4.PP.1.1: \"Communiceert effectief en efficiënt\" -> \"Communiceert helder\"\n\
         - BK-0331-4.PP.1.2 (PP / 1): Wisselt informatie uit\n"
    );
    assert_eq!(export(&data, "BK-0331-4"), before);

    // Saved by Notepad as "UTF-8 with BOM": read as any text file is.
    let with_bom = data.dir.path().join("bom.json");
    std::fs::write(
        &with_bom,
        [b"\xEF\xBB\xBF".as_slice(), small_framework().to_string().as_bytes()].concat(),
    )
    .unwrap();
    assert!(succeeds(&data, &["catalog", "diff", with_bom.to_str().unwrap()])
        .starts_with("BK-TEST-1 (not stored yet)"));

    let new = write_file(&data, "new.json", &small_framework());
    let listed = succeeds(&data, &["catalog", "diff", &new]);
    assert!(
        listed.starts_with("BK-TEST-1 (not stored yet): 2 added, 3 reworded, 0 retired\n+ BK-TEST-1.A.1.1"),
        "{listed}"
    );
    assert!(listed.contains("~ A: \"\" -> \"Blok A\"\n~ A / 1: \"\" -> \"Werkt veilig\"\n"), "{listed}");
}

#[test]
fn crosswalks_are_listed_exported_and_imported_whole() {
    let data = Site::new();
    assert_eq!(
        succeeds(&data, &["crosswalk", "list"]),
        "BK-0331-4 -> BK-0547-2\nBK-0547-2 -> BK-0331-4\nBO-IT-002 -> BK-0331-4\n"
    );
    let exported: Value =
        serde_json::from_str(&succeeds(&data, &["crosswalk", "export", "BO-IT-002", "BK-0331-4"])).unwrap();
    assert_eq!((exported["from"].as_str(), exported["to"].as_str()), (Some("BO-IT-002"), Some("BK-0331-4")));
    // Competency 1 of BK-0331-4 shares no text with M IT 024's competency 1, only the number.
    assert_eq!(exported["links"][0]["kind"], "related");
    assert_eq!(exported["links"][0]["from"][0], "BO-IT-002.M-IT-024.1.1");
    assert_eq!(exported["links"][0]["to"].as_array().unwrap().len(), 7);

    let mut own = exported.clone();
    own["links"] =
        json!([{ "kind": "related", "from": ["BO-IT-002.M-IT-020.7.1"], "to": ["BK-0331-4.PP.1.1"] }]);
    let file = write_file(&data, "crosswalk.json", &own);
    assert_eq!(succeeds(&data, &["crosswalk", "import", &file]).trim(), "BO-IT-002 -> BK-0331-4: imported");
    let stored: Value =
        serde_json::from_str(&succeeds(&data, &["crosswalk", "export", "BO-IT-002", "BK-0331-4"])).unwrap();
    assert_eq!(stored, own);

    own["links"][0]["to"] = json!(["BK-0547-2.PP.1.1"]);
    let file = write_file(&data, "wrong.json", &own);
    let error = fails(&data, &["crosswalk", "import", &file], "");
    assert!(error.contains("links[0].to[0]: 'BK-0547-2.PP.1.1' is not a skill of this framework"), "{error}");
    assert_eq!(
        serde_json::from_str::<Value>(&succeeds(&data, &["crosswalk", "export", "BO-IT-002", "BK-0331-4"]))
            .unwrap(),
        stored
    );
}

#[test]
fn importing_skill_ids_of_another_framework_is_refused() {
    let data = Site::new();
    let mut thief = small_framework();
    thief["units"][0]["competencies"][0]["skills"][1]["id"] = json!("BO-IT-002.M-IT-020.7.1");
    let file = write_file(&data, "thief.json", &thief);
    let error = fails(&data, &["catalog", "import", &file], "");
    assert!(
        error.contains("units[0].competencies[0].skills[1].id: skill id 'BO-IT-002.M-IT-020.7.1' must start with the framework's code 'BK-TEST-1.'"),
        "{error}"
    );
    // A code that starts like another framework's skill ids cannot take them either.
    let mut thief = small_framework();
    thief["code"] = json!("BO-IT-002.M-IT-020");
    thief["units"][0]["competencies"][0]["skills"] =
        json!([{ "id": "BO-IT-002.M-IT-020.7.1", "text": "Gestolen" }]);
    let file = write_file(&data, "thief.json", &thief);
    let error = fails(&data, &["catalog", "diff", &file], "");
    assert!(
        error.contains("units[0].competencies[0].skills[0].id: skill id 'BO-IT-002.M-IT-020.7.1' already belongs to framework BO-IT-002"),
        "{error}"
    );
    assert!(!succeeds(&data, &["catalog", "list"]).contains("BK-TEST-1"));
}

#[test]
fn an_import_adds_then_updates_and_never_deletes_a_skill() {
    let data = Site::new();
    let file = write_file(&data, "test.json", &small_framework());
    assert_eq!(succeeds(&data, &["catalog", "import", &file]).trim(), "BK-TEST-1: added");
    assert_eq!(succeeds(&data, &["catalog", "import", &file]).trim(), "BK-TEST-1: unchanged");

    let mut revised = small_framework();
    revised["title"] = json!("Testkwalificatie (herzien)");
    revised["units"][0]["competencies"][0]["skills"] = json!([
        { "id": "BK-TEST-1.A.1.1", "text": "Draagt de voorgeschreven beschermkledij" },
        { "id": "BK-TEST-1.A.1.3", "text": "Ruimt de werkplek op" }
    ]);
    let file = write_file(&data, "test.json", &revised);
    assert_eq!(succeeds(&data, &["catalog", "import", &file]).trim(), "BK-TEST-1: updated");

    let exported = export(&data, "BK-TEST-1");
    assert_eq!(exported["version"], 1, "a file without a version is recorded one newer each time");
    assert_eq!(exported["title"], "Testkwalificatie (herzien)");
    assert_eq!(
        exported["units"][0]["competencies"][0]["skills"],
        revised["units"][0]["competencies"][0]["skills"]
    );

    // The dropped skill is retired, not deleted, so decisions about it keep their meaning.
    let retired = scalar(&data, "select active from skill where skill_id = 'BK-TEST-1.A.1.2'");
    assert_eq!(retired, "0");
}

#[test]
fn the_demo_fills_an_empty_database_once() {
    let data = Site::new();
    let output = succeeds(&data, &["demo", "--json"]);
    let logins: Vec<Value> =
        output.lines().map(|line| serde_json::from_str(line).expect("JSON line")).collect();
    assert_eq!(logins.len(), 18);
    let count = |role: &str| logins.iter().filter(|login| login["role"] == role).count();
    assert_eq!((count("student"), count("assessor"), count("coordinator"), count("admin")), (14, 2, 1, 1));
    assert!(logins.iter().all(|login| login["password"].as_str().is_some_and(|p| p.len() >= 12)));

    let refusal = fails(&data, &["demo"], "");
    assert!(refusal.contains("lege databank"), "{refusal}");
    assert_eq!(scalar(&data, "select count(*) from account"), "18");
}

#[test]
fn user_add_reads_the_password_from_stdin_or_generates_one() {
    let data = Site::new();
    let args = ["user", "add", "--email", "Lies@Centrum.be", "--name", "Lies Wouters", "--role", "assessor"];
    let output = vaardig(&data, &args, "mijn-geheim-wachtwoord\n");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed = String::from_utf8(output.stdout).unwrap();
    assert!(printed.starts_with("created assessor lies@centrum.be"), "{printed}");
    assert!(!printed.contains("password:"), "a given password is not echoed");

    let duplicate = fails(&data, &args, "nog-een-wachtwoord\n");
    assert!(duplicate.contains("lies@centrum.be"), "{duplicate}");

    let generated =
        succeeds(&data, &["user", "add", "--email", "jan@centrum.be", "--name", "Jan", "--role", "student"]);
    assert!(generated.lines().any(|line| line.starts_with("password: ")), "{generated}");

    let short = fails(
        &data,
        &["user", "add", "--email", "kort@centrum.be", "--name", "K", "--role", "student"],
        "kort\n",
    );
    assert!(short.contains("minstens 12"), "{short}");
    let role =
        fails(&data, &["user", "add", "--email", "x@centrum.be", "--name", "X", "--role", "docent"], "");
    assert!(role.contains("docent"), "{role}");
}

/// Starts `vaardig serve` and answers its log lines as they come, until `wanted` of them match
/// `pattern` (or ten seconds pass); checks the server is still running, waiting, then stops it.
fn serve_until_logged(site: &Site, database_url: &str, pattern: &str, wanted: usize) -> Vec<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_vaardig"))
        .args(["--data-dir", site.dir.path().to_str().unwrap(), "serve", "--addr", "127.0.0.1:0"])
        .env("VAARDIG_DATABASE_URL", database_url)
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vaardig starts");
    let (lines, received) = std::sync::mpsc::channel();
    let stderr = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut matching = Vec::new();
    while matching.len() < wanted {
        let left = deadline.saturating_duration_since(Instant::now());
        match received.recv_timeout(left) {
            Ok(line) if line.contains(pattern) => matching.push(line),
            Ok(_) => {}
            Err(_) => break,
        }
    }
    let still_running = child.try_wait().expect("status").is_none();
    child.kill().expect("stopped");
    child.wait().expect("reaped");
    assert!(still_running, "the server waits instead of exiting");
    assert_eq!(matching.len(), wanted, "log lines with '{pattern}': {matching:?}");
    matching
}

#[test]
fn the_server_waits_for_an_unreachable_database() {
    let site = Site::new();
    let lines = serve_until_logged(&site, "postgres://vaardig:geheim@127.0.0.1:1/vaardig", "trying again", 2);
    assert!(lines[0].contains("cannot migrate the database postgres://…@127.0.0.1:1/vaardig"), "{lines:?}");
    assert!(lines[0].contains("cannot reach the database"), "{lines:?}");
    assert!(!lines[0].contains("geheim"), "no password in the log");
    assert!(
        lines[0].ends_with("trying again in 1 s") && lines[1].ends_with("trying again in 2 s"),
        "{lines:?}"
    );
}

#[test]
fn a_database_url_that_cannot_work_stops_the_server_with_the_reason() {
    let site = Site::new();
    let refused =
        fails(&site, &["serve", "--addr", "127.0.0.1:0", "--database-url", "mysql://v@127.0.0.1/v"], "");
    assert!(refused.contains("unsupported database URL 'mysql://…@127.0.0.1/v'"), "{refused}");
    assert!(!refused.contains("trying again"), "{refused}");
}

#[test]
fn a_schema_newer_than_the_program_is_reported_and_waited_out() {
    let site = Site::new();
    succeeds(&site, &["migrate"]);
    runtime().block_on(async {
        let db = app::server::storage::connect(&site.database_url, Default::default()).await.unwrap();
        sqlx::query(
            "insert into _sqlx_migrations (version, description, success, checksum, execution_time)
             values ($1, $2, $3, $4, $5)",
        )
        .bind(29_991_231_000_000_i64)
        .bind("from a later version")
        .bind(true)
        .bind(vec![0u8; 48])
        .bind(1_i64)
        .execute(&db)
        .await
        .unwrap();
    });
    let message = "the database schema is newer than this program (it has migration 29991231000000";
    let refused = fails(&site, &["migrate"], "");
    assert!(refused.contains(message), "a one-off command fails at once: {refused}");
    let lines = serve_until_logged(&site, &site.database_url, message, 1);
    assert!(lines[0].ends_with("trying again in 1 s"), "{lines:?}");
}

#[test]
fn a_corrected_builtin_framework_stays_after_the_next_command_and_a_restart() {
    let site = Site::new();
    let mut corrected = export(&site, "BO-IT-002");
    assert_eq!(corrected["version"], 2);
    corrected["units"][0]["title"] = json!("Ondersteuning van besturingssystemen");
    corrected["units"][0]["competencies"][0]["skills"][0]["text"] =
        json!("Voert routinetesten uit (verbeterd)");
    let file = write_file(&site, "BO-IT-002.json", &corrected);
    assert_eq!(succeeds(&site, &["catalog", "import", &file]).trim(), "BO-IT-002: updated");

    // Another command, then a restart of the server: both load the built-in files again.
    succeeds(&site, &["catalog", "list"]);
    let lines = serve_until_logged(&site, &site.database_url, "built-in catalog", 2);
    assert!(lines.iter().any(|line| line.contains("BO-IT-002") && line.contains("Kept")), "{lines:?}");

    let kept = export(&site, "BO-IT-002");
    assert_eq!(kept["version"], 3, "the import recorded a version newer than the built-in file's");
    assert_eq!(kept["units"][0]["title"], "Ondersteuning van besturingssystemen");
    assert_eq!(
        kept["units"][0]["competencies"][0]["skills"][0]["text"],
        "Voert routinetesten uit (verbeterd)"
    );
}

#[test]
fn a_builtin_file_newer_than_the_database_replaces_the_stored_text() {
    let site = Site::new();
    succeeds(&site, &["catalog", "list"]);
    // As an older release left it: no version yet, and an older wording of one skill.
    execute(&site, "update framework set version = 0, content_hash = 'ouder' where code = 'BO-IT-002'");
    execute(&site, "update skill set text = 'Oude formulering' where skill_id = 'BO-IT-002.M-IT-020.7.1'");

    succeeds(&site, &["catalog", "list"]);
    let applied = export(&site, "BO-IT-002");
    assert_eq!(applied["version"], 2);
    assert_eq!(
        applied["units"][0]["competencies"][0]["skills"][0]["text"],
        "Voert routinetesten van technische aard uit op een besturingssysteem voor/van de klant/gebruiker"
    );
}

/// Runs one statement against the site's database.
fn execute(site: &Site, sql: &str) {
    runtime().block_on(async {
        let pool = app::server::storage::connect(&site.database_url, Default::default())
            .await
            .expect("database opens");
        sqlx::query(sql).execute(&pool).await.expect("statement runs");
    });
}

/// One value from the database, as text.
fn scalar(site: &Site, sql: &str) -> String {
    runtime().block_on(async {
        let pool = app::server::storage::connect(&site.database_url, Default::default())
            .await
            .expect("database opens");
        let row: (String,) =
            sqlx::query_as(&format!("select cast(({sql}) as text)")).fetch_one(&pool).await.expect("query");
        row.0
    })
}
