# server

## Access to students, programmes and cohorts

server-cohort-archived-read-only = De groep van deze cursist is gearchiveerd: je kunt het dossier nog lezen, maar er niets meer aan toevoegen.
server-skill-not-in-student-programme = Vaardigheid '{ $skill }' hoort niet bij de opleiding van deze cursist.
server-skill-not-in-your-programme = Vaardigheid '{ $skill }' hoort niet bij jouw opleiding.
server-evidence-newer-version = Van dit bewijsstuk bestaat al een nieuwere versie.

## What was not found: a noun, shown as "… werd niet gevonden."
server-enrolment-kept-gone = De lijst van dit voorbeeld (al ingeschreven of ouder dan een dag: kies het bestand opnieuw)

server-this-group = Deze groep
server-this-assessor = Deze beoordelaar
server-this-deliberation = Deze deliberatie
server-this-evidence = Dit bewijsstuk
server-not-found-evidence-file = Het bestand van dit bewijsstuk
server-not-found-module = Module '{ $unit }'
server-not-found-module-of-student = Module '{ $unit }' in een opleiding van deze cursist
server-not-found-skill = Vaardigheid '{ $skill }'
server-not-found-decision = Beslissing { $id }
server-not-found-student-programme = De opleiding '{ $code }' van deze cursist
server-not-found-crosswalk = Een kruistabel van { $from } naar { $to }
server-not-found-qualification = De kwalificatie '{ $code }'
server-not-found-framework = Opleiding of kwalificatie '{ $code }'

## Accounts and passwords

server-email-taken = Er bestaat al een account met e-mailadres { $email }.
server-link-closed = Deze link werkt niet meer: hij is al gebruikt of verlopen. Vraag een nieuwe aan.
server-current-password-wrong = Je huidige wachtwoord klopt niet.
server-passwords-differ = De twee wachtwoorden zijn niet gelijk.
server-audit-page-size = Een pagina van het logboek telt 1 tot { $max } regels.

## Assessment, awards and deliberation

server-awards-by-deliberation-only = In dit centrum kent de delibererende klassenraad de deelcertificaten toe: neem de module op in de deliberatie van de groep.
server-award-withdrawn = De toekenning van module { $unit } werd ingetrokken; een intrekking is definitief.
server-module-in-several-programmes = Module '{ $unit }' komt in meerdere opleidingen voor: geef 'framework'.
server-evidence-not-of-student = Bewijsstuk { $id } is niet van deze cursist.
server-group-archived-no-deliberation = Deze groep is gearchiveerd: er kan niet meer over beraadslaagd worden.
server-unit-already-awarded = Module { $unit } van deze cursist is intussen al toegekend.

## Credit across frameworks

server-link-not-related = Deze overeenkomst staat niet als verwant in de kruistabel.
server-sources-not-achieved = Niet elke vaardigheid van de bron is behaald.
server-skills-already-achieved = Deze vaardigheden zijn al behaald in { $target }.

## Cohorts and enrolment

server-unknown-programme = Onbekende opleiding of kwalificatie '{ $code }'.
server-cohort-name-taken = Er loopt al een groep '{ $name }' voor { $code } in schooljaar { $year }. Kies een andere naam, of archiveer eerst de andere groep.
server-group-already-archived = Deze groep is al gearchiveerd.
server-group-archived = Deze groep is gearchiveerd.
server-enrolment-list-errors = De lijst heeft { $count ->
        [one] 1 fout
       *[other] { $count } fouten
    }; er werd niemand ingeschreven. Bekijk eerst het voorbeeld.
server-enrolment-changed = De accounts of de groep veranderden tijdens het inschrijven; bekijk het voorbeeld opnieuw.
server-enrolment-email-of-role = { $email } is al een account van een { $role }.
server-enrolment-number-known = { $email } heeft al studentnummer { $known }, niet { $number }.
server-enrolment-number-taken = Studentnummer { $number } hoort bij { $owner } ({ $owner_email }), niet bij { $name }.

## Files sent to the server

server-file-too-large = Het bestand is groter dan { $mib } MiB.
server-file-unreadable = Het bestand kwam onleesbaar aan; kies het opnieuw.
server-skill-not-in-grid = Vaardigheid '{ $skill }' hoort niet bij { $unit }.
