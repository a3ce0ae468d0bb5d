//! Rules for looking after other people's accounts: who manages which account, which roles staff
//! can have, what nobody may do to their own account, and when an invitation may be sent again.
//! Who may manage at all is [`crate::policy`]'s to say; these rules come after it.

use serde::{Deserialize, Serialize};

use crate::policy::Action;
use crate::role::Role;
use crate::AccountId;

/// Why a change to an account was refused; the message is shown to people (Dutch).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManagementRefusal {
    #[error(
        "Een personeelslid is beoordelaar, coördinator of beheerder; cursisten schrijf je in bij een groep."
    )]
    NotAStaffRole,
    #[error("Je kunt je eigen account niet deactiveren; vraag het een andere beheerder.")]
    OwnDeactivation,
    #[error("Je kunt je eigen rol niet wijzigen; vraag het een andere beheerder.")]
    OwnRoleChange,
    #[error("Dit account is al gedeactiveerd.")]
    AlreadyDeactivated,
    #[error("Dit account is al actief.")]
    AlreadyActive,
    #[error("Dit account is gedeactiveerd; activeer het eerst.")]
    Deactivated,
    #[error(
        "Deze cursist heeft al een wachtwoord gekozen; een nieuwe uitnodiging is niet nodig. \
         Wie het wachtwoord vergat, vraagt op de aanmeldpagina een nieuw aan."
    )]
    PasswordAlreadyChosen,
}

/// A role a staff member can have: every role but the student's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Role", into = "Role")]
pub struct StaffRole(Role);

impl StaffRole {
    /// The staff roles, in the order the UI lists them.
    pub const ALL: [StaffRole; 3] =
        [StaffRole(Role::Assessor), StaffRole(Role::Coordinator), StaffRole(Role::Admin)];

    /// The role as a staff role; a student is not staff.
    pub fn new(role: Role) -> Result<StaffRole, ManagementRefusal> {
        match role {
            Role::Student => Err(ManagementRefusal::NotAStaffRole),
            staff => Ok(StaffRole(staff)),
        }
    }

    /// The role itself.
    pub fn role(self) -> Role {
        self.0
    }
}

impl TryFrom<Role> for StaffRole {
    type Error = ManagementRefusal;

    fn try_from(role: Role) -> Result<Self, Self::Error> {
        StaffRole::new(role)
    }
}

impl From<StaffRole> for Role {
    fn from(role: StaffRole) -> Role {
        role.0
    }
}

/// What one account does to another's, as far as the rules below care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountChange {
    /// Name, e-mail address, student number.
    EditDetails,
    /// A new role.
    ChangeRole(StaffRole),
    /// No more signing in; records stay.
    Deactivate,
    /// Signing in again.
    Reactivate,
    /// A new invitation link by e-mail.
    Reinvite,
}

/// The state of the account a change is made to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    pub id: AccountId,
    pub active: bool,
    /// Whether the person chose a password (with their invitation) already.
    pub has_password: bool,
}

/// The action that manages an account with this role: coordinators look after students,
/// administrators after staff.
pub fn managed_with(role: Role) -> Action {
    match role {
        Role::Student => Action::ManageStudents,
        Role::Assessor | Role::Coordinator | Role::Admin => Action::ManageStaff,
    }
}

