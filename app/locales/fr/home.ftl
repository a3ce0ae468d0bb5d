# home

home-title = Accueil – Vaardig

## A student's home

home-student-heading = Ma formation
home-student-welcome = Bienvenue, { $name }. Vous voyez ici, par module, ce que vous avez déjà démontré et ce qui manque encore.
home-student-my-evidence = Mes pièces justificatives
home-student-portfolio-zip = Télécharger tout mon portfolio (zip)
home-student-no-cohort = Vous n’êtes encore inscrit dans aucun groupe. Adressez-vous à votre coordinateur.
home-student-column-achieved = Compétences acquises
home-student-column-evidence = Pièces justificatives
home-student-column-status = Statut
home-student-programme-achieved = { $total ->
        [one] { $achieved } sur { $total } compétence acquise
       *[other] { $achieved } sur { $total } compétences acquises
    }
# After " · ", following the count of skills achieved.
home-student-ready-for-certificate = prêt pour le certificat
home-student-badge-file = Open Badge (fichier)
home-student-badge-qr = Code QR
home-student-badge-unit = Certificat partiel { $unit }
home-student-badge-certificate = Certificat
home-student-badges-summary = Mes certificats (partiels) en Open Badge
# Followed by a link (home-student-badges-verify-link) and a full stop.
home-student-badges-verify = Un employeur ou une école peut vérifier ces preuves, sans compte, sur
home-student-badges-verify-link = la page de vérification
home-student-to-do-summary = Reste à faire : { $count ->
        [one] { $count } compétence
       *[other] { $count } compétences
    }
home-student-to-do-summary-feedback = Reste à faire : { $count ->
        [one] { $count } compétence
       *[other] { $count } compétences
    }, dont { $feedback } avec un retour
# After " · " in a unit's row: how many of its skills wait for an assessor.
home-student-unit-submitted = { $count ->
        [one] { $count } soumise
       *[other] { $count } soumises
    }
home-student-unit-progress-label = { $unit } : compétences acquises

## An assessor's home

home-assessor-heading = Mes groupes
home-assessor-welcome = Bienvenue, { $name }. Voici les groupes que vous évaluez.
home-assessor-queue = À évaluer
home-assessor-no-cohorts = Aucun groupe ne vous a encore été attribué.
home-assessor-cohort-facts = { $framework } · année scolaire { $year }
home-assessor-students = Apprenants ({ $count })
