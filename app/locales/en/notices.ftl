# Notifications as one sentence (app/src/i18n/notices.rs).

notice-submitted = { $student } submitted { $count ->
        [one] 1 skill
       *[other] { $count } skills
    } for { $unit }.
notice-verdict-achieved = achieved
notice-verdict-not-yet = not yet
notice-decided = { $assessor } decided '{ $verdict }' on { $count ->
        [one] 1 skill
       *[other] { $count } skills
    } of { $unit }.
notice-with-feedback = { $sentence } Feedback: { $comment }
notice-awarded = You earned the partial certificate of { $unit }.
notice-ready-unit = { $student } is ready for the partial certificate of { $unit }.
notice-ready-certificate = { $student } is ready for the certificate of { $framework }.
notice-needs-attention = The partial certificate { $unit } of { $student } needs attention: skill { $skill } was revoked.
notice-reply = { $author } replied about skill { $skill }: { $text }
