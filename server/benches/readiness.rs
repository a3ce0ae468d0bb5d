//! Readiness benchmark: seeds cohorts of BO-IT-002 students with about 70% of all skills
//! achieved (decisions spread over time, some revoked, ready modules awarded), then measures the
//! server time of the cohort readiness (cold, warm, and after one new decision) and of the
//! `readiness` endpoint over loopback, with median and p95, and the peak resident memory.
//!
//!     cargo bench -p vaardig-server --bench readiness              # 1,000 and 3,000 students
//!     VAARDIG_BENCH_STUDENTS=500,3000 cargo bench -p vaardig-server --bench readiness
//!
//! On SQLite (a file in a temporary folder) by default; with
//! `VAARDIG_BENCH_POSTGRES=postgres://user@host:port` on a new database of that PostgreSQL server
//! per cohort size (`scripts/bench-readiness` runs both on a throwaway cluster).

use std::time::{Duration, Instant};

use app::server::services::{accounts, readiness};
use app::server::storage::decisions::{self, NewDecision};
use app::server::storage::{self, accounts as account_rows, awards, catalog, cohorts};
use chrono::{TimeZone, Utc};
use domain::person_name::PersonName;
use domain::{AccountId, CohortId, FrameworkCode, Role, SkillId, StudentId, Timestamp, Verdict};
use leptos::config::LeptosOptions;
use server::config::StorageArgs;
use server::startup;
use sqlx::AnyPool;

const RUNS: usize = 30;
const PASSWORD: &str = "benchmark-wachtwoord";

/// A small deterministic generator: the same seed gives the same cohort.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, sides: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % sides
    }
}

fn main() {
    let sizes: Vec<usize> = std::env::var("VAARDIG_BENCH_STUDENTS")
        .unwrap_or_else(|_| "1000,3000".into())
        .split(',')
        .filter_map(|size| size.trim().parse().ok())
        .collect();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    for students in sizes {
        runtime.block_on(bench(students));
    }
}

/// A new, empty database on the PostgreSQL server named by `VAARDIG_BENCH_POSTGRES`, if any.
async fn postgres_database(students: usize) -> Option<String> {
    let server = std::env::var("VAARDIG_BENCH_POSTGRES").ok()?;
    let server = server.trim_end_matches('/');
    let name = format!("vaardig_bench_{students}_{}", std::process::id());
    sqlx::any::install_default_drivers();
    let admin = AnyPool::connect(&format!("{server}/postgres")).await.expect("PostgreSQL reachable");
    sqlx::query(&format!("create database {name}")).execute(&admin).await.expect("database created");
    admin.close().await;
    Some(format!("{server}/{name}"))
}

