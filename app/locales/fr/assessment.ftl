# assessment

## The queue of submitted skills.

assessment-queue-title = À évaluer – Vaardig
assessment-queue-heading = À évaluer
assessment-queue-cohort = Groupe
assessment-queue-unit = Module
assessment-queue-student = Apprenant
assessment-queue-all = Tous
assessment-queue-count = { $total ->
        [one] { $shown } sur 1 compétence soumise
       *[other] { $shown } sur { $total } compétences soumises
    }
assessment-queue-submitted = Soumis le
assessment-queue-skill = Compétence
assessment-queue-review = Évaluer

## A student's page: programmes, account, withdrawal, erasure.

assessment-student-portfolio-zip = Télécharger tout le portfolio (zip)
assessment-student-title = Titre
assessment-student-achieved = Acquis
assessment-student-submitted = Soumis
assessment-student-status = Statut
# The label of a unit's progress bar.
assessment-unit-achieved = { $unit } : acquis

assessment-account-heading = Compte
assessment-account-saved = Les données ont été enregistrées.
assessment-account-invited = L’invitation a été renvoyée.
assessment-account-deactivated = Désactivé : cet apprenant ne peut pas se connecter. Le portfolio reste conservé.
assessment-account-invited-standing = Invité : l’apprenant n’a pas encore choisi de mot de passe.
assessment-account-active = Actif.
assessment-account-deactivate = Désactiver le compte
assessment-account-reactivate = Réactiver le compte
assessment-account-name = Nom
assessment-account-email = Adresse e-mail
assessment-account-student-number = Numéro d’apprenant
assessment-account-save = Enregistrer les données
assessment-account-reinvite = Renvoyer l’invitation

assessment-withdrawal-heading = Retirer une attribution
assessment-withdrawal-explanation = Le retrait est définitif : le module ne compte plus comme acquis, le retrait est inscrit au registre et les Open Badges du module et du certificat sont révoqués.
assessment-withdrawal-done = L’attribution a été retirée et ses Open Badges ont été révoqués.
# $framework is the title of the programme.
assessment-withdrawal-unit = Module de { $framework }
assessment-withdrawal-reason = Motif
assessment-withdrawal-confirm = Je confirme que cette attribution est retirée définitivement.
assessment-withdrawal-withdraw = Retirer l’attribution

assessment-erasure-heading = Effacer les données (RGPD)
assessment-erasure-explanation = À la demande d’un ancien apprenant, vous effacez son nom, son adresse e-mail, son numéro d’apprenant, ses fichiers justificatifs, ses réflexions et ses messages. Les décisions et les certificats partiels sont conservés sous un pseudonyme ; le journal garde la trace de qui a effacé et quand. Cette opération est irréversible, et impossible tant que l’apprenant suit un groupe en cours.
assessment-erasure-done = Les données ont été effacées. Les décisions et les certificats partiels sont désormais au nom de { $pseudonym }.
assessment-erasure-confirm = Je confirme que cet apprenant a demandé l’effacement de ses données.
assessment-erasure-erase = Effacer les données

## Coverage of related frameworks (EVC).

# $framework is a code (BK-0331-4), $title its title.
assessment-coverage-heading = Couverture de { $framework } { $title }
assessment-coverage-summary = Groupes de compétences couverts : { $covered } sur { $total }. Ce qui correspond mot pour mot compte immédiatement ; ce qui est apparenté est confirmé par un évaluateur (cela devient une décision dans cette qualification).
assessment-coverage-competence = Groupe de compétences
assessment-coverage-coverage = Couverture
assessment-coverage-covered = Couvert
assessment-coverage-to-confirm = À confirmer
# $skills and $basis are lists of skill codes.
assessment-coverage-confirm = Confirmer l’acquisition de { $skills } sur la base de { $basis }

## Reviewing one unit.

assessment-review-no-such-unit = Ce module n’existe pas dans la formation de cet apprenant.
assessment-review-awarded = Certificat partiel attribué par { $assessor } le { $date }.
assessment-review-attention = Attention : une compétence a été revue après l’attribution. Réexaminez ce module.
assessment-review-award = Attribuer le certificat partiel

assessment-decision-heading = Décision
assessment-decision-selected = { $count ->
        [one] { $count } compétence choisie
       *[other] { $count } compétences choisies
    }
assessment-decision-verdict = Verdict
assessment-decision-comment = Commentaire (obligatoire pour « Pas encore » : que manque-t-il ?)
assessment-decision-record = Enregistrer la décision

assessment-observed-note = Qu’avez-vous vu ? Une ligne, pour le dossier
assessment-observed-confirm = Acquis : enregistrer
assessment-select-competency = Choisir toutes les compétences ouvertes du groupe { $nr }
assessment-select-unit = Choisir toutes les compétences ouvertes de { $unit }
assessment-undo = Annuler
assessment-undo-label = Annuler la décision sur « { $skill } »
assessment-undone = La décision a été annulée : la compétence est de nouveau ouverte.
assessment-decision-undone = annulée par { $name } le { $date }
assessment-next-submission = Soumission suivante : { $student }, { $unit }
assessment-queue-done = Rien d’autre n’attend d’évaluation.
assessment-grid-heading = { $unit } pour { $cohort }
assessment-grid-keys = Flèches : vers une autre cellule. Espace : acquis. N : pas encore. Maj+espace : toute la ligne, Ctrl+espace : toute la colonne acquise. Suppr : enlever la marque. Entrée : vers les preuves de la cellule.
assessment-grid-per-student = Évaluer un apprenant à la fois
assessment-grid-row = Ligne de la cellule choisie : acquis
assessment-grid-column = Colonne de la cellule choisie : acquis
assessment-grid-marked-achieved = → acquis
assessment-grid-marked-not-yet = → pas encore
assessment-grid-evidence = { $count ->
    [one] 1 preuve
   *[other] { $count } preuves
}
assessment-grid-no-evidence = Aucune preuve.
assessment-grid-counts = Marqué : { $achieved } acquis, { $not_yet } pas encore.
assessment-grid-not-yet-comment = Commentaire pour « pas encore » (obligatoire s’il y en a) : que manque-t-il ?
assessment-grid-observed = Ce que vous avez vu, pour « acquis » sans preuve ({ $count } cellules)
assessment-grid-record = Enregistrer { $count } décisions
assessment-grid-recorded = { $count ->
    [one] 1 décision enregistrée.
   *[other] { $count } décisions enregistrées.
}
assessment-grid-links = Évaluer par module
assessment-grid-empty = Rien à évaluer ici : le groupe n’a pas d’apprenants ou le module pas de compétences.
