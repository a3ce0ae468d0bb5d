# Textes partagés : erreurs, choix de la langue, cadre des pages. Français de Belgique.

error-unauthenticated = Vous n’êtes pas connecté ou votre session a expiré. Reconnectez-vous.
error-bad-credentials = Adresse e-mail inconnue ou mot de passe erroné.
error-forbidden = Vous n’avez pas accès à ces données.
error-foreign-origin = Cette demande vient d’un autre site web et a été refusée.
error-too-many-attempts = Trop de tentatives de connexion échouées. Réessayez dans { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
error-not-found = { $what } introuvable.
error-not-ready = Pas encore prêt pour le certificat partiel : { $count ->
        [one] il manque encore 1 compétence
       *[other] il manque encore { $count } compétences
    }.
error-internal = Un problème est survenu sur le serveur. Réessayez plus tard.
error-transport = Le serveur est injoignable ({ $detail }).
error-bad-request = Demande non valable : { $detail }
error-request-too-large = La demande est trop volumineuse.
error-unknown-language = Vaardig ne connaît pas cette langue : choisissez le néerlandais, le français ou l’anglais.

language-choice = Langue
language-choose = Choisissez votre langue
