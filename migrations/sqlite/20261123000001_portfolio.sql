-- The student portfolio: evidence items, the files behind them, their links to skills, and
-- submissions for assessment.

-- A stored file, named by the SHA-256 of its content: identical uploads are kept once.
create table blob (
    sha256 text primary key,
    size integer not null,
    -- Detected from the content, never taken from the client.
    media_type text not null,
    created_at text not null
);

create table evidence (
    evidence_id integer primary key,
    student_id integer not null references account (account_id),
    kind text not null check (kind in ('file', 'reflection', 'link')),
    title text not null,
    description text not null,
    -- The day the evidence is about (YYYY-MM-DD), as the student states it.
    evidence_date text not null,
    blob_sha256 text references blob (sha256),
    -- The uploaded file's name, sanitised; shown only, never used as a path.
    file_name text,
    thumbnail_sha256 text references blob (sha256),
    url text,
    body text,
    -- The earlier version this item replaces; the earlier one stays for the record.
    replaces_id integer references evidence (evidence_id),
    -- Set once an assessor's decision rests on the item: from then on it never changes.
    locked_at text,
    created_at text not null,
    updated_at text not null,
    constraint evidence_file_has_blob check (kind <> 'file' or blob_sha256 is not null),
    constraint evidence_link_has_url check (kind <> 'link' or url is not null),
    constraint evidence_reflection_has_body check (kind <> 'reflection' or body is not null),
    constraint evidence_replaced_once unique (replaces_id)
);
create index evidence_student on evidence (student_id);
create index evidence_blob on evidence (blob_sha256);

create table evidence_skill (
    evidence_id integer not null references evidence (evidence_id) on delete cascade,
    skill_id text not null references skill (skill_id),
    linked_at text not null,
    primary key (evidence_id, skill_id)
);
create index evidence_skill_skill on evidence_skill (skill_id);

-- A skill put forward for assessment. It stays open until it is withdrawn or reviewed.
create table submission (
    submission_id integer primary key,
    student_id integer not null references account (account_id),
    skill_id text not null references skill (skill_id),
    submitted_at text not null,
    withdrawn_at text,
    reviewed_at text
);
-- At most one open submission per student and skill.
create unique index submission_open on submission (student_id, skill_id)
    where withdrawn_at is null and reviewed_at is null;
