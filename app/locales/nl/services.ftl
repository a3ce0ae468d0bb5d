# services

## Nouns for "… werd niet gevonden." (error-not-found)

services-not-found-this-student = Deze cursist
services-not-found-this-staff-member = Dit personeelslid
services-not-found-this-notification = Deze melding
services-not-found-programme-of-student = De opleiding '{ $code }' van deze cursist
services-not-found-programme = De opleiding '{ $code }'
services-not-found-version = Versie { $version } van { $code }
services-not-found-credential = Dit bewijs
services-not-found-award = Een toekenning van module { $unit }

## Accounts

services-email-taken = Er bestaat al een account met e-mailadres { $email }.
services-student-number-taken = Studentnummer { $number } hoort al bij een andere cursist ({ $email }).
services-erase-already-erased = De gegevens van deze cursist zijn al gewist.
services-erase-cohort-running = { $name } volgt nog de lopende groep '{ $cohort }'. Wis de gegevens pas als die groep afgelopen of gearchiveerd is.
services-demo-database-not-empty = De databank bevat al accounts of groepen; de demo vult alleen een lege databank.

## Notifications and the outbox

services-notification-kind-not-received = Je rol krijgt deze meldingen niet: '{ $kind }'.
services-mail-unreadable-subject = (onleesbaar bericht)

## Submissions

services-skill-not-in-programme = Vaardigheid '{ $skill }' hoort niet bij jouw opleiding.
services-skill-already-submitted = Vaardigheid '{ $skill }' is al ingediend.
services-skill-not-withdrawable = Vaardigheid '{ $skill }' is niet ingediend of al beoordeeld.
services-skill-needs-evidence = Koppel eerst een bewijsstuk aan vaardigheid '{ $skill }'.
services-skill-already-achieved = Vaardigheid '{ $skill }' is al behaald.

## Uploads

services-upload-too-many-files = Hoogstens { $max } bestanden per keer; er werd niets bewaard. Verdeel de bestanden over meerdere keren.
services-upload-file-too-large = '{ $file }' is te groot: hoogstens { $mib } MiB per bestand.
services-upload-file-empty = '{ $file }' is leeg.
services-upload-file-refused = '{ $file }' werd geweigerd. { $reason }
services-upload-file-not-accepted = '{ $file }' is geen toegelaten soort bestand. Toegelaten: PDF, foto's (JPEG, PNG, GIF, WebP, HEIC), video (MP4, MOV, WebM, AVI), Office- en OpenDocument-bestanden, tekst en zip.
services-upload-file-needed = Voeg minstens één bestand toe.
services-upload-files-only-for-file-kind = Alleen een bewijsstuk van het soort 'bestand' heeft bestanden.
services-upload-newer-version-exists = Van dit bewijsstuk bestaat al een nieuwere versie.
services-text-too-large-to-convert = Een tekstbestand in { $encoding } mag hoogstens { $mib } MiB groot zijn. Bewaar het als UTF-8 of als PDF.
services-text-empty = Het bestand bevat geen tekst.

## Framework versions

services-version-not-newer = De groep volgt versie { $from } van { $code }; ze kan alleen naar een nieuwere versie.
services-version-cohort-changed = De groep veranderde intussen; bekijk de verhuizing opnieuw.
services-version-profile-missing = Versie { $version } van { $code } heeft het profiel '{ $profile }' van deze groep niet meer; maak een nieuwe groep voor die versie.
services-version-profile-required = Versie { $version } van { $code } vraagt een profiel, en deze groep volgt er geen; maak een nieuwe groep voor die versie.

## Open Badges

services-badge-student-erased = De gegevens van deze cursist zijn gewist: er worden geen bewijzen meer uitgereikt.
services-badge-certificate-not-achieved = Het certificaat is nog niet behaald: niet elke module is toegekend.
services-badge-unit-not-awarded = Module { $unit } is (nog) niet toegekend.
services-withdrawal-reason-required = Geef de reden van de intrekking (hoogstens 1000 tekens).
services-withdrawal-already-done = De toekenning van module { $unit } werd al ingetrokken.

## The JSON API

services-api-not-found-address = Dit adres van de API
services-api-request-too-large = De aanvraag is groter dan { $kib } KiB.
services-api-json-required = Stuur de gegevens als JSON (Content-Type: application/json).
services-api-invalid-json = De gegevens zijn geen geldige JSON.
services-api-unexpected-shape = De gegevens hebben niet de verwachte vorm.
services-api-field-invalid = Het veld '{ $field }' ontbreekt of heeft niet de verwachte waarde.
services-api-method-not-allowed = Dit adres van de API kent deze methode niet.
services-api-malformed-request = Een deel van het adres of van de vraag na '?' heeft niet de verwachte vorm.
services-api-refused = De aanvraag werd geweigerd.
services-api-student-list-json = Verwacht een JSON-lijst van studenten: { $error }
services-api-student-list-type = Een studentenlijst kan als text/csv, text/plain, application/json of multipart/form-data met één bestand gestuurd worden, niet als '{ $media }'.
services-api-invalid-form = Ongeldig formulier: { $detail }
services-api-form-without-file = Het formulier bevat geen bestand. Stuur de lijst als bestandsveld (curl -F file=@lijst.csv).
services-api-list-too-large = De lijst is groter dan { $mib } MiB.
services-api-list-unreadable = De lijst kon niet gelezen worden.
services-api-form-empty = Het formulier is leeg: verwacht eerst de gegevens van het stuk (een deel 'meta' of de velden van het formulier).
services-api-form-unknown-part = Onbekend deel '{ $name }' in het formulier; verwacht 'file'.
services-api-meta-too-large = De gegevens van het stuk (het deel 'meta' of de velden van het formulier) zijn te groot.
services-api-meta-invalid = Het deel 'meta' is ongeldig: { $error }
services-api-fields-invalid = De velden van het formulier zijn ongeldig: { $error }
services-api-form-not-multipart = Stuur het stuk als multipart/form-data: eerst een deel 'meta' (JSON), dan de delen 'file'.
services-api-form-not-utf8 = Een veld van het formulier is geen UTF-8-tekst.
services-api-form-broken = Het formulier kwam onvolledig of verminkt aan ({ $detail }).
services-api-not-found-programme = Een opleiding van deze cursist
services-api-several-programmes = Deze cursist volgt meerdere opleidingen: geef ?framework=CODE.
