# Textes partagés : erreurs, choix de la langue, cadre des pages. Français de Belgique.

error-unauthenticated = Vous n’êtes pas connecté ou votre session a expiré. Reconnectez-vous.
error-bad-credentials = Adresse e-mail inconnue ou mot de passe erroné.
error-forbidden = Vous n’avez pas accès à ces données.
error-foreign-origin = Cette demande vient d’un autre site web et a été refusée.
error-too-many-attempts = Trop de tentatives de connexion échouées. Réessayez dans { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
error-not-found = { $what } : introuvable.
error-not-ready = Pas encore prêt pour le certificat partiel : { $count ->
        [one] il manque encore 1 compétence
       *[other] il manque encore { $count } compétences
    }.
error-internal = Un problème est survenu sur le serveur. Réessayez plus tard.
error-transport = Le serveur est injoignable ({ $detail }).
error-bad-request = Le formulaire est incomplet ou mal rempli. (Détail technique : { $detail })
error-request-too-large = La demande est trop volumineuse.
error-unknown-language = Vaardig ne connaît pas cette langue : choisissez le néerlandais, le français ou l’anglais.

language-choice = Langue
language-choose = Choisissez votre langue

role-student = Apprenant
role-assessor = Évaluateur
role-coordinator = Coordinateur
role-admin = Administrateur

verdict-achieved = Acquis
verdict-not-yet = Pas encore
status-not-started = Pas commencé
status-in-progress = En cours
status-submitted = Soumis
unit-status-ready = Prêt pour le certificat partiel
unit-status-ready-short = Prêt
unit-status-attention = Attention
unit-status-awarded = Certificat partiel obtenu

coverage-covered = Couvert
coverage-needs-decision = Décision d’un évaluateur nécessaire
coverage-not-covered = Non couvert

evidence-kind-file = Fichier
evidence-kind-reflection = Réflexion
evidence-kind-link = Lien

unit-kind-module = Module
unit-kind-activity-block = Bloc d’activités
unit-kind-core-task = Tâche clé

notification-kind-submitted = Un apprenant a soumis des compétences
notification-kind-decided = Une décision sur vos compétences
notification-kind-awarded = Certificat partiel obtenu
notification-kind-ready = Un apprenant est prêt pour un certificat (partiel)
notification-kind-needs-attention = Un module acquis requiert votre attention
notification-kind-reply = Une réponse à un retour

delivery-at-once = Immédiatement
delivery-digest = Résumé quotidien
delivery-never = Jamais

to-do-add-evidence = Pas encore de pièce justificative
to-do-submit = Pas encore soumis
to-do-answer-feedback = Pas encore : lisez le retour et soumettez à nouveau

outcome-granted = attribué
outcome-postponed = reporté : { $reason }

common-page-title = { $page } – Vaardig
common-loading = Chargement…
common-skip-to-content = Aller au contenu
common-new-password = Nouveau mot de passe
common-repeat-password = Répétez le nouveau mot de passe
common-password-policy = Au moins 12 caractères. Une phrase de quelques mots est solide et facile à retenir ; votre nom, votre adresse e-mail ou un mot de passe connu sont refusés.

# A label and its value, as each language punctuates it.
common-labelled = { $label } : { $value }
common-form-done = C’est fait : votre modification est enregistrée.
