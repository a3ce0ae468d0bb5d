# cohort

## Shared by the cohort pages and the tables of cohorts

cohort-cohorts = Groups
cohort-new = New group
cohort-none = There are no groups yet.
cohort-coordinator-welcome = Welcome, { $name }. An overview of all running groups.
cohort-back = Back to the group
cohort-name = Name
cohort-framework = Programme
cohort-assessors = Assessors
cohort-column-cohort = Group
cohort-column-school-year = School year
cohort-column-students = Students
cohort-column-student = Student
cohort-column-ready-for-certificate = Ready for certificate
cohort-students-count = { $count ->
        [one] 1 student
       *[other] { $count } students
    }
cohort-archived = This group is archived: you can still read it, but no longer change it.

## The readiness matrix and its files

cohort-matrix-framework = { $title } (version { $version }) · school year { $year }
cohort-matrix-profile = {" "}· profile { $profile }
cohort-matrix-search = Search for a student
cohort-matrix-show = Show
cohort-matrix-sort = Sort by
cohort-matrix-progress = Progress
cohort-filter-all = All students
cohort-filter-certificate = Ready for the certificate
cohort-filter-unit-ready = With a module ready for the partial certificate
cohort-filter-attention = With a module that needs attention
cohort-matrix-csv = Download CSV
cohort-matrix-excel = Download Excel
cohort-matrix-pdf = Download PDF
cohort-matrix-print-report = Print report
cohort-matrix-achieved = Achieved
cohort-matrix-certificate = Certificate
cohort-matrix-total = Total
cohort-matrix-totals = { $awarded } achieved · { $ready } ready · { $busy } in progress
cohort-file-skills-achieved = Skills achieved
cohort-file-skills-total = Skills in total

## Coverage of related frameworks

cohort-coverage-summary = Coverage of { $framework } { $title }
cohort-coverage-explanation = Per competence (its number; the title is in the column header as a tooltip and in the catalogue): covered, an assessor's decision needed, or not covered; with the number of skills covered.
cohort-coverage-link = Coverage of related qualifications (EVC)
cohort-coverage-heading = Coverage of { $cohort }
cohort-coverage-none = This programme leads to no other qualification in the catalog.
cohort-coverage-needs-decision = Decision needed

## Assessors and archiving

cohort-assessor-remove = remove
cohort-assessor-remove-label = Remove { $name } as assessor
cohort-assessor-assign-label = Assign an assessor
cohort-assessor-choose = Choose an assessor
cohort-assessor-assign = Assign
cohort-archive = Archive group
cohort-archive-confirm = Archive this group?
cohort-archive-yes = Yes, archive

## Enrolment import

cohort-import-heading = Enrol students
cohort-import-explanation = A CSV file with the columns student number, first name, last name and email, separated by ; (as Excel saves it) or by commas. You first see what will happen.
cohort-import-file = CSV file
cohort-import-show-preview = Show the preview
cohort-import-unreadable = The file could not be read.
cohort-import-letters-explanation = Without email: print an invitation letter for every student who has not yet chosen a password, with a new link and a QR code. Nobody gets to see a password.
cohort-import-letters = Print invitation letters (PDF)
cohort-import-applied = { $count ->
        [one] 1 student
       *[other] { $count } students
    } processed. Every new student received an email invitation to choose a password.
cohort-import-errors = { $count ->
        [one] 1 error
       *[other] { $count } errors
    }: correct the file and choose it again. Nothing is enrolled.
cohort-import-preview = Preview: { $count ->
        [one] 1 student
       *[other] { $count } students
    }. Nothing has been enrolled yet.
cohort-import-error-line = Line { $line }: { $message }
cohort-import-new-account = New account
cohort-import-enrolled = Existing account, enrolled
cohort-import-already-enrolled = Already enrolled
cohort-import-returning = Returning student, enrolled; email address will be changed (was { $previous })
cohort-import-already-enrolled-new-email = Already enrolled; email address will be changed (was { $previous })
cohort-import-invited = Sent
cohort-import-confirm = Confirm enrolment
cohort-import-column-line = Line
cohort-import-column-email = Email
cohort-import-column-what = What happens
cohort-import-column-invitation = Invitation

