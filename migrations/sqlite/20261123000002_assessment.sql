-- Assessment: every decision on a skill is a row that is never changed or deleted; a skill's
-- status comes from its latest decision. Awards of deelcertificaten are recorded the same way.

create table decision (
    -- The order of recording: of two decisions on one skill, the higher id is the latest.
    decision_id integer primary key,
    student_id integer not null references account (account_id),
    skill_id text not null references skill (skill_id),
    verdict text not null check (verdict in ('achieved', 'not_yet')),
    comment text not null,
    assessor_id integer not null references account (account_id),
    decided_at text not null
);
create index decision_student_skill on decision (student_id, skill_id, decision_id);

-- The evidence items a decision rests on.
create table decision_evidence (
    decision_id integer not null references decision (decision_id),
    evidence_id integer not null references evidence (evidence_id),
    primary key (decision_id, evidence_id)
);

-- A deelcertificaat awarded for a unit.
create table award (
    award_id integer primary key,
    student_id integer not null references account (account_id),
    unit_id integer not null references unit (unit_id),
    awarded_by integer not null references account (account_id),
    awarded_at text not null,
    constraint award_once unique (student_id, unit_id)
);
