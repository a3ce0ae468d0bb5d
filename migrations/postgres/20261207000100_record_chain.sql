-- The tamper-evident record (domain::record_chain): every decision and award row takes the next
-- position in one chain and carries its hash, chained to the row before it. The one-row head
-- holds the chain's length and last hash; writers take their turn on it inside the transaction
-- that records the row. Rows recorded before this migration are chained at the next start
-- (legacy_chained turns 1), in the order they were recorded.

alter table decision add column chain_position bigint;
alter table decision add column chain_hash text;
create unique index decision_chain_position on decision (chain_position);

alter table award add column chain_position bigint;
alter table award add column chain_hash text;
create unique index award_chain_position on award (chain_position);

create table record_chain_head (
    only_row integer primary key check (only_row = 1),
    length bigint not null,
    hash text not null,
    extended_at text,
    legacy_chained integer not null
);
insert into record_chain_head (only_row, length, hash, extended_at, legacy_chained)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', null, 0);
