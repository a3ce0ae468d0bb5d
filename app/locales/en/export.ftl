# The portfolio export's index.html (app/src/server/services/portfolio_export), in the language of whoever downloads it.

## Noun for "… was not found." (error-not-found)
export-not-found-portfolio = This student's portfolio

export-title = Portfolio of { $name }
# $data and $folder are the names portfolio.json and bestanden, as code.
export-intro = Exported from Vaardig on { $moment }. The same data is in { $data }, the files in the folder { $folder }.
export-programme-achieved = { $total ->
        [one] { $achieved } of { $total } skill achieved.
       *[other] { $achieved } of { $total } skills achieved.
    }
export-ready-for-certificate = Ready for the certificate.
# After the unit's status and " · ".
export-unit-achieved = { $total ->
        [one] { $achieved } of { $total } skill achieved
       *[other] { $achieved } of { $total } skills achieved
    }
export-unit-periods = { $count ->
        [one] { $count } teaching period
       *[other] { $count } teaching periods
    }
export-award = Partial certificate awarded on { $date } by { $by }.
export-decision = { $date } · { $verdict } ({ $assessor })
export-decision-with-comment = { $date } · { $verdict } ({ $assessor }): { $comment }
# $links: the titles of the evidence items, linked.
export-evidence-links = Evidence: { $links }
export-all-evidence = All evidence items
# After the item's kind and day, and " · ".
export-replaced = replaced by a newer version
export-link = Link: { $url }
# $skills: the codes of the skills.
export-linked-to = Linked to { $skills }
export-decision-undone = { $line } (undone by { $name } on { $date })
