# home

home-title = Home – Vaardig

## A student's home

home-student-heading = My programme
home-student-welcome = Welcome, { $name }. Here you can see, per module, what you have already proven and what is still missing.
home-student-my-evidence = My evidence items
home-student-portfolio-zip = Download my whole portfolio (zip)
home-student-no-cohort = You are not enrolled in a group yet. Ask your coordinator.
home-student-column-achieved = Skills achieved
home-student-column-evidence = Evidence items
home-student-column-status = Status
home-student-programme-achieved = { $total ->
        [one] { $achieved } of { $total } skill achieved
       *[other] { $achieved } of { $total } skills achieved
    }
# After " · ", following the count of skills achieved.
home-student-ready-for-certificate = ready for the certificate
home-student-badge-file = Open Badge (file)
home-student-badge-qr = QR code
home-student-badge-unit = Partial certificate { $unit }
home-student-badge-certificate = Certificate
home-student-badges-summary = My (partial) certificates as Open Badges
# Followed by a link (home-student-badges-verify-link) and a full stop.
home-student-badges-verify = An employer or school can check these credentials, without an account, on
home-student-badges-verify-link = the verification page
home-student-to-do-summary = To do: { $count ->
        [one] { $count } skill
       *[other] { $count } skills
    }
home-student-to-do-summary-feedback = To do: { $count ->
        [one] { $count } skill
       *[other] { $count } skills
    }, { $feedback } of them with feedback
# After " · " in a unit's row: how many of its skills wait for an assessor.
home-student-unit-submitted = { $count } submitted
home-student-unit-progress-label = { $unit }: skills achieved

## An assessor's home

home-assessor-heading = My groups
home-assessor-welcome = Welcome, { $name }. These are the groups you assess.
home-assessor-queue = To assess
home-assessor-no-cohorts = No groups have been assigned to you yet.
home-assessor-cohort-facts = { $framework } · school year { $year }
home-assessor-students = Students ({ $count })
