//! Why the domain refused something, in the reader's language: the domain's errors say what went
//! wrong, these messages (`locales/*/domain.ftl`) say it to people.

use domain::account::MIN_PASSWORD_CHARS;
use domain::assessment::{
    AwardRefusal, DecisionRuleError, NoSkillChosen, UndoRefusal, MAX_COMMENT_CHARS, UNDO_MINUTES,
};
use domain::cohort::CohortRuleError;
use domain::conversation::{ReplyError, MAX_REPLY_CHARS};
use domain::deliberation::{DeliberationError, MAX_MEMBERS, MAX_TEXT_CHARS};
use domain::enrolment_csv::RowProblem;
use domain::evidence::{
    EvidenceLocked, MAX_DESCRIPTION_CHARS, MAX_REFLECTION_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS,
};
use domain::management::ManagementRefusal;
use domain::person_name::MAX_NAME_CHARS;
use domain::record_chain::{Break, RecordRow};
use domain::text::TextError;
use domain::{AccountRuleError, EvidenceRuleError};

use super::labels::Label;

impl Label for AccountRuleError {
    fn label(&self) -> String {
        match self {
            AccountRuleError::InvalidEmail(email) => t!("domain-invalid-email", email = email.as_str()),
            AccountRuleError::InvalidName => t!("domain-invalid-name", max = MAX_NAME_CHARS),
            AccountRuleError::InvalidPassword => t!(
                "domain-invalid-password",
                min = MIN_PASSWORD_CHARS,
                max = domain::account::MAX_PASSWORD_CHARS
            ),
            AccountRuleError::GuessablePassword => t!("domain-guessable-password"),
        }
    }
}

impl Label for ManagementRefusal {
    fn label(&self) -> String {
        match self {
            ManagementRefusal::NotAStaffRole => t!("domain-not-a-staff-role"),
            ManagementRefusal::OwnDeactivation => t!("domain-own-deactivation"),
            ManagementRefusal::OwnRoleChange => t!("domain-own-role-change"),
            ManagementRefusal::AlreadyDeactivated => t!("domain-already-deactivated"),
            ManagementRefusal::AlreadyActive => t!("domain-already-active"),
            ManagementRefusal::Deactivated => t!("domain-deactivated"),
            ManagementRefusal::PasswordAlreadyChosen => t!("domain-password-already-chosen"),
        }
    }
}

impl Label for CohortRuleError {
    fn label(&self) -> String {
        match self {
            CohortRuleError::Name => t!("domain-cohort-name"),
            CohortRuleError::SchoolYear => t!("domain-school-year"),
            CohortRuleError::Date(text) => t!("domain-date", text = text.as_str()),
            CohortRuleError::EndsBeforeStart => t!("domain-ends-before-start"),
            CohortRuleError::ProfileRequired(profiles) => {
                t!("domain-profile-required", profiles = profiles.as_str())
            }
            CohortRuleError::UnknownProfile(profile, profiles) => {
                t!("domain-unknown-profile", profile = profile.as_str(), profiles = profiles.as_str())
            }
            CohortRuleError::NoProfiles => t!("domain-no-profiles"),
        }
    }
}

impl Label for ReplyError {
    fn label(&self) -> String {
        match self {
            ReplyError::Empty => t!("domain-reply-empty"),
            ReplyError::TooLong => t!("domain-reply-too-long", max = MAX_REPLY_CHARS),
            ReplyError::NoFeedback => t!("domain-reply-no-feedback"),
        }
    }
}

impl Label for DeliberationError {
    fn label(&self) -> String {
        match self {
            DeliberationError::Date(text) => t!("domain-meeting-date", text = text.as_str()),
            DeliberationError::Future => t!("domain-meeting-future"),
            DeliberationError::BeforeStart(start) => {
                t!("domain-meeting-before-start", start = start.to_string())
            }
            DeliberationError::NoMembers => t!("domain-meeting-no-members"),
            DeliberationError::TooManyMembers => t!("domain-meeting-too-many-members", max = MAX_MEMBERS),
            DeliberationError::Text => t!("domain-meeting-text", max = MAX_TEXT_CHARS),
            DeliberationError::Kind(kind) => t!("domain-meeting-kind", kind = kind.as_str()),
            DeliberationError::NoOutcomes => t!("domain-meeting-no-outcomes"),
            DeliberationError::Repeated { unit } => t!("domain-meeting-repeated", unit = unit.as_str()),
            DeliberationError::NotReady { unit } => t!("domain-meeting-not-ready", unit = unit.as_str()),
            DeliberationError::NoReason { unit } => t!("domain-meeting-no-reason", unit = unit.as_str()),
        }
    }
}

impl Label for EvidenceRuleError {
    fn label(&self) -> String {
        match self {
            EvidenceRuleError::Title => t!("domain-evidence-title", max = MAX_TITLE_CHARS),
            EvidenceRuleError::Description => t!("domain-evidence-description", max = MAX_DESCRIPTION_CHARS),
            EvidenceRuleError::Date(text) => t!("domain-date", text = text.as_str()),
            EvidenceRuleError::Url => t!("domain-evidence-url", max = MAX_URL_CHARS),
            EvidenceRuleError::Reflection => t!("domain-evidence-reflection", max = MAX_REFLECTION_CHARS),
        }
    }
}

