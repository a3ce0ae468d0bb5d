//! What crosses the wire between server and browser. Only what the page may show: no password
//! hashes, no other users' details beyond names.

use domain::{
    AccountId, CohortId, DecisionId, DeliberationId, EvidenceId, EvidenceKind, FrameworkCode, FrameworkKind,
    Role, SkillId, SkillStatus, StudentId, Timestamp, UnitCode, Verdict,
};
use serde::{Deserialize, Serialize};

use crate::t;

/// The signed-in account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserView {
    pub id: AccountId,
    pub email: String,
    pub name: String,
    pub role: Role,
}

/// One line of the catalog: a framework and its size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkSummary {
    pub code: FrameworkCode,
    pub title: String,
    pub kind: FrameworkKind,
    pub level: Option<u8>,
    pub total_lestijden: Option<u32>,
    pub units: u32,
    pub competencies: u32,
    pub skills: u32,
    /// The profiles a cohort chooses from: (code, title); empty when there are none.
    #[serde(default)]
    pub profiles: Vec<(String, String)>,
}

/// A cohort as listed on the home pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortView {
    pub id: CohortId,
    pub name: String,
    pub school_year: String,
    pub framework_code: FrameworkCode,
    pub framework_title: String,
    /// The profile the cohort follows, as people name it ("P2 Expert IT systems and devices").
    #[serde(default)]
    pub profile: Option<String>,
    /// The version of its framework the cohort follows, and the newest stored version: a
    /// coordinator may move the cohort when they differ.
    #[serde(default)]
    pub framework_version: u32,
    #[serde(default)]
    pub newest_version: u32,
    pub students: Vec<PersonView>,
    pub assessors: Vec<PersonView>,
    /// Archived: still readable (readiness, report), no longer changed (no enrolling, assigning).
    #[serde(default)]
    pub archived: bool,
}

/// Another account, by name only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonView {
    pub id: AccountId,
    pub name: String,
}

/// The number of accounts with one role, for the administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleCount {
    pub role: Role,
    pub accounts: u32,
}

/// What a student enters for a new evidence item (the `meta` part of an upload).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceInput {
    pub kind: EvidenceKind,
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// The day the evidence is about, `YYYY-MM-DD`.
    pub date: String,
    /// For a link.
    #[serde(default)]
    pub url: Option<String>,
    /// For a reflection.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub skill_ids: Vec<SkillId>,
    /// The item this one is a new version of.
    #[serde(default)]
    pub replaces: Option<EvidenceId>,
}

/// The editable details of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceEdit {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub date: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
}

/// An evidence item as shown and as answered by the JSON API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceView {
    pub id: EvidenceId,
    pub student_id: StudentId,
    pub kind: EvidenceKind,
    pub title: String,
    pub description: String,
    pub date: String,
    pub file: Option<FileView>,
    pub url: Option<String>,
    pub text: Option<String>,
    pub skill_ids: Vec<SkillId>,
    /// An assessor's decision rests on it: it can no longer change, only get a new version.
    pub locked: bool,
    pub replaces_id: Option<EvidenceId>,
    pub replaced_by_id: Option<EvidenceId>,
}

/// The file of a file item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileView {
    pub name: String,
    pub media_type: String,
    pub size: u64,
    pub has_thumbnail: bool,
}

/// A file of a multi-file upload that was refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedFile {
    pub file_name: String,
    /// The error code, as in the API's error bodies (`too_large`, `unsupported_media_type`, …).
    pub code: String,
    pub message: String,
}

/// The answer to an upload: the items created and the files refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadOutcome {
    pub items: Vec<EvidenceView>,
    pub refused: Vec<RefusedFile>,
}

impl UploadOutcome {
    /// Refused files named in [`UploadOutcome::summary`]; the rest are counted. A plain form's
    /// answer carries the summary in its `Location` header, so it stays short.
    pub const REFUSALS_NAMED: usize = 3;

