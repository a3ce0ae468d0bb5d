# The printed documents (PDF): a group's report, the invitation letters and the minutes of the class council.

documents-report-header = { $institution } · { $framework } · { $cohort } ({ $year }) · afgedrukt op { $printed }
documents-report-title = Rapport klaar voor certificaat
documents-report-skills-missing = { $code } { $title }: nog { $count ->
        [one] 1 vaardigheid
       *[other] { $count } vaardigheden
    }
documents-report-certificate = Certificaat: { $status }
documents-report-awarded = Deelcertificaten behaald: { $units }
documents-report-ready = Klaar, nog toe te kennen: { $units }
documents-report-unit-missing = { $code } ({ $count ->
        [one] 1 ontbreekt
       *[other] { $count } ontbreken
    })
documents-report-open = Nog open: { $units }
documents-report-none = geen

documents-invitation-none-to-print = Iedereen in deze groep heeft al een wachtwoord gekozen: er zijn geen uitnodigingen af te drukken.
documents-invitation-header = { $institution } · { $cohort } · uitnodiging voor Vaardig
documents-invitation-title = Welkom in Vaardig
documents-invitation-greeting = Beste { $name },
documents-invitation-intro = { $institution } nodigt je uit in Vaardig, het portfolio van je opleiding { $framework } ({ $cohort }). Daar verzamel je je bewijsstukken en volg je op welke deelcertificaten je behaalt.
documents-invitation-sign-in = Je meldt je aan met je e-mailadres: { $email }
documents-invitation-choose-password = Kies eerst je wachtwoord: scan de code met je gsm, of surf naar
documents-invitation-validity = Deze uitnodiging werkt één keer en blijft geldig tot { $until }. Bewaar ze voor jezelf.

documents-record-title = Proces-verbaal van de delibererende klassenraad
documents-record-group = Groep: { $group } ({ $year })
documents-record-programme = Opleiding: { $title } ({ $code })
documents-record-meeting = Vergadering van { $day }
documents-record-members = Leden: { $members }
documents-record-signature = Vastgelegd door { $recorder } op { $recorded }. Afgedrukt op { $printed }.
documents-record-certificate = Behaalt hiermee het certificaat.

# Names of downloaded files (ASCII, no spaces).
documents-file-readiness = gereedheid-groep-{ $cohort }
documents-file-report = rapport-groep-{ $cohort }
documents-file-invitations = uitnodigingen-groep-{ $cohort }
documents-file-council = klassenraad-{ $id }
documents-record-outcome = { $unit } { $title }: { $outcome }
