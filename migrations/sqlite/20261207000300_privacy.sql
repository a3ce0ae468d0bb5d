-- Privacy (services::privacy). An erased former student keeps their account row, under a
-- pseudonym, for the decisions and awards the centre must keep; erased_at says when. Before the
-- worker removes the evidence files of students whose cohorts ended long ago, it reports them to
-- the administrators: retention_notice holds when each student was reported.

alter table account add column erased_at text;

create table retention_notice (
    student_id integer primary key references account (account_id),
    noticed_at text not null,
    files_removed_at text
);
