//! Who may do what: the one place that maps roles to what they may do and how far they see.
//!
//! Services ask [`may`] before they act and [`reach`] to know which records an account works
//! with; pages ask the same functions to decide what to offer, so a button never promises what
//! the server refuses. Assignments to cohorts narrow an account's reach further; that part needs
//! the database and lives in the services.

use crate::role::Role;

/// Something an account does, which its role alone allows or refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Keep one's own portfolio: add, edit, link and delete evidence, submit and withdraw skills.
    KeepPortfolio,
    /// Record decisions on skills (in the cohorts assigned to the account).
    DecideSkills,
    /// Award the deelcertificaat of a unit that is ready.
    AwardUnits,
    /// Read the queue of skills waiting for assessment.
    ReadQueue,
    /// Create and archive cohorts, assign assessors, enrol students.
    ManageCohorts,
    /// Look after the accounts (how many there are of each role).
    ManageAccounts,
    /// Create staff accounts (assessors, coordinators, administrators), change their role,
    /// deactivate and reactivate them.
    ManageStaff,
    /// Edit a student's details, deactivate and reactivate them, invite them again.
    ManageStudents,
    /// Read the audit log of changes to accounts.
    ReadAuditLog,
    /// Answer on the conversation about a skill's feedback (the student on their own skills, an
    /// assessor in the cohorts assigned to them).
    ReplyOnFeedback,
    /// Read the e-mail not delivered (waiting without SMTP, or failed), links included, to pass
    /// it on by hand.
    ReadOutbox,
    /// Compare a catalog file with the stored framework and import it as a new version.
    ManageCatalog,
    /// Verify the tamper-evident record of decisions and awards, and read its head's hash.
    VerifyRecord,
    /// Download a whole portfolio as one archive: a student their own, coordinators and
    /// administrators any student's (an appeal, a transfer to another centre).
    ExportPortfolio,
    /// Erase a former student's personal data on request (GDPR), keeping decisions and awards
    /// under a pseudonym.
    EraseStudents,
    /// Record the meetings of a cohort's delibererende klassenraad, which grant deelcertificaten.
    Deliberate,
    /// Withdraw an award (and with it its credentials), with a reason.
    WithdrawAwards,
}

impl Action {
    /// Every action, for tests and documentation.
    pub const ALL: [Action; 17] = [
        Action::KeepPortfolio,
        Action::DecideSkills,
        Action::AwardUnits,
        Action::ReadQueue,
        Action::ManageCohorts,
        Action::ManageAccounts,
        Action::ManageStaff,
        Action::ManageStudents,
        Action::ReadAuditLog,
        Action::ReplyOnFeedback,
        Action::ReadOutbox,
        Action::ManageCatalog,
        Action::VerifyRecord,
        Action::ExportPortfolio,
        Action::EraseStudents,
        Action::Deliberate,
        Action::WithdrawAwards,
    ];
}

/// Whether an account with this role may do this.
pub fn may(role: Role, action: Action) -> bool {
    match action {
        Action::KeepPortfolio => role == Role::Student,
        Action::DecideSkills => role == Role::Assessor,
        Action::AwardUnits => matches!(role, Role::Assessor | Role::Coordinator),
        Action::ReadQueue => matches!(role, Role::Assessor | Role::Coordinator | Role::Admin),
        Action::ManageCohorts | Action::Deliberate | Action::WithdrawAwards => {
            matches!(role, Role::Coordinator | Role::Admin)
        }
        Action::ManageAccounts
        | Action::ManageStaff
        | Action::ReadAuditLog
        | Action::ReadOutbox
        | Action::ManageCatalog
        | Action::VerifyRecord
        | Action::EraseStudents => role == Role::Admin,
        Action::ManageStudents => matches!(role, Role::Coordinator | Role::Admin),
        Action::ReplyOnFeedback => matches!(role, Role::Student | Role::Assessor),
        Action::ExportPortfolio => matches!(role, Role::Student | Role::Coordinator | Role::Admin),
    }
}

