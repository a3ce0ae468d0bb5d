-- Frameworks and cohorts that change over time.

-- The version of the catalog text a framework holds: a built-in file is applied only when its
-- own version is newer, and an import records a newer one, so a correction imported by hand
-- sticks. 0 for frameworks stored before versions existed.
alter table framework add column version bigint not null default 0;

-- Why a submission was closed without a review (its skill was retired from the framework), in
-- the words the student reads; null for submissions withdrawn by the student or reviewed.
alter table submission add column closed_note text;

-- Cohort names are unique, ignoring case, among the running cohorts of a programme and school
-- year. Earlier duplicates keep their name with their number added, so the index can be built.
update cohort set name = name || ' (' || cohort_id || ')'
where archived_at is null and exists (
    select 1 from cohort o
    where o.archived_at is null and o.framework_id = cohort.framework_id
      and o.school_year = cohort.school_year and lower(o.name) = lower(cohort.name)
      and o.cohort_id < cohort.cohort_id
);
create unique index cohort_running_name on cohort (framework_id, school_year, lower(name))
    where archived_at is null;
