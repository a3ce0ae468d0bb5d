-- Open Badges 3.0 (services::badges). The centre's Ed25519 signing key, created on first use
-- (unless a key file is configured); every credential issued, its place in the status list
-- (its id) and when it was revoked; and the withdrawal of an award by a coordinator, which
-- revokes its credentials and is chained into the tamper-evident record like the award itself.

create table issuer_key (
    only_row integer primary key check (only_row = 1),
    -- The PKCS#8 document of the key, base64.
    pkcs8 text not null,
    created_at text not null
);

create table credential (
    -- Also the credential's index in the status list.
    credential_id integer primary key,
    -- The random id in the credential's URL and verification link.
    public_id text not null unique,
    student_id integer not null references account (account_id),
    framework_code text not null,
    -- The unit of a deelcertificaat; empty for the certificaat of the whole framework.
    unit_code text not null,
    issued_at text not null,
    -- The signed credential (VC-JWT, compact JWS).
    jwt text not null,
    revoked_at text,
    constraint credential_once unique (student_id, framework_code, unit_code)
);

create table award_withdrawal (
    award_id integer primary key references award (award_id),
    withdrawn_by integer not null references account (account_id),
    withdrawn_at text not null,
    reason text not null,
    chain_position integer unique,
    chain_hash text
);
