-- A counter per student that every change to their progress raises, so a cache of computed
-- progress can tell with one cheap query whose entries are stale. Triggers keep it, so no code
-- path can forget to. (PostgreSQL twin of the SQLite triggers: one function raises the counter.)

create table progress_revision (
    student_id bigint primary key references account (account_id),
    revision bigint not null
);

create function raise_progress_revision(student bigint) returns void language plpgsql as $$
begin
    if student is not null then
        insert into progress_revision (student_id, revision) values (student, 1)
            on conflict (student_id) do update set revision = progress_revision.revision + 1;
    end if;
end;
$$;

-- For tables with a student_id column.
create function student_row_revises() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform raise_progress_revision(old.student_id);
    else
        perform raise_progress_revision(new.student_id);
    end if;
    return null;
end;
$$;

-- For links between evidence and skills: the student is the evidence item's owner.
create function evidence_link_revises() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform raise_progress_revision((select student_id from evidence where evidence_id = old.evidence_id));
    else
        perform raise_progress_revision((select student_id from evidence where evidence_id = new.evidence_id));
    end if;
    return null;
end;
$$;

create trigger decision_revises after insert on decision
    for each row execute function student_row_revises();

create trigger submission_opened_revises after insert on submission
    for each row execute function student_row_revises();

create trigger submission_closed_revises after update on submission
    for each row execute function student_row_revises();

create trigger evidence_added_revises after insert on evidence
    for each row execute function student_row_revises();

create trigger evidence_deleted_revises after delete on evidence
    for each row execute function student_row_revises();

create trigger link_added_revises after insert on evidence_skill
    for each row execute function evidence_link_revises();

create trigger link_removed_revises after delete on evidence_skill
    for each row execute function evidence_link_revises();

create trigger award_revises after insert on award
    for each row execute function student_row_revises();