async fn bench(students: usize) {
    let data = tempfile::tempdir().expect("temp dir");
    let storage_args = StorageArgs {
        data_dir: data.path().to_path_buf(),
        database_url: postgres_database(students).await,
        blob_url: None,
        db_max_connections: 16,
        db_acquire_timeout: 30,
        db_statement_timeout: 300,
    };
    println!("\n{students} students on {}", storage::redact(&storage_args.database_url()));
    let db = startup::open_database_with_catalog(&storage_args, app::server::Clock::System)
        .await
        .expect("database");
    let seeding = Instant::now();
    let (cohort, decisions_recorded) = seed(&db, students).await;
    println!("{students} students: seeded {decisions_recorded} decisions in {:.1?}", seeding.elapsed());
    if storage_args.database_url().starts_with("postgres") {
        // Autovacuum analyses freshly loaded tables within a minute or so; measure the plans a
        // running server gets, not those of a database whose statistics are still empty.
        sqlx::query("analyze").execute(&db).await.expect("analyze");
    }

    let settings = app::server::Settings {
        secure_cookies: false,
        trust_forwarded_for: false,
        public_url: "http://localhost:3000".into(),
        smtp_url: None,
        mail_from: "Vaardig <vaardig@localhost>".into(),
        session_lifetime: chrono::Duration::hours(1),
        max_upload_bytes: 1,
        orphan_grace: std::time::Duration::from_secs(24 * 3600),
        retention_years: 5,
        awards_by_deliberation_only: false,
        issuer_key_file: None,
        digest_time: chrono::NaiveTime::from_hms_opt(17, 0, 0).expect("a time of day"),
        institution: String::new(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("port");
    let addr = listener.local_addr().expect("address");
    let leptos_options =
        LeptosOptions::builder().output_name("vaardig").site_root("target/site").site_addr(addr).build();
    let state =
        startup::app_state(db.clone(), &storage_args, settings, leptos_options, app::server::Clock::System)
            .expect("state");
    let coordinator = coordinator(&db).await;

    let cold = Instant::now();
    let overview = readiness::for_cohort(&state, &coordinator, cohort).await.expect("readiness");
    let cold = cold.elapsed();
    let ready = overview.students.iter().filter(|student| student.ready_for_certificate).count();
    let warm =
        timed(|| async { readiness::for_cohort(&state, &coordinator, cohort).await.expect("readiness") })
            .await;
    let one_change = timed(|| async {
        let student = StudentId::of_account(overview.students[0].student.id);
        record_one(&db, student).await;
        readiness::for_cohort(&state, &coordinator, cohort).await.expect("readiness")
    })
    .await;
    println!(
        "  readiness, cold (every student computed): {cold:.1?}; {ready} students ready for the certificate"
    );
    report("  readiness, warm", &warm);
    report("  readiness after one new decision", &one_change);

    tokio::spawn(startup::serve(listener, state));
    let client = reqwest::Client::builder().cookie_store(true).build().expect("client");
    let signed_in = client
        .post(format!("http://{addr}/api/v1/session"))
        .json(&serde_json::json!({ "email": "coordinator@bench.test", "password": PASSWORD }))
        .send()
        .await
        .expect("sign in");
    assert!(signed_in.status().is_success());
    let url = format!("http://{addr}/api/v1/cohorts/{cohort}/readiness");
    let endpoint =
        timed(|| async { client.get(&url).send().await.expect("request").bytes().await.expect("body") })
            .await;
    report("  GET readiness over loopback", &endpoint);
    let size = client.get(&url).send().await.expect("request").bytes().await.expect("body").len();
    println!("  response size: {} KiB", size / 1024);
    println!("  peak resident memory of this process: {} MiB", peak_rss_kib() / 1024);
}

async fn timed<F, Fut, T>(mut run: F) -> Vec<Duration>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        std::hint::black_box(run().await);
        times.push(start.elapsed());
    }
    times.sort();
    times
}

fn report(what: &str, sorted: &[Duration]) {
    let median = sorted[sorted.len() / 2];
    let p95 = sorted[(sorted.len() * 95).div_ceil(100) - 1];
    println!("{what}: median {median:.2?}, p95 {p95:.2?} ({} runs)", sorted.len());
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .and_then(|line| line.split_whitespace().nth(1).and_then(|kib| kib.parse().ok()))
        })
        .unwrap_or(0)
}

async fn coordinator(db: &AnyPool) -> app::server::storage::accounts::Account {
    let mut conn = db.acquire().await.expect("connection");
    accounts::create(
        &mut conn,
        "coordinator@bench.test",
        "Coördinator",
        Role::Coordinator,
        Some(PASSWORD.into()),
        Utc::now().into(),
    )
    .await
    .expect("coordinator")
    .account
}

