# The portfolio export's index.html (app/src/server/services/portfolio_export), in the language of whoever downloads it.

## Noun for "… werd niet gevonden." (error-not-found)
export-not-found-portfolio = Het portfolio van deze cursist

export-title = Portfolio van { $name }
# $data and $folder are the names portfolio.json and bestanden, as code.
export-intro = Uit Vaardig gehaald op { $moment }. Dezelfde gegevens staan in { $data }, de bestanden in de map { $folder }.
export-programme-achieved = { $achieved } van { $total } vaardigheden behaald.
export-ready-for-certificate = Klaar voor het certificaat.
# After the unit's status and " · ".
export-unit-achieved = { $achieved } van { $total } vaardigheden behaald
export-unit-periods = { $count ->
        [one] 1 lestijd
       *[other] { $count } lestijden
    }
export-award = Deelcertificaat toegekend op { $date } door { $by }.
export-decision = { $date } · { $verdict } door { $assessor }
export-decision-with-comment = { $date } · { $verdict } door { $assessor }: { $comment }
# $links: the titles of the evidence items, linked.
export-evidence-links = Bewijs: { $links }
export-all-evidence = Alle bewijsstukken
# After the item's kind and day, and " · ".
export-replaced = vervangen door een nieuwere versie
export-link = Link: { $url }
# $skills: the codes of the skills.
export-linked-to = Gekoppeld aan { $skills }
export-decision-undone = { $line } (ongedaan gemaakt door { $name } op { $date })
