-- What someone typed into a plain form (without JavaScript) that the server refused, kept so the
-- page it is sent back to shows it again (services::kept_form). Only its sender can read it, for
-- an hour; passwords are never kept, and the worker's housekeeping removes older forms.

create table kept_form (
    kept_form_id integer primary key,
    account_id integer not null references account (account_id),
    -- The path the form was posted to: only that form takes the fields back.
    endpoint text not null,
    -- The fields as the browser posted them: JSON, a list of [name, value].
    fields text not null,
    created_at text not null
);
create index kept_form_time on kept_form (created_at);
