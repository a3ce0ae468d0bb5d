# admin

## Logboek (/beheer/logboek)

admin-audit-log-heading = Logboek
admin-audit-log-intro = Elke wijziging aan een account: wie, wanneer en wat. De nieuwste staan bovenaan.
admin-audit-log-actor-self = de persoon zelf, met een link
admin-audit-log-when = Wanneer
admin-audit-log-by = Door
admin-audit-log-account = Account
admin-audit-log-what = Wat
admin-audit-log-details = Details
admin-audit-log-older = Oudere wijzigingen
admin-audit-action-staff-created = Personeelslid aangemaakt
admin-audit-action-role-changed = Rol gewijzigd
admin-audit-action-deactivated = Gedeactiveerd
admin-audit-action-reactivated = Opnieuw geactiveerd
admin-audit-action-details-changed = Gegevens gewijzigd
admin-audit-action-invitation = Uitnodiging verstuurd
admin-audit-action-password-reset = Link voor een nieuw wachtwoord verstuurd
admin-audit-action-password-chosen-with-link = Wachtwoord gekozen met een link
admin-audit-action-password-changed = Wachtwoord gewijzigd
admin-audit-action-signed-out-everywhere = Overal afgemeld
# A changed field of an account: its name, the old and the new value.
admin-audit-change = { $field }: { $old } → { $new }
# A field of an account with its value.
admin-audit-value = { $field }: { $value }
admin-audit-field-name = naam
admin-audit-field-email = e-mailadres
admin-audit-field-role = rol
admin-audit-field-student-number = studentnummer
admin-audit-field-sessions-ended = beëindigde sessies

## Catalogusbestanden (/beheer/catalogus)

admin-catalog-heading = Catalogusbestanden
admin-catalog-intro = Kies een catalogusbestand (JSON, volgens catalog.schema.json). Je ziet eerst wat het toevoegt, herschrijft en schrapt tegenover de bewaarde versie; lopende groepen blijven bij hun versie.
# $versions: the stored frameworks, each as admin-catalog-stored-version, joined by " · ".
admin-catalog-stored = Bewaard: { $versions }
admin-catalog-stored-version = { $code } versie { $version }
admin-catalog-file = Catalogusbestand
admin-catalog-unreadable = Het bestand kon niet gelezen worden.
admin-catalog-older-file = Let op: dit bestand noemt zich versie { $file }, bewaard is versie { $stored }. Een import maakt er een nieuwe versie van en vervangt wat erna kwam.
admin-catalog-unchanged = Dit bestand zegt niets anders dan de bewaarde versie: er valt niets te importeren.
admin-catalog-imported = Geïmporteerd als versie { $version }. Groepen volgen ze pas als een coördinator ze verhuist.
admin-catalog-import = Importeren als nieuwe versie
admin-catalog-not-stored = nog niet bewaard
admin-catalog-against-version = tegenover versie { $version }
# $against: admin-catalog-not-stored or admin-catalog-against-version.
admin-catalog-summary = { $code } ({ $against }): { $added } nieuwe, { $reworded } herschreven, { $retired } geschrapte vaardigheden of titels.
admin-catalog-added = Nieuw
admin-catalog-reworded = Herschreven
admin-catalog-retired = Geschrapt
admin-catalog-change = Wijziging
admin-catalog-where = Waar
admin-catalog-before = Was
admin-catalog-after = Wordt

## Uitgaande berichten (/beheer/berichten)

admin-outbox-heading = Uitgaande berichten
admin-outbox-no-smtp = Vaardig verstuurt geen e-mail: er is geen SMTP-server ingesteld (VAARDIG_SMTP_URL). Deze berichten wachten; kopieer ze naar de persoon, of druk voor cursisten uitnodigingsbrieven af op de groepspagina.
admin-outbox-with-smtp = Vaardig verstuurt e-mail via de ingestelde SMTP-server. Hier staan de berichten die nog niet verstuurd zijn: ze wachten op een (volgende) poging, of zijn mislukt na herhaalde pogingen. Kopieer een mislukt bericht naar de persoon.
admin-outbox-empty = Er wachten geen berichten.
admin-outbox-older = Oudere berichten
# $recipient: "name <address>"; $created: when the message was made.
admin-outbox-mail-about = Aan: { $recipient } · Aangemaakt: { $created }
admin-outbox-mail-text = Tekst van het bericht
admin-outbox-pending = Wacht
admin-outbox-failed = Mislukt
admin-outbox-failed-because = Mislukt: { $reason }

## Register van beslissingen (/beheer/register)

admin-record-heading = Register van beslissingen
admin-record-intro = Elke beslissing over een vaardigheid, elke toekenning van een deelcertificaat, elke intrekking en elke vergadering van de klassenraad krijgt een plaats in één keten: haar inhoud en de vorige plaats samen bepalen haar hash (SHA-256). Wie een rij buiten Vaardig wijzigt of verwijdert, breekt de keten op die plaats.
admin-record-intact = Het register is intact: { $entries ->
        [one] { $entries } vastlegging, op zijn plaats.
       *[other] { $entries } vastleggingen, elk op zijn plaats.
    }
# $broken: where the chain first breaks, as the server says it.
admin-record-broken = Het register is gewijzigd buiten Vaardig: { $broken }.
admin-record-checked-at = Gecontroleerd op { $when }
admin-record-head = Kop van de keten
admin-record-entries = Plaatsen
admin-record-last = Laatst vastgelegd
admin-record-nothing-yet = nog niets vastgelegd
admin-record-anchor = Anker (plaats:hash)
admin-record-anchor-broken = Noteer dit anker niet: het register is gewijzigd. Vergelijk het met het laatst genoteerde anker en herstel de gegevens uit een reservekopie.
# Followed by the command "vaardig audit verify --anchor plaats:hash" and a full stop.
admin-record-anchor-advice = Noteer het anker buiten Vaardig (druk deze pagina af en bewaar ze in het archief). Wie de keten later tot daar herschrijft, hashes en al, verandert het anker: de beheerder van de server controleert het met
admin-record-print = Afdrukken

## Personeel (/beheer/personeel)

admin-staff-heading = Personeel
admin-staff-name = Naam
admin-staff-email = E-mailadres
admin-staff-role = Rol
admin-staff-status = Status
admin-staff-actions = Acties
admin-staff-change-role = Wijzigen
admin-staff-deactivate = Deactiveren
admin-staff-activate = Activeren
admin-staff-standing-deactivated = Gedeactiveerd
admin-staff-standing-invited = Uitgenodigd
admin-staff-standing-active = Actief
admin-staff-invite-heading = Personeelslid uitnodigen
admin-staff-invite = Uitnodigen
admin-staff-invite-note = Het nieuwe personeelslid krijgt een e-mail met een link om zelf een wachtwoord te kiezen (7 dagen geldig).
admin-staff-invited = { $name } is uitgenodigd: de uitnodiging gaat naar { $email }.

## Startpagina van een beheerder

admin-home-heading = Beheer
admin-home-welcome = Welkom, { $name }.
admin-home-accounts = Accounts
admin-home-role = Rol
admin-home-cohorts = Groepen
