# cohort

## Shared by the cohort pages and the tables of cohorts

cohort-cohorts = Groepen
cohort-new = Nieuwe groep
cohort-none = Er zijn nog geen groepen.
cohort-coordinator-welcome = Welkom, { $name }. Een overzicht van alle lopende groepen.
cohort-back = Terug naar de groep
cohort-name = Naam
cohort-framework = Opleiding
cohort-assessors = Beoordelaars
cohort-column-cohort = Groep
cohort-column-school-year = Schooljaar
cohort-column-students = Cursisten
cohort-column-student = Cursist
cohort-column-ready-for-certificate = Klaar voor certificaat
cohort-students-count = { $count ->
        [one] 1 cursist
       *[other] { $count } cursisten
    }
cohort-archived = Deze groep is gearchiveerd: je kunt ze nog lezen, niet meer wijzigen.

## The readiness matrix and its files

cohort-matrix-framework = { $title } (versie { $version }) · schooljaar { $year }
cohort-matrix-profile = {" "}· profiel { $profile }
cohort-matrix-search = Zoek een cursist
cohort-matrix-show = Toon
cohort-matrix-sort = Sorteer op
cohort-matrix-progress = Voortgang
cohort-filter-all = Alle cursisten
cohort-filter-certificate = Klaar voor het certificaat
cohort-filter-unit-ready = Met een module klaar voor deelcertificaat
cohort-filter-attention = Met een module die aandacht vraagt
cohort-matrix-csv = Download CSV
cohort-matrix-excel = Download Excel
cohort-matrix-pdf = Download PDF
cohort-matrix-print-report = Rapport afdrukken
cohort-matrix-achieved = Behaald
cohort-matrix-certificate = Certificaat
cohort-matrix-total = Totaal
cohort-matrix-totals = { $awarded } behaald · { $ready } klaar · { $busy } bezig
cohort-file-skills-achieved = Vaardigheden behaald
cohort-file-skills-total = Vaardigheden totaal

## Coverage of related frameworks

cohort-coverage-summary = Dekking in { $framework } { $title }
cohort-coverage-explanation = Per competentie (nummer; de titel staat in de kolomkop als tooltip en in de catalogus): gedekt, beslissing van een beoordelaar nodig, of niet gedekt; met het aantal gedekte vaardigheden.
cohort-coverage-link = Dekking in verwante kwalificaties (EVC)
cohort-coverage-heading = Dekking van { $cohort }
cohort-coverage-none = Deze opleiding leidt naar geen andere kwalificatie in de catalogus.
cohort-coverage-needs-decision = Beslissing nodig

## Assessors and archiving

cohort-assessor-remove = verwijderen
cohort-assessor-remove-label = { $name } verwijderen als beoordelaar
cohort-assessor-assign-label = Beoordelaar toewijzen
cohort-assessor-choose = Kies een beoordelaar
cohort-assessor-assign = Toewijzen
cohort-archive = Groep archiveren
cohort-archive-confirm = Deze groep archiveren?
cohort-archive-yes = Ja, archiveren

## Enrolment import

cohort-import-heading = Cursisten inschrijven
cohort-import-explanation = Een CSV-bestand met de kolommen studentnummer, voornaam, achternaam en e-mail, gescheiden door ; (zoals Excel het bewaart) of door komma's. Je ziet eerst wat er zal gebeuren.
cohort-import-file = CSV-bestand
cohort-import-show-preview = Voorbeeld tonen
cohort-import-unreadable = Het bestand kon niet gelezen worden.
cohort-import-letters-explanation = Zonder e-mail: druk een uitnodigingsbrief af voor elke cursist die nog geen wachtwoord koos, met een nieuwe link en een QR-code. Niemand krijgt een wachtwoord te zien.
cohort-import-letters = Uitnodigingsbrieven afdrukken (PDF)
cohort-import-applied = { $count ->
        [one] 1 cursist
       *[other] { $count } cursisten
    } verwerkt. Elke nieuwe cursist kreeg een uitnodiging per e-mail om een wachtwoord te kiezen.
cohort-import-errors = { $count ->
        [one] 1 fout
       *[other] { $count } fouten
    }: verbeter het bestand en kies het opnieuw. Er wordt niets ingeschreven.
cohort-import-preview = Voorbeeld: { $count ->
        [one] 1 cursist
       *[other] { $count } cursisten
    }. Er is nog niets ingeschreven.
cohort-import-error-line = Regel { $line }: { $message }
cohort-import-new-account = Nieuw account
cohort-import-enrolled = Bestaand account, ingeschreven
cohort-import-already-enrolled = Al ingeschreven
cohort-import-returning = Terugkerende cursist, ingeschreven; e-mailadres wordt gewijzigd (was { $previous })
cohort-import-already-enrolled-new-email = Al ingeschreven; e-mailadres wordt gewijzigd (was { $previous })
cohort-import-invited = Verstuurd
cohort-import-confirm = Inschrijving bevestigen
cohort-import-column-line = Regel
cohort-import-column-email = E-mail
cohort-import-column-what = Wat er gebeurt
cohort-import-column-invitation = Uitnodiging

