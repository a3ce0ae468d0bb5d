# Shared texts: errors, the language choice, the page frame.

error-unauthenticated = You are not signed in or your session has expired. Please sign in again.
error-bad-credentials = Unknown email address or wrong password.
error-forbidden = You do not have access to this information.
error-foreign-origin = This request comes from another website and was refused.
error-too-many-attempts = Too many failed sign-in attempts. Try again in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
error-not-found = { $what } was not found.
error-not-ready = Not yet ready for the partial certificate: { $count ->
        [one] 1 skill is still missing
       *[other] { $count } skills are still missing
    }.
error-internal = Something went wrong on the server. Please try again later.
error-transport = The server could not be reached ({ $detail }).
error-bad-request = The form is incomplete or not filled in correctly. (Technical detail: { $detail })
error-request-too-large = The request is too large.
error-unknown-language = Vaardig does not know that language: choose Dutch, French or English.

language-choice = Language
language-choose = Choose your language

role-student = Student
role-assessor = Assessor
role-coordinator = Coordinator
role-admin = Administrator

verdict-achieved = Achieved
verdict-not-yet = Not yet
status-not-started = Not started
status-in-progress = In progress
status-submitted = Submitted
unit-status-ready = Ready for the partial certificate
unit-status-ready-short = Ready
unit-status-attention = Attention
unit-status-awarded = Partial certificate earned

coverage-covered = Covered
coverage-needs-decision = An assessor's decision is needed
coverage-not-covered = Not covered

evidence-kind-file = File
evidence-kind-reflection = Reflection
evidence-kind-link = Link

unit-kind-module = Module
unit-kind-activity-block = Activity block
unit-kind-core-task = Core task

notification-kind-submitted = A student submitted skills
notification-kind-decided = A decision on your skills
notification-kind-awarded = Partial certificate earned
notification-kind-ready = A student is ready for a (partial) certificate
notification-kind-needs-attention = An earned module needs attention
notification-kind-reply = A reply to feedback

delivery-at-once = Immediately
delivery-digest = Daily digest
delivery-never = Never

to-do-add-evidence = No evidence yet
to-do-submit = Not submitted yet
to-do-answer-feedback = Not yet: read the feedback and submit again

outcome-granted = granted
outcome-postponed = postponed: { $reason }

common-page-title = { $page } – Vaardig
common-loading = Loading…
common-skip-to-content = Skip to content
common-new-password = New password
common-repeat-password = Repeat the new password
common-password-policy = At least 12 characters. A sentence of a few words is strong and easy to remember; your name, your email address or a well-known password are refused.

# A label and its value, as each language punctuates it.
common-labelled = { $label }: { $value }
common-form-done = Done: your change has been saved.
