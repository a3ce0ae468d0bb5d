# services

## Nouns for "… was not found." (error-not-found)

services-not-found-this-student = This student
services-not-found-this-staff-member = This staff member
services-not-found-this-notification = This notification
services-not-found-programme-of-student = This student's programme '{ $code }'
services-not-found-programme = The programme '{ $code }'
services-not-found-version = Version { $version } of { $code }
services-not-found-credential = This credential
services-not-found-award = An award of module { $unit }

## Accounts

services-email-taken = An account with the email address { $email } already exists.
services-student-number-taken = Student number { $number } already belongs to another student ({ $email }).
services-erase-already-erased = This student's data has already been erased.
services-erase-cohort-running = { $name } is still enrolled in the running group '{ $cohort }'. Erase the data only once that group has ended or been archived.
services-demo-database-not-empty = The database already holds accounts or groups; the demo only fills an empty database.

## Notifications and the outbox

services-notification-kind-not-received = Your role does not receive these notifications: '{ $kind }'.
services-mail-unreadable-subject = (unreadable message)

## Submissions

services-skill-not-in-programme = Skill '{ $skill }' is not part of your programme.
services-skill-already-submitted = Skill '{ $skill }' has already been submitted.
services-skill-not-withdrawable = Skill '{ $skill }' has not been submitted or has already been assessed.
services-skill-needs-evidence = Link an evidence item to skill '{ $skill }' first.
services-skill-already-achieved = Skill '{ $skill }' has already been achieved.

## Uploads

services-upload-too-many-files = At most { $max } files at a time; nothing was saved. Spread the files over several uploads.
services-upload-file-too-large = '{ $file }' is too large: at most { $mib } MiB per file.
services-upload-file-empty = '{ $file }' is empty.
services-upload-file-refused = '{ $file }' was refused. { $reason }
services-upload-file-not-accepted = '{ $file }' is not an accepted kind of file. Accepted: PDF, photos (JPEG, PNG, GIF, WebP, HEIC), video (MP4, MOV, WebM, AVI), Office and OpenDocument files, text and zip.
services-upload-file-needed = Add at least one file.
services-upload-files-only-for-file-kind = Only an evidence item of the kind 'file' has files.
services-upload-newer-version-exists = A newer version of this evidence item already exists.
services-text-too-large-to-convert = A text file in { $encoding } may be at most { $mib } MiB. Save it as UTF-8 or as PDF.
services-text-empty = The file contains no text.

## Framework versions

services-version-not-newer = The group follows version { $from } of { $code }; it can only move to a newer version.
services-version-cohort-changed = The group changed in the meantime; review the move again.
services-version-profile-missing = Version { $version } of { $code } no longer has this group's profile '{ $profile }'; create a new group for that version.
services-version-profile-required = Version { $version } of { $code } requires a profile, and this group follows none; create a new group for that version.

## Open Badges

services-badge-student-erased = This student's data has been erased: no more credentials are issued.
services-badge-certificate-not-achieved = The certificate has not been achieved yet: not every module has been awarded.
services-badge-unit-not-awarded = Module { $unit } has not been awarded (yet).
services-withdrawal-reason-required = Give the reason for the withdrawal (at most 1000 characters).
services-withdrawal-already-done = The award of module { $unit } has already been withdrawn.

## The JSON API

services-api-not-found-address = This API address
services-api-request-too-large = The request is larger than { $kib } KiB.
services-api-json-required = Send the data as JSON (Content-Type: application/json).
services-api-invalid-json = The data is not valid JSON.
services-api-unexpected-shape = The data does not have the expected shape.
services-api-field-invalid = The field '{ $field }' is missing or does not have the expected value.
services-api-method-not-allowed = This API address does not support this method.
services-api-malformed-request = Part of the address or of the query after '?' does not have the expected shape.
services-api-refused = The request was refused.
services-api-student-list-json = Expected a JSON list of students: { $error }
services-api-student-list-type = A student list can be sent as text/csv, text/plain, application/json or multipart/form-data with one file, not as '{ $media }'.
services-api-invalid-form = Invalid form: { $detail }
services-api-form-without-file = The form contains no file. Send the list as a file field (curl -F file=@list.csv).
services-api-list-too-large = The list is larger than { $mib } MiB.
services-api-list-unreadable = The list could not be read.
services-api-form-empty = The form is empty: expected the item's details (a 'meta' part or the form's fields) first.
services-api-form-unknown-part = Unknown part '{ $name }' in the form; expected 'file'.
services-api-meta-too-large = The item's details (the 'meta' part or the form's fields) are too large.
services-api-meta-invalid = The 'meta' part is invalid: { $error }
services-api-fields-invalid = The form's fields are invalid: { $error }
services-api-form-not-multipart = Send the item as multipart/form-data: first a 'meta' part (JSON), then the 'file' parts.
services-api-form-not-utf8 = A field of the form is not UTF-8 text.
services-api-form-broken = The form arrived incomplete or damaged ({ $detail }).
services-api-not-found-programme = A programme of this student
services-api-several-programmes = This student follows several programmes: give ?framework=CODE.