    /// What the student reads: how many items were added, then why the first files were refused
    /// and how many more were.
    pub fn summary(&self) -> String {
        let mut lines = vec![t!("evidence-form-added", count = self.items.len())];
        let named = self.refused.iter().take(Self::REFUSALS_NAMED);
        lines.extend(named.map(|refused| refused.message.clone()));
        if let Some(more) = self.refused.len().checked_sub(Self::REFUSALS_NAMED).filter(|more| *more > 0) {
            lines.push(t!("evidence-form-refused-more", count = more));
        }
        lines.join(" ")
    }
}

/// A student's standing in one framework, with the curriculum to show it against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeView {
    pub student: PersonView,
    pub framework: domain::Framework,
    pub progress: domain::FrameworkProgress,
    pub awards: Vec<AwardView>,
    /// Submissions in this framework closed without a review, newest first.
    #[serde(default)]
    pub closed_submissions: Vec<ClosedSubmission>,
    /// The conversations on this framework's skills, oldest first.
    #[serde(default)]
    pub conversations: Vec<SkillMessageView>,
    /// When the server read it: what the page weighs time limits against (the undo of a
    /// decision), so the server's render and the browser's agree.
    pub read_at: Timestamp,
}

/// A submission closed without a review (its skill was retired from the framework), with the
/// note the student reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosedSubmission {
    pub skill_id: SkillId,
    /// The skill's last wording, as the student submitted it.
    pub skill_text: String,
    pub unit_code: UnitCode,
    pub closed_at: Timestamp,
    /// The Brussels day it was closed (`YYYY-MM-DD`), worked out on the server.
    pub closed_on: String,
    pub note: String,
}

/// An assessor's decision on one or more skills of one student.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionInput {
    pub student_id: StudentId,
    /// None chosen is refused with the reason (a plain form sends no field then).
    #[serde(default)]
    pub skill_ids: Vec<SkillId>,
    pub decision: Verdict,
    /// Required for "not yet": what is still missing. Not sent when empty, so a form can ask
    /// for it in a field of its own.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    /// The evidence items the decision rests on; they become locked.
    #[serde(default)]
    pub evidence_ids: Vec<EvidenceId>,
}

/// The assessment grid of one unit for one cohort: its students as rows, the unit's skills as
/// columns, each cell the skill's status and current evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentGrid {
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub framework_code: FrameworkCode,
    pub unit: UnitHead,
    /// The unit's skills, in curriculum order.
    pub skills: Vec<GridSkill>,
    /// The cohort's students, in name order.
    pub rows: Vec<GridRow>,
    /// The titles of the evidence the cells show.
    pub titles: Vec<(EvidenceId, String)>,
}

/// A column of the grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridSkill {
    pub id: SkillId,
    /// Its competency's number and its place there (`7.2`): the column's short name.
    pub nr: String,
    pub text: String,
}

/// A row of the grid: one student's cells, one per skill, in the columns' order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridRow {
    pub student: PersonView,
    pub cells: Vec<GridCell>,
}

/// One cell: where the student stands on the skill, and the current items linked to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridCell {
    pub status: SkillStatus,
    pub evidence: Vec<EvidenceId>,
}

/// The cells an assessor marked on the grid, recorded in one transaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridDecisionInput {
    pub cohort_id: CohortId,
    /// The grid's unit (its code): every mark is one of its skills.
    pub unit: UnitCode,
    pub marks: Vec<GridMark>,
    /// What is missing, said of every "not yet" mark; required when there is one.
    #[serde(default)]
    pub not_yet_comment: String,
    /// What the assessor saw, said of every "achieved" mark on a skill without evidence.
    #[serde(default)]
    pub observed_note: String,
}

/// One marked cell.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridMark {
    pub student_id: StudentId,
    pub skill_id: SkillId,
    pub decision: Verdict,
}

/// One row of the decision record, as answered by the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedDecision {
    pub id: DecisionId,
    pub student_id: StudentId,
    pub skill_id: SkillId,
    pub decision: Verdict,
    pub comment: String,
    pub evidence_ids: Vec<EvidenceId>,
    pub assessor_id: AccountId,
    pub decided_at: Timestamp,
}

