-- A counter per student that every change to their progress raises, so a cache of computed
-- progress can tell with one cheap query whose entries are stale. Triggers keep it, so no code
-- path can forget to.

create table progress_revision (
    student_id integer primary key references account (account_id),
    revision integer not null
);

create trigger decision_revises after insert on decision
begin
    insert or ignore into progress_revision (student_id, revision) values (new.student_id, 0);
    update progress_revision set revision = revision + 1 where student_id = new.student_id;
end;

create trigger submission_opened_revises after insert on submission
begin
    insert or ignore into progress_revision (student_id, revision) values (new.student_id, 0);
    update progress_revision set revision = revision + 1 where student_id = new.student_id;
end;

create trigger submission_closed_revises after update on submission
begin
    insert or ignore into progress_revision (student_id, revision) values (new.student_id, 0);
    update progress_revision set revision = revision + 1 where student_id = new.student_id;
end;

create trigger evidence_added_revises after insert on evidence
begin
    insert or ignore into progress_revision (student_id, revision) values (new.student_id, 0);
    update progress_revision set revision = revision + 1 where student_id = new.student_id;
end;

create trigger evidence_deleted_revises after delete on evidence
begin
    insert or ignore into progress_revision (student_id, revision) values (old.student_id, 0);
    update progress_revision set revision = revision + 1 where student_id = old.student_id;
end;

create trigger link_added_revises after insert on evidence_skill
begin
    insert or ignore into progress_revision (student_id, revision)
        select student_id, 0 from evidence where evidence_id = new.evidence_id;
    update progress_revision set revision = revision + 1
        where student_id = (select student_id from evidence where evidence_id = new.evidence_id);
end;

create trigger link_removed_revises after delete on evidence_skill
begin
    insert or ignore into progress_revision (student_id, revision)
        select student_id, 0 from evidence where evidence_id = old.evidence_id;
    update progress_revision set revision = revision + 1
        where student_id = (select student_id from evidence where evidence_id = old.evidence_id);
end;

create trigger award_revises after insert on award
begin
    insert or ignore into progress_revision (student_id, revision) values (new.student_id, 0);
    update progress_revision set revision = revision + 1 where student_id = new.student_id;
end;
