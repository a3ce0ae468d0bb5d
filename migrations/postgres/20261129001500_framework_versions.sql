-- Every version of a framework's catalog text, kept whole: a cohort follows the version it
-- started with until a coordinator moves it to a newer one, so an import never changes what a
-- running cohort must prove. Versions of frameworks stored before this are recorded at the next
-- start, from the tables, before any catalog file is applied.
create table framework_version (
    framework_id bigint not null references framework (framework_id),
    version bigint not null,
    -- The same hash as framework.content_hash had for this version.
    content_hash text not null,
    -- The catalog file (JSON) of this version, as `vaardig catalog export` prints it.
    catalog text not null,
    recorded_at text not null,
    primary key (framework_id, version)
);

-- The skills of each version, with their unit and wording in it, so queries can ask whether a
-- cohort's version has a skill and how it says it.
create table version_skill (
    framework_id bigint not null,
    version bigint not null,
    skill_id text not null references skill (skill_id),
    unit_code text not null,
    text text not null,
    primary key (framework_id, version, skill_id),
    foreign key (framework_id, version) references framework_version (framework_id, version)
);
create index version_skill_by_skill on version_skill (skill_id);

-- The version of its framework a cohort follows; existing cohorts follow the stored one.
alter table cohort add column framework_version bigint not null default 0;
update cohort set framework_version = (select f.version from framework f where f.framework_id = cohort.framework_id);
