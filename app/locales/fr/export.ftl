# The portfolio export's index.html (app/src/server/services/portfolio_export), in the language of whoever downloads it.

## Noun for "… : introuvable." (error-not-found)
export-not-found-portfolio = Portfolio de cet apprenant

export-title = Portfolio de { $name }
# $data and $folder are the names portfolio.json and bestanden, as code.
export-intro = Exporté de Vaardig le { $moment }. Les mêmes données se trouvent dans { $data }, les fichiers dans le dossier { $folder }.
export-programme-achieved = { $achieved ->
        [one] { $achieved } compétence acquise sur { $total }.
       *[other] { $achieved } compétences acquises sur { $total }.
    }
export-ready-for-certificate = Prêt pour le certificat.
# After the unit's status and " · ".
export-unit-achieved = { $achieved ->
        [one] { $achieved } compétence acquise sur { $total }
       *[other] { $achieved } compétences acquises sur { $total }
    }
export-unit-periods = { $count ->
        [one] { $count } période de cours
       *[other] { $count } périodes de cours
    }
export-award = Certificat partiel attribué le { $date } par { $by }.
export-decision = { $date } · { $verdict } ({ $assessor })
export-decision-with-comment = { $date } · { $verdict } ({ $assessor }) : { $comment }
# $links: the titles of the evidence items, linked.
export-evidence-links = Preuves : { $links }
export-all-evidence = Toutes les pièces justificatives
# After the item's kind and day, and " · ".
export-replaced = remplacée par une version plus récente
export-link = Lien : { $url }
# $skills: the codes of the skills.
export-linked-to = Liée à { $skills }
export-decision-undone = { $line } (annulée par { $name } le { $date })
