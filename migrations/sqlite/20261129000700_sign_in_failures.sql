-- Failed sign-ins, kept for the throttling window (15 minutes) only: per account (the e-mail
-- address as typed, lower-cased, known or not) and per network address. In the database, so
-- every server of a deployment counts the same attempts.

create table sign_in_failure (
    failure_id integer primary key,
    email text not null,
    address text not null,
    failed_at text not null
);

create index sign_in_failure_email on sign_in_failure (email, failed_at);
create index sign_in_failure_address on sign_in_failure (address, failed_at);
create index sign_in_failure_time on sign_in_failure (failed_at);