/// Which unit's deelcertificaat to award.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardInput {
    pub unit_code: String,
    /// The programme, needed only when the student follows several with this unit code.
    #[serde(default)]
    pub framework: Option<String>,
}

/// Who awarded a unit, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardView {
    pub unit_code: UnitCode,
    pub awarded_by: String,
    /// When.
    pub awarded_at: Timestamp,
    /// The Brussels calendar day of `awarded_at` (`YYYY-MM-DD`), the one to show.
    pub awarded_on: String,
}

/// A skill waiting for an assessor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueEntry {
    pub student: PersonView,
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub framework_code: FrameworkCode,
    pub unit_code: UnitCode,
    pub skill_id: SkillId,
    pub skill_text: String,
    /// When.
    pub submitted_at: Timestamp,
    /// The Brussels calendar day of `submitted_at` (`YYYY-MM-DD`), the one to show.
    pub submitted_on: String,
}

/// Where a cohort stands: every student against every unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortReadiness {
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub school_year: String,
    pub framework_code: FrameworkCode,
    pub framework_title: String,
    /// The version of the framework the cohort follows.
    #[serde(default)]
    pub framework_version: u32,
    /// The profile it follows, as people name it ("P1 Allround medewerker …"), if any.
    #[serde(default)]
    pub profile: Option<String>,
    pub units: Vec<UnitHead>,
    pub students: Vec<StudentReadiness>,
    /// Per unit, in the order of `units`.
    pub totals: Vec<UnitTotals>,
}

/// A unit as a column of the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitHead {
    pub code: UnitCode,
    pub title: String,
}

/// One student's row of the overview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentReadiness {
    pub student: PersonView,
    pub achieved: u32,
    pub total: u32,
    pub ready_for_certificate: bool,
    /// Per unit, in the order of the cohort's `units`.
    pub units: Vec<UnitCell>,
}

/// One student in one unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitCell {
    pub status: domain::UnitStatus,
    pub achieved: u32,
    pub total: u32,
    pub missing: u32,
    pub needs_attention: bool,
}

/// How many students of a cohort stand where in one unit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitTotals {
    pub awarded: u32,
    pub ready: u32,
    pub in_progress: u32,
    pub not_started: u32,
}

/// What happens to one student of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowOutcome {
    /// A student account is created and enrolled.
    NewAccount,
    /// The existing student account is enrolled.
    Enrolled,
    /// Already enrolled: nothing changes.
    AlreadyEnrolled,
}

/// One student of the list and what happens (or happened) to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportedRow {
    pub line: usize,
    pub email: String,
    pub name: String,
    pub outcome: RowOutcome,
    /// A returning student (found by student number) whose address changes: the address until now.
    pub previous_email: Option<String>,
    /// A new account, once the import is done: it was sent an invitation to choose a password.
    pub invited: bool,
}

/// The preview or the result of an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOutcome {
    /// False for a preview.
    pub applied: bool,
    pub rows: Vec<ImportedRow>,
    pub errors: Vec<ImportProblem>,
}

/// A problem with one line of a student list (line 1: the header or the whole file), worded
/// for the reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    pub line: usize,
    pub message: String,
}

/// A new cohort as a coordinator enters it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortInput {
    pub name: String,
    pub framework: String,
    /// The code of the profile the cohort follows; absent, null or blank for a framework without.
    #[serde(default)]
    pub profile: Option<String>,
    pub school_year: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// The certificate readiness report of a cohort, as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortReport {
    pub institution: String,
    pub framework_code: FrameworkCode,
    pub framework_title: String,
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub school_year: String,
    /// The day the report was made, in Brussels (YYYY-MM-DD).
    pub printed_on: String,
    /// The moment the report was made, as Belgians read it: `30/03/2026 om 00:30`.
    pub printed_at: String,
    pub students: Vec<StudentReport>,
}

/// One student of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentReport {
    pub student: PersonView,
    pub ready_for_certificate: bool,
    pub awarded: Vec<AwardedUnit>,
    /// Ready for their deelcertificaat, not yet awarded.
    pub ready: Vec<UnitHead>,
    pub open: Vec<OpenUnit>,
}

