//! Notifications, e-mail preferences and the daily digest's progress (see `services::notifications`).

use std::collections::HashMap;

use domain::notification::{Delivery, Notice, NotificationKind};
use domain::{AccountId, CohortId, Role, StudentId, Timestamp};
use sqlx::AnyConnection;

use super::parse_timestamp;

/// What is left to do by e-mail for a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailState {
    /// Waits for the daily digest.
    Digest,
    /// Sent at once, or nothing to send.
    Done,
}

impl EmailState {
    fn as_str(self) -> &'static str {
        match self {
            EmailState::Digest => "digest",
            EmailState::Done => "done",
        }
    }
}

/// A notification to write.
#[derive(Debug, Clone)]
pub struct NewNotification<'a> {
    pub recipient_id: AccountId,
    pub student_id: StudentId,
    /// The student's cohort in the notice's framework, for grouping digests.
    pub cohort_id: Option<CohortId>,
    pub notice: &'a Notice,
    /// Where the recipient acts on it (an in-app path).
    pub link: &'a str,
    pub email: EmailState,
}

/// A notification as its recipient reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: i64,
    pub student_id: StudentId,
    pub cohort: Option<String>,
    pub notice: Notice,
    pub link: String,
    pub created_at: Timestamp,
    pub read: bool,
}

#[derive(sqlx::FromRow)]
struct StoredRow {
    notification_id: i64,
    student_id: i64,
    cohort: Option<String>,
    notice: String,
    link: String,
    created_at: String,
    read_at: Option<String>,
}

impl TryFrom<StoredRow> for Stored {
    type Error = sqlx::Error;

    fn try_from(row: StoredRow) -> Result<Self, Self::Error> {
        Ok(Stored {
            id: row.notification_id,
            student_id: StudentId::new(row.student_id),
            cohort: row.cohort,
            notice: parse_notice(&row.notice)?,
            link: row.link,
            created_at: parse_timestamp(&row.created_at)?,
            read: row.read_at.is_some(),
        })
    }
}

fn parse_notice(json: &str) -> Result<Notice, sqlx::Error> {
    serde_json::from_str(json).map_err(|error| sqlx::Error::Decode(Box::new(error)))
}

