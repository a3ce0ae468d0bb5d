# evidence

# The student's evidence pages: the list, the form, one item.
evidence-mine = My evidence items
evidence-my-programme = My programme
evidence-list-added = Added
evidence-list-empty = You have not added any evidence items yet.
evidence-list-skills = { $count ->
        [0] not linked to any skill yet
        [one] proves 1 skill
       *[other] proves { $count } skills
    }
evidence-list-used = used in an assessment

evidence-this-item = This evidence item
evidence-detail-newer = There is a newer version:{" "}
evidence-detail-newer-link = view it
evidence-detail-older = New version of{" "}
evidence-detail-older-link = an earlier evidence item
evidence-detail-locked = An assessor has used this evidence item. It stays as it is; you can add a new version, though.
evidence-detail-linked-skills = Linked skills
evidence-detail-links-fixed = These links are fixed. A new version can be linked to other skills.
evidence-detail-save-links = Save links
evidence-open-file-size = Open { $name } ({ $size } MB)
evidence-open-file = Open { $name }
evidence-preview-new-version = (new version)

evidence-field-title = Title
evidence-field-description = Description
evidence-field-description-optional = Description (optional)
evidence-field-date = Date
evidence-field-link = Link
evidence-field-reflection = Reflection
evidence-edit-heading = Change details
evidence-edit-save = Save
evidence-edit-delete = Delete
evidence-edit-delete-confirm = Delete this evidence item? A submitted skill with no other evidence will then be withdrawn.
evidence-edit-delete-yes = Yes, delete

evidence-form-new = New evidence item
evidence-form-new-version = Add a new version
evidence-form-kind = Kind
evidence-form-reflection-hint = A blank line starts a new paragraph; a line starting with - becomes a bullet point.
evidence-form-add = Add
evidence-form-uploading = Uploading
evidence-form-added = { $count ->
        [one] 1 evidence item added.
       *[other] { $count } evidence items added.
    }
evidence-form-refused-more = { $count ->
        [one] And 1 more file refused.
       *[other] And { $count } more files refused.
    }

evidence-drop-hint = Drag your files here, or
evidence-drop-choose = Choose files
evidence-drop-photo = Take a photo
evidence-drop-size = { $size } MB
evidence-drop-remove = remove

evidence-upload-unavailable = Your browser could not send the evidence item.
evidence-upload-unreadable = The server’s response could not be read.
evidence-upload-offline = The server could not be reached. Check your connection and try again.
evidence-upload-failed = The upload failed (HTTP { $status }).

# The skill picker.
evidence-picker-legend = Proves these skills{" "}
evidence-picker-chosen = ({ $count } chosen)
evidence-picker-search = Search for a skill
evidence-picker-search-example = e.g. printer, netwerk or M IT 020

# The conversation on a skill's feedback.
evidence-conversation-heading = Conversation about the feedback
evidence-conversation-byline = { $author } ({ $from ->
        [student] student
       *[assessor] assessor
    }), { $written }
evidence-conversation-item = Evidence item { $id }
evidence-conversation-cited = Evidence item: { $title }
evidence-conversation-cited-label = Evidence item:{" "}
evidence-conversation-cite = Refer to an evidence item
evidence-conversation-cite-none = None
evidence-conversation-reply = Your reply
evidence-conversation-send = Reply
