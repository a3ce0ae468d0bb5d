# account

# The top bar.
account-nav-main = Menu principal
account-nav-home = Accueil
account-nav-evidence = Pièces justificatives
account-nav-queue = À évaluer
account-nav-staff = Personnel
account-nav-audit-log = Journal
account-nav-outbox = Messages
account-nav-record = Registre
account-nav-catalog-files = Fichiers du catalogue
account-nav-catalog = Catalogue
account-nav-notifications = Notifications
account-nav-unread = non lues
account-nav-logout = Se déconnecter
account-nav-login = Se connecter

# Signing in.
account-login-heading = Connexion
account-login-intro = Connectez-vous avec l’adresse e-mail et le mot de passe que votre centre vous a fournis.
account-email-label = Adresse e-mail
account-password-label = Mot de passe
account-login-submit = Se connecter
account-login-forgot = Mot de passe oublié ?

# A password without signing in.
account-forgot-heading = Mot de passe oublié
account-forgot-intro = Indiquez l’adresse e-mail avec laquelle vous vous connectez ; nous vous enverrons un lien.
account-forgot-submit = Envoyer le lien
account-forgot-sent = S’il existe un compte avec cette adresse e-mail, vous recevrez sous peu un e-mail avec un lien pour choisir un nouveau mot de passe. Le lien reste valable 1 heure.
account-forgot-back = Retour à la connexion
account-choose-title = Choisir un mot de passe
account-choose-heading = Choisissez votre mot de passe
account-choose-submit = Définir le mot de passe
account-choose-done = Votre mot de passe a été défini.
account-choose-sign-in = Connectez-vous maintenant

# My account.
account-my-heading = Mon compte
account-change-password-heading = Modifier le mot de passe
account-current-password = Mot de passe actuel
account-change-password-submit = Modifier le mot de passe
account-password-changed = Votre mot de passe a été modifié. Vous avez été déconnecté de vos autres appareils.
account-everywhere-heading = Se déconnecter partout
account-everywhere-intro = Vous déconnecte de tous les appareils sur lesquels vous êtes connecté, y compris celui-ci.
account-everywhere-submit = Se déconnecter partout
account-email-heading = Notifications par e-mail
account-email-intro = Les notifications figurent toujours sous « Notifications ». Choisissez pour chaque type si vous les recevez aussi par e-mail : immédiatement, dans un résumé quotidien, ou jamais.
account-role-gets-no-notifications = Votre rôle ne reçoit pas de notifications.
account-save = Enregistrer
account-choice-saved = Votre choix a été enregistré.

# Notifications.
account-notifications-heading = Notifications
account-notifications-empty = Vous n’avez aucune notification.
account-notifications-summary = { $count ->
        [0] Tout est lu.
        [one] 1 notification non lue.
       *[other] { $count } notifications non lues.
    }
account-notifications-mark-all = Tout marquer comme lu
account-notifications-mark-one = Marquer comme lue

# An address that does not exist.
account-not-found-heading = Page introuvable
account-not-found-text = Cette page n’existe pas.
account-not-found-home = Retour à la page d’accueil