/// Writes a notification in the caller's transaction.
pub async fn insert(
    conn: &mut AnyConnection,
    new: &NewNotification<'_>,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    let notice = serde_json::to_string(new.notice).map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
    sqlx::query(
        "insert into notification (recipient_id, kind, student_id, cohort_id, notice, link, created_at, email)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new.recipient_id.get())
    .bind(new.notice.kind().as_str())
    .bind(new.student_id.get())
    .bind(new.cohort_id.map(CohortId::get))
    .bind(notice)
    .bind(new.link)
    .bind(at.to_string())
    .bind(new.email.as_str())
    .execute(conn)
    .await?;
    Ok(())
}

const STORED_COLUMNS: &str =
    "n.notification_id, n.student_id, c.name as cohort, n.notice, n.link, n.created_at, n.read_at";

/// The recipient's notifications that still hold, newest first: at most `limit`, older than
/// `before` when given.
pub async fn of_recipient(
    conn: &mut AnyConnection,
    recipient: AccountId,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Stored>, sqlx::Error> {
    let rows: Vec<StoredRow> = sqlx::query_as(&format!(
        "select {STORED_COLUMNS} from notification n left join cohort c on c.cohort_id = n.cohort_id
         where n.recipient_id = $1 and n.undone_at is null and n.notification_id < $2
         order by n.notification_id desc limit $3"
    ))
    .bind(recipient.get())
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(Stored::try_from).collect()
}

/// How many of the recipient's notifications that still hold are unread.
pub async fn unread_count(conn: &mut AnyConnection, recipient: AccountId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "select count(*) from notification where recipient_id = $1 and read_at is null and undone_at is null",
    )
    .bind(recipient.get())
    .fetch_one(conn)
    .await
}

/// Marks one of the recipient's notifications read; answers whether it is theirs.
pub async fn mark_read(
    conn: &mut AnyConnection,
    recipient: AccountId,
    id: i64,
    at: Timestamp,
) -> Result<bool, sqlx::Error> {
    let found: Option<(i64,)> = sqlx::query_as(
        "update notification set read_at = coalesce(read_at, $3)
         where notification_id = $1 and recipient_id = $2 returning notification_id",
    )
    .bind(id)
    .bind(recipient.get())
    .bind(at.to_string())
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// Marks all the recipient's notifications read.
pub async fn mark_all_read(
    conn: &mut AnyConnection,
    recipient: AccountId,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("update notification set read_at = $2 where recipient_id = $1 and read_at is null")
        .bind(recipient.get())
        .bind(at.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

/// A notice about a student that a later change may undo, with its id and moment.
#[derive(Debug, Clone)]
pub struct Undoable {
    pub id: i64,
    pub notice: Notice,
    pub created_at: Timestamp,
}

/// The student's notices of `kind` that still hold and that a later change may have undone: of
/// submissions, only those made at a moment of which a submission was withdrawn since; of
/// decisions, those of a moment of which a decision was undone since; of readiness, every one.
pub async fn undoable(
    conn: &mut AnyConnection,
    student_id: StudentId,
    kind: NotificationKind,
) -> Result<Vec<Undoable>, sqlx::Error> {
    let withdrawn = match kind {
        NotificationKind::Submitted => {
            "and exists (select 1 from submission s where s.student_id = n.student_id
             and s.submitted_at = n.created_at and s.withdrawn_at is not null)"
        }
        NotificationKind::Decided => {
            "and exists (select 1 from decision d join decision_undo u on u.decision_id = d.decision_id
             where d.student_id = n.student_id and d.decided_at = n.created_at)"
        }
        _ => "",
    };
    let rows: Vec<(i64, String, String)> = sqlx::query_as(&format!(
        "select n.notification_id, n.notice, n.created_at from notification n
         where n.student_id = $1 and n.kind = $2 and n.undone_at is null {withdrawn}"
    ))
    .bind(student_id.get())
    .bind(kind.as_str())
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, notice, created_at)| {
            Ok(Undoable { id, notice: parse_notice(&notice)?, created_at: parse_timestamp(&created_at)? })
        })
        .collect()
}

/// Marks notifications undone; answers their recipients, each once: whose lists changed.
pub async fn mark_undone(
    conn: &mut AnyConnection,
    ids: &[i64],
    at: Timestamp,
) -> Result<Vec<AccountId>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let places: Vec<String> = (0..ids.len()).map(|index| format!("${}", index + 2)).collect();
    let sql = format!(
        "update notification set undone_at = $1 where notification_id in ({}) returning recipient_id",
        places.join(", ")
    );
    let mut query = sqlx::query_scalar(&sql).bind(at.to_string());
    for id in ids {
        query = query.bind(*id);
    }
    let mut recipients: Vec<i64> = query.fetch_all(conn).await?;
    recipients.sort_unstable();
    recipients.dedup();
    Ok(recipients.into_iter().map(AccountId::new).collect())
}

/// A notification that waits for the digest, with its recipient.
#[derive(Debug, Clone)]
pub struct ForDigest {
    pub recipient_id: AccountId,
    pub stored: Stored,
}

/// Takes every notification that waits for the digest and was written before `through`: marks
/// them done and answers those that still hold, by recipient then oldest first. One statement,
/// so of two servers taking at once each notification goes to one.
pub async fn take_for_digest(
    conn: &mut AnyConnection,
    through: Timestamp,
) -> Result<Vec<ForDigest>, sqlx::Error> {
    let taken: Vec<(i64,)> = sqlx::query_as(
        "update notification set email = 'done'
         where email = 'digest' and created_at < $1 returning notification_id",
    )
    .bind(through.to_string())
    .fetch_all(&mut *conn)
    .await?;
    let mut found = Vec::new();
    for (id,) in taken {
        let row: DigestRow = sqlx::query_as(&format!(
            "select n.recipient_id, n.undone_at, {STORED_COLUMNS}
             from notification n left join cohort c on c.cohort_id = n.cohort_id where n.notification_id = $1"
        ))
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
        if row.undone_at.is_none() {
            found.push(ForDigest {
                recipient_id: AccountId::new(row.recipient_id),
                stored: row.stored.try_into()?,
            });
        }
    }
    found.sort_by_key(|item| (item.recipient_id, item.stored.id));
    Ok(found)
}

