-- Notifications: a fact told to one person, written in the same transaction as the fact.
-- `notice` is the JSON of domain::notification::Notice. `email` says what is left to do by
-- e-mail: 'digest' waits for the daily digest, 'done' was sent at once or needs nothing.
-- A notification whose fact was undone (a submission withdrawn) gets `undone_at` and leaves the
-- list and the digest. The worker removes notifications older than a year.

create table notification (
    notification_id integer primary key,
    recipient_id integer not null references account (account_id),
    kind text not null,
    student_id integer not null references account (account_id),
    cohort_id integer references cohort (cohort_id),
    notice text not null,
    link text not null,
    created_at text not null,
    read_at text,
    undone_at text,
    email text not null check (email in ('digest', 'done'))
);

create index notification_recipient on notification (recipient_id, notification_id);
create index notification_digest on notification (email) where email = 'digest';
create index notification_student on notification (student_id, kind) where undone_at is null;
create index notification_created on notification (created_at);

-- A person's choice of e-mail per kind; without a row, their role's default holds.
create table notification_preference (
    account_id integer not null references account (account_id),
    kind text not null,
    delivery text not null check (delivery in ('at_once', 'digest', 'never')),
    primary key (account_id, kind)
);

-- The conversation on a skill's feedback: replies of the student and the assessors, in order.
-- Part of the record: never changed, never removed; it never changes a decision.
create table skill_message (
    message_id integer primary key,
    student_id integer not null references account (account_id),
    skill_id text not null,
    author_id integer not null references account (account_id),
    body text not null,
    evidence_id integer references evidence (evidence_id) on delete set null,
    created_at text not null
);

create index skill_message_student on skill_message (student_id, skill_id, message_id);

-- When the daily digest last went out (one row), so servers send it once a day between them.
create table digest_run (
    only_row integer primary key check (only_row = 1),
    sent_through text not null
);

insert into digest_run (only_row, sent_through) values (1, '1970-01-01T00:00:00.000000Z');
