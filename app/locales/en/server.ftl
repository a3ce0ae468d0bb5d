# server

## Access to students, programmes and cohorts

server-cohort-archived-read-only = This student's group has been archived: you can still read the record, but no longer add anything to it.
server-skill-not-in-student-programme = Skill '{ $skill }' is not part of this student's programme.
server-skill-not-in-your-programme = Skill '{ $skill }' is not part of your programme.
server-evidence-newer-version = A newer version of this evidence item already exists.

## What was not found: a noun, shown as "… was not found."
server-enrolment-kept-gone = The list of this preview (already imported, or older than a day: choose the file again)

server-this-group = This group
server-this-assessor = This assessor
server-this-deliberation = This deliberation
server-this-evidence = This evidence item
server-not-found-evidence-file = The file of this evidence item
server-not-found-module = Module '{ $unit }'
server-not-found-module-of-student = Module '{ $unit }' in one of this student's programmes
server-not-found-skill = Skill '{ $skill }'
server-not-found-decision = Decision { $id }
server-not-found-student-programme = This student's programme '{ $code }'
server-not-found-crosswalk = A crosswalk from { $from } to { $to }
server-not-found-qualification = The qualification '{ $code }'
server-not-found-framework = Programme or qualification '{ $code }'

## Accounts and passwords

server-email-taken = An account with email address { $email } already exists.
server-link-closed = This link no longer works: it has already been used or has expired. Please ask for a new one.
server-current-password-wrong = Your current password is not correct.
server-passwords-differ = The two passwords are not the same.
server-audit-page-size = A page of the log has 1 to { $max } lines.

## Assessment, awards and deliberation

server-awards-by-deliberation-only = In this centre the deliberating class council awards the partial certificates: include the module in the group's deliberation.
server-award-withdrawn = The award of module { $unit } was withdrawn; a withdrawal is final.
server-module-in-several-programmes = Module '{ $unit }' occurs in several programmes: give 'framework'.
server-evidence-not-of-student = Evidence item { $id } does not belong to this student.
server-group-archived-no-deliberation = This group has been archived: it can no longer be deliberated on.
server-unit-already-awarded = Module { $unit } of this student has already been awarded in the meantime.

## Credit across frameworks

server-link-not-related = This correspondence is not listed as related in the crosswalk.
server-sources-not-achieved = Not every skill of the source has been achieved.
server-skills-already-achieved = These skills have already been achieved in { $target }.

## Cohorts and enrolment

server-unknown-programme = Unknown programme or qualification '{ $code }'.
server-cohort-name-taken = A group '{ $name }' is already running for { $code } in school year { $year }. Choose another name, or archive the other group first.
server-group-already-archived = This group has already been archived.
server-group-archived = This group has been archived.
server-enrolment-list-errors = The list has { $count ->
        [one] 1 error
       *[other] { $count } errors
    }; nobody was enrolled. Check the preview first.
server-enrolment-changed = The accounts or the group changed during the enrolment; check the preview again.
server-enrolment-email-of-role = { $email } is already in use by an account with the role { $role }.
server-enrolment-number-known = { $email } already has student number { $known }, not { $number }.
server-enrolment-number-taken = Student number { $number } belongs to { $owner } ({ $owner_email }), not to { $name }.

## Files sent to the server

server-file-too-large = The file is larger than { $mib } MiB.
server-file-unreadable = The file arrived unreadable; please choose it again.
server-skill-not-in-grid = Skill '{ $skill }' is not part of { $unit }.
