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
use crate::server::pdf::{Document, Style};
use crate::server::storage;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::readiness::CohortHead;
use crate::server::AppState;

/// The side of the printed QR code, in points (5 cm).
const QR_SIDE: f32 = 142.0;

/// A letter for one student: who, and the link that invites them.
struct Letter {
    student: Account,
    link: String,
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
        return Err(AppError::Conflict(
            "Iedereen in deze groep heeft al een wachtwoord gekozen: er zijn geen uitnodigingen af te drukken.".into(),
        ));
    }
    let mut letters = Vec::with_capacity(students.len());
    for student in students {
        let token =
            credentials::issue_link(&mut tx, &student, LinkPurpose::Invitation, Some(account.id), now)
                .await?;
        letters.push(Letter { link: credentials::link(state, &token), student });
    }
    tx.commit().await?;
    let valid_until = date_time(now + LinkPurpose::Invitation.validity());
    print(&state.settings.institution, &cohort, &letters, &valid_until)
}

fn print(
    institution: &str,
    cohort: &CohortHead,
    letters: &[Letter],
    valid_until: &str,
) -> Result<Vec<u8>, AppError> {
    let mut document = Document::new(format!("{institution} · {} · uitnodiging voor Vaardig", cohort.name));
    for (index, letter) in letters.iter().enumerate() {
        if index > 0 {
            document.page_break();
        }
        document.line(Style::Title, 0.0, "Welkom in Vaardig");
        document.gap(8.0);
        document.line(Style::Text, 0.0, &format!("Beste {},", letter.student.name));
        document.gap(4.0);
        document.line(
            Style::Text,
            0.0,
            &format!(
                "{institution} nodigt je uit in Vaardig, het portfolio van je opleiding {} ({}). \
                 Daar verzamel je je bewijsstukken en volg je op welke deelcertificaten je behaalt.",
                cohort.framework_title, cohort.name
            ),
        );
        document.gap(4.0);
        document.line(
            Style::Text,
            0.0,
            &format!("Je meldt je aan met je e-mailadres: {}", letter.student.email),
        );
        document.line(Style::Text, 0.0, "Kies eerst je wachtwoord: scan de code met je gsm, of surf naar");
        // Small enough that a link stays on one line, as people type it.
        document.line(Style::Small, 0.0, &letter.link);
        document.gap(8.0);
        document.qr_code(&letter.link, QR_SIDE)?;
        document.gap(8.0);
        document.line(
            Style::Small,
            0.0,
            &format!(
                "Deze uitnodiging werkt één keer en blijft geldig tot {valid_until}. Bewaar ze voor jezelf."
            ),
        );
    }
    document.finish()
}
