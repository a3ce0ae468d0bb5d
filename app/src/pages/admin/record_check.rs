//! `/beheer/register`: the check of the tamper-evident record. Every visit walks the chain over
//! all decisions and awards and says whether it is intact or where it first breaks, with the
//! head (position and hash) to print and keep outside Vaardig as an anchor.

use leptos::prelude::*;

use crate::api::record_chain::check_record;
use crate::components::loaded::loaded;
use crate::components::title::PageTitle;
use crate::dto::RecordCheck;
use crate::t;

/// `/beheer/register`: "Register van beslissingen".
#[component]
pub fn RecordCheckPage() -> impl IntoView {
    let check = Resource::new(|| (), |()| check_record());
    let heading = t!("admin-record-heading");
    view! {
        <PageTitle text=heading.clone()/>
        <h1>{heading}</h1>
        {loaded(check, |check| view! { <Checked check/> }.into_any())}
    }
}

#[component]
fn Checked(check: RecordCheck) -> impl IntoView {
    let (class, verdict) = verdict_nl(&check);
    let anchor = format!("{}:{}", check.entries, check.head_hash);
    let last = check.shown_extended_at.clone().unwrap_or_else(|| t!("admin-record-nothing-yet"));
    view! {
        <p class="muted">{t!("admin-record-intro")}</p>
        <section class=class role="status" data-testid="record-verdict">
            <p>{verdict}</p>
            <p class="muted">{t!("admin-record-checked-at", when = check.shown_checked_at.as_str())}</p>
        </section>
        <section class="card stack">
            <h2>{t!("admin-record-head")}</h2>
            <dl>
                <dt>{t!("admin-record-entries")}</dt>
                <dd data-testid="record-entries">{check.entries}</dd>
                <dt>{t!("admin-record-last")}</dt>
                <dd>{last}</dd>
                <dt>{t!("admin-record-anchor")}</dt>
                <dd><code class="hash" data-testid="record-anchor">{anchor}</code></dd>
            </dl>
            {anchor_advice(&check)}
            <p class="no-print">
                <button type="button" class="needs-script" on:click=move |_| { let _ = window().print(); }>{t!("admin-record-print")}</button>
            </p>
        </section>
    }
}

/// What to do with the anchor: note it while the record is intact; not while it is broken.
fn anchor_advice(check: &RecordCheck) -> impl IntoView {
    if check.broken.is_some() {
        return view! {
            <p class="error">{t!("admin-record-anchor-broken")}</p>
        }
        .into_any();
    }
    view! {
        <p class="muted">
            {t!("admin-record-anchor-advice")}" "<code>"vaardig audit verify --anchor plaats:hash"</code>"."
        </p>
    }
    .into_any()
}

/// The card's class and its sentence: intact with its size, or the first break.
fn verdict_nl(check: &RecordCheck) -> (&'static str, String) {
    match &check.broken {
        None => ("card ok", t!("admin-record-intact", entries = check.entries)),
        Some(broken) => ("card warn", t!("admin-record-broken", broken = broken.as_str())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(broken: Option<&str>) -> RecordCheck {
        RecordCheck {
            entries: 12,
            head_hash: "ab".repeat(32),
            extended_at: None,
            shown_extended_at: None,
            shown_checked_at: "07/12/2026 om 10:00".into(),
            broken: broken.map(str::to_owned),
        }
    }

    #[test]
    fn the_verdict_says_intact_or_names_the_break() {
        assert_eq!(
            verdict_nl(&check(None)),
            ("card ok", "Het register is intact: 12 vastleggingen, elk op zijn plaats.".into())
        );
        assert_eq!(
            verdict_nl(&check(Some("beslissing 3 (positie 3) klopt niet met zijn hash"))),
            (
                "card warn",
                "Het register is gewijzigd buiten Vaardig: beslissing 3 (positie 3) klopt niet met zijn hash."
                    .into()
            )
        );
    }
}
