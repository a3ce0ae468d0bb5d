//! The e-mails Vaardig sends, in Dutch: plain text, and the same as simple HTML (every text
//! escaped with `html-escape`), signed with the centre's name.

use html_escape::{encode_double_quoted_attribute, encode_text};

use super::Mail;

/// Who a letter goes to.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    pub email: &'a str,
    pub name: &'a str,
}

/// The invitation to a new account: a link, valid 7 days, to choose a password.
pub fn invitation(to: Recipient, institution: &str, link: &str) -> Mail {
    letter(
        to,
        format!("Je account voor Vaardig bij {institution}"),
        &[format!("{institution} heeft voor jou een account aangemaakt in Vaardig, het portfolio van je opleiding. Kies met de knop hieronder je wachtwoord; daarna meld je je aan met dit e-mailadres.")],
        ("Kies je wachtwoord", link),
        &["De link werkt één keer en blijft 7 dagen geldig. Is hij verlopen, vraag dan een nieuwe uitnodiging aan je coördinator.".to_owned()],
        institution,
    )
}

/// The link to choose a new password, valid 1 hour, after "wachtwoord vergeten".
pub fn password_reset(to: Recipient, institution: &str, link: &str) -> Mail {
    letter(
        to,
        "Een nieuw wachtwoord voor Vaardig".to_owned(),
        &["Iemand vroeg een nieuw wachtwoord aan voor je account in Vaardig. Was jij dat, kies dan met de knop hieronder een nieuw wachtwoord.".to_owned()],
        ("Kies een nieuw wachtwoord", link),
        &["De link werkt één keer en blijft 1 uur geldig. Heb je niets gevraagd? Dan hoef je niets te doen: je wachtwoord blijft wat het was.".to_owned()],
        institution,
    )
}

/// The report to an administrator, before the worker removes old evidence files: whose files
/// go, on which day, and why (the retention period).
pub fn retention_report(
    to: Recipient,
    institution: &str,
    link: &str,
    years: u32,
    day: &str,
    names: &[&str],
) -> Mail {
    let list: Vec<String> = names.iter().map(|name| format!("- {name}")).collect();
    letter(
        to,
        format!("Vaardig verwijdert op {} oude bewijsbestanden", crate::format::date_nl(day)),
        &[
            format!(
                "De groepen van deze cursisten zijn meer dan {years} jaar geleden afgelopen. Op {} verwijdert \
                 Vaardig hun bewijsbestanden; hun bewijsstukken, beslissingen en deelcertificaten blijven bewaard.",
                crate::format::date_nl(day)
            ),
            list.join("\n"),
        ],
        ("Open Vaardig", link),
        &["Wil je iets bewaren, download dan nu het portfolio van de cursist (zip) op zijn pagina.".to_owned()],
        institution,
    )
}

/// One notification, sent at once: its sentence, a button to where to act, and the link to
/// change how notifications arrive.
pub fn notification(
    to: Recipient,
    institution: &str,
    subject: &str,
    sentence: &str,
    link: &str,
    preferences: &str,
) -> Mail {
    letter(
        to,
        format!("Vaardig: {subject}"),
        &[sentence.to_owned()],
        ("Bekijk het in Vaardig", link),
        &[preferences_line(preferences)],
        institution,
    )
}

/// A heading of the daily digest (a cohort and a unit) with its notifications: (sentence, link).
pub struct DigestGroup {
    pub heading: String,
    pub items: Vec<(String, String)>,
}

/// The daily digest: every group with its notifications, each with its link.
pub fn digest(
    to: Recipient,
    institution: &str,
    day: &str,
    groups: &[DigestGroup],
    preferences: &str,
) -> Mail {
    let count: usize = groups.iter().map(|group| group.items.len()).sum();
    let subject = format!(
        "Vaardig: je overzicht van {day} ({count} {})",
        if count == 1 { "melding" } else { "meldingen" }
    );
    let greeting = format!("Beste {},", to.name);
    let closing = format!("Met vriendelijke groeten,\n{institution}");
    let intro = "Dit gebeurde in Vaardig sinds je vorige overzicht:".to_owned();
    let text_groups: Vec<String> = groups
        .iter()
        .map(|group| {
            let lines: Vec<String> =
                group.items.iter().map(|(text, link)| format!("- {text}\n  {link}")).collect();
            format!("{}\n{}", group.heading, lines.join("\n"))
        })
        .collect();
    let text = [
        vec![greeting.clone(), intro.clone()],
        text_groups,
        vec![preferences_line(preferences), closing.clone()],
    ]
    .concat()
    .join("\n\n")
        + "\n";
    let html_groups: String = groups
        .iter()
        .map(|group| {
            let items: String = group
                .items
                .iter()
                .map(|(text, link)| {
                    format!(
                        "<li><a href=\"{}\">{}</a></li>",
                        encode_double_quoted_attribute(link),
                        encode_text(text)
                    )
                })
                .collect();
            format!("<h2>{}</h2><ul>{items}</ul>", encode_text(&group.heading))
        })
        .collect();
    let paragraph = |text: &str| format!("<p>{}</p>", encode_text(text).replace('\n', "<br>"));
    let html = format!(
        "<!DOCTYPE html><html lang=\"nl-BE\"><body>{}{}{html_groups}{}{}</body></html>",
        paragraph(&greeting),
        paragraph(&intro),
        paragraph(&preferences_line(preferences)),
        paragraph(&closing),
    );
    Mail { to: to.email.to_owned(), to_name: to.name.to_owned(), subject, text, html }
}

