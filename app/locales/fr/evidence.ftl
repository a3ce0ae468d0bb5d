# evidence

# Les pièces justificatives de l’apprenant : la liste, le formulaire, une pièce.
evidence-mine = Mes pièces justificatives
evidence-my-programme = Ma formation
evidence-list-added = Ajoutées
evidence-list-empty = Vous n’avez encore ajouté aucune pièce justificative.
evidence-list-skills = { $count ->
        [0] encore liée à aucune compétence
        [one] prouve 1 compétence
       *[other] prouve { $count } compétences
    }
evidence-list-used = utilisée dans une évaluation

evidence-this-item = Pièce justificative
evidence-detail-newer = Il existe une version plus récente :{" "}
evidence-detail-newer-link = la consulter
evidence-detail-older = Nouvelle version d’
evidence-detail-older-link = une pièce justificative antérieure
evidence-detail-locked = Un évaluateur a utilisé cette pièce justificative. Elle reste telle quelle ; vous pouvez toutefois en ajouter une nouvelle version.
evidence-detail-linked-skills = Compétences liées
evidence-detail-links-fixed = Ces liens sont figés. Une nouvelle version peut être liée à d’autres compétences.
evidence-detail-save-links = Enregistrer les liens
evidence-open-file-size = Ouvrir { $name } ({ $size } Mo)
evidence-open-file = Ouvrir { $name }
evidence-preview-new-version = (nouvelle version)

evidence-field-title = Titre
evidence-field-description = Description
evidence-field-description-optional = Description (facultative)
evidence-field-date = Date
evidence-field-link = Lien
evidence-field-reflection = Réflexion
evidence-edit-heading = Modifier les données
evidence-edit-save = Enregistrer
evidence-edit-delete = Supprimer
evidence-edit-delete-confirm = Supprimer cette pièce justificative ? Une compétence soumise sans autre preuve sera alors retirée.
evidence-edit-delete-yes = Oui, supprimer

evidence-form-new = Nouvelle pièce justificative
evidence-form-new-version = Ajouter une nouvelle version
evidence-form-kind = Type
evidence-form-reflection-hint = Une ligne vide commence un nouveau paragraphe ; une ligne qui commence par - devient une énumération.
evidence-form-add = Ajouter
evidence-form-uploading = Envoi en cours…
evidence-form-added = { $count ->
        [one] { $count } pièce justificative ajoutée.
       *[other] { $count } pièces justificatives ajoutées.
    }
evidence-form-refused-more = { $count ->
        [one] Et 1 autre fichier refusé.
       *[other] Et { $count } autres fichiers refusés.
    }

evidence-drop-hint = Glissez vos fichiers ici, ou
evidence-drop-choose = Choisir des fichiers
evidence-drop-photo = Prendre une photo
evidence-drop-size = { $size } Mo
evidence-drop-remove = retirer

evidence-upload-unavailable = Votre navigateur n’a pas pu envoyer la pièce justificative.
evidence-upload-unreadable = La réponse du serveur était illisible.
evidence-upload-offline = Le serveur est injoignable. Vérifiez votre connexion et réessayez.
evidence-upload-failed = L’envoi a échoué (HTTP { $status }).

# Le choix des compétences.
evidence-picker-legend = Prouve ces compétences{" "}
evidence-picker-chosen = ({ $count ->
        [one] { $count } choisie
       *[other] { $count } choisies
    })
evidence-picker-search = Rechercher une compétence
evidence-picker-search-example = p. ex. printer, netwerk ou M IT 020

# L’échange sur le retour d’une compétence.
evidence-conversation-heading = Échange sur le retour
evidence-conversation-byline = { $author } ({ $from ->
        [student] apprenant
       *[assessor] évaluateur
    }), { $written }
evidence-conversation-item = Pièce justificative { $id }
evidence-conversation-cited = Pièce justificative : { $title }
evidence-conversation-cited-label = Pièce justificative :{" "}
evidence-conversation-cite = Faire référence à une pièce justificative
evidence-conversation-cite-none = Aucune
evidence-conversation-reply = Votre réponse
evidence-conversation-send = Répondre
