# portfolio

## A unit of the student's programme

portfolio-crumb-programme = Ma formation
portfolio-unit-not-found = Ce module n’existe pas dans votre formation.
portfolio-unit-progress-label = { $unit } : compétences acquises
portfolio-unit-knowledge = Connaissances professionnelles et compétences
portfolio-closed-submissions = Soumissions clôturées
portfolio-missing = { $count ->
        [0] Toutes les compétences de ce module sont acquises.
        [one] Encore { $count } compétence à démontrer.
       *[other] Encore { $count } compétences à démontrer.
    }
portfolio-knowledge-to-integrate = Connaissances à intégrer
portfolio-submit-all = Tout soumettre
portfolio-submit = Soumettre
portfolio-withdraw = Retirer
portfolio-evidence-fallback = Pièce justificative { $id }
portfolio-reply-not-evidence = « { $text } » n’est pas une pièce justificative

## The catalog

portfolio-catalog-title = Catalogue – Vaardig
portfolio-catalog-heading = Catalogue
portfolio-catalog-intro = Les profils de formation et les qualifications professionnelles dont Vaardig suit les compétences.
portfolio-catalog-column-code = Code
portfolio-catalog-column-title = Titre
portfolio-catalog-column-kind = Type
portfolio-catalog-column-units = Unités
portfolio-catalog-column-competencies = Groupes de compétences
portfolio-skills = Compétences
# The kinds of framework, in lower case as within a sentence.
portfolio-kind-training-profile = profil de formation
portfolio-kind-professional-qualification = qualification professionnelle
portfolio-kind-qualification-file = dossier de qualification
portfolio-catalog-level = niveau { $level }
portfolio-catalog-periods = { $count ->
        [one] { $count } période de cours
       *[other] { $count } périodes de cours
    }
portfolio-catalog-skills = { $count ->
        [one] { $count } compétence
       *[other] { $count } compétences
    }
portfolio-catalog-profiles = Profils
portfolio-catalog-profiles-intro = Un groupe suit un seul profil et ne démontre que les unités de celui-ci.

## Checking an Open Badge

portfolio-verify-title = Vérifier un Open Badge
portfolio-verify-intro = Vérifiez qu’un certificat partiel ou un certificat a réellement été délivré par ce centre, n’a pas été modifié et n’a pas été révoqué. Vous n’avez pas besoin de vous connecter.
portfolio-verify-token = La preuve (le contenu du fichier .jwt)
portfolio-verify-file = ou choisissez le fichier
portfolio-verify-submit = Vérifier
portfolio-verify-authentic = Authentique : signé par { $issuer }.
portfolio-verify-authentic-issued = Authentique : signé par { $issuer }, délivré le { $at }.
portfolio-verify-recipient = Pour : { $recipient }
portfolio-verify-achievement = Pour l’obtention de : { $achievement }
portfolio-verify-revoked = Révoqué : cette preuve n’est plus valable.
portfolio-verify-revoked-at = Révoqué le { $at } : cette preuve n’est plus valable.
portfolio-credential-not-authentic = Cette preuve n’est pas authentique : la signature ne correspond pas. Elle a été modifiée, ou elle ne provient pas de { $institution }.