fn preferences_line(link: &str) -> String {
    format!("Kies hoe je deze berichten krijgt (meteen, in een dagelijks overzicht of nooit): {link}")
}

fn letter(
    to: Recipient,
    subject: String,
    before: &[String],
    (label, link): (&str, &str),
    after: &[String],
    institution: &str,
) -> Mail {
    let greeting = format!("Beste {},", to.name);
    let closing = "Met vriendelijke groeten,";
    let text = [vec![greeting.clone()], before.to_vec(), vec![format!("{label}: {link}")], after.to_vec()]
        .concat()
        .join("\n\n")
        + &format!("\n\n{closing}\n{institution}\n");
    let html = html_letter(&greeting, before, (label, link), after, &format!("{closing}\n{institution}"));
    Mail { to: to.email.to_owned(), to_name: to.name.to_owned(), subject, text, html }
}

fn html_letter(
    greeting: &str,
    before: &[String],
    (label, link): (&str, &str),
    after: &[String],
    signature: &str,
) -> String {
    let paragraph = |text: &str| format!("<p>{}</p>", encode_text(text).replace('\n', "<br>"));
    let paragraphs = |texts: &[String]| texts.iter().map(|text| paragraph(text)).collect::<String>();
    format!(
        "<!DOCTYPE html><html lang=\"nl-BE\"><body>{}{}<p><a href=\"{}\">{}</a></p>{}{}</body></html>",
        paragraph(greeting),
        paragraphs(before),
        encode_double_quoted_attribute(link),
        encode_text(label),
        paragraphs(after),
        paragraph(signature),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TO: Recipient = Recipient { email: "ayse@example.be", name: "Ayşe Aydın" };

    #[test]
    fn an_invitation_reads_in_dutch_with_its_link_and_the_centre() {
        let mail = invitation(TO, "CVO Testcentrum", "https://vaardig.test/uitnodiging/abc");
        assert_eq!(mail.subject, "Je account voor Vaardig bij CVO Testcentrum");
        assert!(mail.text.starts_with("Beste Ayşe Aydın,\n\nCVO Testcentrum heeft voor jou een account"));
        assert!(mail.text.contains("\n\nKies je wachtwoord: https://vaardig.test/uitnodiging/abc\n\n"));
        assert!(mail.text.ends_with("Met vriendelijke groeten,\nCVO Testcentrum\n"));
        assert!(mail
            .html
            .contains(r#"<p><a href="https://vaardig.test/uitnodiging/abc">Kies je wachtwoord</a></p>"#));
        assert!(mail.html.contains("<p>Met vriendelijke groeten,<br>CVO Testcentrum</p></body></html>"));
    }

    #[test]
    fn a_digest_groups_its_lines_under_headings_with_their_links() {
        let groups = [
            DigestGroup {
                heading: "Avondklas 2026 · M IT 020".into(),
                items: vec![(
                    "Ayşe diende 2 vaardigheden in voor M IT 020.".into(),
                    "https://v.test/a".into(),
                )],
            },
            DigestGroup {
                heading: "Avondklas 2026 · M IT 021".into(),
                items: vec![("<b>x</b>".into(), "https://v.test/b".into())],
            },
        ];
        let mail =
            digest(TO, "CVO Testcentrum", "29/11/2026", &groups, "https://v.test/mijn-account#meldingen");
        assert_eq!(mail.subject, "Vaardig: je overzicht van 29/11/2026 (2 meldingen)");
        assert!(mail.text.contains(
            "Avondklas 2026 · M IT 020\n- Ayşe diende 2 vaardigheden in voor M IT 020.\n  https://v.test/a\n\nAvondklas 2026 · M IT 021"
        ));
        assert!(mail.text.contains("nooit): https://v.test/mijn-account#meldingen"));
        assert!(mail.html.contains("<h2>Avondklas 2026 · M IT 021</h2><ul><li><a href=\"https://v.test/b\">&lt;b&gt;x&lt;/b&gt;</a></li></ul>"));
    }

    #[test]
    fn names_are_escaped_in_the_html() {
        let mail = password_reset(
            Recipient { email: "x@example.be", name: "<script>alert(1)</script>" },
            "CVO & Co",
            "https://vaardig.test/wachtwoord-herstellen/abc",
        );
        assert!(!mail.html.contains("<script>"), "{}", mail.html);
        assert!(mail.html.contains("&lt;script&gt;"), "{}", mail.html);
        assert!(mail.html.contains("CVO &amp; Co"), "{}", mail.html);
        assert!(mail.text.contains("Beste <script>alert(1)</script>,"), "plain text is not HTML");
    }
}
