# services

## Nouns for "… : introuvable." (error-not-found)

services-not-found-this-student = Apprenant
services-not-found-this-staff-member = Membre du personnel
services-not-found-this-notification = Notification
services-not-found-programme-of-student = Formation « { $code } » de cet apprenant
services-not-found-programme = Formation « { $code } »
services-not-found-version = Version { $version } de { $code }
services-not-found-credential = Preuve
services-not-found-award = Attribution du module { $unit }

## Accounts

services-email-taken = Un compte avec l’adresse e-mail { $email } existe déjà.
services-student-number-taken = Le numéro d’apprenant { $number } appartient déjà à un autre apprenant ({ $email }).
services-erase-already-erased = Les données de cet apprenant ont déjà été effacées.
services-erase-cohort-running = { $name } suit encore le groupe en cours « { $cohort } ». N’effacez les données qu’une fois ce groupe terminé ou archivé.
services-demo-database-not-empty = La base de données contient déjà des comptes ou des groupes ; la démo ne remplit qu’une base de données vide.

## Notifications and the outbox

services-notification-kind-not-received = Votre rôle ne reçoit pas ces notifications : « { $kind } ».
services-mail-unreadable-subject = (message illisible)

## Submissions

services-skill-not-in-programme = La compétence « { $skill } » ne fait pas partie de votre formation.
services-skill-already-submitted = La compétence « { $skill } » a déjà été soumise.
services-skill-not-withdrawable = La compétence « { $skill } » n’a pas été soumise ou a déjà été évaluée.
services-skill-needs-evidence = Associez d’abord une pièce justificative à la compétence « { $skill } ».
services-skill-already-achieved = La compétence « { $skill } » est déjà acquise.

## Uploads

services-upload-too-many-files = Au maximum { $max } fichiers à la fois ; rien n’a été enregistré. Répartissez les fichiers sur plusieurs envois.
services-upload-file-too-large = « { $file } » est trop volumineux : { $mib } Mo au maximum par fichier.
services-upload-file-empty = « { $file } » est vide.
services-upload-file-refused = « { $file } » a été refusé. { $reason }
services-upload-file-not-accepted = « { $file } » n’est pas un type de fichier accepté. Acceptés : PDF, photos (JPEG, PNG, GIF, WebP, HEIC), vidéo (MP4, MOV, WebM, AVI), fichiers Office et OpenDocument, texte et zip.
services-upload-file-needed = Ajoutez au moins un fichier.
services-upload-files-only-for-file-kind = Seule une pièce justificative de type « fichier » contient des fichiers.
services-upload-newer-version-exists = Une version plus récente de cette pièce justificative existe déjà.
services-text-too-large-to-convert = Un fichier texte en { $encoding } ne peut pas dépasser { $mib } Mo. Enregistrez-le en UTF-8 ou en PDF.
services-text-empty = Le fichier ne contient pas de texte.

## Framework versions

services-version-not-newer = Le groupe suit la version { $from } de { $code } ; il ne peut passer qu’à une version plus récente.
services-version-cohort-changed = Le groupe a changé entre-temps ; revoyez le passage à la nouvelle version.
services-version-profile-missing = La version { $version } de { $code } n’a plus le profil « { $profile } » de ce groupe ; créez un nouveau groupe pour cette version.
services-version-profile-required = La version { $version } de { $code } demande un profil, et ce groupe n’en suit aucun ; créez un nouveau groupe pour cette version.

## Open Badges

services-badge-student-erased = Les données de cet apprenant ont été effacées : plus aucune preuve n’est délivrée.
services-badge-certificate-not-achieved = Le certificat n’est pas encore acquis : tous les modules n’ont pas été attribués.
services-badge-unit-not-awarded = Le module { $unit } n’a pas (encore) été attribué.
services-withdrawal-reason-required = Indiquez le motif du retrait (1000 caractères au maximum).
services-withdrawal-already-done = L’attribution du module { $unit } a déjà été retirée.

## The JSON API

services-api-not-found-address = Adresse de l’API
services-api-request-too-large = La demande dépasse { $kib } Ko.
services-api-json-required = Envoyez les données en JSON (Content-Type: application/json).
services-api-invalid-json = Les données ne sont pas du JSON valable.
services-api-unexpected-shape = Les données n’ont pas la forme attendue.
services-api-field-invalid = Le champ « { $field } » manque ou n’a pas la valeur attendue.
services-api-method-not-allowed = Cette adresse de l’API n’accepte pas cette méthode.
services-api-malformed-request = Une partie de l’adresse ou de la requête après « ? » n’a pas la forme attendue.
services-api-refused = La demande a été refusée.
services-api-student-list-json = Une liste JSON d’apprenants est attendue : { $error }
services-api-student-list-type = Une liste d’apprenants peut être envoyée en text/csv, text/plain, application/json ou multipart/form-data avec un seul fichier, pas en « { $media } ».
services-api-invalid-form = Formulaire non valable : { $detail }
services-api-form-without-file = Le formulaire ne contient pas de fichier. Envoyez la liste comme champ de fichier (curl -F file=@liste.csv).
services-api-list-too-large = La liste dépasse { $mib } Mo.
services-api-list-unreadable = La liste n’a pas pu être lue.
services-api-form-empty = Le formulaire est vide : les données de la pièce (une partie « meta » ou les champs du formulaire) sont attendues en premier.
services-api-form-unknown-part = Partie inconnue « { $name } » dans le formulaire ; « file » est attendu.
services-api-meta-too-large = Les données de la pièce (la partie « meta » ou les champs du formulaire) sont trop volumineuses.
services-api-meta-invalid = La partie « meta » n’est pas valable : { $error }
services-api-fields-invalid = Les champs du formulaire ne sont pas valables : { $error }
services-api-form-not-multipart = Envoyez la pièce en multipart/form-data : d’abord une partie « meta » (JSON), puis les parties « file ».
services-api-form-not-utf8 = Un champ du formulaire n’est pas du texte UTF-8.
services-api-form-broken = Le formulaire est arrivé incomplet ou endommagé ({ $detail }).
services-api-not-found-programme = Formation de cet apprenant
services-api-several-programmes = Cet apprenant suit plusieurs formations : indiquez ?framework=CODE.
