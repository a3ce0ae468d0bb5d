# evidence

# The student's evidence pages: the list, the form, one item.
evidence-mine = Mijn bewijsstukken
evidence-my-programme = Mijn opleiding
evidence-list-added = Toegevoegd
evidence-list-empty = Je hebt nog geen bewijsstukken toegevoegd.
evidence-list-skills = { $count ->
        [0] nog aan geen vaardigheid gekoppeld
        [one] bewijst 1 vaardigheid
       *[other] bewijst { $count } vaardigheden
    }
evidence-list-used = gebruikt in een beoordeling

evidence-this-item = Dit bewijsstuk
evidence-detail-newer = Er is een nieuwere versie:{" "}
evidence-detail-newer-link = bekijk ze
evidence-detail-older = Nieuwe versie van{" "}
evidence-detail-older-link = een eerder bewijsstuk
evidence-detail-locked = Een beoordelaar heeft dit bewijsstuk gebruikt. Het blijft zoals het is; je kunt wel een nieuwe versie toevoegen.
evidence-detail-linked-skills = Gekoppelde vaardigheden
evidence-detail-links-fixed = Deze koppelingen liggen vast. Een nieuwe versie kan andere vaardigheden krijgen.
evidence-detail-save-links = Koppelingen bewaren
evidence-open-file-size = Open { $name } ({ $size } MB)
evidence-open-file = Open { $name }
evidence-preview-new-version = (nieuwe versie)

evidence-field-title = Titel
evidence-field-description = Beschrijving
evidence-field-description-optional = Beschrijving (niet verplicht)
evidence-field-date = Datum
evidence-field-link = Link
evidence-field-reflection = Reflectie
evidence-edit-heading = Gegevens wijzigen
evidence-edit-save = Bewaren
evidence-edit-delete = Verwijderen
evidence-edit-delete-confirm = Dit bewijsstuk verwijderen? Een ingediende vaardigheid zonder ander bewijs wordt dan teruggetrokken.
evidence-edit-delete-yes = Ja, verwijderen

evidence-form-new = Nieuw bewijsstuk
evidence-form-new-version = Nieuwe versie toevoegen
evidence-form-kind = Soort
evidence-form-reflection-hint = Een lege regel begint een nieuwe alinea; een regel die met - begint, wordt een opsomming.
evidence-form-add = Toevoegen
evidence-form-uploading = Opladen
evidence-form-added = { $count ->
        [one] 1 bewijsstuk toegevoegd.
       *[other] { $count } bewijsstukken toegevoegd.
    }
evidence-form-refused-more = { $count ->
        [one] En nog 1 bestand geweigerd.
       *[other] En nog { $count } bestanden geweigerd.
    }

evidence-drop-hint = Sleep je bestanden hierheen, of
evidence-drop-choose = Kies bestanden
evidence-drop-photo = Foto maken
evidence-drop-size = { $size } MB
evidence-drop-remove = weghalen

evidence-upload-unavailable = Je browser kon het bewijsstuk niet versturen.
evidence-upload-unreadable = Het antwoord van de server was onleesbaar.
evidence-upload-offline = De server kon niet bereikt worden. Controleer je verbinding en probeer opnieuw.
evidence-upload-failed = Het opladen mislukte (HTTP { $status }).

# The skill picker.
evidence-picker-legend = Bewijst deze vaardigheden{" "}
evidence-picker-chosen = ({ $count } gekozen)
evidence-picker-search = Zoek een vaardigheid
evidence-picker-search-example = bv. printer, netwerk of M IT 020

# The conversation on a skill's feedback.
evidence-conversation-heading = Gesprek over de feedback
evidence-conversation-byline = { $author } ({ $from ->
        [student] cursist
       *[assessor] beoordelaar
    }), { $written }
evidence-conversation-item = Bewijsstuk { $id }
evidence-conversation-cited = Bewijsstuk: { $title }
evidence-conversation-cited-label = Bewijsstuk:{" "}
evidence-conversation-cite = Verwijs naar een bewijsstuk
evidence-conversation-cite-none = Geen
evidence-conversation-reply = Je antwoord
evidence-conversation-send = Antwoorden