## A new cohort

cohort-new-profile = Profile
cohort-new-choose-profile = Choose a profile
cohort-new-choose-framework = Choose a programme
cohort-new-school-year = School year (e.g. 2026-2027)
cohort-new-starts-on = Start date
cohort-new-ends-on = End date
cohort-new-create = Create group

## Moving to a newer version of the framework

cohort-version-heading = Version of { $framework }
cohort-version-status = The group follows version { $current }; the newest is version { $newest }. It keeps its version until you move it.
cohort-version-preview = See what changes
cohort-version-move = Move the group to version { $version }
cohort-version-move-confirm = Move the group to version { $version }? This cannot be undone.
cohort-version-move-yes = Yes, move it
cohort-version-summary = Version { $to } compared with version { $from }: { $added } new, { $reworded } reworded and { $retired } removed skills or titles.
cohort-version-added = New: { $place }
cohort-version-reworded = Reworded: { $place }
cohort-version-retired = Removed: { $place }
cohort-version-caption = What changes per student. Decisions stay in the record, even on removed skills.
cohort-version-column-carried = Achieved and kept
cohort-version-column-dropped = Achieved, no longer counts
cohort-version-column-to-prove = Newly required
cohort-version-column-units = Modules that change
cohort-version-column-closes = Submissions that close
cohort-version-not-in-version = not in this version

## The printable readiness report

cohort-report-page-title = Report { $cohort }
cohort-report-printed-at = Printed on { $moment }
cohort-report-print = Print
cohort-report-summary = Summary
cohort-report-detailed = With details per student
cohort-report-heading = Certificate readiness report
cohort-report-column-awarded = Partial certificates earned (date, by)
cohort-report-column-ready = Ready, still to be awarded
cohort-report-column-open = Still open
cohort-report-open = { $units ->
        [one] 1 module
       *[other] { $units } modules
    }, { $skills ->
        [one] 1 skill
       *[other] { $skills } skills
    }
cohort-report-ready = Ready for the certificate.
cohort-report-not-ready = Not yet ready for the certificate.
cohort-report-awarded = Partial certificates earned
cohort-report-ready-units = Ready for the partial certificate
cohort-report-to-prove = Still to prove
cohort-report-awarded-unit = { $code } { $title }: awarded on { $date } by { $by }
cohort-report-open-unit = { $code } { $title }: { $count ->
        [one] 1 skill
       *[other] { $count } skills
    } to go

## The delibererende klassenraad

cohort-deliberation-title = Class council deliberation
cohort-deliberation-recorded = The class council's decisions have been recorded.
cohort-deliberation-new-meeting = New meeting
cohort-deliberation-nobody-ready = No student has a module ready for a partial certificate.
cohort-deliberation-date = Date of the meeting
cohort-deliberation-members = Members present (one per line)
cohort-deliberation-column-unit = Module (proof)
cohort-deliberation-column-outcome = Decision
cohort-deliberation-column-reason = Reason for postponing
cohort-deliberation-record = Record decisions
cohort-deliberation-certificate-too = { $name } · certificate if everything is granted
cohort-deliberation-outcome-label = Decision on { $unit } for { $student }
cohort-deliberation-reason-label = Reason for postponing { $unit }
cohort-deliberation-grant = Grant
cohort-deliberation-postpone = Postpone
cohort-deliberation-no-meetings = No meetings recorded yet.
cohort-deliberation-meeting = { $date }: { $granted } granted, { $postponed } postponed · members: { $members } · recorded by { $by }
cohort-deliberation-minutes = Minutes (PDF)
cohort-deliberation-earlier = Earlier meetings
cohort-matrix-nobody-shown = No students match the search and the choice.
