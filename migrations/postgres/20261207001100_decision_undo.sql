-- A decision recorded by mistake, undone by its assessor within minutes
-- (domain::assessment::UndoCandidate): a correction next to the decision, never a change to it.
-- An undone decision stays in the history and no longer counts. Chained like the decision.
create table decision_undo (
    decision_id bigint primary key references decision (decision_id),
    undone_by bigint not null references account (account_id),
    undone_at text not null,
    chain_position bigint unique,
    chain_hash text
);
