//! `/beheer/berichten`: the e-mail Vaardig has not delivered, newest first, each with its text to
//! copy to the person (`?voor=ID` shows those older than message ID).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::mailbox::undelivered_mail;
use crate::components::loaded::loaded;
use crate::dto::{MailStatus, OutboxMail, OutboxView};
use crate::urls;

/// How many mails a page shows (the server's page).
const PAGE: usize = 100;

/// Why mail waits here, in the administrator's words.
const NO_SMTP: &str = "Vaardig verstuurt geen e-mail: er is geen SMTP-server ingesteld (VAARDIG_SMTP_URL). \
    Deze berichten wachten; kopieer ze naar de persoon, of druk voor cursisten uitnodigingsbrieven af op de groepspagina.";
const WITH_SMTP: &str =
    "Vaardig verstuurt e-mail via de ingestelde SMTP-server. Hier staan de berichten die nog \
    niet verstuurd zijn: ze wachten op een (volgende) poging, of zijn mislukt na herhaalde pogingen. \
    Kopieer een mislukt bericht naar de persoon.";

/// `/beheer/berichten`: "Uitgaande berichten".
#[component]
pub fn OutboxPage() -> impl IntoView {
    let query = use_query_map();
    let before = move || query.read().get("voor").and_then(|id| id.parse::<i64>().ok());
    let outbox = Resource::new(before, undelivered_mail);
    view! {
        <Title text="Uitgaande berichten – Vaardig"/>
        <h1>"Uitgaande berichten"</h1>
        {loaded(outbox, |outbox| view! { <Mails outbox/> }.into_any())}
    }
}

#[component]
fn Mails(outbox: OutboxView) -> impl IntoView {
    let explanation = if outbox.smtp_configured { WITH_SMTP } else { NO_SMTP };
    let older = (outbox.messages.len() == PAGE)
        .then(|| outbox.messages.last().map(|last| urls::outbox_before(last.id)))
        .flatten();
    let empty =
        outbox.messages.is_empty().then(|| view! { <p class="card">"Er wachten geen berichten."</p> });
    let mails = outbox.messages.into_iter().map(|mail| view! { <MailCard mail/> }).collect_view();
    view! {
        <p class="muted" data-testid="outbox-explanation">{explanation}</p>
        {empty}
        <div data-testid="outbox">{mails}</div>
        {older.map(|href| view! { <p><a href=href>"Oudere berichten"</a></p> })}
    }
}

#[component]
fn MailCard(mail: OutboxMail) -> impl IntoView {
    let badge = match mail.status {
        MailStatus::Pending => "badge busy",
        MailStatus::Failed => "badge warn",
    };
    let status = status_nl(&mail);
    let recipient = format!("{} <{}>", mail.to_name, mail.to);
    view! {
        <article class="card mail" data-outbox-id=mail.id>
            <h2>{mail.subject}</h2>
            <p>
                <span class=badge>{status}</span>
                " Aan: "{recipient}
                " · Aangemaakt: "{mail.shown_created_at}
            </p>
            <pre class="mail-text" tabindex="0" aria-label="Tekst van het bericht">{mail.text}</pre>
        </article>
    }
}

/// The status as the administrator reads it: `Wacht`, or `Mislukt: ` and why.
fn status_nl(mail: &OutboxMail) -> String {
    match (mail.status, &mail.last_error) {
        (MailStatus::Pending, _) => "Wacht".to_owned(),
        (MailStatus::Failed, Some(reason)) => format!("Mislukt: {reason}"),
        (MailStatus::Failed, None) => "Mislukt".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail(status: MailStatus, last_error: Option<&str>) -> OutboxMail {
        OutboxMail {
            id: 1,
            to: "an@centrum.be".into(),
            to_name: "An".into(),
            subject: "Welkom".into(),
            text: "Hallo".into(),
            status,
            attempts: 5,
            last_error: last_error.map(str::to_owned),
            created_at: "2026-03-29T22:30:00.000000Z".parse().unwrap(),
            shown_created_at: "30/03/2026 om 00:30".into(),
        }
    }

    #[test]
    fn a_waiting_mail_waits_and_a_failed_one_says_why() {
        assert_eq!(status_nl(&mail(MailStatus::Pending, Some("time-out"))), "Wacht");
        assert_eq!(
            status_nl(&mail(MailStatus::Failed, Some("connection refused"))),
            "Mislukt: connection refused"
        );
        assert_eq!(status_nl(&mail(MailStatus::Failed, None)), "Mislukt");
    }
}
