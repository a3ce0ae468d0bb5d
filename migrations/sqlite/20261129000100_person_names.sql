-- First and last name apart, as the centre's administration holds them, so lists sort by last
-- name. `name` stays the name as shown. Existing accounts are split at the first space.
alter table account add column first_name text not null default '';
alter table account add column last_name text not null default '';
update account set
    first_name = case when instr(name, ' ') > 0 then substr(name, 1, instr(name, ' ') - 1) else '' end,
    last_name = case when instr(name, ' ') > 0 then substr(name, instr(name, ' ') + 1) else name end;