/// One cohort of `students`, an assessor, and the decisions: each skill achieved with a chance
/// of 70%, some first marked "not yet", a few revoked after; ready modules awarded.
async fn seed(db: &AnyPool, students: usize) -> (CohortId, usize) {
    let code = FrameworkCode::new("BO-IT-002");
    let mut conn = db.acquire().await.expect("connection");
    let framework = catalog::load(&mut conn, &code).await.expect("query").expect("framework");
    let framework_id = catalog::framework_id(&mut conn, &code).await.expect("query").expect("id");
    let start = Utc.with_ymd_and_hms(2026, 9, 7, 18, 0, 0).unwrap();
    let at: Timestamp = start.into();
    let assessor = match account_rows::insert(
        &mut conn,
        "assessor@bench.test",
        &name("", "Beoordelaar"),
        Role::Assessor,
        "-",
        at,
    )
    .await
    .expect("assessor")
    {
        account_rows::Created::Account(id) => id,
        account_rows::Created::EmailTaken => unreachable!("fresh database"),
    };
    let new_cohort = cohorts::NewCohort {
        name: "Benchmark",
        framework_id,
        profile_code: None,
        school_year: "2026-2027",
        starts_on: "2026-09-07",
        ends_on: "2027-06-25",
    };
    let cohort = cohorts::insert(&mut conn, &new_cohort, at).await.expect("cohort");
    cohorts::assign_assessor(&mut conn, cohort, assessor, at).await.expect("assignment");
    drop(conn);

    let mut dice = Dice(0x0da7_a5ee_d000 + students as u64);
    let mut recorded = 0;
    for chunk in (0..students).collect::<Vec<_>>().chunks(250) {
        let mut tx = storage::begin(db).await.expect("transaction");
        for &n in chunk {
            let email = format!("cursist{n}@bench.test");
            let student = match account_rows::insert(
                &mut tx,
                &email,
                &name("Cursist", &format!("{n:05}")),
                Role::Student,
                "-",
                at,
            )
            .await
            .expect("student")
            {
                account_rows::Created::Account(id) => StudentId::of_account(id),
                account_rows::Created::EmailTaken => unreachable!("fresh database"),
            };
            cohorts::enrol(&mut tx, cohort, student, at).await.expect("enrolment");
            for unit in &framework.units {
                let mut all_achieved = true;
                for skill in unit.skills() {
                    let day: Timestamp = (start + chrono::Duration::hours(dice.roll(24 * 200) as i64)).into();
                    let decide = |verdict: Verdict| (skill.id.clone(), verdict);
                    let mut decisions = Vec::new();
                    if dice.roll(10) == 0 {
                        decisions.push(decide(Verdict::NotYet));
                    }
                    let achieved = dice.roll(100) < 72;
                    if achieved {
                        decisions.push(decide(Verdict::Achieved));
                        if dice.roll(50) == 0 {
                            decisions.push(decide(Verdict::NotYet));
                        }
                    }
                    all_achieved &=
                        decisions.last().is_some_and(|(_, verdict)| *verdict == Verdict::Achieved);
                    for (skill_id, verdict) in decisions {
                        record(&mut tx, student, assessor, &skill_id, verdict, day).await;
                        recorded += 1;
                    }
                }
                if all_achieved {
                    awards::insert(
                        &mut tx,
                        &awards::NewAward {
                            student_id: student,
                            framework: &code,
                            unit: &unit.code,
                            awarded_by: assessor,
                            deliberation: None,
                        },
                        at,
                    )
                    .await
                    .expect("award");
                }
            }
        }
        tx.commit().await.expect("commit");
    }
    (cohort, recorded)
}

async fn record(
    conn: &mut sqlx::AnyConnection,
    student: StudentId,
    assessor: AccountId,
    skill: &SkillId,
    verdict: Verdict,
    at: Timestamp,
) {
    let comment = if verdict == Verdict::NotYet { "Nog niet volledig." } else { "" };
    let new = NewDecision {
        student_id: student,
        skill_id: skill,
        verdict,
        comment,
        assessor_id: assessor,
        evidence_ids: &[],
        sources: &[],
    };
    decisions::record(conn, &new, at).await.expect("decision");
}

/// One more decision for a student, as an assessor would record it between two looks.
async fn record_one(db: &AnyPool, student: StudentId) {
    let mut conn = db.acquire().await.expect("connection");
    let (assessor,): (i64,) = sqlx::query_as("select account_id from account where role = 'assessor'")
        .fetch_one(&mut *conn)
        .await
        .expect("assessor");
    record(
        &mut conn,
        student,
        AccountId::new(assessor),
        &SkillId::new("BO-IT-002.M-IT-020.7.1"),
        Verdict::Achieved,
        Utc::now().into(),
    )
    .await;
}

fn name(first: &str, last: &str) -> PersonName {
    PersonName::new(first, last).expect("a valid name")
}
