# account

# The top bar.
account-nav-main = Hoofdmenu
account-nav-home = Start
account-nav-evidence = Bewijsstukken
account-nav-queue = Te beoordelen
account-nav-staff = Personeel
account-nav-audit-log = Logboek
account-nav-outbox = Berichten
account-nav-record = Register
account-nav-catalog-files = Catalogusbestanden
account-nav-catalog = Catalogus
account-nav-notifications = Meldingen
account-nav-unread = ongelezen
account-nav-logout = Afmelden
account-nav-login = Aanmelden

# Signing in.
account-login-heading = Aanmelden
account-login-intro = Meld je aan met het e-mailadres en wachtwoord dat je van je centrum kreeg.
account-email-label = E-mailadres
account-password-label = Wachtwoord
account-login-submit = Aanmelden
account-login-forgot = Wachtwoord vergeten?

# A password without signing in.
account-forgot-heading = Wachtwoord vergeten
account-forgot-intro = Geef het e-mailadres waarmee je je aanmeldt; we mailen je een link.
account-forgot-submit = Stuur de link
account-forgot-sent = Als er een account met dit e-mailadres bestaat, krijg je zo een e-mail met een link om een nieuw wachtwoord te kiezen. De link blijft 1 uur geldig.
account-forgot-back = Terug naar aanmelden
account-choose-title = Wachtwoord kiezen
account-choose-heading = Kies je wachtwoord
account-choose-submit = Wachtwoord instellen
account-choose-done = Je wachtwoord is ingesteld.
account-choose-sign-in = Meld je nu aan

# My account.
account-my-heading = Mijn account
account-change-password-heading = Wachtwoord wijzigen
account-current-password = Huidig wachtwoord
account-change-password-submit = Wachtwoord wijzigen
account-password-changed = Je wachtwoord is gewijzigd. Je bent afgemeld op je andere toestellen.
account-everywhere-heading = Overal afmelden
account-everywhere-intro = Meldt je af op elk toestel waarop je aangemeld bent, ook hier.
account-everywhere-submit = Overal afmelden
account-email-heading = Meldingen per e-mail
account-email-intro = Meldingen staan altijd onder 'Meldingen'. Kies per soort of je ze ook meteen per e-mail krijgt, in een dagelijks overzicht, of nooit.
account-role-gets-no-notifications = Je rol krijgt geen meldingen.
account-save = Bewaren
account-choice-saved = Je keuze is bewaard.

# Notifications.
account-notifications-heading = Meldingen
account-notifications-empty = Je hebt geen meldingen.
account-notifications-summary = { $count ->
        [0] Alles gelezen.
        [one] 1 ongelezen melding.
       *[other] { $count } ongelezen meldingen.
    }
account-notifications-mark-all = Alles gelezen
account-notifications-mark-one = Gelezen

# An address that does not exist.
account-not-found-heading = Pagina niet gevonden
account-not-found-text = Deze pagina bestaat niet.
account-not-found-home = Terug naar de startpagina
