# admin

## Audit log (/beheer/logboek)

admin-audit-log-heading = Audit log
admin-audit-log-intro = Every change to an account: who, when and what. The newest are at the top.
admin-audit-log-actor-self = the person themselves, with a link
admin-audit-log-when = When
admin-audit-log-by = By
admin-audit-log-account = Account
admin-audit-log-what = What
admin-audit-log-details = Details
admin-audit-log-older = Older changes
admin-audit-action-staff-created = Staff member created
admin-audit-action-role-changed = Role changed
admin-audit-action-deactivated = Deactivated
admin-audit-action-reactivated = Reactivated
admin-audit-action-details-changed = Details changed
admin-audit-action-invitation = Invitation sent
admin-audit-action-password-reset = Link for a new password sent
admin-audit-action-password-chosen-with-link = Password chosen with a link
admin-audit-action-password-changed = Password changed
admin-audit-action-signed-out-everywhere = Signed out everywhere
# A changed field of an account: its name, the old and the new value.
admin-audit-change = { $field }: { $old } → { $new }
# A field of an account with its value.
admin-audit-value = { $field }: { $value }
admin-audit-field-name = name
admin-audit-field-email = email address
admin-audit-field-role = role
admin-audit-field-student-number = student number
admin-audit-field-sessions-ended = sessions ended

## Catalogue files (/beheer/catalogus)

admin-catalog-heading = Catalogue files
admin-catalog-intro = Choose a catalogue file (JSON, following catalog.schema.json). You first see what it adds, rewords and removes compared with the stored version; running groups keep their version.
# $versions: the stored frameworks, each as admin-catalog-stored-version, joined by " · ".
admin-catalog-stored = Stored: { $versions }
admin-catalog-stored-version = { $code } version { $version }
admin-catalog-file = Catalogue file
admin-catalog-unreadable = The file could not be read.
admin-catalog-older-file = Note: this file calls itself version { $file }, while version { $stored } is stored. An import makes it a new version and replaces the later versions.
admin-catalog-unchanged = This file is identical to the stored version: there is nothing to import.
admin-catalog-imported = Imported as version { $version }. Groups only follow it once a coordinator moves them.
admin-catalog-import = Import as a new version
admin-catalog-not-stored = not stored yet
admin-catalog-against-version = against version { $version }
# $against: admin-catalog-not-stored or admin-catalog-against-version.
admin-catalog-summary = { $code } ({ $against }): { $added } new, { $reworded } reworded, { $retired } removed skills or titles.
admin-catalog-added = New
admin-catalog-reworded = Reworded
admin-catalog-retired = Removed
admin-catalog-change = Change
admin-catalog-where = Where
admin-catalog-before = Was
admin-catalog-after = Becomes

## Outgoing messages (/beheer/berichten)

admin-outbox-heading = Outgoing messages
admin-outbox-no-smtp = Vaardig does not send email: no SMTP server is configured (VAARDIG_SMTP_URL). These messages are waiting; forward them to the person yourself, or for students print invitation letters on the group page.
admin-outbox-with-smtp = Vaardig sends email through the configured SMTP server. Here are the messages not sent yet: they are waiting for a (further) attempt, or failed after repeated attempts. Forward a failed message to the person yourself.
admin-outbox-empty = No messages are waiting.
admin-outbox-older = Older messages
# $recipient: "name <address>"; $created: when the message was made.
admin-outbox-mail-about = To: { $recipient } · Created: { $created }
admin-outbox-mail-text = Text of the message
admin-outbox-pending = Waiting
admin-outbox-failed = Failed
admin-outbox-failed-because = Failed: { $reason }

## Register of decisions (/beheer/register)

admin-record-heading = Register of decisions
admin-record-intro = Every decision on a skill, every award of a partial certificate, every withdrawal and every meeting of the class council gets a position in one chain: its content and the previous position together determine its hash (SHA-256). Anyone who changes or deletes a row outside Vaardig breaks the chain at that position.
admin-record-intact = The register is intact: { $entries ->
        [one] { $entries } entry, in its place.
       *[other] { $entries } entries, each in its place.
    }
# $broken: where the chain first breaks, as the server says it.
admin-record-broken = The register has been changed outside Vaardig: { $broken }.
admin-record-checked-at = Checked on { $when }
admin-record-head = Head of the chain
admin-record-entries = Entries
admin-record-last = Last recorded
admin-record-nothing-yet = nothing recorded yet
admin-record-anchor = Anchor (position:hash)
admin-record-anchor-broken = Do not note this anchor: the register has been changed. Compare it with the anchor noted last and restore the data from a backup.
# Followed by the command "vaardig audit verify --anchor plaats:hash" and a full stop.
admin-record-anchor-advice = Note the anchor outside Vaardig (print this page and keep it in the archive). Anyone who later rewrites the chain up to there, hashes and all, changes the anchor: the server’s administrator checks it with
admin-record-print = Print

## Staff (/beheer/personeel)

admin-staff-heading = Staff
admin-staff-name = Name
admin-staff-email = Email address
admin-staff-role = Role
admin-staff-status = Status
admin-staff-actions = Actions
admin-staff-change-role = Change
admin-staff-deactivate = Deactivate
admin-staff-activate = Activate
admin-staff-standing-deactivated = Deactivated
admin-staff-standing-invited = Invited
admin-staff-standing-active = Active
admin-staff-invite-heading = Invite a staff member
admin-staff-invite = Invite
admin-staff-invite-note = The new staff member receives an email with a link to choose a password themselves (valid for 7 days).
admin-staff-invited = Invitation sent to { $name } ({ $email }).

## An administrator’s home page

admin-home-heading = Administration
admin-home-welcome = Welcome, { $name }.
admin-home-accounts = Accounts
admin-home-role = Role
admin-home-cohorts = Groups
