-- Crosswalks between frameworks, as imported (`vaardig crosswalk import`): the links of one
-- pair as a JSON list of domain::crosswalk::Link, read and written whole. The built-in
-- crosswalks are derived from the texts and stored only when imported.
create table crosswalk (
    from_code text not null,
    to_code text not null,
    links text not null,
    imported_at text not null,
    primary key (from_code, to_code)
);

-- The decisions in another framework that a decision rests on: an assessor's confirmation of a
-- related correspondence (EVC) cites the source decisions.
create table decision_source (
    decision_id integer not null references decision (decision_id),
    source_decision_id integer not null references decision (decision_id),
    primary key (decision_id, source_decision_id)
);