/// A unit awarded to a student.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardedUnit {
    pub unit: UnitHead,
    pub awarded_by: String,
    /// When.
    pub awarded_at: Timestamp,
    /// The Brussels calendar day of `awarded_at` (`YYYY-MM-DD`), the one to show.
    pub awarded_on: String,
    /// A skill was revoked after the award.
    pub needs_attention: bool,
}

/// A unit still open, with what it misses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenUnit {
    pub unit: UnitHead,
    /// The texts of the skills still missing, in curriculum order.
    pub missing: Vec<String>,
}

/// An account as the people who manage it see it: a staff member for administrators, a student
/// for coordinators. Never a password or a token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedAccountView {
    pub id: AccountId,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub student_number: Option<String>,
    /// Whether the account may sign in.
    pub active: bool,
    /// Whether the person chose a password already (false: the invitation is still open).
    pub has_password: bool,
}

/// A new staff member: they get an invitation by e-mail to choose their password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffInput {
    pub name: String,
    pub email: String,
    pub role: domain::management::StaffRole,
}

/// A student's details as a coordinator edits them; an empty number forgets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentDetailsInput {
    pub name: String,
    pub email: String,
    #[serde(default)]
    pub student_number: String,
}

/// One change to an account in the audit log: who made it (none: the person with a link), to
/// whose account, when, what (`action`) and the old and new values (`detail`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: Timestamp,
    /// `at` as people read it, Brussels time (`30/03/2026 om 00:30`).
    pub shown_at: String,
    pub actor: Option<PersonView>,
    pub account: PersonView,
    pub action: String,
    pub detail: serde_json::Value,
}

/// The e-mail Vaardig has not delivered, newest first, for administrators to pass on by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxView {
    /// Whether an SMTP server is configured: without one, every mail waits here.
    pub smtp_configured: bool,
    pub messages: Vec<OutboxMail>,
}

/// Where an undelivered mail stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailStatus {
    /// Not sent yet: waiting for an SMTP server, or for its next attempt.
    Pending,
    /// Given up after the last attempt; it is never sent.
    Failed,
}

/// One undelivered mail, with its text (links included: that is what the administrator copies).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMail {
    pub id: i64,
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub text: String,
    pub status: MailStatus,
    /// Attempts to send it so far.
    pub attempts: i64,
    /// Why the last attempt failed, if one did.
    pub last_error: Option<String>,
    pub created_at: Timestamp,
    /// `created_at` as people read it, Brussels time (`30/03/2026 om 00:30`).
    pub shown_created_at: String,
}

/// A notification as its recipient's list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: i64,
    pub kind: domain::notification::NotificationKind,
    /// The fact, with the names and codes it needs.
    pub notice: domain::notification::Notice,
    /// The notice as one Dutch sentence.
    pub text: String,
    /// Where the recipient acts on it (an in-app path).
    pub link: String,
    /// The student's cohort, when the notice is about a cohort's student.
    pub cohort: Option<String>,
    pub created_at: Timestamp,
    /// `created_at` as a Brussels date and time (`29/11/2026 14:05`).
    pub created_on: String,
    pub read: bool,
}

/// One page of a person's notifications, newest first, with their unread count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationsPage {
    pub items: Vec<NotificationView>,
    pub unread: u32,
    /// The `before` that reads the next, older page; `None` on the last page.
    pub next_before: Option<i64>,
}

/// A person's e-mail choice for one kind of notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationPreference {
    pub kind: domain::notification::NotificationKind,
    pub delivery: domain::notification::Delivery,
}

/// One message of the conversation on a skill's feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkillMessageView {
    pub id: i64,
    pub skill_id: SkillId,
    pub author: String,
    /// Written by the student (else by an assessor).
    pub from_student: bool,
    pub body: String,
    /// The evidence item the message points to, the student's own.
    pub evidence_id: Option<EvidenceId>,
    pub written_at: Timestamp,
    /// `written_at` as a Brussels date and time.
    pub written_on: String,
}

