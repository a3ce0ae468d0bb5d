# The emails (app/src/server/mail/letters.rs), in the addressee's language.

letters-greeting = Dear { $name },
letters-closing = Kind regards,
letters-open-vaardig = Open Vaardig
letters-invitation-subject = Your Vaardig account at { $institution }
letters-invitation-text = { $institution } has created an account for you in Vaardig, the portfolio of your programme. Choose your password with the button below; then sign in with this email address.
letters-invitation-button = Choose your password
letters-invitation-validity = The link works once and stays valid for 7 days. If it has expired, ask your coordinator for a new invitation.
letters-reset-subject = A new password for Vaardig
letters-reset-text = Someone asked for a new password for your Vaardig account. If that was you, choose a new password with the button below.
letters-reset-button = Choose a new password
letters-reset-validity = The link works once and stays valid for 1 hour. If you did not ask for this, you can ignore this email: your password stays unchanged.
letters-retention-subject = Vaardig will remove old evidence files on { $day }
letters-retention-text = The groups of these students ended more than { $years } years ago. On { $day } Vaardig will remove their evidence files; their evidence items, decisions and partial certificates are kept.
letters-retention-advice = To keep anything, download the student's portfolio (zip) from their page now.
letters-notification-subject = Vaardig: { $kind }
letters-notification-button = See it in Vaardig
letters-digest-subject = Vaardig: your digest of { $day } ({ $count ->
        [one] 1 notification
       *[other] { $count } notifications
    })
letters-digest-intro = Here is what happened in Vaardig since your previous digest:
letters-digest-no-cohort = No group
letters-digest-certificate = { $framework } (certificate)
letters-preferences = Choose how you receive these messages (immediately, in a daily digest or never): { $link }
