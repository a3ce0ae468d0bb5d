# assessment

## The queue of submitted skills.

assessment-queue-title = To assess – Vaardig
assessment-queue-heading = To assess
assessment-queue-cohort = Group
assessment-queue-unit = Module
assessment-queue-student = Student
assessment-queue-all = All
assessment-queue-count = { $total ->
        [one] { $shown } of 1 submitted skill
       *[other] { $shown } of { $total } submitted skills
    }
assessment-queue-submitted = Submitted
assessment-queue-skill = Skill
assessment-queue-review = Assess

## A student's page: programmes, account, withdrawal, erasure.

assessment-student-portfolio-zip = Download the whole portfolio (zip)
assessment-student-title = Title
assessment-student-achieved = Achieved
assessment-student-submitted = Submitted
assessment-student-status = Status
# The label of a unit's progress bar.
assessment-unit-achieved = { $unit }: achieved

assessment-account-heading = Account
assessment-account-saved = The details have been saved.
assessment-account-invited = The invitation has been sent again.
assessment-account-deactivated = Deactivated: this student cannot sign in. The portfolio is kept.
assessment-account-invited-standing = Invited: the student has not chosen a password yet.
assessment-account-active = Active.
assessment-account-deactivate = Deactivate account
assessment-account-reactivate = Reactivate account
assessment-account-name = Name
assessment-account-email = Email address
assessment-account-student-number = Student number
assessment-account-save = Save details
assessment-account-reinvite = Send the invitation again

assessment-withdrawal-heading = Withdraw an award
assessment-withdrawal-explanation = Withdrawal is final: the module no longer counts as achieved, the withdrawal is entered in the register and the Open Badges of the module and of the certificate are revoked.
assessment-withdrawal-done = The award has been withdrawn and its Open Badges have been revoked.
# $framework is the title of the programme.
assessment-withdrawal-unit = Module of { $framework }
assessment-withdrawal-reason = Reason
assessment-withdrawal-confirm = I confirm that this award will be withdrawn permanently.
assessment-withdrawal-withdraw = Withdraw award

assessment-erasure-heading = Erase data (GDPR)
assessment-erasure-explanation = At the request of a former student, you erase their name, email address, student number, evidence files, reflections and messages. The decisions and partial certificates are kept under a pseudonym; the log records who erased the data and when. This cannot be undone, and cannot be done while the student is in a running group.
assessment-erasure-done = The data has been erased. The decisions and partial certificates are now in the name of { $pseudonym }.
assessment-erasure-confirm = I confirm that this student asked for their data to be erased.
assessment-erasure-erase = Erase data

## Coverage of related frameworks (EVC).

# $framework is a code (BK-0331-4), $title its title.
assessment-coverage-heading = Coverage of { $framework } { $title }
assessment-coverage-summary = Competences covered: { $covered } of { $total }. What matches word for word counts immediately; what is related is confirmed by an assessor (it becomes a decision in this qualification).
assessment-coverage-competence = Competence
assessment-coverage-coverage = Coverage
assessment-coverage-covered = Covered
assessment-coverage-to-confirm = To confirm
# $skills and $basis are lists of skill codes.
assessment-coverage-confirm = Confirm: { $skills } achieved on the basis of { $basis }

## Reviewing one unit.

assessment-review-no-such-unit = This module does not exist in this student's programme.
assessment-review-awarded = Partial certificate awarded by { $assessor } on { $date }.
assessment-review-attention = Note: a skill was revised after the award. Review this module again.
assessment-review-award = Award partial certificate

assessment-decision-heading = Decision
assessment-decision-selected = { $count ->
        [one] { $count } skill selected
       *[other] { $count } skills selected
    }
assessment-decision-verdict = Verdict
assessment-decision-comment = Comment (required for 'Not yet': what is missing?)
assessment-decision-record = Record decision

assessment-observed-note = What did you see? One line, for the record
assessment-observed-confirm = Achieved: record it
assessment-select-competency = Choose every open skill of competence { $nr }
assessment-select-unit = Choose every open skill of { $unit }
assessment-undo = Undo
assessment-undo-label = Undo the decision on '{ $skill }'
assessment-undone = The decision was undone: the skill is open again.
assessment-decision-undone = undone by { $name } on { $date }
assessment-next-submission = Next submission: { $student }, { $unit }
assessment-queue-done = Nothing else is waiting for assessment.
assessment-grid-heading = { $unit } for { $cohort }
assessment-grid-keys = Arrow keys: to another cell. Space: achieved. N: not yet. Shift+Space: the whole row, Ctrl+Space: the whole column achieved. Delete: remove the mark. Enter: to the cell's evidence.
assessment-grid-per-student = Assess one student at a time
assessment-grid-row = Row of the chosen cell: achieved
assessment-grid-column = Column of the chosen cell: achieved
assessment-grid-marked-achieved = → achieved
assessment-grid-marked-not-yet = → not yet
assessment-grid-evidence = { $count ->
    [one] 1 evidence item
   *[other] { $count } evidence items
}
assessment-grid-no-evidence = No evidence.
assessment-grid-counts = Marked: { $achieved } achieved, { $not_yet } not yet.
assessment-grid-not-yet-comment = Comment for 'not yet' (required if there is one): what is missing?
assessment-grid-observed = What you saw yourself, for 'achieved' without evidence ({ $count } cells)
assessment-grid-record = Record { $count } decisions
assessment-grid-recorded = { $count ->
    [one] 1 decision recorded.
   *[other] { $count } decisions recorded.
}
assessment-grid-links = Assess per module
assessment-grid-empty = There is nothing to assess here: the group has no students or the module no skills.
