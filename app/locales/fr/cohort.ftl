# cohort

## Shared by the cohort pages and the tables of cohorts

cohort-cohorts = Groupes
cohort-new = Nouveau groupe
cohort-none = Il n’y a pas encore de groupes.
cohort-coordinator-welcome = Bienvenue, { $name }. Un aperçu de tous les groupes en cours.
cohort-back = Retour au groupe
cohort-name = Nom
cohort-framework = Formation
cohort-assessors = Évaluateurs
cohort-column-cohort = Groupe
cohort-column-school-year = Année scolaire
cohort-column-students = Apprenants
cohort-column-student = Apprenant
cohort-column-ready-for-certificate = Prêt pour le certificat
cohort-students-count = { $count ->
        [one] { $count } apprenant
       *[other] { $count } apprenants
    }
cohort-archived = Ce groupe est archivé : vous pouvez encore le consulter, mais plus le modifier.

## The readiness matrix and its files

cohort-matrix-framework = { $title } (version { $version }) · année scolaire { $year }
cohort-matrix-profile = {" "}· profil { $profile }
cohort-matrix-search = Rechercher un apprenant
cohort-matrix-show = Afficher
cohort-matrix-sort = Trier par
cohort-matrix-progress = Progression
cohort-filter-all = Tous les apprenants
cohort-filter-certificate = Prêts pour le certificat
cohort-filter-unit-ready = Avec un module prêt pour le certificat partiel
cohort-filter-attention = Avec un module qui demande de l’attention
cohort-matrix-csv = Télécharger le CSV
cohort-matrix-excel = Télécharger le fichier Excel
cohort-matrix-pdf = Télécharger le PDF
cohort-matrix-print-report = Imprimer le rapport
cohort-matrix-achieved = Acquis
cohort-matrix-certificate = Certificat
cohort-matrix-total = Total
cohort-matrix-totals = { $awarded } acquis · { $ready ->
        [one] { $ready } prêt
       *[other] { $ready } prêts
    } · { $busy } en cours
cohort-file-skills-achieved = Compétences acquises
cohort-file-skills-total = Compétences au total

## Coverage of related frameworks

cohort-coverage-summary = Couverture de { $framework } { $title }
cohort-coverage-explanation = Par groupe de compétences (numéro ; le titre figure en infobulle dans l’en-tête de colonne et dans le catalogue) : couvert, décision d’un évaluateur nécessaire, ou non couvert ; avec le nombre de compétences couvertes.
cohort-coverage-link = Couverture des qualifications apparentées (EVC)
cohort-coverage-heading = Couverture de { $cohort }
cohort-coverage-none = Cette formation ne mène à aucune autre qualification du catalogue.
cohort-coverage-needs-decision = Décision nécessaire

## Assessors and archiving

cohort-assessor-remove = retirer
cohort-assessor-remove-label = Retirer { $name } des évaluateurs
cohort-assessor-assign-label = Attribuer un évaluateur
cohort-assessor-choose = Choisissez un évaluateur
cohort-assessor-assign = Attribuer
cohort-archive = Archiver le groupe
cohort-archive-confirm = Archiver ce groupe ?
cohort-archive-yes = Oui, archiver

## Enrolment import

cohort-import-heading = Inscrire des apprenants
cohort-import-explanation = Un fichier CSV avec les colonnes studentnummer, voornaam, achternaam et e-mail (ou, en anglais, student number, first name, last name et email), séparées par ; (comme Excel l’enregistre) ou par des virgules. Vous voyez d’abord ce qui va se passer.
cohort-import-file = Fichier CSV
cohort-import-show-preview = Afficher l’aperçu
cohort-import-unreadable = Le fichier n’a pas pu être lu.
cohort-import-letters-explanation = Sans e-mail : imprimez une lettre d’invitation pour chaque apprenant qui n’a pas encore choisi de mot de passe, avec un nouveau lien et un code QR. Personne ne voit de mot de passe.
cohort-import-letters = Imprimer les lettres d’invitation (PDF)
cohort-import-applied = { $count ->
        [one] { $count } apprenant traité
       *[other] { $count } apprenants traités
    }. Chaque nouvel apprenant a reçu une invitation par e-mail pour choisir un mot de passe.
cohort-import-errors = { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    } : corrigez le fichier et choisissez-le à nouveau. Rien ne sera inscrit.
cohort-import-preview = Aperçu : { $count ->
        [one] { $count } apprenant
       *[other] { $count } apprenants
    }. Rien n’est encore inscrit.
