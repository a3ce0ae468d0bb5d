//! Administrators read the e-mail Vaardig has not delivered: every mail waiting in the outbox
//! (all of it when no SMTP server is configured) and every mail given up after the last attempt,
//! newest first, with its text, so they can pass a link on by hand. Nothing is dropped unseen.
//!
//! The texts hold links with tokens: they are shown to the administrator, never logged.

use domain::policy::Action;

use super::authorise;
use crate::dto::{MailStatus, OutboxMail, OutboxView};
use crate::error::AppError;
use crate::server::mail::{Mail, MAIL};
use crate::server::storage::accounts::Account;
use crate::server::storage::outbox::{self, Undelivered};
use crate::server::storage::parse_timestamp;
use crate::server::AppState;
use crate::t;

/// How many mails one page shows.
pub const PAGE: i64 = 100;

/// The newest [`PAGE`] undelivered mails, older than the message `before` when given.
pub async fn page(state: &AppState, actor: &Account, before: Option<i64>) -> Result<OutboxView, AppError> {
    authorise(actor, Action::ReadOutbox)?;
    let mut conn = state.db.acquire().await?;
    let rows = outbox::undelivered(&mut conn, MAIL, before, PAGE).await?;
    let messages = rows.into_iter().map(shown).collect::<Result<Vec<_>, _>>()?;
    Ok(OutboxView { smtp_configured: state.settings.smtp_url.is_some(), messages })
}

/// One row as the administrator reads it. A payload that is not a mail (it never should be) is
/// still shown, as it is, rather than hidden.
fn shown(row: Undelivered) -> Result<OutboxMail, sqlx::Error> {
    let created_at = parse_timestamp(&row.created_at)?;
    let mail = serde_json::from_str::<Mail>(&row.payload).unwrap_or_else(|_| {
        tracing::warn!(outbox_id = row.outbox_id, "outbox mail is not readable as a mail");
        unreadable(&row.payload)
    });
    Ok(OutboxMail {
        id: row.outbox_id,
        to: mail.to,
        to_name: mail.to_name,
        subject: mail.subject,
        text: mail.text,
        status: if row.failed_at.is_some() { MailStatus::Failed } else { MailStatus::Pending },
        attempts: row.attempts,
        last_error: row.last_error,
        created_at,
        shown_created_at: crate::format::date_time(created_at),
    })
}

fn unreadable(payload: &str) -> Mail {
    Mail {
        to: String::new(),
        to_name: String::new(),
        subject: t!("services-mail-unreadable-subject"),
        text: payload.to_owned(),
        html: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(payload: &str, failed_at: Option<&str>) -> Undelivered {
        Undelivered {
            outbox_id: 7,
            payload: payload.to_owned(),
            created_at: "2026-03-29T22:30:00.000000Z".to_owned(),
            attempts: 5,
            failed_at: failed_at.map(str::to_owned),
            last_error: Some("connection refused".to_owned()),
        }
    }

    #[test]
    fn a_failed_mail_shows_its_recipient_subject_text_and_brussels_date() {
        let mail = Mail {
            to: "an@centrum.be".into(),
            to_name: "An".into(),
            subject: "Welkom".into(),
            text: "Kies je wachtwoord: http://x/wachtwoord-kiezen/abc".into(),
            html: "<p>…</p>".into(),
        };
        let payload = serde_json::to_string(&mail).unwrap();
        let shown = shown(row(&payload, Some("2026-03-30T00:00:00.000000Z"))).unwrap();
        assert_eq!((shown.to.as_str(), shown.subject.as_str()), ("an@centrum.be", "Welkom"));
        assert_eq!(shown.text, "Kies je wachtwoord: http://x/wachtwoord-kiezen/abc");
        assert_eq!(shown.status, MailStatus::Failed);
        assert_eq!(shown.shown_created_at, "30/03/2026 om 00:30");
    }

    #[test]
    fn a_payload_that_is_not_a_mail_is_shown_as_it_is() {
        let shown = shown(row("{\"note\":1}", None)).unwrap();
        assert_eq!(shown.subject, "(onleesbaar bericht)");
        assert_eq!(shown.text, "{\"note\":1}");
        assert_eq!(shown.status, MailStatus::Pending);
    }
}
