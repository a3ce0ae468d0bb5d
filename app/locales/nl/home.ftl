# home

home-title = Start – Vaardig

## A student's home

home-student-heading = Mijn opleiding
home-student-welcome = Welkom, { $name }. Hier zie je per module wat je al bewezen hebt en wat nog ontbreekt.
home-student-my-evidence = Mijn bewijsstukken
home-student-portfolio-zip = Mijn hele portfolio downloaden (zip)
home-student-no-cohort = Je bent nog niet ingeschreven in een groep. Vraag het aan je coördinator.
home-student-column-achieved = Vaardigheden behaald
home-student-column-evidence = Bewijsstukken
home-student-column-status = Status
home-student-programme-achieved = { $achieved } van { $total } vaardigheden behaald
# After " · ", following the count of skills achieved.
home-student-ready-for-certificate = klaar voor het certificaat
home-student-badge-file = Open Badge (bestand)
home-student-badge-qr = QR-code
home-student-badge-unit = Deelcertificaat { $unit }
home-student-badge-certificate = Certificaat
home-student-badges-summary = Mijn (deel)certificaten als Open Badge
# Followed by a link (home-student-badges-verify-link) and a full stop.
home-student-badges-verify = Een werkgever of school controleert zo'n bewijs zonder account op
home-student-badges-verify-link = de controlepagina
home-student-to-do-summary = Nog te doen: { $count ->
        [one] 1 vaardigheid
       *[other] { $count } vaardigheden
    }
home-student-to-do-summary-feedback = Nog te doen: { $count ->
        [one] 1 vaardigheid
       *[other] { $count } vaardigheden
    }, waarvan { $feedback } met feedback
# After " · " in a unit's row: how many of its skills wait for an assessor.
home-student-unit-submitted = { $count } ingediend
home-student-unit-progress-label = { $unit }: vaardigheden behaald

## An assessor's home

home-assessor-heading = Mijn groepen
home-assessor-welcome = Welkom, { $name }. Dit zijn de groepen die je beoordeelt.
home-assessor-queue = Te beoordelen
home-assessor-no-cohorts = Er zijn nog geen groepen aan je toegewezen.
home-assessor-cohort-facts = { $framework } · schooljaar { $year }
home-assessor-students = Cursisten ({ $count })
