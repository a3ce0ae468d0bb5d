//! Erasing a former student's personal data and removing old evidence files: the statements
//! that scrub, keeping every row that decisions and awards refer to (the account under a
//! pseudonym, each evidence item as an empty stub, its links to skills).

use domain::{StudentId, Timestamp};
use sqlx::AnyConnection;

/// The file that an erased or expired evidence file is replaced by: no bytes, whose SHA-256 this
/// is. An item of kind "file" must have one.
pub const EMPTY_FILE: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// The name of a cohort the student follows that runs on `today` (`YYYY-MM-DD`): not archived
/// and not ended.
pub async fn running_cohort(
    conn: &mut AnyConnection,
    student: StudentId,
    today: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "select c.name from enrolment e join cohort c on c.cohort_id = e.cohort_id
         where e.student_id = $1 and c.archived_at is null and c.ends_on >= $2
         order by c.name limit 1",
    )
    .bind(student.get())
    .bind(today)
    .fetch_optional(conn)
    .await
}

/// Whether the account was erased before.
pub async fn is_erased(conn: &mut AnyConnection, student: StudentId) -> Result<bool, sqlx::Error> {
    let erased: Option<Option<String>> =
        sqlx::query_scalar("select erased_at from account where account_id = $1")
            .bind(student.get())
            .fetch_optional(conn)
            .await?;
    Ok(erased.flatten().is_some())
}

/// The stored files (and thumbnails) of the student's items, other than the empty file.
pub async fn files_of(conn: &mut AnyConnection, student: StudentId) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(Option<String>, Option<String>)> =
        sqlx::query_as("select blob_sha256, thumbnail_sha256 from evidence where student_id = $1")
            .bind(student.get())
            .fetch_all(conn)
            .await?;
    let mut files: Vec<String> =
        rows.into_iter().flat_map(|(file, thumbnail)| [file, thumbnail]).flatten().collect();
    files.retain(|file| file != EMPTY_FILE);
    files.sort_unstable();
    files.dedup();
    Ok(files)
}

/// Points every file item of the student at the empty file, without a thumbnail; the items and
/// their links stay. Answers how many items had a file of their own.
pub async fn replace_files(
    conn: &mut AnyConnection,
    student: StudentId,
    at: Timestamp,
) -> Result<u64, sqlx::Error> {
    sqlx::query(
        "insert into blob (sha256, size, media_type, created_at) values ($1, 0, 'text/plain', $2)
         on conflict (sha256) do nothing",
    )
    .bind(EMPTY_FILE)
    .bind(at.to_string())
    .execute(&mut *conn)
    .await?;
    let replaced = sqlx::query(
        "update evidence set blob_sha256 = $2, file_name = 'verwijderd.txt', thumbnail_sha256 = null,
                updated_at = $3
         where student_id = $1 and kind = 'file' and blob_sha256 <> $2",
    )
    .bind(student.get())
    .bind(EMPTY_FILE)
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(replaced.rows_affected())
}

/// Removes what a former student wrote and what identifies them: the text of their items and
/// replies, their notifications and the mail to them, their sign-in failures, the old values in
/// the audit log; the account keeps only `pseudonym`, without e-mail, student number, password
/// or sessions. Decisions, awards, enrolments and the items' links to skills stay.
pub async fn erase_student(
    conn: &mut AnyConnection,
    student: StudentId,
    email: &str,
    pseudonym: &str,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    let id = student.get();
    let statements = [
        "update evidence set title = 'Gewist bewijsstuk', description = '',
                body = case when kind = 'reflection' then '' end,
                url = case when kind = 'link' then '' end
         where student_id = $1",
        "update skill_message set body = '(gewist)' where author_id = $1",
        "delete from notification where recipient_id = $1 or student_id = $1",
        "delete from notification_preference where account_id = $1",
        "delete from session where account_id = $1",
        "delete from account_token where account_id = $1",
        "update audit_log set detail = '{\"gewist\":true}' where account_id = $1",
        "update progress_revision set revision = revision + 1 where student_id = $1",
        // The signed credentials name the student: Vaardig's copies go; the holder keeps theirs.
        "update credential set jwt = '' where student_id = $1",
    ];
    for statement in statements {
        sqlx::query(statement).bind(id).execute(&mut *conn).await?;
    }
    sqlx::query("delete from sign_in_failure where email = $1").bind(email).execute(&mut *conn).await?;
    let pattern = email.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    sqlx::query("delete from outbox where payload like '%' || $1 || '%' escape '\\'")
        .bind(pattern)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "update account set email = $2, name = $3, first_name = '', last_name = $3, student_number = null,
                password_hash = $5, deactivated_at = coalesce(deactivated_at, $4), erased_at = $4
         where account_id = $1",
    )
    .bind(id)
    .bind(format!("gewist-{id}@gewist.invalid"))
    .bind(pseudonym)
    .bind(at.to_string())
    .bind(super::accounts::NO_PASSWORD)
    .execute(conn)
    .await?;
    Ok(())
}

/// Students whose every cohort ended before `cutoff` (`YYYY-MM-DD`) and who still have files of
/// their own, with whether (and when) they were reported to the administrators.
pub async fn due_for_removal(
    conn: &mut AnyConnection,
    cutoff: &str,
) -> Result<Vec<(StudentId, String, Option<Timestamp>)>, sqlx::Error> {
    let rows: Vec<(i64, String, Option<String>)> = sqlx::query_as(
        "select a.account_id, a.name, r.noticed_at from account a
         left join retention_notice r on r.student_id = a.account_id
         where a.role = 'student'
           and exists (select 1 from enrolment e where e.student_id = a.account_id)
           and not exists (select 1 from enrolment e join cohort c on c.cohort_id = e.cohort_id
                           where e.student_id = a.account_id and c.ends_on >= $1)
           and exists (select 1 from evidence v where v.student_id = a.account_id and v.kind = 'file'
                       and v.blob_sha256 <> $2)
         order by a.name, a.account_id",
    )
    .bind(cutoff)
    .bind(EMPTY_FILE)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, name, noticed)| {
            let noticed = noticed.as_deref().map(super::parse_timestamp).transpose()?;
            Ok((StudentId::new(id), name, noticed))
        })
        .collect()
}

/// Records that the student was reported to the administrators at `at`.
pub async fn notice(conn: &mut AnyConnection, student: StudentId, at: Timestamp) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into retention_notice (student_id, noticed_at) values ($1, $2)
         on conflict (student_id) do update set noticed_at = excluded.noticed_at, files_removed_at = null",
    )
    .bind(student.get())
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// Records that the student's files were removed at `at`.
pub async fn files_removed(
    conn: &mut AnyConnection,
    student: StudentId,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("update retention_notice set files_removed_at = $2 where student_id = $1")
        .bind(student.get())
        .bind(at.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// The e-mail address and name of every active administrator.
pub async fn active_admins(
    conn: &mut AnyConnection,
) -> Result<Vec<(String, String, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "select email, name, locale from account
         where role = 'admin' and deactivated_at is null order by account_id",
    )
    .fetch_all(conn)
    .await
}
