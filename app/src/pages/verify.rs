//! `/verifieer` and `/verifieer/:id`: anyone, without signing in, checks an Open Badge of this
//! centre: pasted or read from its file, or opened through its QR code. The page says whether it
//! is authentic, by whom, for whom and for what, and whether it was revoked.

use base64::prelude::{Engine, BASE64_STANDARD};
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::badges::{check_linked_credential, CheckCredential};
use crate::components::chosen_file::read_chosen_file;
use crate::components::loaded::{first_refusal, loaded};
use crate::components::title::PageTitle;
use crate::dto::CredentialCheck;
use crate::t;

/// `/verifieer[/:id]`: "Een Open Badge controleren".
#[component]
pub fn VerifyPage() -> impl IntoView {
    let params = use_params_map();
    let linked = Resource::new(
        move || params.read().get("id"),
        |id| async move {
            match id {
                Some(id) => check_linked_credential(id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    let check = ServerAction::<CheckCredential>::new();
    let token = NodeRef::<Textarea>::new();
    let fill = move |event: leptos::ev::Event| {
        read_chosen_file(&event, move |bytes| {
            let text = bytes
                .and_then(|encoded| BASE64_STANDARD.decode(encoded).ok())
                .and_then(|bytes| String::from_utf8(bytes).ok());
            if let (Some(text), Some(area)) = (text, token.get()) {
                area.set_value(text.trim());
            }
        });
    };
    let checked = move || match check.value().get() {
        Some(Ok(result)) => Some(view! { <Verdict check=result/> }.into_any()),
        refused => first_refusal([refused.and_then(Result::err)]).map(|refusal| refusal.into_any()),
    };
    view! {
        <PageTitle text=t!("portfolio-verify-title")/>
        <h1>{t!("portfolio-verify-title")}</h1>
        <p class="muted">{t!("portfolio-verify-intro")}</p>
        {loaded(linked, |linked| linked.map(|check| view! { <Verdict check/> }).into_any())}
        <section class="card stack">
            <ActionForm action=check attr:class="stack">
                <label>
                    {t!("portfolio-verify-token")}
                    <textarea name="token" rows="6" required node_ref=token></textarea>
                </label>
                <label>
                    {t!("portfolio-verify-file")}
                    <input type="file" accept=".jwt,text/plain" on:change=fill/>
                </label>
                <button type="submit">{t!("portfolio-verify-submit")}</button>
            </ActionForm>
            {checked}
        </section>
    }
}

/// What the check found, in plain words.
#[component]
fn Verdict(check: CredentialCheck) -> impl IntoView {
    let (class, lines) = verdict_nl(&check);
    let lines = lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view();
    view! { <section class=class role="status" data-testid="verdict">{lines}</section> }
}

/// The card's class and its sentences.
fn verdict_nl(check: &CredentialCheck) -> (&'static str, Vec<String>) {
    if !check.authentic {
        return ("card warn", vec![check.message.clone().unwrap_or_default()]);
    }
    let issuer = check.issuer.as_str();
    let authentic = match check.shown_issued_at.as_deref() {
        Some(at) => t!("portfolio-verify-authentic-issued", issuer = issuer, at = at),
        None => t!("portfolio-verify-authentic", issuer = issuer),
    };
    let mut lines = vec![
        authentic,
        t!("portfolio-verify-recipient", recipient = check.recipient.as_str()),
        t!("portfolio-verify-achievement", achievement = check.achievement.as_str()),
    ];
    if check.revoked {
        lines.push(match check.shown_revoked_at.as_deref() {
            Some(at) => t!("portfolio-verify-revoked-at", at = at),
            None => t!("portfolio-verify-revoked"),
        });
        return ("card warn", lines);
    }
    ("card ok", lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(revoked: bool) -> CredentialCheck {
        CredentialCheck {
            authentic: true,
            issuer: "CVO Testcentrum".into(),
            recipient: "Jonas Peeters".into(),
            achievement: "Deelcertificaat M IT 020".into(),
            shown_issued_at: Some("07/12/2026 om 10:00".into()),
            revoked,
            shown_revoked_at: revoked.then(|| "08/12/2026 om 09:00".into()),
            message: None,
        }
    }

    #[test]
    fn the_verdict_names_issuer_recipient_achievement_and_a_revocation() {
        let (class, lines) = verdict_nl(&check(false));
        assert_eq!(class, "card ok");
        assert_eq!(lines[0], "Echt: ondertekend door CVO Testcentrum, uitgereikt op 07/12/2026 om 10:00.");
        let (class, lines) = verdict_nl(&check(true));
        assert_eq!(
            (class, lines[3].as_str()),
            ("card warn", "Ingetrokken op 08/12/2026 om 09:00: dit bewijs geldt niet meer.")
        );
        let (class, lines) = verdict_nl(&CredentialCheck::not_authentic("CVO Testcentrum"));
        assert_eq!(class, "card warn");
        assert!(lines[0].starts_with("Dit bewijs is niet echt"));
    }
}