impl Label for EvidenceLocked {
    fn label(&self) -> String {
        t!("domain-evidence-locked")
    }
}

impl Label for NoSkillChosen {
    fn label(&self) -> String {
        t!("domain-no-skill-chosen")
    }
}

impl Label for DecisionRuleError {
    fn label(&self) -> String {
        match self {
            DecisionRuleError::CommentTooLong => t!("domain-comment-too-long", max = MAX_COMMENT_CHARS),
            DecisionRuleError::NoSkillChosen(none) => none.label(),
            DecisionRuleError::NotYetWithoutComment(skill) => {
                t!("domain-not-yet-without-comment", skill = skill.place())
            }
            DecisionRuleError::ForeignEvidence(evidence) => {
                t!("domain-foreign-evidence", evidence = evidence.to_string())
            }
            DecisionRuleError::ObservedWithoutNote(skill) => {
                t!("domain-observed-without-note", skill = skill.place())
            }
            DecisionRuleError::MarkedTwice(skill) => t!("domain-marked-twice", skill = skill.place()),
        }
    }
}

impl Label for UndoRefusal {
    fn label(&self) -> String {
        match self {
            UndoRefusal::NotYours => t!("domain-undo-not-yours"),
            UndoRefusal::TooLate => t!("domain-undo-too-late", minutes = UNDO_MINUTES),
            UndoRefusal::AlreadyUndone => t!("domain-undo-already-undone"),
            UndoRefusal::Superseded => t!("domain-undo-superseded"),
            UndoRefusal::Cited => t!("domain-undo-cited"),
            UndoRefusal::Awarded => t!("domain-undo-awarded"),
        }
    }
}

impl Label for AwardRefusal {
    fn label(&self) -> String {
        match self {
            AwardRefusal::NoDeelcertificaten { framework, kind } => {
                t!("domain-no-deelcertificaten", framework = framework.to_string(), kind = kind.as_str())
            }
            AwardRefusal::AlreadyAwarded(unit) => t!("domain-already-awarded", unit = unit.as_str()),
            AwardRefusal::NotReady(missing) => t!("error-not-ready", count = missing.len()),
        }
    }
}

impl Label for TextError {
    fn label(&self) -> String {
        match self {
            TextError::Binary => t!("domain-text-binary"),
            TextError::Malformed(encoding) => t!("domain-text-malformed", encoding = *encoding),
        }
    }
}

impl Label for RowProblem {
    fn label(&self) -> String {
        match self {
            RowProblem::NotText(problem) => problem.label(),
            RowProblem::Empty => t!("domain-list-empty"),
            RowProblem::UnknownColumn(name) => t!("domain-list-unknown-column", name = name.as_str()),
            RowProblem::RepeatedColumn(name) => t!("domain-list-repeated-column", name = name.as_str()),
            RowProblem::MissingColumn(name) => t!("domain-list-missing-column", name = *name),
            RowProblem::FieldCount { expected, found } => {
                t!("domain-list-field-count", expected = *expected, found = *found)
            }
            RowProblem::NameRequired => t!("domain-list-name-required"),
            RowProblem::Name(problem) => problem.label(),
            RowProblem::InvalidEmail(email) => t!("domain-invalid-email", email = email.as_str()),
            RowProblem::ScientificNumber(number) => {
                t!("domain-list-scientific-number", number = number.as_str())
            }
            RowProblem::RepeatedEmail(email) => t!("domain-list-repeated-email", email = email.as_str()),
            RowProblem::RepeatedNumber { number, first_line } => {
                t!("domain-list-repeated-number", number = number.as_str(), line = *first_line)
            }
            RowProblem::LostLeadingZeros { number, usual } => {
                t!("domain-list-lost-zeros", number = number.as_str(), digits = *usual)
            }
        }
    }
}

impl Label for RecordRow {
    fn label(&self) -> String {
        match self {
            RecordRow::Decision(id) => t!("domain-row-decision", id = id.to_string()),
            RecordRow::Award(id) => t!("domain-row-award", id = id.to_string()),
            RecordRow::Withdrawal(id) => t!("domain-row-withdrawal", id = id.to_string()),
            RecordRow::Undo(id) => t!("domain-row-undo", id = id.to_string()),
            RecordRow::Deliberation(id) => t!("domain-row-deliberation", id = id.to_string()),
        }
    }
}

impl Label for Break {
    fn label(&self) -> String {
        match self {
            Break::Altered { position, row } => {
                t!("domain-break-altered", position = *position, row = row.label())
            }
            Break::Missing { position, next } => {
                t!("domain-break-missing", position = *position, next = next.label())
            }
            Break::Repeated { position, first, second } => {
                t!(
                    "domain-break-repeated",
                    position = *position,
                    first = first.label(),
                    second = second.label()
                )
            }
            Break::Unchained { row } => t!("domain-break-unchained", row = row.label()),
            Break::Truncated { found, length } => {
                t!("domain-break-truncated", found = *found, length = *length)
            }
            Break::HeadAltered => t!("domain-break-head-altered"),
            Break::AnchorDiffers { position } => t!("domain-break-anchor-differs", position = *position),
            Break::AnchorMissing { position } => t!("domain-break-anchor-missing", position = *position),
        }
    }
}
