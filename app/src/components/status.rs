//! A unit's or a skill's status as a badge: the word, and a class that colours it.

use crate::i18n::labels::Label;
use domain::{SkillStatus, UnitStatus};
use leptos::prelude::*;

/// A unit's status; `data-status` names it for the browser tests.
#[component]
pub fn UnitStatusBadge(status: UnitStatus) -> impl IntoView {
    let class = match status {
        UnitStatus::NotStarted => "badge",
        UnitStatus::InProgress | UnitStatus::Submitted => "badge busy",
        UnitStatus::ReadyForDeelcertificaat | UnitStatus::Awarded => "badge done",
    };
    view! { <span class=class data-status=format!("{status:?}")>{status.label()}</span> }
}

/// A skill's status.
#[component]
pub fn SkillStatusBadge(status: SkillStatus) -> impl IntoView {
    let class = match status {
        SkillStatus::NotStarted => "badge",
        SkillStatus::InProgress | SkillStatus::Submitted => "badge busy",
        SkillStatus::NotYet => "badge warn",
        SkillStatus::Achieved => "badge done",
    };
    view! { <span class=class>{status.label()}</span> }
}