/// Whose records an account works with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reach {
    /// Only the account's own portfolio and cohorts.
    OwnPortfolio,
    /// The cohorts assigned to the account, and the students enrolled in them.
    AssignedCohorts,
    /// Every cohort and every student.
    AllCohorts,
}

/// How far an account with this role sees.
pub fn reach(role: Role) -> Reach {
    match role {
        Role::Student => Reach::OwnPortfolio,
        Role::Assessor => Reach::AssignedCohorts,
        Role::Coordinator | Role::Admin => Reach::AllCohorts,
    }
}

/// Whether the queue of submitted skills belongs in the account's menu: it decides or awards,
/// so the queue is its work (an administrator may read it, but does not work it).
pub fn works_the_queue(role: Role) -> bool {
    may(role, Action::DecideSkills) || may(role, Action::AwardUnits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(action: Action) -> Vec<Role> {
        Role::ALL.into_iter().filter(|role| may(*role, action)).collect()
    }

    #[test]
    fn only_a_student_keeps_a_portfolio() {
        assert_eq!(allowed(Action::KeepPortfolio), [Role::Student]);
    }

    #[test]
    fn only_an_assessor_decides_skills() {
        assert_eq!(allowed(Action::DecideSkills), [Role::Assessor]);
    }

    #[test]
    fn an_assessor_or_a_coordinator_awards_units() {
        assert_eq!(allowed(Action::AwardUnits), [Role::Assessor, Role::Coordinator]);
    }

    #[test]
    fn every_role_but_the_student_reads_the_queue() {
        assert_eq!(allowed(Action::ReadQueue), [Role::Assessor, Role::Coordinator, Role::Admin]);
    }

    #[test]
    fn coordinators_and_administrators_manage_cohorts() {
        assert_eq!(allowed(Action::ManageCohorts), [Role::Coordinator, Role::Admin]);
    }

    #[test]
    fn only_an_administrator_manages_accounts() {
        assert_eq!(allowed(Action::ManageAccounts), [Role::Admin]);
    }

    #[test]
    fn only_an_administrator_imports_catalog_files() {
        assert_eq!(allowed(Action::ManageCatalog), [Role::Admin]);
        assert_eq!(allowed(Action::VerifyRecord), [Role::Admin]);
        assert_eq!(allowed(Action::EraseStudents), [Role::Admin]);
        assert_eq!(allowed(Action::Deliberate), [Role::Coordinator, Role::Admin]);
        assert_eq!(allowed(Action::WithdrawAwards), [Role::Coordinator, Role::Admin]);
        assert_eq!(allowed(Action::ExportPortfolio), [Role::Student, Role::Coordinator, Role::Admin]);
    }

    #[test]
    fn only_an_administrator_manages_staff() {
        assert_eq!(allowed(Action::ManageStaff), [Role::Admin]);
    }

    #[test]
    fn coordinators_and_administrators_manage_students() {
        assert_eq!(allowed(Action::ManageStudents), [Role::Coordinator, Role::Admin]);
    }

    #[test]
    fn only_an_administrator_reads_the_audit_log() {
        assert_eq!(allowed(Action::ReadAuditLog), [Role::Admin]);
    }

    #[test]
    fn only_an_administrator_reads_the_mail_not_delivered() {
        assert_eq!(allowed(Action::ReadOutbox), [Role::Admin]);
    }

    #[test]
    fn a_student_sees_their_own_an_assessor_their_cohorts_the_others_all() {
        let reaches: Vec<Reach> = Role::ALL.into_iter().map(reach).collect();
        assert_eq!(
            reaches,
            [Reach::OwnPortfolio, Reach::AssignedCohorts, Reach::AllCohorts, Reach::AllCohorts]
        );
    }

    #[test]
    fn the_queue_is_in_the_menu_of_those_who_decide_or_award() {
        let working: Vec<Role> = Role::ALL.into_iter().filter(|role| works_the_queue(*role)).collect();
        assert_eq!(working, [Role::Assessor, Role::Coordinator]);
    }

    #[test]
    fn every_action_is_allowed_to_someone() {
        for action in Action::ALL {
            assert!(!allowed(action).is_empty(), "{action:?}");
        }
    }
}
