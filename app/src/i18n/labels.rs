//! The names of the domain's kinds (roles, statuses, verdicts…) in the reader's language: the
//! domain has the kinds, the interface has the words.

use domain::crosswalk::Coverage;
use domain::curriculum::FrameworkKind;
use domain::deliberation::Outcome;
use domain::evidence::EvidenceKind;
use domain::notification::{Delivery, NotificationKind, ToDo};
use domain::progress::{SkillStatus, UnitStatus, Verdict};
use domain::Role;

/// A kind's name for people, in the reader's language ([`crate::i18n::locale`]).
pub trait Label {
    fn label(&self) -> String;
}

impl Label for Role {
    fn label(&self) -> String {
        match self {
            Role::Student => t!("role-student"),
            Role::Assessor => t!("role-assessor"),
            Role::Coordinator => t!("role-coordinator"),
            Role::Admin => t!("role-admin"),
        }
    }
}

impl Label for Verdict {
    fn label(&self) -> String {
        match self {
            Verdict::Achieved => t!("verdict-achieved"),
            Verdict::NotYet => t!("verdict-not-yet"),
        }
    }
}

impl Label for SkillStatus {
    fn label(&self) -> String {
        match self {
            SkillStatus::NotStarted => t!("status-not-started"),
            SkillStatus::InProgress => t!("status-in-progress"),
            SkillStatus::Submitted => t!("status-submitted"),
            SkillStatus::NotYet => t!("verdict-not-yet"),
            SkillStatus::Achieved => t!("verdict-achieved"),
        }
    }
}

impl Label for UnitStatus {
    fn label(&self) -> String {
        match self {
            UnitStatus::NotStarted => t!("status-not-started"),
            UnitStatus::InProgress => t!("status-in-progress"),
            UnitStatus::Submitted => t!("status-submitted"),
            UnitStatus::ReadyForDeelcertificaat => t!("unit-status-ready"),
            UnitStatus::Awarded => t!("unit-status-awarded"),
        }
    }
}

/// A word or two, for a cell of the cohort overview.
pub fn unit_status_short(status: UnitStatus) -> String {
    match status {
        UnitStatus::ReadyForDeelcertificaat => t!("unit-status-ready-short"),
        UnitStatus::Awarded => t!("verdict-achieved"),
        other => other.label(),
    }
}

impl Label for Coverage {
    fn label(&self) -> String {
        match self {
            Coverage::Covered => t!("coverage-covered"),
            Coverage::NeedsDecision => t!("coverage-needs-decision"),
            Coverage::NotCovered => t!("coverage-not-covered"),
        }
    }
}

impl Label for EvidenceKind {
    fn label(&self) -> String {
        match self {
            EvidenceKind::File => t!("evidence-kind-file"),
            EvidenceKind::Reflection => t!("evidence-kind-reflection"),
            EvidenceKind::Link => t!("evidence-kind-link"),
        }
    }
}

/// How users call one unit of a kind of framework: module, activiteitenblok, kerntaak.
impl Label for FrameworkKind {
    fn label(&self) -> String {
        match self {
            FrameworkKind::Opleidingsprofiel => t!("unit-kind-module"),
            FrameworkKind::Beroepskwalificatie => t!("unit-kind-activity-block"),
            FrameworkKind::Kwalificatiedossier => t!("unit-kind-core-task"),
        }
    }
}

impl Label for NotificationKind {
    fn label(&self) -> String {
        match self {
            NotificationKind::Submitted => t!("notification-kind-submitted"),
            NotificationKind::Decided => t!("notification-kind-decided"),
            NotificationKind::Awarded => t!("notification-kind-awarded"),
            NotificationKind::Ready => t!("notification-kind-ready"),
            NotificationKind::NeedsAttention => t!("notification-kind-needs-attention"),
            NotificationKind::Reply => t!("notification-kind-reply"),
        }
    }
}

impl Label for Delivery {
    fn label(&self) -> String {
        match self {
            Delivery::AtOnce => t!("delivery-at-once"),
            Delivery::Digest => t!("delivery-digest"),
            Delivery::Never => t!("delivery-never"),
        }
    }
}

impl Label for ToDo {
    fn label(&self) -> String {
        match self {
            ToDo::AddEvidence => t!("to-do-add-evidence"),
            ToDo::Submit => t!("to-do-submit"),
            ToDo::AnswerFeedback => t!("to-do-answer-feedback"),
        }
    }
}

impl Label for Outcome {
    fn label(&self) -> String {
        match self {
            Outcome::Granted => t!("outcome-granted"),
            Outcome::Postponed { reason } => t!("outcome-postponed", reason = reason.as_str()),
        }
    }
}
