-- The delibererende klassenraad (services::deliberations): a cohort's council meets on a day with
-- its members and decides, per student and unit that is ready, to grant the deelcertificaat or
-- to postpone it with a reason. A granted unit's award refers to the meeting. The meeting and its
-- outcomes are chained into the tamper-evident record, as decisions and awards are.

create table deliberation (
    deliberation_id integer primary key,
    cohort_id integer not null references cohort (cohort_id),
    -- The day of the meeting (YYYY-MM-DD).
    held_on text not null,
    -- The members present, as a JSON array of names.
    members text not null,
    recorded_by integer not null references account (account_id),
    recorded_at text not null,
    -- Its place in the tamper-evident record (domain::record_chain), with its outcomes.
    chain_position integer unique,
    chain_hash text
);
create index deliberation_cohort on deliberation (cohort_id, held_on);

create table deliberation_outcome (
    deliberation_id integer not null references deliberation (deliberation_id),
    student_id integer not null references account (account_id),
    unit_id integer not null references unit (unit_id),
    outcome text not null check (outcome in ('granted', 'postponed')),
    -- Why it was postponed; empty when granted.
    reason text not null,
    primary key (deliberation_id, student_id, unit_id)
);

alter table award add column deliberation_id integer references deliberation (deliberation_id);
