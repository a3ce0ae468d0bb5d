# The printed documents (PDF): a group's report, the invitation letters and the minutes of the class council.

documents-report-header = { $institution } · { $framework } · { $cohort } ({ $year }) · printed on { $printed }
documents-report-title = Certificate readiness report
documents-report-skills-missing = { $code } { $title }: { $count ->
        [one] 1 skill
       *[other] { $count } skills
    } still missing
documents-report-certificate = Certificate: { $status }
documents-report-awarded = Partial certificates earned: { $units }
documents-report-ready = Ready, still to be awarded: { $units }
documents-report-unit-missing = { $code } ({ $count } missing)
documents-report-open = Still open: { $units }
documents-report-none = none

documents-invitation-none-to-print = Everyone in this group has already chosen a password: there are no invitations to print.
documents-invitation-header = { $institution } · { $cohort } · invitation to Vaardig
documents-invitation-title = Welcome to Vaardig
documents-invitation-greeting = Dear { $name },
documents-invitation-intro = { $institution } invites you to Vaardig, the portfolio of your programme { $framework } ({ $cohort }). There you collect your evidence items and keep track of the partial certificates you earn.
documents-invitation-sign-in = You sign in with your email address: { $email }
documents-invitation-choose-password = First choose your password: scan the code with your phone, or go to
documents-invitation-validity = This invitation works once and stays valid until { $until }. Keep it to yourself.

documents-record-title = Minutes of the class council deliberation
documents-record-group = Group: { $group } ({ $year })
documents-record-programme = Programme: { $title } ({ $code })
documents-record-meeting = Meeting of { $day }
documents-record-members = Members: { $members }
documents-record-signature = Recorded by { $recorder } on { $recorded }. Printed on { $printed }.
documents-record-certificate = Thereby achieves the certificate.

# Names of downloaded files (ASCII, no spaces).
documents-file-readiness = readiness-group-{ $cohort }
documents-file-report = report-group-{ $cohort }
documents-file-invitations = invitations-group-{ $cohort }
documents-file-council = class-council-{ $id }
documents-record-outcome = { $unit } { $title }: { $outcome }
