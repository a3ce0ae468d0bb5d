-- Knowledge of a unit as a whole (an MBO kerntaak's "Vakkennis en vaardigheden"), replaced
-- with every catalog text like the knowledge of a competency.
create table unit_knowledge (
    unit_knowledge_id integer primary key,
    unit_id integer not null references unit (unit_id),
    text text not null,
    position integer not null
);
create index unit_knowledge_of_unit on unit_knowledge (unit_id);

-- A framework's profiles as its catalog file states them (a JSON list of domain::Profile):
-- small, always read and written whole with the framework, never queried on their own.
alter table framework add column profiles text not null default '[]';

-- The profile a cohort follows, by its code in the framework; null when the framework has no
-- profiles. Readiness counts only that profile's units.
alter table cohort add column profile_code text;
