-- Side effects a use case asks for (an e-mail, a notification): written in the use case's own
-- transaction, delivered by the server's worker after the commit, with retries. A worker claims
-- a message for a while (claimed_until) before delivering it, so two servers never both do.

create table outbox (
    outbox_id integer primary key,
    kind text not null,
    payload text not null,
    created_at text not null,
    attempts integer not null default 0,
    next_attempt_at text not null,
    claimed_until text,
    delivered_at text,
    failed_at text,
    last_error text
);

create index outbox_due on outbox (next_attempt_at) where delivered_at is null and failed_at is null;
