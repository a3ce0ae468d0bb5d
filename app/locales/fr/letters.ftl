# Les e-mails (app/src/server/mail/letters.rs), dans la langue du destinataire.

letters-greeting = Bonjour { $name },
letters-closing = Cordialement,
letters-open-vaardig = Ouvrir Vaardig
letters-invitation-subject = Votre compte Vaardig auprès de { $institution }
letters-invitation-text = { $institution } a créé pour vous un compte dans Vaardig, le portfolio de votre formation. Choisissez votre mot de passe avec le bouton ci-dessous ; ensuite, connectez-vous avec cette adresse e-mail.
letters-invitation-button = Choisir votre mot de passe
letters-invitation-validity = Le lien fonctionne une seule fois et reste valable 7 jours. S’il a expiré, demandez une nouvelle invitation à votre coordinateur.
letters-reset-subject = Un nouveau mot de passe pour Vaardig
letters-reset-text = Quelqu’un a demandé un nouveau mot de passe pour votre compte Vaardig. Si c’était vous, choisissez un nouveau mot de passe avec le bouton ci-dessous.
letters-reset-button = Choisir un nouveau mot de passe
letters-reset-validity = Le lien fonctionne une seule fois et reste valable 1 heure. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.
letters-retention-subject = Vaardig supprime le { $day } d’anciens fichiers justificatifs
letters-retention-text = Les groupes de ces apprenants se sont terminés il y a plus de { $years } ans. Le { $day }, Vaardig supprime leurs fichiers justificatifs ; leurs pièces justificatives, décisions et certificats partiels restent conservés.
letters-retention-advice = Pour conserver quelque chose, téléchargez maintenant le portfolio de l’apprenant (zip) sur sa page.
letters-notification-subject = Vaardig : { $kind }
letters-notification-button = Voir dans Vaardig
letters-digest-subject = Vaardig : votre résumé du { $day } ({ $count ->
        [one] 1 notification
       *[other] { $count } notifications
    })
letters-digest-intro = Voici ce qui s’est passé dans Vaardig depuis votre résumé précédent :
letters-digest-no-cohort = Sans groupe
letters-digest-certificate = { $framework } (certificat)
letters-preferences = Choisissez comment vous recevez ces messages (immédiatement, dans un résumé quotidien ou jamais) : { $link }
