//! The `vaardig` command line.

use std::io::{IsTerminal, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use app::error::AppError;
use app::server::services::{accounts, backup, catalog, crosswalks, demo, orphans, record_chain, versions};
use app::server::{Clock, Settings};
use clap::{Args, Parser, Subcommand};
use domain::record_chain::{Anchor, Break};
use domain::versions::{FrameworkDiff, SkillEntry};
use domain::{FrameworkCode, Role};

use crate::config::StorageArgs;
use crate::startup;

/// Vaardig: learner portfolios and assessment for vocational ICT programmes.
///
/// Without a command, `vaardig` serves (as `vaardig serve`).
#[derive(Debug, Parser)]
#[command(name = "vaardig", version)]
pub struct Cli {
    #[command(flatten)]
    pub storage: StorageArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web application and the JSON API.
    Serve(ServeArgs),
    /// Apply pending database migrations and exit.
    Migrate,
    /// List, export or import curriculum frameworks.
    #[command(subcommand)]
    Catalog(CatalogCommand),
    /// List, export or import the crosswalks between frameworks (credit across frameworks).
    #[command(subcommand)]
    Crosswalk(CrosswalkCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Write a consistent backup of a running instance on SQLite (database and evidence files)
    /// to FILE, a new tar archive.
    Backup { file: PathBuf },
    /// Restore a backup made by `vaardig backup` into an empty data folder.
    Restore { file: PathBuf },
    /// Check the tamper-evident record of decisions and awards.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Fill an empty database with a demo institution and print its logins.
    Demo(DemoArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "VAARDIG_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Fill an empty database with the demo institution first (as `vaardig demo`).
    #[arg(long, env = "VAARDIG_DEMO")]
    pub demo: bool,

    #[command(flatten)]
    pub demo_password: DemoPasswordArg,

    /// What the server's services need: session, upload and report settings.
    #[command(flatten)]
    pub settings: Settings,
}

#[derive(Debug, Clone, Args)]
pub struct DemoPasswordArg {
    /// One password for every demo account instead of generated ones (for tests and workshops).
    #[arg(long = "demo-password", env = "VAARDIG_DEMO_PASSWORD")]
    pub password: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct DemoArgs {
    /// Print one JSON object per login: {"role", "email", "password"}.
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub demo_password: DemoPasswordArg,
}

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Print code, title and counts (units, competencies, skills) per framework.
    List,
    /// Print one framework as JSON, in the catalog file format.
    Export { code: String },
    /// Add or update a framework from a catalog file; a malformed file changes nothing. The
    /// import records a version newer than the stored one, so a built-in file never puts its
    /// older text back.
    Import { file: PathBuf },
    /// Show what importing a catalog file would add, reword and retire, compared with the
    /// stored version; changes nothing.
    Diff { file: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum CrosswalkCommand {
    /// Print each pair of frameworks with a crosswalk (built-in or imported), FROM -> TO.
    List,
    /// Print the crosswalk from one framework to another as JSON, in the crosswalk file format.
    Export { from: String, to: String },
    /// Store a crosswalk file, replacing the crosswalk of its pair; a file naming a skill its
    /// framework does not have changes nothing.
    Import { file: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Walk the chain over every decision and award and print its length and head hash; exits
    /// non-zero and names the first row that does not match when the record was changed outside
    /// Vaardig.
    Verify {
        /// A position and hash noted earlier (`POSITION:HASH`, as the administrator's page
        /// prints it): the chain must still hold that hash there.
        #[arg(long)]
        anchor: Option<Anchor>,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input; without one, a password
    /// is generated and printed.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// student, assessor, coordinator or admin
        #[arg(long)]
        role: Role,
    },
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Startup(#[from] startup::StartupError),
    #[error("{0}")]
    App(#[from] AppError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Backup(#[from] backup::BackupError),
    #[error("the record chain is broken: {0}")]
    Broken(Break),
}

/// Runs a command; whatever it records is dated by `clock`, and so is every request it serves.
pub async fn run(cli: Cli, clock: Clock) -> Result<(), CliError> {
    let storage = cli.storage;
    match cli.command {
        None => serve(&storage, default_serve_args(), clock).await,
        Some(Command::Serve(args)) => serve(&storage, args, clock).await,
        Some(Command::Migrate) => {
            startup::open_database(&storage).await?;
            println!("database is up to date");
            Ok(())
        }
        Some(Command::Catalog(command)) => run_catalog(&storage, command, clock).await,
        Some(Command::Crosswalk(command)) => run_crosswalk(&storage, command, clock).await,
        Some(Command::User(UserCommand::Add { email, name, role })) => {
            add_user(&storage, &email, &name, role, clock).await
        }
        Some(Command::Backup { file }) => make_backup(&storage, &file).await,
        Some(Command::Restore { file }) => restore(&storage, &file).await,
        Some(Command::Audit(AuditCommand::Verify { anchor })) => {
            let db = startup::open_database(&storage).await?;
            let verification = record_chain::verify(&db, anchor).await.map_err(AppError::from)?;
            let entries = verification.outcome.map_err(CliError::Broken)?;
            println!("{}", intact_text(entries, &verification.head));
            Ok(())
        }
        Some(Command::Demo(args)) => {
            let db = startup::open_database(&storage).await?;
            let logins = demo::fill(&db, args.demo_password.password.as_deref(), clock.now()).await?;
            print_logins(&logins, args.json);
            Ok(())
        }
    }
}

/// `vaardig` without a command (as cargo-leptos starts it): serve, configured by the environment.
fn default_serve_args() -> ServeArgs {
    #[derive(Parser)]
    struct ServeOnly {
        #[command(flatten)]
        args: ServeArgs,
    }
    ServeOnly::parse_from(["vaardig"]).args
}

async fn serve(storage: &StorageArgs, args: ServeArgs, clock: Clock) -> Result<(), CliError> {
    let db = startup::open_database_when_ready(storage, clock).await?;
    if args.demo {
        match demo::fill(&db, args.demo_password.password.as_deref(), clock.now()).await {
            Ok(logins) => print_logins(&logins, false),
            Err(AppError::Conflict(_)) => tracing::info!("database not empty: demo data left out"),
            Err(error) => return Err(error.into()),
        }
        if let Some(notice) = unsent_mail_notice(&args.settings) {
            println!("{notice}");
        }
    }
    let state = startup::app_state(db, storage, args.settings, startup::leptos_options(args.addr)?, clock)?;
    orphans::collect_logged(&state.db, &state.blobs, state.settings.orphan_grace).await;
    let listener = tokio::net::TcpListener::bind(args.addr).await?;
    tracing::info!("Vaardig listens on http://{}", listener.local_addr()?);
    startup::serve(listener, state).await?;
    Ok(())
}

async fn run_catalog(storage: &StorageArgs, command: CatalogCommand, clock: Clock) -> Result<(), CliError> {
    let db = startup::open_database_with_catalog(storage, clock).await?;
    match command {
        CatalogCommand::List => {
            for framework in catalog::list(&db).await? {
                println!(
                    "{}\t{}\t{} units\t{} competencies\t{} skills",
                    framework.code,
                    framework.title,
                    framework.units,
                    framework.competencies,
                    framework.skills
                );
            }
        }
        CatalogCommand::Export { code } => {
            let file = catalog::export(&db, &FrameworkCode::new(code)).await?;
            println!("{}", serde_json::to_string_pretty(&file).map_err(std::io::Error::other)?);
        }
        CatalogCommand::Import { file } => {
            let (code, outcome) = catalog::import(&db, &read_text(&file)?, clock.now()).await?;
            println!("{code}: {}", format!("{outcome:?}").to_lowercase());
        }
        CatalogCommand::Diff { file } => {
            let (code, stored, diff) = versions::diff_file(&db, &read_text(&file)?).await?;
            print!("{}", diff_text(&code, stored, &diff));
        }
    }
    Ok(())
}

async fn run_crosswalk(
    storage: &StorageArgs,
    command: CrosswalkCommand,
    clock: Clock,
) -> Result<(), CliError> {
    let db = startup::open_database_with_catalog(storage, clock).await?;
    match command {
        CrosswalkCommand::List => {
            for (from, to) in crosswalks::pairs(&db).await? {
                println!("{from} -> {to}");
            }
        }
        CrosswalkCommand::Export { from, to } => {
            let crosswalk =
                crosswalks::export(&db, &FrameworkCode::new(from), &FrameworkCode::new(to)).await?;
            println!("{}", serde_json::to_string_pretty(&crosswalk).map_err(std::io::Error::other)?);
        }
        CrosswalkCommand::Import { file } => {
            let (from, to) = crosswalks::import(&db, &read_text(&file)?, clock.now()).await?;
            println!("{from} -> {to}: imported");
        }
    }
    Ok(())
}

async fn make_backup(storage: &StorageArgs, file: &Path) -> Result<(), CliError> {
    let (url, blobs) = (storage.database_url(), storage.blob_store()?);
    backup::local_files(&url, &blobs)?;
    let db = startup::open_database(storage).await?;
    let made = backup::backup(&db, &url, &blobs, file).await?;
    println!(
        "backup written to {}: the database and {} files, {} bytes",
        file.display(),
        made.files,
        made.bytes
    );
    match made.chain.outcome {
        Ok(entries) => println!("{}", intact_text(entries, &made.chain.head)),
        Err(broken) => eprintln!("warning: the backed-up record chain is broken: {broken}"),
    }
    Ok(())
}

async fn restore(storage: &StorageArgs, file: &Path) -> Result<(), CliError> {
    let (url, blobs) = (storage.database_url(), storage.blob_store()?);
    let (db_file, root) = backup::local_files(&url, &blobs)?;
    storage.create_folders()?;
    let restored = backup::restore(file, &db_file, root).await?;
    let db = startup::open_database(storage).await?;
    println!("restored {} and {} files", db_file.display(), restored.files);
    let verification = record_chain::verify(&db, None).await.map_err(AppError::from)?;
    let entries = verification.outcome.map_err(CliError::Broken)?;
    println!("{}", intact_text(entries, &verification.head));
    Ok(())
}

/// What `vaardig audit verify` prints of an intact chain: its length, head hash and the time of
/// its last entry (UTC).
fn intact_text(entries: u64, head: &record_chain::StoredHead) -> String {
    let last = head.extended_at.map(|at| format!(", last entry {at}")).unwrap_or_default();
    format!("record chain intact: {entries} entries{last}\nhead {entries}:{}", head.head.hash)
}

/// A catalog or crosswalk file's text, read up to one byte past the largest accepted size.
fn read_text(file: &std::path::Path) -> Result<String, CliError> {
    let failed =
        |error: std::io::Error| std::io::Error::new(error.kind(), format!("{}: {error}", file.display()));
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|opened| opened.take(catalog::MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(failed)?;
    Ok(catalog::file_text(&bytes)?)
}

/// A comparison as `vaardig catalog diff` prints it: a line per change, `+` added, `~` reworded,
/// `-` retired.
fn diff_text(code: &FrameworkCode, stored: Option<u32>, diff: &FrameworkDiff) -> String {
    let against =
        stored.map_or_else(|| "not stored yet".to_owned(), |version| format!("version {version} stored"));
    let (added, reworded, retired) = (diff.added.len(), diff.reworded.len(), diff.retired.len());
    let mut text = format!("{code} ({against}): {added} added, {reworded} reworded, {retired} retired\n");
    let entry = |sign: char, entry: &SkillEntry| {
        format!("{sign} {} ({} / {}): {}\n", entry.id, entry.unit, entry.competency, entry.text)
    };
    diff.added.iter().for_each(|added| text.push_str(&entry('+', added)));
    for change in &diff.reworded {
        text.push_str(&format!("~ {}: \"{}\" -> \"{}\"\n", change.place, change.before, change.after));
    }
    diff.retired.iter().for_each(|retired| text.push_str(&entry('-', retired)));
    text
}

async fn add_user(
    storage: &StorageArgs,
    email: &str,
    name: &str,
    role: Role,
    clock: Clock,
) -> Result<(), CliError> {
    let password = read_password_from_stdin()?;
    let db = startup::open_database(storage).await?;
    let mut conn = db.acquire().await.map_err(AppError::from)?;
    let created = accounts::create(&mut conn, email, name, role, password, clock.now()).await?;
    println!("created {} {} (id {})", created.account.role, created.account.email, created.account.id);
    if let Some(password) = created.generated_password {
        println!("password: {password}");
    }
    Ok(())
}

/// The first line of standard input, when something is piped in; `None` means "generate one".
fn read_password_from_stdin() -> Result<Option<String>, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(None);
    }
    let mut input = String::new();
    stdin.lock().read_to_string(&mut input)?;
    let password = input.lines().next().unwrap_or_default().to_owned();
    Ok((!password.is_empty()).then_some(password))
}

/// Without an SMTP server, where the mail that waits can be read; `None` when mail is sent.
fn unsent_mail_notice(settings: &Settings) -> Option<String> {
    settings.smtp_url.is_none().then(|| {
        let outbox = format!("{}{}", settings.public_url.trim_end_matches('/'), app::urls::outbox());
        format!("e-mail is not sent (no VAARDIG_SMTP_URL): administrators read it at {outbox}")
    })
}

fn print_logins(logins: &[demo::DemoLogin], json: bool) {
    for login in logins {
        if json {
            println!(
                "{}",
                serde_json::json!({ "role": login.role, "email": login.email, "password": login.password })
            );
        } else {
            println!("{:<12} {:<40} {}", login.role, login.email, login.password);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serve_settings(flags: &[&str]) -> Settings {
        let cli = Cli::try_parse_from(["vaardig", "serve"].iter().chain(flags)).expect("flags parse");
        match cli.command {
            Some(Command::Serve(args)) => args.settings,
            other => panic!("not serve: {other:?}"),
        }
    }

    #[test]
    fn without_smtp_the_demo_says_where_administrators_read_the_mail() {
        let settings = serve_settings(&["--public-url", "https://vaardig.cvo.be/"]);
        assert_eq!(
            unsent_mail_notice(&settings).as_deref(),
            Some("e-mail is not sent (no VAARDIG_SMTP_URL): administrators read it at https://vaardig.cvo.be/beheer/berichten")
        );
        let with_smtp = serve_settings(&["--smtp-url", "smtp://127.0.0.1:2525"]);
        assert_eq!(unsent_mail_notice(&with_smtp), None);
    }

    #[test]
    fn serve_flags_become_settings_in_the_units_services_use() {
        let settings = serve_settings(&["--session-hours", "3", "--max-upload-mb", "5", "--secure-cookies"]);
        assert_eq!(settings.session_lifetime, chrono::Duration::hours(3));
        assert_eq!(settings.max_upload_bytes, 5 * 1024 * 1024);
        assert!(settings.secure_cookies);
    }

    #[test]
    fn serve_settings_default_to_a_twelve_hour_session_and_200_mib_uploads() {
        let settings = default_serve_args().settings;
        assert_eq!(settings.session_lifetime, chrono::Duration::hours(12));
        assert_eq!(settings.max_upload_bytes, 200 * 1024 * 1024);
        assert_eq!(settings.institution, "Centrum voor volwassenenonderwijs");
    }

    #[test]
    fn a_session_of_zero_hours_is_refused() {
        let cli = Cli::try_parse_from(["vaardig", "serve", "--session-hours", "0"]);
        assert!(cli.is_err());
    }
}
