-- A student list sent by a plain form (without JavaScript), kept between its preview and the
-- coordinator's confirmation (services::enrolment). Only its sender can read or confirm it, for a
-- day; it is removed once imported, and the worker's housekeeping removes older lists.

create table pending_import (
    pending_import_id integer primary key,
    cohort_id integer not null references cohort (cohort_id),
    account_id integer not null references account (account_id),
    -- The file's bytes, base64-encoded (the encoding is decided when it is read).
    list text not null,
    created_at text not null
);
create index pending_import_time on pending_import (created_at);
