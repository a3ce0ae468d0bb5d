-- Accounts over their life. An account invited but without a password yet stores the marker
-- '!' as its hash (no password verifies against it). Invitations and password resets are
-- single-use links: only the SHA-256 of their token is kept. A deactivated account cannot sign
-- in; its records stay. Every change to an account is written to the audit log.

alter table account add column deactivated_at text;

create table account_token (
    token_hash text primary key,
    account_id integer not null references account (account_id) on delete cascade,
    purpose text not null check (purpose in ('invitation', 'password_reset')),
    created_at text not null,
    expires_at text not null,
    used_at text
);

create index account_token_account on account_token (account_id);

create table audit_log (
    audit_id integer primary key,
    at text not null,
    -- Who made the change; null when the person did it with a link (invitation, reset).
    actor_id integer references account (account_id),
    account_id integer not null references account (account_id),
    action text not null,
    -- What changed, as JSON (never a password or a token).
    detail text not null default '{}'
);

create index audit_log_account on audit_log (account_id, audit_id);
