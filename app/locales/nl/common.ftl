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
error-bad-request = Ongeldige aanvraag: { $detail }
error-request-too-large = De aanvraag is te groot.
error-unknown-language = Die taal kent Vaardig niet: kies Nederlands, Frans of Engels.

language-choice = Taal
language-choose = Kies je taal
