//! The e-mails Vaardig sends, in the addressee's language (`locales/*/letters.ftl`): plain text,
//! and the same as simple HTML (every text escaped with `html-escape`), signed with the centre's
//! name.

use html_escape::{encode_double_quoted_attribute, encode_text};

use super::Mail;
use crate::i18n::{in_locale, Locale};
use crate::t;

/// Who a letter goes to, and the language they read.
#[derive(Debug, Clone, Copy)]
pub struct Recipient<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub locale: Locale,
}

/// The invitation to a new account: a link, valid 7 days, to choose a password.
pub fn invitation(to: Recipient, institution: &str, link: &str) -> Mail {
    in_locale(to.locale, || {
        letter(
            to,
            t!("letters-invitation-subject", institution = institution),
            &[t!("letters-invitation-text", institution = institution)],
            (&t!("letters-invitation-button"), link),
            &[t!("letters-invitation-validity")],
            institution,
        )
    })
}

/// The link to choose a new password, valid 1 hour, after "wachtwoord vergeten".
pub fn password_reset(to: Recipient, institution: &str, link: &str) -> Mail {
    in_locale(to.locale, || {
        letter(
            to,
            t!("letters-reset-subject"),
            &[t!("letters-reset-text")],
            (&t!("letters-reset-button"), link),
            &[t!("letters-reset-validity")],
            institution,
        )
    })
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
    let day = crate::format::date(day);
    in_locale(to.locale, || {
        letter(
            to,
            t!("letters-retention-subject", day = day.as_str()),
            &[t!("letters-retention-text", years = years, day = day.as_str()), list.join("\n")],
            (&t!("letters-open-vaardig"), link),
            &[t!("letters-retention-advice")],
            institution,
        )
    })
}

/// One notification, sent at once: its sentence, a button to where to act, and the link to
/// change how notifications arrive. The notice is written in the addressee's language.
pub fn notification(
    to: Recipient,
    institution: &str,
    notice: &domain::notification::Notice,
    link: &str,
    preferences: &str,
) -> Mail {
    use crate::i18n::labels::Label;
    in_locale(to.locale, || {
        letter(
            to,
            t!("letters-notification-subject", kind = notice.kind().label()),
            &[notice.label()],
            (&t!("letters-notification-button"), link),
            &[preferences_line(preferences)],
            institution,
        )
    })
}

/// A heading of the daily digest (a cohort and a unit) with its notifications: (sentence, link).
pub struct DigestGroup {
    pub heading: String,
    pub items: Vec<(String, String)>,
}

/// The daily digest: every group with its notifications, each with its link. `groups` makes the
/// headings and lines, in the addressee's language.
pub fn digest(
    to: Recipient,
    institution: &str,
    day: &str,
    groups: impl FnOnce() -> Vec<DigestGroup>,
    preferences: &str,
) -> Mail {
    in_locale(to.locale, || digest_in_language(to, institution, day, &groups(), preferences))
}

fn digest_in_language(
    to: Recipient,
    institution: &str,
    day: &str,
    groups: &[DigestGroup],
    preferences: &str,
) -> Mail {
    let count: usize = groups.iter().map(|group| group.items.len()).sum();
    let subject = t!("letters-digest-subject", day = day, count = count);
    let greeting = t!("letters-greeting", name = to.name);
    let closing = format!("{}\n{institution}", t!("letters-closing"));
    let intro = t!("letters-digest-intro");
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
        "<!DOCTYPE html><html lang=\"{}\"><body>{}{}{html_groups}{}{}</body></html>",
        to.locale.tag(),
        paragraph(&greeting),
        paragraph(&intro),
        paragraph(&preferences_line(preferences)),
        paragraph(&closing),
    );
    Mail { to: to.email.to_owned(), to_name: to.name.to_owned(), subject, text, html }
}

fn preferences_line(link: &str) -> String {
    t!("letters-preferences", link = link)
}

fn letter(
    to: Recipient,
    subject: String,
    before: &[String],
    (label, link): (&str, &str),
    after: &[String],
    institution: &str,
) -> Mail {
    let greeting = t!("letters-greeting", name = to.name);
    let closing = t!("letters-closing");
    let text = [
        vec![greeting.clone()],
        before.to_vec(),
        vec![t!("common-labelled", label = label, value = link)],
        after.to_vec(),
    ]
    .concat()
    .join("\n\n")
        + &format!("\n\n{closing}\n{institution}\n");
    let signature = format!("{closing}\n{institution}");
    let html = html_letter(to.locale, &greeting, before, (label, link), after, &signature);
    Mail { to: to.email.to_owned(), to_name: to.name.to_owned(), subject, text, html }
}

fn html_letter(
    locale: Locale,
    greeting: &str,
    before: &[String],
    (label, link): (&str, &str),
    after: &[String],
    signature: &str,
) -> String {
    let paragraph = |text: &str| format!("<p>{}</p>", encode_text(text).replace('\n', "<br>"));
    let paragraphs = |texts: &[String]| texts.iter().map(|text| paragraph(text)).collect::<String>();
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><body>{}{}<p><a href=\"{}\">{}</a></p>{}{}</body></html>",
        locale.tag(),
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

    const TO: Recipient = Recipient { email: "ayse@example.be", name: "Ayşe Aydın", locale: Locale::Nl };

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
        let mail = digest(
            TO,
            "CVO Testcentrum",
            "29/11/2026",
            || groups.into(),
            "https://v.test/mijn-account#meldingen",
        );
        assert_eq!(mail.subject, "Vaardig: je overzicht van 29/11/2026 (2 meldingen)");
        assert!(mail.text.contains(
            "Avondklas 2026 · M IT 020\n- Ayşe diende 2 vaardigheden in voor M IT 020.\n  https://v.test/a\n\nAvondklas 2026 · M IT 021"
        ));
        assert!(mail.text.contains("nooit): https://v.test/mijn-account#meldingen"));
        assert!(mail.html.contains("<h2>Avondklas 2026 · M IT 021</h2><ul><li><a href=\"https://v.test/b\">&lt;b&gt;x&lt;/b&gt;</a></li></ul>"));
    }

    #[test]
    fn a_letter_is_in_its_addressees_language() {
        let to = Recipient { locale: Locale::Fr, ..TO };
        let mail = password_reset(to, "CVO Testcentrum", "https://vaardig.test/wachtwoord-kiezen/abc");
        assert_eq!(mail.subject, "Un nouveau mot de passe pour Vaardig");
        assert!(mail.text.starts_with("Bonjour Ayşe Aydın,\n\n"), "{}", mail.text);
        assert!(mail.html.starts_with(r#"<!DOCTYPE html><html lang="fr-BE">"#));
        let english =
            invitation(Recipient { locale: Locale::En, ..TO }, "CVO Testcentrum", "https://v.test/x");
        assert_eq!(english.subject, "Your Vaardig account at CVO Testcentrum");
    }

    #[test]
    fn names_are_escaped_in_the_html() {
        let mail = password_reset(
            Recipient { email: "x@example.be", name: "<script>alert(1)</script>", locale: Locale::Nl },
            "CVO & Co",
            "https://vaardig.test/wachtwoord-herstellen/abc",
        );
        assert!(!mail.html.contains("<script>"), "{}", mail.html);
        assert!(mail.html.contains("&lt;script&gt;"), "{}", mail.html);
        assert!(mail.html.contains("CVO &amp; Co"), "{}", mail.html);
        assert!(mail.text.contains("Beste <script>alert(1)</script>,"), "plain text is not HTML");
    }
}