#[derive(sqlx::FromRow)]
struct DigestRow {
    recipient_id: i64,
    undone_at: Option<String>,
    #[sqlx(flatten)]
    stored: StoredRow,
}

/// Claims the digest of the moment `slot` for this server: answers true when no server has sent
/// it (or a later one) yet, and records that it is being sent.
pub async fn claim_digest(conn: &mut AnyConnection, slot: Timestamp) -> Result<bool, sqlx::Error> {
    let claimed =
        sqlx::query("update digest_run set sent_through = $1 where only_row = 1 and sent_through < $1")
            .bind(slot.to_string())
            .execute(conn)
            .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Removes the notifications written before `before`.
pub async fn remove_older_than(conn: &mut AnyConnection, before: Timestamp) -> Result<u64, sqlx::Error> {
    let removed = sqlx::query("delete from notification where created_at < $1")
        .bind(before.to_string())
        .execute(conn)
        .await?;
    Ok(removed.rows_affected())
}

/// The e-mail deliveries an account chose, by kind; kinds it did not choose are absent.
pub async fn preferences(
    conn: &mut AnyConnection,
    account: AccountId,
) -> Result<HashMap<NotificationKind, Delivery>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("select kind, delivery from notification_preference where account_id = $1")
            .bind(account.get())
            .fetch_all(conn)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(kind, delivery)| Some((NotificationKind::parse(&kind)?, Delivery::parse(&delivery)?)))
        .collect())
}

/// Records an account's choice for one kind.
pub async fn set_preference(
    conn: &mut AnyConnection,
    account: AccountId,
    kind: NotificationKind,
    delivery: Delivery,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into notification_preference (account_id, kind, delivery) values ($1, $2, $3)
         on conflict (account_id, kind) do update set delivery = excluded.delivery",
    )
    .bind(account.get())
    .bind(kind.as_str())
    .bind(delivery.as_str())
    .execute(conn)
    .await?;
    Ok(())
}

/// Someone who may receive a notification about a student.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub id: AccountId,
    pub role: Role,
    pub email: String,
    pub name: String,
    pub cohort_id: Option<CohortId>,
}

/// The active assessors assigned to a running cohort of the framework in which the student is
/// enrolled, each once, with that cohort.
pub async fn assessors_of(
    conn: &mut AnyConnection,
    student_id: StudentId,
    framework: &domain::FrameworkCode,
) -> Result<Vec<Recipient>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "select acc.account_id, acc.email, acc.name, min(c.cohort_id) from assessor_assignment a
         join enrolment e on e.cohort_id = a.cohort_id join cohort c on c.cohort_id = a.cohort_id
         join framework f on f.framework_id = c.framework_id join account acc on acc.account_id = a.assessor_id
         where e.student_id = $1 and f.code = $2 and c.archived_at is null and acc.deactivated_at is null
         group by acc.account_id, acc.email, acc.name order by acc.account_id",
    )
    .bind(student_id.get())
    .bind(framework.as_str())
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, email, name, cohort)| Recipient {
            id: AccountId::new(id),
            role: Role::Assessor,
            email,
            name,
            cohort_id: Some(CohortId::new(cohort)),
        })
        .collect())
}

/// Every active account with the role, by id.
pub async fn active_with_role(conn: &mut AnyConnection, role: Role) -> Result<Vec<Recipient>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "select account_id, email, name from account where role = $1 and deactivated_at is null order by account_id",
    )
    .bind(role.as_str())
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, email, name)| Recipient { id: AccountId::new(id), role, email, name, cohort_id: None })
        .collect())
}

/// The running cohort of the framework the student is enrolled in (the first, if several).
pub async fn cohort_of(
    conn: &mut AnyConnection,
    student_id: StudentId,
    framework: &domain::FrameworkCode,
) -> Result<Option<CohortId>, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "select min(c.cohort_id) from enrolment e join cohort c on c.cohort_id = e.cohort_id
         join framework f on f.framework_id = c.framework_id
         where e.student_id = $1 and f.code = $2 and c.archived_at is null",
    )
    .bind(student_id.get())
    .bind(framework.as_str())
    .fetch_one(conn)
    .await?;
    Ok(found.map(CohortId::new))
}
