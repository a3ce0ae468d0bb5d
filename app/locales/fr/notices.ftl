# Les notifications en une phrase (app/src/i18n/notices.rs).

notice-submitted = { $student } a soumis { $count ->
        [one] 1 compétence
       *[other] { $count } compétences
    } pour { $unit }.
notice-verdict-achieved = acquis
notice-verdict-not-yet = pas encore
notice-decided = { $assessor } a décidé « { $verdict } » pour { $count ->
        [one] 1 compétence
       *[other] { $count } compétences
    } de { $unit }.
notice-with-feedback = { $sentence } Retour : { $comment }
notice-awarded = Vous avez obtenu le certificat partiel de { $unit }.
notice-ready-unit = { $student } est prêt pour le certificat partiel de { $unit }.
notice-ready-certificate = { $student } est prêt pour le certificat de { $framework }.
notice-needs-attention = Le certificat partiel { $unit } de { $student } demande de l’attention : la compétence { $skill } a été retirée.
notice-reply = { $author } a répondu au sujet de la compétence { $skill } : { $text }
