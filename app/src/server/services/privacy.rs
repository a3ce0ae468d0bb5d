//! Privacy (GDPR): an administrator erases a former student on request, and the worker removes
//! the evidence files of students whose cohorts ended long ago, after reporting them to the
//! administrators. Decisions and awards, which the centre must keep, stay in both cases: an
//! erased student's record stays tied to a pseudonym, and the tamper-evident chain stays whole
//! (an evidence item keeps its id and links; only its text and file go).

use chrono::{Datelike, Duration};
use domain::policy::Action;
use domain::{Role, StudentId, Timestamp};
use rand::Rng;
use serde_json::json;
use sqlx::AnyPool;

use super::authorise;
use crate::error::AppError;
use crate::format::brussels_day;
use crate::i18n::Locale;
use crate::server::blobs::BlobStore;
use crate::server::mail::enqueue;
use crate::server::mail::letters::{self, Recipient};
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::audit::{self, Change};
use crate::server::storage::evidence::forget_unused_blobs;
use crate::server::storage::{self, privacy};
use crate::server::{AppState, Settings};
use crate::t;

/// Days between reporting a student's old files to the administrators and removing them.
pub const NOTICE_DAYS: i64 = 30;

/// Erases a former student: their name, e-mail, student number, password, evidence text and
/// files, replies and notifications go; the account keeps a pseudonym, which it answers. Refused
/// (409) while the student follows a running cohort, or when done before.
pub async fn erase(
    state: &AppState,
    actor: &Account,
    student: StudentId,
    now: Timestamp,
) -> Result<String, AppError> {
    authorise(actor, Action::EraseStudents)?;
    // Items of kind "file" keep a file: the empty one, stored before any item points at it.
    state.blobs.put(b"").await?;
    let mut tx = storage::begin(&state.db).await?;
    let account = accounts::find(&mut tx, student.into())
        .await?
        .filter(|account| account.role == Role::Student)
        .ok_or_else(|| AppError::NotFound(t!("services-not-found-this-student")))?;
    if privacy::is_erased(&mut tx, student).await? {
        return Err(AppError::Conflict(t!("services-erase-already-erased")));
    }
    if let Some(cohort) = privacy::running_cohort(&mut tx, student, &brussels_day(now)).await? {
        return Err(AppError::Conflict(t!(
            "services-erase-cohort-running",
            name = account.name.as_str(),
            cohort = cohort
        )));
    }
    let files = privacy::files_of(&mut tx, student).await?;
    privacy::replace_files(&mut tx, student, now).await?;
    let pseudonym = pseudonym();
    privacy::erase_student(&mut tx, student, &account.email, &pseudonym, now).await?;
    let change = Change {
        actor: Some(actor.id),
        account: student.into(),
        action: "erased",
        detail: json!({ "pseudoniem": pseudonym }),
    };
    audit::record(&mut tx, &change, now).await?;
    let unused = forget_unused_blobs(&mut tx, &files).await?;
    tx.commit().await?;
    remove_files(&state.blobs, &unused).await;
    Ok(pseudonym)
}

/// "Gewiste cursist" and six random letters and digits, so records of two erased students stay
/// apart.
fn pseudonym() -> String {
    const SIGNS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut random = rand::thread_rng();
    let code: String = (0..6).map(|_| SIGNS[random.gen_range(0..SIGNS.len())] as char).collect();
    format!("Gewiste cursist {code}")
}

/// What one round of [`apply_retention`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Retention {
    /// Students newly reported to the administrators.
    pub reported: usize,
    /// Students whose files were removed.
    pub removed: usize,
}

