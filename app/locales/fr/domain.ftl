# Pourquoi le domaine a refusé quelque chose (app/src/i18n/domain_messages.rs).

domain-invalid-email = « { $email } » n’est pas une adresse e-mail valable.
domain-invalid-name = Un nom ne peut pas être vide et compte au plus { $max } caractères.
domain-invalid-password = Un mot de passe compte au moins { $min } et au plus { $max } caractères.
domain-guessable-password = Ce mot de passe est trop facile à deviner : c’est un mot de passe courant, un mot, une suite, ou il contient votre nom ou votre adresse e-mail. Choisissez une phrase plus longue ou une suite aléatoire.
domain-not-a-staff-role = Un membre du personnel est évaluateur, coordinateur ou administrateur ; les apprenants s’inscrivent dans un groupe.
domain-own-deactivation = Vous ne pouvez pas désactiver votre propre compte ; demandez-le à un autre administrateur.
domain-own-role-change = Vous ne pouvez pas modifier votre propre rôle ; demandez-le à un autre administrateur.
domain-already-deactivated = Ce compte est déjà désactivé.
domain-already-active = Ce compte est déjà actif.
domain-deactivated = Ce compte est désactivé ; activez-le d’abord.
domain-password-already-chosen = Cet apprenant a déjà choisi un mot de passe ; une nouvelle invitation n’est pas nécessaire. Qui a oublié son mot de passe en demande un nouveau sur la page de connexion.
domain-cohort-name = Donnez un nom au groupe (au plus 120 caractères).
domain-school-year = Écrivez l’année scolaire sous la forme 2026-2027.
domain-date = « { $text } » n’est pas une date valable ; utilisez AAAA-MM-JJ.
domain-ends-before-start = La date de fin précède la date de début.
domain-profile-required = Choisissez le profil que suit le groupe : { $profiles }.
domain-unknown-profile = « { $profile } » n’est pas un profil de cette formation ; choisissez parmi : { $profiles }.
domain-no-profiles = Cette formation n’a pas de profils ; laissez le profil vide.
domain-reply-empty = Écrivez une réponse.
domain-reply-too-long = Une réponse compte au plus { $max } caractères.
domain-reply-no-feedback = Cette compétence n’a pas encore reçu de retour auquel répondre.
domain-meeting-date = « { $text } » n’est pas une date (AAAA-MM-JJ).
domain-meeting-future = La réunion est dans le futur : enregistrez-la le jour même ou plus tard.
domain-meeting-before-start = La réunion précède le début du groupe ({ $start }).
domain-meeting-no-members = Indiquez au moins un membre du conseil de classe, un par ligne.
domain-meeting-too-many-members = Indiquez au plus { $max } membres.
domain-meeting-text = Un nom ou un motif compte au plus { $max } caractères.
domain-meeting-kind = « { $kind } » n’est pas une décision : choisissez accorder (granted) ou reporter (postponed).
domain-meeting-no-outcomes = Choisissez au moins un module sur lequel décider.
domain-meeting-repeated = Le module { $unit } de cet apprenant a fait l’objet de deux décisions.
domain-meeting-not-ready = Le module { $unit } de cet apprenant n’est pas prêt pour un certificat partiel (ou est déjà accordé).
domain-meeting-no-reason = Indiquez pourquoi le module { $unit } est reporté.
domain-evidence-title = Donnez un titre à la pièce justificative (au plus { $max } caractères).
domain-evidence-description = La description est trop longue (au plus { $max } caractères).
domain-evidence-url = Un lien doit commencer par http:// ou https:// et contenir une adresse (au plus { $max } caractères).
domain-evidence-reflection = Rédigez votre réflexion (au plus { $max } caractères).
domain-evidence-locked = Un évaluateur a utilisé cette pièce justificative : son contenu et les compétences liées sont figés. Ajoutez une nouvelle version.
domain-no-skill-chosen = Choisissez au moins une compétence.
domain-comment-too-long = Le commentaire est trop long (au plus { $max } caractères).
domain-not-yet-without-comment = Avec « pas encore », dites ce qui manque encore pour la compétence « { $skill } ».
domain-observed-without-note = La compétence « { $skill } » n’a pas de pièce justificative : notez en une ligne ce que vous avez vu vous-même.
domain-foreign-evidence = La pièce justificative { $evidence } n’appartient pas à cet apprenant.
domain-no-deelcertificaten = { $framework } est { $kind ->
        [beroepskwalificatie] une qualification professionnelle
        [kwalificatiedossier] un dossier de qualification
       *[other] un { $kind }
    } : elle ne connaît pas de certificats partiels.
domain-already-awarded = Le certificat partiel de { $unit } a déjà été accordé.
domain-text-binary = Le fichier contient des caractères qui n’apparaissent pas dans un fichier texte (c’est un fichier binaire).
domain-text-malformed = Le fichier commence comme du texte { $encoding }, mais la suite n’est pas du { $encoding } valable.
domain-list-empty = Le fichier est vide.
domain-list-unknown-column = Colonne inconnue « { $name } ». Attendu : studentnummer, voornaam, achternaam, e-mail (ou student number, first name, last name, email).
domain-list-repeated-column = La colonne « { $name } » figure deux fois.
domain-list-missing-column = La colonne « { $name } » manque.
domain-list-field-count = { $expected } champs attendus, { $found } trouvés.
domain-list-name-required = Le prénom et le nom de famille sont obligatoires.
domain-list-scientific-number = Excel a enregistré le numéro d’apprenant { $number } comme nombre en notation scientifique ; les chiffres sont perdus. Mettez la colonne au format texte et enregistrez à nouveau le fichier.
domain-list-repeated-email = { $email } figure plus d’une fois dans la liste.
domain-list-repeated-number = Le numéro d’apprenant { $number } figure aussi à la ligne { $line }, pour quelqu’un d’autre.
domain-list-lost-zeros = Le numéro d’apprenant { $number } est plus court que les autres ({ $digits } chiffres) : Excel a sans doute supprimé les zéros initiaux. Mettez la colonne au format texte et enregistrez à nouveau le fichier.
