//! `/beheer/berichten`: the e-mail Vaardig has not delivered, newest first, each with its text to
//! copy to the person (`?voor=ID` shows those older than message ID).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::mailbox::undelivered_mail;
use crate::components::loaded::loaded;
use crate::dto::{MailStatus, OutboxMail, OutboxView};
use crate::{t, urls};

/// How many mails a page shows (the server's page).
const PAGE: usize = 100;

/// `/beheer/berichten`: "Uitgaande berichten".
#[component]
pub fn OutboxPage() -> impl IntoView {
    let query = use_query_map();
    let before = move || query.read().get("voor").and_then(|id| id.parse::<i64>().ok());
    let outbox = Resource::new(before, undelivered_mail);
    let heading = t!("admin-outbox-heading");
    let title = t!("common-page-title", page = heading.as_str());
    view! {
        <Title text=title/>
        <h1>{heading}</h1>
        {loaded(outbox, |outbox| view! { <Mails outbox/> }.into_any())}
    }
}

#[component]
fn Mails(outbox: OutboxView) -> impl IntoView {
    // Why mail waits here, in the administrator's words.
    let explanation =
        if outbox.smtp_configured { t!("admin-outbox-with-smtp") } else { t!("admin-outbox-no-smtp") };
    let older = (outbox.messages.len() == PAGE)
        .then(|| outbox.messages.last().map(|last| urls::outbox_before(last.id)))
        .flatten();
    let empty = outbox.messages.is_empty().then(|| view! { <p class="card">{t!("admin-outbox-empty")}</p> });
    let mails = outbox.messages.into_iter().map(|mail| view! { <MailCard mail/> }).collect_view();
    view! {
        <p class="muted" data-testid="outbox-explanation">{explanation}</p>
        {empty}
        <div data-testid="outbox">{mails}</div>
        {older.map(|href| view! { <p><a href=href>{t!("admin-outbox-older")}</a></p> })}
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
    let about = t!("admin-outbox-mail-about", recipient = recipient, created = mail.shown_created_at);
    view! {
        <article class="card mail" data-outbox-id=mail.id>
            <h2>{mail.subject}</h2>
            <p>
                <span class=badge>{status}</span>
                " "{about}
            </p>
            <pre class="mail-text" tabindex="0" aria-label=t!("admin-outbox-mail-text")>{mail.text}</pre>
        </article>
    }
}

/// The status as the administrator reads it: `Wacht`, or `Mislukt: ` and why.
fn status_nl(mail: &OutboxMail) -> String {
    match (mail.status, &mail.last_error) {
        (MailStatus::Pending, _) => t!("admin-outbox-pending"),
        (MailStatus::Failed, Some(reason)) => t!("admin-outbox-failed-because", reason = reason.as_str()),
        (MailStatus::Failed, None) => t!("admin-outbox-failed"),
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
