# Shared texts: errors, the language choice, the page frame.

error-unauthenticated = You are not signed in or your session has expired. Please sign in again.
error-bad-credentials = Unknown e-mail address or wrong password.
error-forbidden = You do not have access to this information.
error-foreign-origin = This request comes from another website and was refused.
error-too-many-attempts = Too many failed sign-in attempts. Try again in { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }.
error-not-found = { $what } was not found.
error-not-ready = Not yet ready for the partial certificate: { $count ->
        [one] 1 skill is still missing
       *[other] { $count } skills are still missing
    }.
error-internal = Something went wrong on the server. Please try again later.
error-transport = The server could not be reached ({ $detail }).
error-bad-request = Invalid request: { $detail }
error-request-too-large = The request is too large.
error-unknown-language = Vaardig does not know that language: choose Dutch, French or English.

language-choice = Language
language-choose = Choose your language
