# Notifications as one sentence (app/src/i18n/notices.rs).

notice-submitted = { $student } diende { $count ->
        [one] 1 vaardigheid
       *[other] { $count } vaardigheden
    } in voor { $unit }.
notice-verdict-achieved = behaald
notice-verdict-not-yet = nog niet
notice-decided = { $assessor } besliste '{ $verdict }' over { $count ->
        [one] 1 vaardigheid
       *[other] { $count } vaardigheden
    } van { $unit }.
notice-with-feedback = { $sentence } Feedback: { $comment }
notice-awarded = Je behaalde het deelcertificaat van { $unit }.
notice-ready-unit = { $student } is klaar voor het deelcertificaat van { $unit }.
notice-ready-certificate = { $student } is klaar voor het certificaat van { $framework }.
notice-needs-attention = Het deelcertificaat { $unit } van { $student } vraagt aandacht: vaardigheid { $skill } werd ingetrokken.
notice-reply = { $author } antwoordde bij vaardigheid { $skill }: { $text }
