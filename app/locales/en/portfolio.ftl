# portfolio

## A unit of the student's programme

portfolio-crumb-programme = My programme
portfolio-unit-not-found = This module does not exist in your programme.
portfolio-unit-progress-label = { $unit }: skills achieved
portfolio-unit-knowledge = Subject knowledge and skills
portfolio-closed-submissions = Closed submissions
portfolio-missing = { $count ->
        [0] All skills of this module have been achieved.
        [one] { $count } more skill to prove.
       *[other] { $count } more skills to prove.
    }
portfolio-knowledge-to-integrate = Knowledge to integrate
portfolio-submit-all = Submit all
portfolio-submit = Submit
portfolio-withdraw = Withdraw
portfolio-evidence-fallback = Evidence item { $id }
portfolio-reply-not-evidence = '{ $text }' is not an evidence item

## The catalog

portfolio-catalog-title = Catalogue – Vaardig
portfolio-catalog-heading = Catalogue
portfolio-catalog-intro = The training profiles and professional qualifications in which Vaardig tracks competences.
portfolio-catalog-column-code = Code
portfolio-catalog-column-title = Title
portfolio-catalog-column-kind = Type
portfolio-catalog-column-units = Units
portfolio-catalog-column-competencies = Competences
portfolio-skills = Skills
# The kinds of framework, in lower case as within a sentence.
portfolio-kind-training-profile = training profile
portfolio-kind-professional-qualification = professional qualification
portfolio-kind-qualification-file = qualification file
portfolio-catalog-level = level { $level }
portfolio-catalog-periods = { $count ->
        [one] { $count } teaching period
       *[other] { $count } teaching periods
    }
portfolio-catalog-skills = { $count ->
        [one] { $count } skill
       *[other] { $count } skills
    }
portfolio-catalog-profiles = Profiles
portfolio-catalog-profiles-intro = A group follows one profile and proves only its units.

## Checking an Open Badge

portfolio-verify-title = Check an Open Badge
portfolio-verify-intro = Check that a partial certificate or certificate was really issued by this centre, is unchanged and has not been revoked. You do not need to sign in.
portfolio-verify-token = The proof (the contents of the .jwt file)
portfolio-verify-file = or choose the file
portfolio-verify-submit = Check
portfolio-verify-authentic = Authentic: signed by { $issuer }.
portfolio-verify-authentic-issued = Authentic: signed by { $issuer }, issued on { $at }.
portfolio-verify-recipient = For: { $recipient }
portfolio-verify-achievement = Achievement: { $achievement }
portfolio-verify-revoked = Revoked: this proof is no longer valid.
portfolio-verify-revoked-at = Revoked on { $at }: this proof is no longer valid.
portfolio-credential-not-authentic = This proof is not authentic: the signature does not match. It has been altered, or it does not come from { $institution }.
