# Shared texts: errors, the language choice, the page frame. Dutch as written in Flanders.

error-unauthenticated = Je bent niet aangemeld of je sessie is verlopen. Meld je opnieuw aan.
error-bad-credentials = Onbekend e-mailadres of verkeerd wachtwoord.
error-forbidden = Je hebt geen toegang tot deze gegevens.
error-foreign-origin = Dit verzoek komt van een andere website en werd geweigerd.
error-too-many-attempts = Te veel mislukte aanmeldpogingen. Probeer het opnieuw over { $minutes ->
        [one] 1 minuut
       *[other] { $minutes } minuten
    }.
error-not-found = { $what } werd niet gevonden.
error-not-ready = Nog niet klaar voor het deelcertificaat: { $count ->
        [one] 1 vaardigheid ontbreekt
       *[other] { $count } vaardigheden ontbreken
    } nog.
error-internal = Er liep iets mis op de server. Probeer het later opnieuw.
error-transport = De server kon niet bereikt worden ({ $detail }).
error-bad-request = Het formulier is niet volledig of niet juist ingevuld. (Technisch: { $detail })
error-request-too-large = De aanvraag is te groot.
error-unknown-language = Die taal kent Vaardig niet: kies Nederlands, Frans of Engels.

language-choice = Taal
language-choose = Kies je taal

role-student = Cursist
role-assessor = Beoordelaar
role-coordinator = Coördinator
role-admin = Beheerder

verdict-achieved = Behaald
verdict-not-yet = Nog niet
status-not-started = Niet gestart
status-in-progress = Bezig
status-submitted = Ingediend
unit-status-ready = Klaar voor deelcertificaat
unit-status-ready-short = Klaar
unit-status-attention = Aandacht
unit-status-awarded = Deelcertificaat behaald

coverage-covered = Gedekt
coverage-needs-decision = Beslissing van een beoordelaar nodig
coverage-not-covered = Niet gedekt

evidence-kind-file = Bestand
evidence-kind-reflection = Reflectie
evidence-kind-link = Link

unit-kind-module = Module
unit-kind-activity-block = Activiteitenblok
unit-kind-core-task = Kerntaak

notification-kind-submitted = Een cursist diende vaardigheden in
notification-kind-decided = Een beslissing over je vaardigheden
notification-kind-awarded = Een deelcertificaat behaald
notification-kind-ready = Een cursist is klaar voor een (deel)certificaat
notification-kind-needs-attention = Een behaalde module vraagt aandacht
notification-kind-reply = Een antwoord op feedback

delivery-at-once = Meteen
delivery-digest = Dagelijks overzicht
delivery-never = Nooit

to-do-add-evidence = Nog geen bewijsstuk
to-do-submit = Nog niet ingediend
to-do-answer-feedback = Nog niet: lees de feedback en dien opnieuw in

outcome-granted = toegekend
outcome-postponed = uitgesteld: { $reason }

common-page-title = { $page } – Vaardig
common-loading = Laden…
common-skip-to-content = Naar de inhoud
common-new-password = Nieuw wachtwoord
common-repeat-password = Herhaal het nieuwe wachtwoord
common-password-policy = Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden; je naam, je e-mailadres of een bekend wachtwoord worden geweigerd.

# A label and its value, as each language punctuates it.
common-labelled = { $label }: { $value }
common-form-done = Gelukt: je wijziging is bewaard.
