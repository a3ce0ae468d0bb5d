//! E-mail: a use case writes a [`Mail`] to the outbox inside its own transaction ([`enqueue`]);
//! the server's worker sends it after the commit through the [`Mailer`], with the outbox's
//! retries. Without an SMTP server configured, mail stays in the outbox, where administrators
//! read it; nothing is dropped.

pub mod letters;

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use domain::Timestamp;
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use sqlx::AnyConnection;

use crate::server::storage::outbox;

/// The outbox kind of an e-mail.
pub const MAIL: &str = "mail";

/// An e-mail as the outbox keeps it: Dutch text and the same as simple HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mail {
    /// The recipient's address.
    pub to: String,
    /// The recipient's name, as the address's display name.
    pub to_name: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Writes a mail to the outbox; call it inside the use case's transaction.
pub async fn enqueue(conn: &mut AnyConnection, mail: &Mail, now: Timestamp) -> Result<i64, sqlx::Error> {
    let payload = serde_json::to_value(mail).map_err(|error| sqlx::Error::Encode(error.into()))?;
    outbox::enqueue(conn, MAIL, &payload, now).await
}

/// An SMTP connection URL (`smtp://`, `smtps://`, with credentials); shown without them.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl(String);

impl FromStr for SmtpUrl {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(text)
            .map(|_| SmtpUrl(text.to_owned()))
            .map_err(|error| format!("not an SMTP URL (smtp://… or smtps://…): {error}"))
    }
}

impl fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::server::storage::redact(&self.0))
    }
}

/// Sends mail through one SMTP server, as one sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// Why a mailer could not be set up from the settings.
#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error("VAARDIG_MAIL_FROM is not an address like `Vaardig <vaardig@cvo.be>`: {0}")]
    From(lettre::address::AddressError),
    #[error("VAARDIG_SMTP_URL cannot be used: {0}")]
    Smtp(lettre::transport::smtp::Error),
}

impl Mailer {
    /// A mailer for the SMTP server at `url`, sending as `from`.
    pub fn new(url: &SmtpUrl, from: &str) -> Result<Mailer, MailerError> {
        let from = from.parse().map_err(MailerError::From)?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&url.0)
            .map_err(MailerError::Smtp)?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        Ok(Mailer { transport, from })
    }

    /// Sends one mail; the error says why not, for the outbox row.
    pub async fn send(&self, mail: &Mail) -> Result<(), String> {
        let to = mail.to.parse().map_err(|error| format!("bad recipient '{}': {error}", mail.to))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(Some(mail.to_name.clone()), to))
            .subject(mail.subject.clone())
            .multipart(MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone()))
            .map_err(|error| format!("cannot build the message: {error}"))?;
        self.transport.send(message).await.map(|_| ()).map_err(|error| error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_are_checked_and_shown_without_their_password() {
        let url: SmtpUrl = "smtps://vaardig:geheim@mail.cvo.be:465".parse().unwrap();
        assert_eq!(format!("{url:?}"), "smtps://…@mail.cvo.be:465");
        assert!("http://mail.cvo.be".parse::<SmtpUrl>().is_err());
    }

    #[tokio::test]
    async fn the_sender_must_be_an_address() {
        let url: SmtpUrl = "smtp://127.0.0.1:2525".parse().unwrap();
        assert!(matches!(Mailer::new(&url, "geen adres"), Err(MailerError::From(_))));
        assert!(Mailer::new(&url, "Vaardig CVO <vaardig@cvo.be>").is_ok());
    }
}
