# server

## Access to students, programmes and cohorts

server-cohort-archived-read-only = Le groupe de cet apprenant est archivé : vous pouvez encore consulter le dossier, mais vous ne pouvez plus rien y ajouter.
server-skill-not-in-student-programme = La compétence « { $skill } » ne fait pas partie de la formation de cet apprenant.
server-skill-not-in-your-programme = La compétence « { $skill } » ne fait pas partie de votre formation.
server-evidence-newer-version = Il existe déjà une version plus récente de cette pièce justificative.

## What was not found: a noun, shown as "… : introuvable."
server-enrolment-kept-gone = La liste de cet aperçu (déjà importée ou datant de plus d’un jour : choisissez à nouveau le fichier)

server-this-group = Groupe
server-this-assessor = Évaluateur
server-this-deliberation = Délibération
server-this-evidence = Pièce justificative
server-not-found-evidence-file = Fichier de cette pièce justificative
server-not-found-module = Module « { $unit } »
server-not-found-module-of-student = Module « { $unit } » dans une formation de cet apprenant
server-not-found-skill = Compétence « { $skill } »
server-not-found-decision = La décision { $id }
server-not-found-student-programme = Formation « { $code } » de cet apprenant
server-not-found-crosswalk = Table de correspondance de { $from } vers { $to }
server-not-found-qualification = Qualification « { $code } »
server-not-found-framework = Formation ou qualification « { $code } »

## Accounts and passwords

server-email-taken = Un compte existe déjà avec l’adresse e-mail { $email }.
server-link-closed = Ce lien ne fonctionne plus : il a déjà été utilisé ou il a expiré. Demandez-en un nouveau.
server-current-password-wrong = Votre mot de passe actuel est incorrect.
server-passwords-differ = Les deux mots de passe ne sont pas identiques.
server-audit-page-size = Une page du journal compte de 1 à { $max } lignes.

## Assessment, awards and deliberation

server-awards-by-deliberation-only = Dans ce centre, c’est le conseil de classe délibératif qui attribue les certificats partiels : inscrivez le module à la délibération du groupe.
server-award-withdrawn = L’attribution du module { $unit } a été retirée ; un retrait est définitif.
server-module-in-several-programmes = Le module « { $unit } » figure dans plusieurs formations : indiquez « framework ».
server-evidence-not-of-student = La pièce justificative { $id } n’appartient pas à cet apprenant.
server-group-archived-no-deliberation = Ce groupe est archivé : il ne peut plus faire l’objet d’une délibération.
server-unit-already-awarded = Le module { $unit } de cet apprenant a entre-temps déjà été attribué.

## Credit across frameworks

server-link-not-related = Cette correspondance ne figure pas comme apparentée dans la table de correspondance.
server-sources-not-achieved = Les compétences de la source ne sont pas toutes acquises.
server-skills-already-achieved = Ces compétences sont déjà acquises dans { $target }.

## Cohorts and enrolment

server-unknown-programme = Formation ou qualification « { $code } » inconnue.
server-cohort-name-taken = Un groupe « { $name } » est déjà en cours pour { $code } pendant l’année scolaire { $year }. Choisissez un autre nom ou archivez d’abord l’autre groupe.
server-group-already-archived = Ce groupe est déjà archivé.
server-group-archived = Ce groupe est archivé.
server-enrolment-list-errors = La liste contient { $count ->
        [one] 1 erreur
       *[other] { $count } erreurs
    } ; personne n’a été inscrit. Consultez d’abord l’aperçu.
server-enrolment-changed = Les comptes ou le groupe ont changé pendant l’inscription ; consultez à nouveau l’aperçu.
server-enrolment-email-of-role = { $email } est déjà le compte d’un { $role }.
server-enrolment-number-known = { $email } a déjà le numéro d’apprenant { $known }, et non { $number }.
server-enrolment-number-taken = Le numéro d’apprenant { $number } appartient à { $owner } ({ $owner_email }), et non à { $name }.

## Files sent to the server

server-file-too-large = Le fichier dépasse { $mib } Mo.
server-file-unreadable = Le fichier est arrivé illisible ; choisissez-le à nouveau.
server-skill-not-in-grid = La compétence « { $skill } » ne fait pas partie de { $unit }.