## A new cohort

cohort-new-profile = Profiel
cohort-new-choose-profile = Kies een profiel
cohort-new-choose-framework = Kies een opleiding
cohort-new-school-year = Schooljaar (bv. 2026-2027)
cohort-new-starts-on = Startdatum
cohort-new-ends-on = Einddatum
cohort-new-create = Groep aanmaken

## Moving to a newer version of the framework

cohort-version-heading = Versie van { $framework }
cohort-version-status = De groep volgt versie { $current }; de nieuwste is versie { $newest }. Ze blijft bij haar versie tot je ze verhuist.
cohort-version-preview = Bekijk wat verandert
cohort-version-move = Verhuis de groep naar versie { $version }
cohort-version-move-confirm = De groep naar versie { $version } verhuizen? Dat kan niet ongedaan gemaakt worden.
cohort-version-move-yes = Ja, verhuizen
cohort-version-summary = Versie { $to } tegenover versie { $from }: { $added } nieuwe, { $reworded } herschreven en { $retired } geschrapte vaardigheden of titels.
cohort-version-added = Nieuw: { $place }
cohort-version-reworded = Herschreven: { $place }
cohort-version-retired = Geschrapt: { $place }
cohort-version-caption = Wat verandert per cursist. Beslissingen blijven in het dossier, ook op geschrapte vaardigheden.
cohort-version-column-carried = Behaald en behouden
cohort-version-column-dropped = Behaald, telt niet meer
cohort-version-column-to-prove = Nieuw te bewijzen
cohort-version-column-units = Modules die veranderen
cohort-version-column-closes = Indieningen die sluiten
cohort-version-not-in-version = niet in deze versie

## The printable readiness report

cohort-report-page-title = Rapport { $cohort }
cohort-report-printed-at = Afgedrukt op { $moment }
cohort-report-print = Afdrukken
cohort-report-summary = Samenvatting
cohort-report-detailed = Met details per cursist
cohort-report-heading = Rapport klaar voor certificaat
cohort-report-column-awarded = Deelcertificaten behaald (datum, door)
cohort-report-column-ready = Klaar, nog toe te kennen
cohort-report-column-open = Nog open
cohort-report-open = { $units ->
        [one] 1 module
       *[other] { $units } modules
    }, { $skills ->
        [one] 1 vaardigheid
       *[other] { $skills } vaardigheden
    }
cohort-report-ready = Klaar voor het certificaat.
cohort-report-not-ready = Nog niet klaar voor het certificaat.
cohort-report-awarded = Deelcertificaten behaald
cohort-report-ready-units = Klaar voor deelcertificaat
cohort-report-to-prove = Nog te bewijzen
cohort-report-awarded-unit = { $code } { $title }: toegekend op { $date } door { $by }
cohort-report-open-unit = { $code } { $title }: nog { $count ->
        [one] 1 vaardigheid
       *[other] { $count } vaardigheden
    }

## The delibererende klassenraad

cohort-deliberation-title = Delibererende klassenraad
cohort-deliberation-recorded = De beslissingen van de klassenraad zijn vastgelegd.
cohort-deliberation-new-meeting = Nieuwe vergadering
cohort-deliberation-nobody-ready = Geen enkele cursist heeft een module klaar voor een deelcertificaat.
cohort-deliberation-date = Datum van de vergadering
cohort-deliberation-members = Aanwezige leden (één per regel)
cohort-deliberation-column-unit = Module (bewijs)
cohort-deliberation-column-outcome = Beslissing
cohort-deliberation-column-reason = Reden bij uitstel
cohort-deliberation-record = Beslissingen vastleggen
cohort-deliberation-certificate-too = { $name } · certificaat als alles wordt toegekend
cohort-deliberation-outcome-label = Beslissing over { $unit } voor { $student }
cohort-deliberation-reason-label = Reden van uitstel voor { $unit }
cohort-deliberation-grant = Toekennen
cohort-deliberation-postpone = Uitstellen
cohort-deliberation-no-meetings = Nog geen vergaderingen vastgelegd.
cohort-deliberation-meeting = { $date }: { $granted } toegekend, { $postponed } uitgesteld · leden: { $members } · vastgelegd door { $by }
cohort-deliberation-minutes = Proces-verbaal (PDF)
cohort-deliberation-earlier = Eerdere vergaderingen
cohort-matrix-nobody-shown = Geen cursisten die aan de zoekterm en de keuze voldoen.