/// A reply on a skill's conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyInput {
    pub student_id: StudentId,
    pub skill_id: SkillId,
    /// 1 to [`domain::conversation::MAX_REPLY_CHARS`] characters after trimming.
    pub body: String,
    /// One of the student's evidence items the reply points to; a form's empty choice is none.
    #[serde(default, deserialize_with = "empty_as_none")]
    pub evidence_id: Option<EvidenceId>,
}

/// An optional id that a form sends as an empty text when none is chosen.
fn empty_as_none<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<EvidenceId>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Sent {
        Id(EvidenceId),
        Text(String),
    }
    match Option::<Sent>::deserialize(deserializer)? {
        Some(Sent::Id(id)) => Ok(Some(id)),
        Some(Sent::Text(text)) if text.trim().is_empty() => Ok(None),
        Some(Sent::Text(text)) => {
            text.trim().parse().map(Some).map_err(|_| {
                serde::de::Error::custom(t!("portfolio-reply-not-evidence", text = text.as_str()))
            })
        }
        None => Ok(None),
    }
}

/// What moving a cohort to a newer version of its framework does (or did, when `applied`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortVersionMove {
    pub cohort_id: CohortId,
    pub framework_code: FrameworkCode,
    pub from_version: u32,
    pub to_version: u32,
    /// What the newer version adds, rewords and retires (within the cohort's profile).
    pub diff: domain::versions::FrameworkDiff,
    /// Per student of the cohort, by name.
    pub students: Vec<StudentVersionMove>,
    pub applied: bool,
}

/// One student's gains and losses in a move.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentVersionMove {
    pub student: PersonView,
    /// The student's open submissions the move closes: skills the newer version does not have.
    pub closes: Vec<domain::SkillId>,
    #[serde(flatten)]
    pub change: domain::versions::StudentMove,
}

/// What importing a catalog file changes, compared with the stored version of its framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogComparison {
    pub code: FrameworkCode,
    /// The stored version compared with; `None` for a framework not stored yet.
    pub stored_version: Option<u32>,
    /// The version the file states of itself (0 when it states none).
    pub file_version: u32,
    pub diff: domain::versions::FrameworkDiff,
    /// After an import: the version it was recorded as.
    #[serde(default)]
    pub recorded_version: Option<u32>,
}

/// A student's coverage of a related framework (EVC), through the crosswalks from the
/// frameworks they follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentCoverage {
    pub framework: FrameworkCode,
    pub title: String,
    /// Per competency of the framework, in its order.
    pub competencies: Vec<domain::crosswalk::CompetencyCoverage>,
    /// The links into the framework; a competency's `confirmable` indexes into them.
    pub links: Vec<domain::crosswalk::Link>,
    /// Whether the account reading it may confirm related links (the student's assessor).
    #[serde(default)]
    pub may_confirm: bool,
}

/// Every student of a cohort against the competencies of a related framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CohortCoverage {
    pub cohort_id: CohortId,
    pub framework: FrameworkCode,
    pub title: String,
    pub students: Vec<CoverageRow>,
}

/// One student's row of a [`CohortCoverage`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageRow {
    pub student: PersonView,
    pub competencies: Vec<domain::crosswalk::CompetencyCoverage>,
}

/// An assessor's confirmation of a related correspondence for a student.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfirmationInput {
    /// The framework the link leads into.
    pub framework: FrameworkCode,
    pub link: domain::crosswalk::Link,
}

/// The check of the tamper-evident record (decisions and awards): its length, the hash at its
/// head to note elsewhere, and where it first breaks, if it does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordCheck {
    /// Decisions and awards in the chain.
    pub entries: u64,
    /// The head's hash: 64 hexadecimal characters.
    pub head_hash: String,
    /// When the last entry was recorded, if there is one.
    pub extended_at: Option<Timestamp>,
    /// `extended_at` as people read it, Brussels time (`30/03/2026 om 00:30`).
    pub shown_extended_at: Option<String>,
    /// When this check ran, Brussels time.
    pub shown_checked_at: String,
    /// The first break, in the administrator's words; none when the record is intact.
    pub broken: Option<String>,
}

