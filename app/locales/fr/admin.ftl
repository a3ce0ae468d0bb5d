# admin

## Journal (/beheer/logboek)

admin-audit-log-heading = Journal
admin-audit-log-intro = Chaque modification d’un compte : qui, quand et quoi. Les plus récentes figurent en haut.
admin-audit-log-actor-self = la personne elle-même, via un lien
admin-audit-log-when = Quand
admin-audit-log-by = Par
admin-audit-log-account = Compte
admin-audit-log-what = Quoi
admin-audit-log-details = Détails
admin-audit-log-older = Modifications plus anciennes
admin-audit-action-staff-created = Membre du personnel créé
admin-audit-action-role-changed = Rôle modifié
admin-audit-action-deactivated = Désactivé
admin-audit-action-reactivated = Réactivé
admin-audit-action-details-changed = Données modifiées
admin-audit-action-invitation = Invitation envoyée
admin-audit-action-password-reset = Lien pour un nouveau mot de passe envoyé
admin-audit-action-password-chosen-with-link = Mot de passe choisi via un lien
admin-audit-action-password-changed = Mot de passe modifié
admin-audit-action-signed-out-everywhere = Déconnecté partout
# A changed field of an account: its name, the old and the new value.
admin-audit-change = { $field } : { $old } → { $new }
# A field of an account with its value.
admin-audit-value = { $field } : { $value }
admin-audit-field-name = nom
admin-audit-field-email = adresse e-mail
admin-audit-field-role = rôle
admin-audit-field-student-number = numéro d’apprenant
admin-audit-field-sessions-ended = sessions fermées

## Fichiers du catalogue (/beheer/catalogus)

admin-catalog-heading = Fichiers du catalogue
admin-catalog-intro = Choisissez un fichier de catalogue (JSON, conforme à catalog.schema.json). Vous voyez d’abord ce qu’il ajoute, reformule et supprime par rapport à la version enregistrée ; les groupes en cours gardent leur version.
# $versions: the stored frameworks, each as admin-catalog-stored-version, joined by " · ".
admin-catalog-stored = Versions enregistrées : { $versions }
admin-catalog-stored-version = { $code } version { $version }
admin-catalog-file = Fichier de catalogue
admin-catalog-unreadable = Le fichier n’a pas pu être lu.
admin-catalog-older-file = Attention : ce fichier se présente comme la version { $file }, alors que la version { $stored } est enregistrée. Une importation en fait une nouvelle version et remplace les versions ultérieures.
admin-catalog-unchanged = Ce fichier est identique à la version enregistrée : il n’y a rien à importer.
admin-catalog-imported = Importé comme version { $version }. Les groupes ne la suivent que lorsqu’un coordinateur les y transfère.
admin-catalog-import = Importer comme nouvelle version
admin-catalog-not-stored = pas encore enregistré
admin-catalog-against-version = par rapport à la version { $version }
# $against: admin-catalog-not-stored or admin-catalog-against-version.
admin-catalog-summary = { $code } ({ $against }) : compétences ou titres nouveaux : { $added }, reformulés : { $reworded }, supprimés : { $retired }.
admin-catalog-added = Nouveau
admin-catalog-reworded = Reformulé
admin-catalog-retired = Supprimé
admin-catalog-change = Modification
admin-catalog-where = Où
admin-catalog-before = Avant
admin-catalog-after = Après

## Messages sortants (/beheer/berichten)

admin-outbox-heading = Messages sortants
admin-outbox-no-smtp = Vaardig n’envoie pas d’e-mails : aucun serveur SMTP n’est configuré (VAARDIG_SMTP_URL). Ces messages attendent ; transmettez-les vous-même à la personne ou, pour les apprenants, imprimez des lettres d’invitation sur la page du groupe.
admin-outbox-with-smtp = Vaardig envoie les e-mails via le serveur SMTP configuré. Voici les messages qui ne sont pas encore envoyés : ils attendent une (nouvelle) tentative, ou ont échoué après des tentatives répétées. Transmettez vous-même un message en échec à la personne.
admin-outbox-empty = Aucun message en attente.
admin-outbox-older = Messages plus anciens
# $recipient: "name <address>"; $created: when the message was made.
admin-outbox-mail-about = À : { $recipient } · Créé : { $created }
admin-outbox-mail-text = Texte du message
admin-outbox-pending = En attente
admin-outbox-failed = Échec
admin-outbox-failed-because = Échec : { $reason }

## Registre des décisions (/beheer/register)

admin-record-heading = Registre des décisions
admin-record-intro = Chaque décision sur une compétence, chaque attribution d’un certificat partiel, chaque retrait et chaque réunion du conseil de classe reçoit une position dans une chaîne unique : son contenu et la position précédente déterminent ensemble son hash (SHA-256). Quiconque modifie ou supprime une ligne en dehors de Vaardig rompt la chaîne à cette position.
admin-record-intact = Le registre est intact : { $entries ->
        [one] { $entries } enregistrement, à sa place.
       *[other] { $entries } enregistrements, chacun à sa place.
    }
# $broken: where the chain first breaks, as the server says it.
admin-record-broken = Le registre a été modifié en dehors de Vaardig : { $broken }.
admin-record-checked-at = Vérifié le { $when }
admin-record-head = Tête de la chaîne
admin-record-entries = Positions
admin-record-last = Dernier enregistrement
admin-record-nothing-yet = rien d’enregistré pour l’instant
admin-record-anchor = Ancre (position:hash)
admin-record-anchor-broken = Ne notez pas cette ancre : le registre a été modifié. Comparez-la à la dernière ancre notée et restaurez les données à partir d’une copie de sauvegarde.
# Followed by the command "vaardig audit verify --anchor plaats:hash" and a full stop.
admin-record-anchor-advice = Notez l’ancre en dehors de Vaardig (imprimez cette page et conservez-la dans les archives). Quiconque réécrit plus tard la chaîne jusque-là, hashes compris, change l’ancre : l’administrateur du serveur la vérifie avec
admin-record-print = Imprimer

## Personnel (/beheer/personeel)

admin-staff-heading = Personnel
admin-staff-name = Nom
admin-staff-email = Adresse e-mail
admin-staff-role = Rôle
admin-staff-status = Statut
admin-staff-actions = Actions
admin-staff-change-role = Modifier
admin-staff-deactivate = Désactiver
admin-staff-activate = Activer
admin-staff-standing-deactivated = Désactivé
admin-staff-standing-invited = Invité
admin-staff-standing-active = Actif
admin-staff-invite-heading = Inviter un membre du personnel
admin-staff-invite = Inviter
admin-staff-invite-note = Le nouveau membre du personnel reçoit un e-mail avec un lien pour choisir lui-même un mot de passe (valable 7 jours).
admin-staff-invited = Invitation envoyée à { $name } ({ $email }).

## Page d’accueil d’un administrateur

admin-home-heading = Administration
admin-home-welcome = Bienvenue, { $name }.
admin-home-accounts = Comptes
admin-home-role = Rôle
admin-home-cohorts = Groupes