/// Whether `actor` may make `change` to `target` (whose manager `actor` is, see [`managed_with`]).
pub fn check_change(
    actor: AccountId,
    target: Target,
    change: AccountChange,
) -> Result<(), ManagementRefusal> {
    let own = actor == target.id;
    match change {
        AccountChange::Deactivate if own => Err(ManagementRefusal::OwnDeactivation),
        AccountChange::Deactivate if !target.active => Err(ManagementRefusal::AlreadyDeactivated),
        AccountChange::ChangeRole(_) if own => Err(ManagementRefusal::OwnRoleChange),
        AccountChange::Reactivate if target.active => Err(ManagementRefusal::AlreadyActive),
        AccountChange::Reinvite if !target.active => Err(ManagementRefusal::Deactivated),
        AccountChange::Reinvite if target.has_password => Err(ManagementRefusal::PasswordAlreadyChosen),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADMIN: AccountId = AccountId::new(1);
    const OTHER: AccountId = AccountId::new(2);

    fn target(id: AccountId, active: bool, has_password: bool) -> Target {
        Target { id, active, has_password }
    }

    fn coordinator() -> StaffRole {
        StaffRole::new(Role::Coordinator).unwrap()
    }

    #[test]
    fn coordinators_manage_students_and_administrators_manage_staff() {
        let actions: Vec<Action> = Role::ALL.into_iter().map(managed_with).collect();
        assert_eq!(
            actions,
            [Action::ManageStudents, Action::ManageStaff, Action::ManageStaff, Action::ManageStaff]
        );
    }

    #[test]
    fn a_staff_member_is_an_assessor_a_coordinator_or_an_administrator() {
        let roles: Vec<Role> = StaffRole::ALL.into_iter().map(StaffRole::role).collect();
        assert_eq!(roles, [Role::Assessor, Role::Coordinator, Role::Admin]);
        assert_eq!(StaffRole::new(Role::Student), Err(ManagementRefusal::NotAStaffRole));
    }

    #[test]
    fn a_student_role_is_refused_where_a_staff_role_is_read() {
        assert!(serde_json::from_str::<StaffRole>("\"student\"").is_err());
        assert_eq!(serde_json::from_str::<StaffRole>("\"assessor\"").unwrap().role(), Role::Assessor);
    }

    #[test]
    fn an_administrator_cannot_deactivate_themself() {
        let own = target(ADMIN, true, true);
        assert_eq!(
            check_change(ADMIN, own, AccountChange::Deactivate),
            Err(ManagementRefusal::OwnDeactivation)
        );
        assert_eq!(check_change(ADMIN, target(OTHER, true, true), AccountChange::Deactivate), Ok(()));
    }

    #[test]
    fn an_administrator_cannot_change_their_own_role() {
        let own = target(ADMIN, true, true);
        let demote = AccountChange::ChangeRole(coordinator());
        assert_eq!(check_change(ADMIN, own, demote), Err(ManagementRefusal::OwnRoleChange));
        assert_eq!(check_change(ADMIN, target(OTHER, true, true), demote), Ok(()));
    }

    #[test]
    fn one_may_edit_the_details_of_any_account_one_manages() {
        assert_eq!(check_change(ADMIN, target(OTHER, false, false), AccountChange::EditDetails), Ok(()));
    }

    #[test]
    fn only_an_active_account_is_deactivated_and_only_a_deactivated_one_reactivated() {
        let active = target(OTHER, true, true);
        let deactivated = target(OTHER, false, true);
        assert_eq!(
            check_change(ADMIN, deactivated, AccountChange::Deactivate),
            Err(ManagementRefusal::AlreadyDeactivated)
        );
        assert_eq!(
            check_change(ADMIN, active, AccountChange::Reactivate),
            Err(ManagementRefusal::AlreadyActive)
        );
        assert_eq!(check_change(ADMIN, deactivated, AccountChange::Reactivate), Ok(()));
    }

    #[test]
    fn an_invitation_is_sent_again_only_while_no_password_was_chosen() {
        assert_eq!(check_change(ADMIN, target(OTHER, true, false), AccountChange::Reinvite), Ok(()));
        assert_eq!(
            check_change(ADMIN, target(OTHER, true, true), AccountChange::Reinvite),
            Err(ManagementRefusal::PasswordAlreadyChosen)
        );
    }

    #[test]
    fn a_deactivated_account_is_not_invited_again() {
        assert_eq!(
            check_change(ADMIN, target(OTHER, false, false), AccountChange::Reinvite),
            Err(ManagementRefusal::Deactivated)
        );
    }
}