/// A meeting of the delibererende klassenraad to record: its day (`YYYY-MM-DD`), its members
/// (one name per line) and its outcome per student and unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliberationInput {
    pub held_on: String,
    pub members: String,
    pub outcomes: Vec<OutcomeInput>,
}

/// The council's outcome for one student's unit: `granted`, or `postponed` with a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeInput {
    pub student_id: StudentId,
    pub unit: UnitCode,
    pub outcome: String,
    #[serde(default)]
    pub reason: String,
}

/// What a cohort's council has to decide, and its earlier meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliberationList {
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub framework_code: FrameworkCode,
    pub framework_title: String,
    /// Today in Brussels (`YYYY-MM-DD`), the meeting's default day.
    pub today: String,
    /// The students with units ready for their deelcertificaat and not yet awarded.
    pub students: Vec<DeliberationCandidate>,
    /// Earlier meetings, newest first.
    pub meetings: Vec<DeliberationSummary>,
}

/// A student on the deliberation list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliberationCandidate {
    pub student: PersonView,
    /// Ready for their deelcertificaat, not yet awarded, in curriculum order.
    pub ready: Vec<UnitHead>,
    /// Every other unit is awarded: granting these earns the certificaat.
    pub certificate_when_granted: bool,
}

/// An earlier meeting, as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliberationSummary {
    pub id: DeliberationId,
    /// `YYYY-MM-DD`.
    pub held_on: String,
    pub members: Vec<String>,
    pub recorded_by: String,
    pub granted: i64,
    pub postponed: i64,
}

/// What `/verifieer` says of a credential: whether this centre signed it unchanged, by whom, for
/// whom and for what, and whether it was revoked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialCheck {
    pub authentic: bool,
    pub issuer: String,
    pub recipient: String,
    pub achievement: String,
    /// When it was issued, Brussels time.
    pub shown_issued_at: Option<String>,
    pub revoked: bool,
    pub shown_revoked_at: Option<String>,
    /// Why it is not authentic, when it is not.
    pub message: Option<String>,
}

impl CredentialCheck {
    /// The answer for a credential that this centre's key does not verify.
    pub fn not_authentic(institution: &str) -> CredentialCheck {
        CredentialCheck {
            authentic: false,
            issuer: String::new(),
            recipient: String::new(),
            achievement: String::new(),
            shown_issued_at: None,
            revoked: false,
            shown_revoked_at: None,
            message: Some(t!("portfolio-credential-not-authentic", institution = institution)),
        }
    }
}

/// A coordinator's withdrawal of an award, with its reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawalInput {
    pub framework: FrameworkCode,
    pub unit_code: String,
    pub reason: String,
}

/// The query parameter naming the [`KeptForm`] of a page, added beside leptos's `__path` and
/// `__err` when a plain form post is refused.
pub const KEPT_PARAM: &str = "__kept";

/// The query parameter saying that a plain form post on the page succeeded (the page says so).
pub const DONE_PARAM: &str = "__done";

/// What someone typed into a plain HTML form (JavaScript off or not running yet) that the server
/// refused, given back to the page the browser returns to, so nothing typed is lost
/// (`services::kept_form`). Passwords are never among the fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptForm {
    /// The path the form was posted to: only the form that posts there takes the fields back.
    pub endpoint: String,
    /// The fields as the browser posted them (name, value), in their order.
    pub fields: Vec<(String, String)>,
}

impl KeptForm {
    /// The value of the field `name` (the first, when it came more than once).
    pub fn value(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(field, _)| field == name).map(|(_, value)| value.as_str())
    }

    /// The items of the list `name`, as a form names them: `name`, `name[]` or `name[N]`.
    pub fn values(&self, name: &str) -> Vec<&str> {
        let item = |field: &str| {
            field.strip_prefix(name).is_some_and(|rest| {
                rest.is_empty()
                    || rest
                        .strip_prefix('[')
                        .and_then(|rest| rest.strip_suffix(']'))
                        .is_some_and(|index| index.bytes().all(|byte| byte.is_ascii_digit()))
            })
        };
        self.fields.iter().filter(|(field, _)| item(field)).map(|(_, value)| value.as_str()).collect()
    }
}
