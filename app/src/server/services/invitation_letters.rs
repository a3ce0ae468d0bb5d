//! Invitation letters: for a centre without e-mail, or a student without a working address, a
//! printed page per student of a cohort who has not chosen a password yet, with a fresh
//! invitation link and the same link as a QR code for a phone.

use domain::account::LinkPurpose;
use domain::policy::Action;
use domain::{CohortId, Timestamp};

use super::access::visible_cohort;
use super::{authorise, credentials};
use crate::error::AppError;
use crate::format::date_time;
use crate::i18n::{in_locale, Locale};
use crate::server::pdf::{Document, Style};
use crate::server::storage;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::readiness::CohortHead;
use crate::server::AppState;
use crate::t;

/// The side of the printed QR code, in points (5 cm).
const QR_SIDE: f32 = 142.0;

/// A letter for one student: who, the link that invites them, and the language they read (the
/// account's, else the coordinator's).
struct Letter {
    student: Account,
    link: String,
    locale: Locale,
}

/// The letters of a cohort as a PDF, one page per student still without a password; each gets a
/// new invitation link (earlier ones keep working until one is used). Errors: the cohort is not
/// the account's ([`AppError::Forbidden`]), or every student already has a password
/// ([`AppError::Conflict`]).
pub async fn for_cohort(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    now: Timestamp,
) -> Result<Vec<u8>, AppError> {
    authorise(account, Action::ManageCohorts)?;
    let mut tx = storage::begin(&state.db).await?;
    let cohort = visible_cohort(&mut tx, account, cohort_id).await?;
    let students = accounts::awaiting_password_in(&mut tx, cohort_id).await?;
    if students.is_empty() {
        return Err(AppError::Conflict(t!("documents-invitation-none-to-print")));
    }
    let mut letters = Vec::with_capacity(students.len());
    for student in students {
        let token =
            credentials::issue_link(&mut tx, &student, LinkPurpose::Invitation, Some(account.id), now)
                .await?;
        let locale = accounts::locale(&mut tx, student.id).await?.unwrap_or_else(crate::i18n::locale);
        letters.push(Letter { link: credentials::link(state, &token), student, locale });
    }
    tx.commit().await?;
    let valid_until = now + LinkPurpose::Invitation.validity();
    print(&state.settings.institution, &cohort, &letters, valid_until)
}

/// The letters, each in its student's language; the page header is in the coordinator's.
fn print(
    institution: &str,
    cohort: &CohortHead,
    letters: &[Letter],
    valid_until: Timestamp,
) -> Result<Vec<u8>, AppError> {
    let header = t!("documents-invitation-header", institution = institution, cohort = cohort.name.as_str());
    let mut document = Document::new(header);
    for (index, letter) in letters.iter().enumerate() {
        if index > 0 {
            document.page_break();
        }
        in_locale(letter.locale, || write_letter(&mut document, institution, cohort, letter, valid_until))?;
    }
    document.finish()
}

/// One student's page, in the language [`in_locale`] set.
fn write_letter(
    document: &mut Document,
    institution: &str,
    cohort: &CohortHead,
    letter: &Letter,
    valid_until: Timestamp,
) -> Result<(), AppError> {
    document.line(Style::Title, 0.0, &t!("documents-invitation-title"));
    document.gap(8.0);
    let greeting = t!("documents-invitation-greeting", name = letter.student.name.as_str());
    document.line(Style::Text, 0.0, &greeting);
    document.gap(4.0);
    let intro = t!(
        "documents-invitation-intro",
        institution = institution,
        framework = cohort.framework_title.as_str(),
        cohort = cohort.name.as_str(),
    );
    document.line(Style::Text, 0.0, &intro);
    document.gap(4.0);
    let sign_in = t!("documents-invitation-sign-in", email = letter.student.email.as_str());
    document.line(Style::Text, 0.0, &sign_in);
    document.line(Style::Text, 0.0, &t!("documents-invitation-choose-password"));
    // Small enough that a link stays on one line, as people type it.
    document.line(Style::Small, 0.0, &letter.link);
    document.gap(8.0);
    document.qr_code(&letter.link, QR_SIDE)?;
    document.gap(8.0);
    let validity = t!("documents-invitation-validity", until = date_time(valid_until));
    document.line(Style::Small, 0.0, &validity);
    Ok(())
}
