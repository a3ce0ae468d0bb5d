-- The foundation: the curriculum catalog, accounts, sessions, cohorts.
-- Written in the SQL subset SQLite and PostgreSQL share, except for identity columns, so that a
-- PostgreSQL tree can mirror it with the same names. Timestamps are UTC RFC 3339 text
-- with microseconds, which sorts in time order.

create table framework (
    framework_id integer primary key,
    code text not null,
    title text not null,
    kind text not null,
    level integer,
    total_lestijden integer,
    -- SHA-256 of the catalog file's content, so an unchanged file is not rewritten at start.
    content_hash text not null,
    updated_at text not null,
    constraint framework_code_unique unique (code)
);

create table unit (
    unit_id integer primary key,
    framework_id integer not null references framework (framework_id),
    code text not null,
    title text not null,
    lestijden integer,
    position integer not null,
    -- 0 once the unit is no longer in the catalog file; kept for the records that refer to it.
    active integer not null default 1,
    constraint unit_code_unique unique (framework_id, code)
);

create table competency (
    competency_id integer primary key,
    unit_id integer not null references unit (unit_id),
    nr text not null,
    title text not null,
    position integer not null,
    active integer not null default 1,
    constraint competency_nr_unique unique (unit_id, nr)
);

create table skill (
    -- The stable id from the catalog file; sign-offs refer to it.
    skill_id text primary key,
    competency_id integer not null references competency (competency_id),
    text text not null,
    position integer not null,
    -- Skills are never deleted: one dropped from the file is retired (0) and keeps its history.
    active integer not null default 1
);

create table knowledge (
    knowledge_id integer primary key,
    competency_id integer not null references competency (competency_id),
    text text not null,
    position integer not null
);

create table account (
    account_id integer primary key,
    email text not null,
    name text not null,
    role text not null check (role in ('student', 'assessor', 'coordinator', 'admin')),
    password_hash text not null,
    created_at text not null,
    constraint account_email_unique unique (email)
);

create table session (
    session_id integer primary key,
    token_hash text not null,
    account_id integer not null references account (account_id) on delete cascade,
    created_at text not null,
    expires_at text not null,
    constraint session_token_unique unique (token_hash)
);
create index session_account on session (account_id);

create table cohort (
    cohort_id integer primary key,
    name text not null,
    framework_id integer not null references framework (framework_id),
    school_year text not null,
    starts_on text not null,
    ends_on text not null,
    archived_at text,
    created_at text not null
);

create table enrolment (
    cohort_id integer not null references cohort (cohort_id),
    student_id integer not null references account (account_id),
    created_at text not null,
    primary key (cohort_id, student_id)
);
create index enrolment_student on enrolment (student_id);

create table assessor_assignment (
    cohort_id integer not null references cohort (cohort_id),
    assessor_id integer not null references account (account_id),
    created_at text not null,
    primary key (cohort_id, assessor_id)
);
create index assessor_assignment_assessor on assessor_assignment (assessor_id);
