# Les documents imprimés (PDF) : le rapport d’un groupe, les lettres d’invitation et le procès-verbal du conseil de classe.

documents-report-header = { $institution } · { $framework } · { $cohort } ({ $year }) · imprimé le { $printed }
documents-report-title = État d’avancement vers le certificat
documents-report-skills-missing = { $code } { $title } : encore { $count ->
        [one] 1 compétence
       *[other] { $count } compétences
    }
documents-report-certificate = Certificat : { $status }
documents-report-awarded = Certificats partiels obtenus : { $units }
documents-report-ready = Prêts, encore à attribuer : { $units }
documents-report-unit-missing = { $code } ({ $count ->
        [one] 1 manquante
       *[other] { $count } manquantes
    })
documents-report-open = Encore ouverts : { $units }
documents-report-none = aucun

documents-invitation-none-to-print = Tous les apprenants de ce groupe ont déjà choisi un mot de passe : il n’y a aucune invitation à imprimer.
documents-invitation-header = { $institution } · { $cohort } · invitation à Vaardig
documents-invitation-title = Bienvenue dans Vaardig
documents-invitation-greeting = Bonjour { $name },
documents-invitation-intro = { $institution } vous invite dans Vaardig, le portfolio de votre formation { $framework } ({ $cohort }). Vous y rassemblez vos pièces justificatives et suivez les certificats partiels que vous obtenez.
documents-invitation-sign-in = Vous vous connectez avec votre adresse e-mail : { $email }
documents-invitation-choose-password = Choisissez d’abord votre mot de passe : scannez le code avec votre smartphone, ou rendez-vous sur
documents-invitation-validity = Cette invitation fonctionne une seule fois et reste valable jusqu’au { $until }. Ne la communiquez à personne.

documents-record-title = Procès-verbal de la délibération du conseil de classe
documents-record-group = Groupe : { $group } ({ $year })
documents-record-programme = Formation : { $title } ({ $code })
documents-record-meeting = Réunion du { $day }
documents-record-members = Membres : { $members }
documents-record-signature = Enregistré par { $recorder } le { $recorded }. Imprimé le { $printed }.
documents-record-certificate = Obtient ainsi le certificat.

# Names of downloaded files (ASCII, no spaces).
documents-file-readiness = etat-groupe-{ $cohort }
documents-file-report = rapport-groupe-{ $cohort }
documents-file-invitations = invitations-groupe-{ $cohort }
documents-file-council = conseil-de-classe-{ $id }
documents-record-outcome = { $unit } { $title } — { $outcome }
