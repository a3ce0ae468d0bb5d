# assessment

## The queue of submitted skills.

assessment-queue-title = Te beoordelen – Vaardig
assessment-queue-heading = Te beoordelen
assessment-queue-cohort = Groep
assessment-queue-unit = Module
assessment-queue-student = Cursist
assessment-queue-all = Alle
assessment-queue-count = { $total ->
        [one] { $shown } van 1 ingediende vaardigheid
       *[other] { $shown } van { $total } ingediende vaardigheden
    }
assessment-queue-submitted = Ingediend
assessment-queue-skill = Vaardigheid
assessment-queue-review = Beoordelen

## A student's page: programmes, account, withdrawal, erasure.

assessment-student-portfolio-zip = Het hele portfolio downloaden (zip)
assessment-student-title = Titel
assessment-student-achieved = Behaald
assessment-student-submitted = Ingediend
assessment-student-status = Status
# The label of a unit's progress bar.
assessment-unit-achieved = { $unit }: behaald

assessment-account-heading = Account
assessment-account-saved = De gegevens zijn bewaard.
assessment-account-invited = De uitnodiging is opnieuw verstuurd.
assessment-account-deactivated = Gedeactiveerd: deze cursist kan zich niet aanmelden. Het portfolio blijft bewaard.
assessment-account-invited-standing = Uitgenodigd: de cursist koos nog geen wachtwoord.
assessment-account-active = Actief.
assessment-account-deactivate = Account deactiveren
assessment-account-reactivate = Account opnieuw activeren
assessment-account-name = Naam
assessment-account-email = E-mailadres
assessment-account-student-number = Studentnummer
assessment-account-save = Gegevens bewaren
assessment-account-reinvite = Uitnodiging opnieuw versturen

assessment-withdrawal-heading = Een toekenning intrekken
assessment-withdrawal-explanation = Intrekken is definitief: de module telt niet meer als behaald, de intrekking staat in het register en de Open Badges van de module en van het certificaat worden herroepen.
assessment-withdrawal-done = De toekenning is ingetrokken en haar Open Badges zijn herroepen.
# $framework is the title of the programme.
assessment-withdrawal-unit = Module van { $framework }
assessment-withdrawal-reason = Reden
assessment-withdrawal-confirm = Ik bevestig dat deze toekenning definitief wordt ingetrokken.
assessment-withdrawal-withdraw = Toekenning intrekken

assessment-erasure-heading = Gegevens wissen (AVG)
assessment-erasure-explanation = Op vraag van een gewezen cursist wis je naam, e-mailadres, studentnummer, bewijsbestanden, reflecties en berichten. De beslissingen en deelcertificaten blijven bewaard onder een pseudoniem; het logboek houdt bij wie wiste en wanneer. Dit kan niet ongedaan gemaakt worden, en niet zolang de cursist een lopende groep volgt.
assessment-erasure-done = De gegevens zijn gewist. De beslissingen en deelcertificaten staan nu op naam van { $pseudonym }.
assessment-erasure-confirm = Ik bevestig dat deze cursist vroeg om het wissen van de gegevens.
assessment-erasure-erase = Gegevens wissen

## Coverage of related frameworks (EVC).

# $framework is a code (BK-0331-4), $title its title.
assessment-coverage-heading = Dekking in { $framework } { $title }
assessment-coverage-summary = { $covered } van { $total } competenties gedekt. Wat woordelijk overeenkomt telt meteen; wat verwant is, bevestigt een beoordelaar (dat wordt een beslissing in deze kwalificatie).
assessment-coverage-competence = Competentie
assessment-coverage-coverage = Dekking
assessment-coverage-covered = Gedekt
assessment-coverage-to-confirm = Te bevestigen
# $skills and $basis are lists of skill codes.
assessment-coverage-confirm = Bevestigen: { $skills } behaald op basis van { $basis }

## Reviewing one unit.

assessment-review-no-such-unit = Deze module bestaat niet in de opleiding van deze cursist.
assessment-review-awarded = Deelcertificaat toegekend door { $assessor } op { $date }.
assessment-review-attention = Let op: na de toekenning werd een vaardigheid herzien. Bekijk deze module opnieuw.
assessment-review-award = Deelcertificaat toekennen

assessment-decision-heading = Beslissing
assessment-decision-selected = { $count ->
        [one] 1 vaardigheid gekozen
       *[other] { $count } vaardigheden gekozen
    }
assessment-decision-verdict = Oordeel
assessment-decision-comment = Toelichting (verplicht bij 'nog niet': wat ontbreekt er?)
assessment-decision-record = Beslissing vastleggen

assessment-observed-note = Wat zag je? Eén regel, voor het dossier
assessment-observed-confirm = Behaald: vastleggen
assessment-select-competency = Kies alle open vaardigheden van competentie { $nr }
assessment-select-unit = Kies alle open vaardigheden van { $unit }
assessment-undo = Ongedaan maken
assessment-undo-label = Beslissing over '{ $skill }' ongedaan maken
assessment-undone = De beslissing is ongedaan gemaakt: de vaardigheid staat weer open.
assessment-decision-undone = ongedaan gemaakt door { $name } op { $date }
assessment-next-submission = Volgende inzending: { $student }, { $unit }
assessment-queue-done = Niets anders wacht op beoordeling.
assessment-grid-heading = { $unit } voor { $cohort }
assessment-grid-keys = Pijltjestoetsen: naar een andere cel. Spatie: behaald. N: nog niet. Shift+spatie: de hele rij, Ctrl+spatie: de hele kolom behaald. Delete: markering weg. Enter: naar de bewijsstukken van de cel.
assessment-grid-per-student = Eén cursist tegelijk beoordelen
assessment-grid-row = Rij van de gekozen cel: behaald
assessment-grid-column = Kolom van de gekozen cel: behaald
assessment-grid-marked-achieved = → behaald
assessment-grid-marked-not-yet = → nog niet
assessment-grid-evidence = { $count ->
    [one] 1 bewijsstuk
   *[other] { $count } bewijsstukken
}
assessment-grid-no-evidence = Geen bewijsstukken.
assessment-grid-counts = Gemarkeerd: { $achieved } behaald, { $not_yet } nog niet.
assessment-grid-not-yet-comment = Toelichting bij 'nog niet' (verplicht als er een is): wat ontbreekt er?
assessment-grid-observed = Wat je zelf zag, bij 'behaald' zonder bewijsstuk ({ $count } cellen)
assessment-grid-record = { $count } beslissingen vastleggen
assessment-grid-recorded = { $count ->
    [one] 1 beslissing vastgelegd.
   *[other] { $count } beslissingen vastgelegd.
}
assessment-grid-links = Beoordelen per module
assessment-grid-empty = Er is hier niets te beoordelen: de groep heeft geen cursisten of de module geen vaardigheden.