/// Reports to the administrators the students whose every cohort ended more than the retention
/// period ago and who still have evidence files; removes those files [`NOTICE_DAYS`] after the
/// report. The items, decisions and awards stay.
pub async fn apply_retention(
    db: &AnyPool,
    blobs: &BlobStore,
    settings: &Settings,
    now: Timestamp,
) -> Result<Retention, AppError> {
    let mut tx = storage::begin(db).await?;
    let due = privacy::due_for_removal(&mut tx, &retention_cutoff(now, settings.retention_years)).await?;
    let new: Vec<&(StudentId, String, Option<Timestamp>)> =
        due.iter().filter(|(_, _, noticed)| noticed.is_none()).collect();
    for (student, _, _) in &new {
        privacy::notice(&mut tx, *student, now).await?;
    }
    if !new.is_empty() {
        let names: Vec<&str> = new.iter().map(|(_, name, _)| name.as_str()).collect();
        report(&mut tx, settings, &names, now).await?;
    }
    let expired: Vec<StudentId> = due
        .iter()
        .filter(|(_, _, noticed)| {
            noticed.is_some_and(|noticed| now.utc() - noticed.utc() >= Duration::days(NOTICE_DAYS))
        })
        .map(|(student, _, _)| *student)
        .collect();
    if !expired.is_empty() {
        blobs.put(b"").await?;
    }
    let mut files = Vec::new();
    for student in &expired {
        files.extend(privacy::files_of(&mut tx, *student).await?);
        privacy::replace_files(&mut tx, *student, now).await?;
        privacy::files_removed(&mut tx, *student, now).await?;
    }
    let unused = forget_unused_blobs(&mut tx, &files).await?;
    tx.commit().await?;
    remove_files(blobs, &unused).await;
    Ok(Retention { reported: new.len(), removed: expired.len() })
}

/// The day (`YYYY-MM-DD`, Brussels) before which a cohort must have ended for its students'
/// files to go: `years` before today.
fn retention_cutoff(now: Timestamp, years: u32) -> String {
    let today = now.utc().with_timezone(&chrono_tz::Europe::Brussels).date_naive();
    let year = today.year() - years as i32;
    // 29 February becomes 28 February in a year without it.
    let cutoff =
        today.with_year(year).or_else(|| (today - Duration::days(1)).with_year(year)).unwrap_or(today);
    cutoff.format("%Y-%m-%d").to_string()
}

/// One mail to each active administrator naming the students whose files go in [`NOTICE_DAYS`].
async fn report(
    conn: &mut sqlx::AnyConnection,
    settings: &Settings,
    names: &[&str],
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let day = brussels_day(Timestamp::from(now.utc() + Duration::days(NOTICE_DAYS)));
    for (email, name, locale) in privacy::active_admins(conn).await? {
        let locale = locale.as_deref().and_then(Locale::parse).unwrap_or_default();
        let to = Recipient { email: &email, name: &name, locale };
        let mail = letters::retention_report(
            to,
            &settings.institution,
            &settings.public_url,
            settings.retention_years,
            &day,
            names,
        );
        enqueue(conn, &mail, now).await?;
    }
    Ok(())
}

/// Removes the files no row refers to any more; a failure leaves them for the orphan collector.
async fn remove_files(blobs: &BlobStore, names: &[String]) {
    for name in names {
        if let Err(error) = blobs.remove(name).await {
            tracing::warn!(%error, sha256 = %name, "file left for the orphan collector");
        }
    }
}

/// The whole retention round, logged: for the worker.
pub async fn apply_retention_logged(db: &AnyPool, blobs: &BlobStore, settings: &Settings, now: Timestamp) {
    match apply_retention(db, blobs, settings, now).await {
        Ok(Retention { reported: 0, removed: 0 }) => {}
        Ok(Retention { reported, removed }) => {
            tracing::info!(reported, removed, "retention of evidence files")
        }
        Err(error) => tracing::error!(%error, "retention of evidence files failed; trying again later"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn the_cutoff_is_the_brussels_day_years_back() {
        assert_eq!(retention_cutoff(at("2031-06-30T22:30:00.000000Z"), 5), "2026-07-01");
        assert_eq!(retention_cutoff(at("2028-02-29T12:00:00.000000Z"), 5), "2023-02-28");
    }

    #[test]
    fn pseudonyms_name_the_role_and_differ() {
        let (one, two) = (pseudonym(), pseudonym());
        assert!(one.starts_with("Gewiste cursist ") && one.len() == "Gewiste cursist ".len() + 6, "{one}");
        assert_ne!(one, two);
    }
}
