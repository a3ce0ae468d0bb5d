# Why the domain refused something (app/src/i18n/domain_messages.rs).

domain-invalid-email = '{ $email }' is not a valid e-mail address.
domain-invalid-name = A name may not be empty and has at most { $max } characters.
domain-invalid-password = A password has at least { $min } and at most { $max } characters.
domain-guessable-password = This password is too easy to guess: it is a common password, a word, a sequence, or it contains your name or e-mail address. Choose a longer sentence or a random sequence.
domain-not-a-staff-role = A staff member is an assessor, coordinator or administrator; students are enrolled in a group.
domain-own-deactivation = You cannot deactivate your own account; ask another administrator.
domain-own-role-change = You cannot change your own role; ask another administrator.
domain-already-deactivated = This account is already deactivated.
domain-already-active = This account is already active.
domain-deactivated = This account is deactivated; activate it first.
domain-password-already-chosen = This student has already chosen a password; a new invitation is not needed. Anyone who forgot their password asks for a new one on the sign-in page.
domain-cohort-name = Give the group a name (at most 120 characters).
domain-school-year = Write the school year as 2026-2027.
domain-date = '{ $text }' is not a valid date; use YYYY-MM-DD.
domain-ends-before-start = The end date is before the start date.
domain-profile-required = Choose the profile the group follows: { $profiles }.
domain-unknown-profile = '{ $profile }' is not a profile of this programme; choose from: { $profiles }.
domain-no-profiles = This programme has no profiles; leave the profile empty.
domain-reply-empty = Write a reply.
domain-reply-too-long = A reply has at most { $max } characters.
domain-reply-no-feedback = This skill has had no feedback to reply to yet.
domain-meeting-date = '{ $text }' is not a date (YYYY-MM-DD).
domain-meeting-future = The meeting is in the future: record it on the day itself or later.
domain-meeting-before-start = The meeting is before the start of the group ({ $start }).
domain-meeting-no-members = Name at least one member of the class council, one per line.
domain-meeting-too-many-members = Name at most { $max } members.
domain-meeting-text = A name or reason has at most { $max } characters.
domain-meeting-kind = '{ $kind }' is not a decision: choose grant (granted) or postpone (postponed).
domain-meeting-no-outcomes = Choose at least one module to decide on.
domain-meeting-repeated = Module { $unit } of this student was decided twice.
domain-meeting-not-ready = Module { $unit } of this student is not ready for a partial certificate (or already granted).
domain-meeting-no-reason = Give the reason why module { $unit } is postponed.
domain-evidence-title = Give the evidence item a title (at most { $max } characters).
domain-evidence-description = The description is too long (at most { $max } characters).
domain-evidence-url = A link must start with http:// or https:// and contain an address (at most { $max } characters).
domain-evidence-reflection = Write out your reflection (at most { $max } characters).
domain-evidence-locked = An assessor has used this evidence item: its content and linked skills are fixed. Add a new version.
domain-no-skill-chosen = Choose at least one skill.
domain-comment-too-long = The comment is too long (at most { $max } characters).
domain-not-yet-without-comment = With 'not yet', say what is still missing for skill '{ $skill }'.
domain-observed-without-note = Skill '{ $skill }' has no evidence: note in one line what you saw yourself.
domain-foreign-evidence = Evidence item { $evidence } does not belong to this student.
domain-no-deelcertificaten = { $framework } is a { $kind ->
        [beroepskwalificatie] professional qualification
        [kwalificatiedossier] qualification file
       *[other] { $kind }
    }: it has no partial certificates.
domain-already-awarded = The partial certificate of { $unit } has already been awarded.
domain-text-binary = The file contains characters that do not occur in a text file (it is a binary file).
domain-text-malformed = The file starts as { $encoding } text, but the rest is not valid { $encoding }.
domain-list-empty = The file is empty.
domain-list-unknown-column = Unknown column '{ $name }'. Expected: student number, first name, last name, email (or studentnummer, voornaam, achternaam, e-mail).
domain-list-repeated-column = The column '{ $name }' appears twice.
domain-list-missing-column = The column '{ $name }' is missing.
domain-list-field-count = Expected { $expected } fields, found { $found }.
domain-list-name-required = First name and last name are required.
domain-list-scientific-number = Excel saved student number { $number } as a number in scientific notation; its digits are lost. Format the column as text and save the file again.
domain-list-repeated-email = { $email } appears more than once in the list.
domain-list-repeated-number = Student number { $number } is also on line { $line }, for someone else.
domain-list-lost-zeros = Student number { $number } is shorter than the others ({ $digits } digits): Excel probably dropped its leading zeros. Format the column as text and save the file again.