cohort-import-error-line = Ligne { $line } : { $message }
cohort-import-new-account = Nouveau compte
cohort-import-enrolled = Compte existant, inscrit
cohort-import-already-enrolled = Déjà inscrit
cohort-import-returning = Apprenant de retour, inscrit ; l’adresse e-mail sera modifiée (ancienne : { $previous })
cohort-import-already-enrolled-new-email = Déjà inscrit ; l’adresse e-mail sera modifiée (ancienne : { $previous })
cohort-import-invited = Envoyée
cohort-import-confirm = Confirmer l’inscription
cohort-import-column-line = Ligne
cohort-import-column-email = E-mail
cohort-import-column-what = Ce qui va se passer
cohort-import-column-invitation = Invitation

## A new cohort

cohort-new-profile = Profil
cohort-new-choose-profile = Choisissez un profil
cohort-new-choose-framework = Choisissez une formation
cohort-new-school-year = Année scolaire (p. ex. 2026-2027)
cohort-new-starts-on = Date de début
cohort-new-ends-on = Date de fin
cohort-new-create = Créer le groupe

## Moving to a newer version of the framework

cohort-version-heading = Version de { $framework }
cohort-version-status = Le groupe suit la version { $current } ; la plus récente est la version { $newest }. Il garde sa version tant que vous ne le faites pas passer à la nouvelle.
cohort-version-preview = Voir ce qui change
cohort-version-move = Faire passer le groupe à la version { $version }
cohort-version-move-confirm = Faire passer le groupe à la version { $version } ? Ce changement ne peut pas être annulé.
cohort-version-move-yes = Oui, migrer
cohort-version-summary = Version { $to } par rapport à la version { $from } : compétences ou titres nouveaux : { $added }, reformulés : { $reworded }, supprimés : { $retired }.
cohort-version-added = Nouveau : { $place }
cohort-version-reworded = Reformulé : { $place }
cohort-version-retired = Supprimé : { $place }
cohort-version-caption = Ce qui change par apprenant. Les décisions restent dans le dossier, même sur les compétences supprimées.
cohort-version-column-carried = Acquises et conservées
cohort-version-column-dropped = Acquises, ne comptent plus
cohort-version-column-to-prove = Nouvelles à démontrer
cohort-version-column-units = Modules qui changent
cohort-version-column-closes = Soumissions clôturées
cohort-version-not-in-version = absent de cette version

## The printable readiness report

cohort-report-page-title = Rapport { $cohort }
cohort-report-printed-at = Imprimé le { $moment }
cohort-report-print = Imprimer
cohort-report-summary = Résumé
cohort-report-detailed = Avec le détail par apprenant
cohort-report-heading = État d’avancement vers le certificat
cohort-report-column-awarded = Certificats partiels obtenus (date, par)
cohort-report-column-ready = Prêts, encore à attribuer
cohort-report-column-open = Encore ouverts
cohort-report-open = { $units ->
        [one] { $units } module
       *[other] { $units } modules
    }, { $skills ->
        [one] { $skills } compétence
       *[other] { $skills } compétences
    }
cohort-report-ready = Prêt pour le certificat.
cohort-report-not-ready = Pas encore prêt pour le certificat.
cohort-report-awarded = Certificats partiels obtenus
cohort-report-ready-units = Prêt pour le certificat partiel
cohort-report-to-prove = Encore à démontrer
cohort-report-awarded-unit = { $code } { $title } : attribué le { $date } par { $by }
cohort-report-open-unit = { $code } { $title } : encore { $count ->
        [one] { $count } compétence
       *[other] { $count } compétences
    }

## The delibererende klassenraad

cohort-deliberation-title = Délibération du conseil de classe
cohort-deliberation-recorded = Les décisions du conseil de classe sont enregistrées.
cohort-deliberation-new-meeting = Nouvelle réunion
cohort-deliberation-nobody-ready = Aucun apprenant n’a de module prêt pour un certificat partiel.
cohort-deliberation-date = Date de la réunion
cohort-deliberation-members = Membres présents (un par ligne)
cohort-deliberation-column-unit = Module (preuve)
cohort-deliberation-column-outcome = Décision
cohort-deliberation-column-reason = Motif du report
cohort-deliberation-record = Enregistrer les décisions
cohort-deliberation-certificate-too = { $name } · certificat si tout est attribué
cohort-deliberation-outcome-label = Décision sur { $unit } pour { $student }
cohort-deliberation-reason-label = Motif du report pour { $unit }
cohort-deliberation-grant = Attribuer
cohort-deliberation-postpone = Reporter
cohort-deliberation-no-meetings = Aucune réunion enregistrée pour l’instant.
cohort-deliberation-meeting = { $date } : { $granted ->
        [one] { $granted } attribué
       *[other] { $granted } attribués
    }, { $postponed ->
        [one] { $postponed } reporté
       *[other] { $postponed } reportés
    } · membres : { $members } · enregistré par { $by }
cohort-deliberation-minutes = Procès-verbal (PDF)
cohort-deliberation-earlier = Réunions précédentes
cohort-matrix-nobody-shown = Aucun apprenant ne correspond à la recherche et au choix.
