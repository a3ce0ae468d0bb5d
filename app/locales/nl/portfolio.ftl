# portfolio

## A unit of the student's programme

portfolio-crumb-programme = Mijn opleiding
portfolio-unit-not-found = Deze module bestaat niet in je opleiding.
portfolio-unit-progress-label = { $unit }: vaardigheden behaald
portfolio-unit-knowledge = Vakkennis en vaardigheden
portfolio-closed-submissions = Afgesloten indieningen
portfolio-missing = { $count ->
        [0] Alle vaardigheden van deze module zijn behaald.
        [one] Nog { $count } vaardigheid te bewijzen.
       *[other] Nog { $count } vaardigheden te bewijzen.
    }
portfolio-knowledge-to-integrate = Te integreren kennis
portfolio-submit-all = Alles indienen
portfolio-submit = Indienen
portfolio-withdraw = Intrekken
portfolio-evidence-fallback = Bewijsstuk { $id }
portfolio-reply-not-evidence = '{ $text }' is geen bewijsstuk

## The catalog

portfolio-catalog-title = Catalogus – Vaardig
portfolio-catalog-heading = Catalogus
portfolio-catalog-intro = De opleidingsprofielen en beroepskwalificaties waarin Vaardig competenties opvolgt.
portfolio-catalog-column-code = Code
portfolio-catalog-column-title = Titel
portfolio-catalog-column-kind = Soort
portfolio-catalog-column-units = Onderdelen
portfolio-catalog-column-competencies = Competenties
portfolio-skills = Vaardigheden
# The kinds of framework, in lower case as within a sentence.
portfolio-kind-training-profile = opleidingsprofiel
portfolio-kind-professional-qualification = beroepskwalificatie
portfolio-kind-qualification-file = kwalificatiedossier
portfolio-catalog-level = niveau { $level }
portfolio-catalog-periods = { $count } lestijden
portfolio-catalog-skills = { $count } vaardigheden
portfolio-catalog-profiles = Profielen
portfolio-catalog-profiles-intro = Een groep volgt één profiel en bewijst alleen de onderdelen ervan.

## Checking an Open Badge

portfolio-verify-title = Een Open Badge controleren
portfolio-verify-intro = Controleer of een deelcertificaat of certificaat echt door dit centrum werd uitgereikt, ongewijzigd is en niet werd ingetrokken. Je hoeft je niet aan te melden.
portfolio-verify-token = Het bewijs (de inhoud van het .jwt-bestand)
portfolio-verify-file = of kies het bestand
portfolio-verify-submit = Controleren
portfolio-verify-authentic = Echt: ondertekend door { $issuer }.
portfolio-verify-authentic-issued = Echt: ondertekend door { $issuer }, uitgereikt op { $at }.
portfolio-verify-recipient = Voor: { $recipient }
portfolio-verify-achievement = Voor het behalen van: { $achievement }
portfolio-verify-revoked = Ingetrokken: dit bewijs geldt niet meer.
portfolio-verify-revoked-at = Ingetrokken op { $at }: dit bewijs geldt niet meer.
portfolio-credential-not-authentic = Dit bewijs is niet echt: de handtekening klopt niet. Het werd gewijzigd, of het komt niet van { $institution }.
