# The e-mails (app/src/server/mail/letters.rs), in the addressee's language.

letters-greeting = Beste { $name },
letters-closing = Met vriendelijke groeten,
letters-open-vaardig = Open Vaardig
letters-invitation-subject = Je account voor Vaardig bij { $institution }
letters-invitation-text = { $institution } heeft voor jou een account aangemaakt in Vaardig, het portfolio van je opleiding. Kies met de knop hieronder je wachtwoord; daarna meld je je aan met dit e-mailadres.
letters-invitation-button = Kies je wachtwoord
letters-invitation-validity = De link werkt één keer en blijft 7 dagen geldig. Is hij verlopen, vraag dan een nieuwe uitnodiging aan je coördinator.
letters-reset-subject = Een nieuw wachtwoord voor Vaardig
letters-reset-text = Iemand vroeg een nieuw wachtwoord aan voor je account in Vaardig. Was jij dat, kies dan met de knop hieronder een nieuw wachtwoord.
letters-reset-button = Kies een nieuw wachtwoord
letters-reset-validity = De link werkt één keer en blijft 1 uur geldig. Heb je niets gevraagd? Dan hoef je niets te doen: je wachtwoord blijft wat het was.
letters-retention-subject = Vaardig verwijdert op { $day } oude bewijsbestanden
letters-retention-text = De groepen van deze cursisten zijn meer dan { $years } jaar geleden afgelopen. Op { $day } verwijdert Vaardig hun bewijsbestanden; hun bewijsstukken, beslissingen en deelcertificaten blijven bewaard.
letters-retention-advice = Wil je iets bewaren, download dan nu het portfolio van de cursist (zip) op zijn pagina.
letters-notification-subject = Vaardig: { $kind }
letters-notification-button = Bekijk het in Vaardig
letters-digest-subject = Vaardig: je overzicht van { $day } ({ $count ->
        [one] 1 melding
       *[other] { $count } meldingen
    })
letters-digest-intro = Dit gebeurde in Vaardig sinds je vorige overzicht:
letters-digest-no-cohort = Zonder klas
letters-digest-certificate = { $framework } (certificaat)
letters-preferences = Kies hoe je deze berichten krijgt (meteen, in een dagelijks overzicht of nooit): { $link }
