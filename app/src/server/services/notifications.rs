//! Notifications: use cases tell people about facts inside their own transaction ([`Telling`]),
//! so a fact never exists without its notification nor a notification without its fact. Each
//! person reads theirs in the product; e-mail follows their [`Delivery`] per kind: written to the
//! outbox at once, kept for the daily digest ([`send_digest`]), or not at all. Open pages hear
//! of it through [`LiveEvent`]s published after the commit.
//!
//! Who is told is the same as who may see the student: the assessors assigned to one of the
//! student's running cohorts of that framework, the student, and coordinators (who see every
//! cohort). Deactivated accounts are told nothing.

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveTime, TimeZone};
use chrono_tz::Europe::Brussels;
use domain::notification::{readiness_changes, Delivery, Notice, NotificationKind, ReadinessChange};
use domain::{AccountId, FrameworkCode, FrameworkProgress, Role, SkillId, StudentId, Timestamp, UnitCode};
use sqlx::{AnyConnection, AnyPool};

use super::progress::progress_in_programme;
use crate::dto::{NotificationPreference, NotificationView, NotificationsPage};
use crate::error::AppError;
use crate::i18n::labels::Label;
use crate::i18n::Locale;
use crate::live::Topic;
use crate::server::live::LiveEvent;
use crate::server::mail::{self, letters};
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::cohorts::{self, Standing};
use crate::server::storage::notifications::{self as store, EmailState, NewNotification, Recipient};
use crate::server::{AppState, Settings};
use crate::{t, urls};

/// Notifications are kept this many days, then the worker removes them.
pub const KEPT_DAYS: u64 = 365;

/// Notifications on one page of the list.
pub const PAGE: i64 = 50;

/// Who hears of a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The assessors of the student's running cohorts in the notice's framework.
    Assessors,
    /// The student.
    Student,
    /// Every coordinator.
    Coordinators,
}

/// What a use case told in its transaction: the live events to publish once it committed.
#[derive(Debug, Default)]
#[must_use = "publish the events after the commit"]
pub struct Telling {
    events: Vec<LiveEvent>,
}

impl Telling {
    /// Adds an event for a page that shows what changed (a queue, a student's progress).
    pub fn touch(&mut self, to: impl Into<AccountId>, topic: Topic) {
        let event = LiveEvent::new(to, topic);
        if !self.events.contains(&event) {
            self.events.push(event);
        }
    }

    /// Adds what another step of the same use case told.
    pub fn extend(&mut self, other: Telling) {
        for event in other.events {
            self.touch(event.to, event.topic);
        }
    }

    /// Tells the open pages; call it after the commit.
    pub async fn publish(self, state: &AppState) {
        state.live.publish(self.events).await;
    }

    /// Writes notifications of `notice` about `student` for its audience, in the caller's
    /// transaction, with the e-mail each recipient chose.
    pub async fn tell(
        &mut self,
        conn: &mut AnyConnection,
        settings: &Settings,
        student: StudentId,
        notice: Notice,
        audience: Audience,
        now: Timestamp,
    ) -> Result<(), AppError> {
        for recipient in recipients(conn, student, notice.framework(), audience).await? {
            let link = link_for(&notice, student, recipient.role);
            let delivery = delivery_for(conn, &recipient, notice.kind()).await?;
            if delivery == Delivery::AtOnce {
                let locale = accounts::locale(conn, recipient.id).await?.unwrap_or_default();
                mail::enqueue(conn, &at_once(settings, &recipient, locale, &notice, &link), now).await?;
            }
            let email = if delivery == Delivery::Digest { EmailState::Digest } else { EmailState::Done };
            let new = NewNotification {
                recipient_id: recipient.id,
                student_id: student,
                cohort_id: recipient.cohort_id,
                notice: &notice,
                link: &link,
                email,
            };
            store::insert(conn, &new, now).await?;
            self.touch(recipient.id, Topic::Notifications);
            if let Some(topic) = topic_of(notice.kind()) {
                self.touch(recipient.id, topic);
            }
        }
        Ok(())
    }
}

/// The page that shows more of a notice's kind, beside the notification list.
fn topic_of(kind: NotificationKind) -> Option<Topic> {
    match kind {
        NotificationKind::Submitted => Some(Topic::Queue),
        NotificationKind::Decided | NotificationKind::Awarded | NotificationKind::Reply => {
            Some(Topic::Progress)
        }
        NotificationKind::Ready | NotificationKind::NeedsAttention => None,
    }
}

async fn recipients(
    conn: &mut AnyConnection,
    student: StudentId,
    framework: &FrameworkCode,
    audience: Audience,
) -> Result<Vec<Recipient>, AppError> {
    Ok(match audience {
        Audience::Assessors => store::assessors_of(conn, student, framework).await?,
        Audience::Coordinators => {
            let cohort_id = store::cohort_of(conn, student, framework).await?;
            let mut coordinators = store::active_with_role(conn, Role::Coordinator).await?;
            coordinators.iter_mut().for_each(|coordinator| coordinator.cohort_id = cohort_id);
            coordinators
        }
        Audience::Student => match accounts::find_managed(conn, student.into()).await? {
            Some(managed) if managed.deactivated_at.is_none() => vec![Recipient {
                id: managed.account.id,
                role: Role::Student,
                email: managed.account.email,
                name: managed.account.name,
                cohort_id: store::cohort_of(conn, student, framework).await?,
            }],
            _ => Vec::new(),
        },
    })
}

/// Where the recipient acts on a notice: the student on their module page, an assessor on the
/// review page of the unit, a coordinator on the student's page; an answer at the conversation.
fn link_for(notice: &Notice, student: StudentId, role: Role) -> String {
    let page = match (role, notice.unit()) {
        (Role::Student, Some(unit)) => urls::unit(notice.framework(), unit),
        (Role::Assessor, Some(unit)) => urls::review(student.into(), notice.framework(), unit),
        _ => urls::student(student.into()),
    };
    match notice {
        Notice::Reply { .. } => urls::conversation_on(&page),
        _ => page,
    }
}

async fn delivery_for(
    conn: &mut AnyConnection,
    recipient: &Recipient,
    kind: NotificationKind,
) -> Result<Delivery, AppError> {
    let chosen = store::preferences(conn, recipient.id).await?;
    Ok(chosen.get(&kind).copied().unwrap_or_else(|| Delivery::default_for(recipient.role)))
}

fn at_once(
    settings: &Settings,
    recipient: &Recipient,
    locale: Locale,
    notice: &Notice,
    link: &str,
) -> mail::Mail {
    letters::notification(
        letters::Recipient { email: &recipient.email, name: &recipient.name, locale },
        &settings.institution,
        notice,
        &absolute(settings, link),
        &absolute(settings, urls::notification_preferences()),
    )
}

fn absolute(settings: &Settings, path: &str) -> String {
    format!("{}{path}", settings.public_url.trim_end_matches('/'))
}

/// The given skills grouped by the unit of the student's running programmes they belong to, in
/// curriculum order: (framework, unit, skills). A skill of no such programme is left out.
pub(super) async fn units_of(
    conn: &mut AnyConnection,
    student: StudentId,
    skills: &[SkillId],
) -> Result<Vec<(FrameworkCode, UnitCode, Vec<SkillId>)>, AppError> {
    let mut groups = Vec::new();
    for code in cohorts::frameworks_of_student(conn, student, Standing::Running).await? {
        let framework = super::progress::followed_framework(conn, student, &code).await?;
        for unit in &framework.units {
            let chosen: Vec<SkillId> = unit
                .skills()
                .filter(|skill| skills.contains(&skill.id))
                .map(|skill| skill.id.clone())
                .collect();
            if !chosen.is_empty() {
                groups.push((code.clone(), unit.code.clone(), chosen));
            }
        }
    }
    Ok(groups)
}

/// A student's progress in each of the given programmes: the "before" of [`tell_readiness`].
pub(super) async fn readiness_of(
    conn: &mut AnyConnection,
    student: StudentId,
    programmes: &[FrameworkCode],
) -> Result<Vec<FrameworkProgress>, AppError> {
    let mut progress = Vec::with_capacity(programmes.len());
    for code in programmes {
        progress.push(progress_in_programme(conn, student, code).await?.1);
    }
    Ok(progress)
}

/// Tells coordinators what became ready or needs attention since `before` (from
/// [`readiness_of`]), and undoes earlier notices that no longer hold.
pub(super) async fn tell_readiness(
    conn: &mut AnyConnection,
    settings: &Settings,
    student: StudentId,
    before: &[FrameworkProgress],
    now: Timestamp,
) -> Result<Telling, AppError> {
    let mut telling = Telling::default();
    let name = student_name(conn, student).await?;
    let mut progress = Vec::with_capacity(before.len());
    for earlier in before {
        let (framework, after) = progress_in_programme(conn, student, &earlier.framework).await?;
        for change in readiness_changes(framework.kind, earlier, &after) {
            let notice = readiness_notice(change, &name, &framework.code);
            telling.tell(conn, settings, student, notice, Audience::Coordinators, now).await?;
        }
        progress.push(after);
    }
    telling.extend(settle_readiness(conn, student, &progress, now).await?);
    Ok(telling)
}

fn readiness_notice(change: ReadinessChange, student: &str, framework: &FrameworkCode) -> Notice {
    let (student, framework) = (student.to_owned(), framework.clone());
    match change {
        ReadinessChange::UnitReady(unit) => Notice::ReadyForDeelcertificaat { student, framework, unit },
        ReadinessChange::CertificateReady => Notice::ReadyForCertificaat { student, framework },
        ReadinessChange::NeedsAttention { unit, skill } => {
            Notice::NeedsAttention { student, framework, unit, skill }
        }
    }
}

pub(super) async fn student_name(conn: &mut AnyConnection, student: StudentId) -> Result<String, AppError> {
    let account = accounts::find(conn, student.into())
        .await?
        .ok_or_else(|| AppError::NotFound(t!("services-not-found-this-student")))?;
    Ok(account.name)
}

/// Undoes, in the caller's transaction, the student's submission notices whose skills were all
/// withdrawn since, or (`kind` Decided) the decision notices whose decisions were all undone
/// ([`Notice::taken_back_whole`]).
pub(super) async fn settle_taken_back(
    conn: &mut AnyConnection,
    student: StudentId,
    kind: NotificationKind,
    now: Timestamp,
) -> Result<Telling, AppError> {
    let mut undone = Vec::new();
    for candidate in store::undoable(conn, student, kind).await? {
        if candidate.notice.taken_back_whole(&taken_back_at(conn, student, kind, candidate.created_at).await?)
        {
            undone.push(candidate.id);
        }
    }
    mark_undone(conn, &undone, now).await
}

/// Undoes the student's readiness notices that no longer hold by `progress` now (each
/// framework's, [`Notice::no_longer_ready`]).
async fn settle_readiness(
    conn: &mut AnyConnection,
    student: StudentId,
    progress: &[FrameworkProgress],
    now: Timestamp,
) -> Result<Telling, AppError> {
    let mut undone = Vec::new();
    for candidate in store::undoable(conn, student, NotificationKind::Ready).await? {
        let now_progress = progress.iter().find(|now| &now.framework == candidate.notice.framework());
        if now_progress.is_some_and(|now_progress| candidate.notice.no_longer_ready(now_progress)) {
            undone.push(candidate.id);
        }
    }
    mark_undone(conn, &undone, now).await
}

/// Marks the notifications undone; their recipients' lists and queues change.
async fn mark_undone(conn: &mut AnyConnection, undone: &[i64], now: Timestamp) -> Result<Telling, AppError> {
    let mut telling = Telling::default();
    for recipient in store::mark_undone(conn, undone, now).await? {
        telling.touch(recipient, Topic::Notifications);
        telling.touch(recipient, Topic::Queue);
    }
    Ok(telling)
}

/// The skills of the student's submission made at `at` that were withdrawn since, or of the
/// decisions recorded at `at` that were undone since.
async fn taken_back_at(
    conn: &mut AnyConnection,
    student: StudentId,
    kind: NotificationKind,
    at: Timestamp,
) -> Result<HashSet<SkillId>, AppError> {
    let skills = match kind {
        NotificationKind::Decided => {
            crate::server::storage::decisions::undone_of_moment(conn, student, at).await?
        }
        _ => crate::server::storage::submissions::withdrawn_of_moment(conn, student, at).await?,
    };
    Ok(skills.into_iter().collect())
}

/// A page of the account's notifications that still hold, newest first, older than `before`.
pub async fn list(
    state: &AppState,
    account: &Account,
    before: Option<i64>,
) -> Result<NotificationsPage, AppError> {
    let mut conn = state.db.acquire().await?;
    let mut stored = store::of_recipient(&mut conn, account.id, before, PAGE + 1).await?;
    let more = stored.len() as i64 > PAGE;
    stored.truncate(PAGE as usize);
    let unread = store::unread_count(&mut conn, account.id).await?;
    Ok(NotificationsPage {
        next_before: more.then(|| stored.last().map(|item| item.id)).flatten(),
        unread: unread as u32,
        items: stored.into_iter().map(view).collect(),
    })
}

fn view(stored: store::Stored) -> NotificationView {
    NotificationView {
        id: stored.id,
        kind: stored.notice.kind(),
        text: stored.notice.label(),
        notice: stored.notice,
        link: stored.link,
        cohort: stored.cohort,
        created_on: crate::format::date_time(stored.created_at),
        created_at: stored.created_at,
        read: stored.read,
    }
}

/// How many of the account's notifications are unread.
pub async fn unread(state: &AppState, account: &Account) -> Result<u32, AppError> {
    let mut conn = state.db.acquire().await?;
    Ok(store::unread_count(&mut conn, account.id).await? as u32)
}

/// Marks one of the account's notifications read; another's is "not found".
pub async fn mark_read(state: &AppState, account: &Account, id: i64, now: Timestamp) -> Result<(), AppError> {
    let mut conn = state.db.acquire().await?;
    if !store::mark_read(&mut conn, account.id, id, now).await? {
        return Err(AppError::NotFound(t!("services-not-found-this-notification")));
    }
    state.live.publish(vec![LiveEvent::new(account.id, Topic::Notifications)]).await;
    Ok(())
}

/// Marks all the account's notifications read.
pub async fn mark_all_read(state: &AppState, account: &Account, now: Timestamp) -> Result<(), AppError> {
    let mut conn = state.db.acquire().await?;
    store::mark_all_read(&mut conn, account.id, now).await?;
    state.live.publish(vec![LiveEvent::new(account.id, Topic::Notifications)]).await;
    Ok(())
}

/// The account's e-mail choice for every kind its role receives, its role's default where it
/// chose nothing.
pub async fn preferences(
    state: &AppState,
    account: &Account,
) -> Result<Vec<NotificationPreference>, AppError> {
    let mut conn = state.db.acquire().await?;
    let chosen = store::preferences(&mut conn, account.id).await?;
    Ok(NotificationKind::received_by(account.role)
        .into_iter()
        .map(|kind| NotificationPreference {
            kind,
            delivery: chosen.get(&kind).copied().unwrap_or_else(|| Delivery::default_for(account.role)),
        })
        .collect())
}

/// Records the account's choices; a kind its role never receives is refused.
pub async fn set_preferences(
    state: &AppState,
    account: &Account,
    choices: &[NotificationPreference],
) -> Result<Vec<NotificationPreference>, AppError> {
    let received = NotificationKind::received_by(account.role);
    if let Some(other) = choices.iter().find(|choice| !received.contains(&choice.kind)) {
        return Err(AppError::Invalid(t!(
            "services-notification-kind-not-received",
            kind = other.kind.label()
        )));
    }
    let mut tx = crate::server::storage::begin(&state.db).await?;
    for choice in choices {
        store::set_preference(&mut tx, account.id, choice.kind, choice.delivery).await?;
    }
    tx.commit().await?;
    preferences(state, account).await
}

/// The moment of the last digest due at `now`: the digest time on the Brussels day of `now`, or
/// of the day before when that is still to come. On the night clocks change, a time that does
/// not exist that day is taken an hour later, and one that exists twice the first time.
pub fn digest_slot(now: Timestamp, at: NaiveTime) -> Timestamp {
    let today = now.utc().with_timezone(&Brussels).date_naive();
    let slot_on = |day: chrono::NaiveDate| {
        let local = day.and_time(at);
        Brussels
            .from_local_datetime(&local)
            .earliest()
            .or_else(|| Brussels.from_local_datetime(&(local + chrono::Duration::hours(1))).earliest())
            .map(|slot| Timestamp::from(slot.with_timezone(&chrono::Utc)))
    };
    match slot_on(today) {
        Some(slot) if slot <= now => slot,
        _ => today.checked_sub_days(Days::new(1)).and_then(slot_on).unwrap_or(now),
    }
}

/// Sends the daily digest when one is due at `now` and no server sent it yet: one e-mail per
/// person with everything that waited for it, grouped by cohort and unit. Notifications undone
/// meanwhile are left out. Answers the number of e-mails written to the outbox.
pub async fn send_digest(db: &AnyPool, settings: &Settings, now: Timestamp) -> Result<usize, AppError> {
    let slot = digest_slot(now, settings.digest_time);
    let mut tx = crate::server::storage::begin(db).await?;
    if !store::claim_digest(&mut tx, slot).await? {
        return Ok(0);
    }
    let mut by_recipient: BTreeMap<AccountId, Vec<store::Stored>> = BTreeMap::new();
    for item in store::take_for_digest(&mut tx, slot).await? {
        by_recipient.entry(item.recipient_id).or_default().push(item.stored);
    }
    let mut sent = 0;
    for (recipient, mut items) in by_recipient {
        let Some(managed) = accounts::find_managed(&mut tx, recipient).await? else { continue };
        // Someone who chose "never" since a notification was written is not mailed it.
        let chosen = store::preferences(&mut tx, recipient).await?;
        items.retain(|item| chosen.get(&item.notice.kind()) != Some(&Delivery::Never));
        if managed.deactivated_at.is_some() || items.is_empty() {
            continue;
        }
        let account = managed.account;
        let locale = accounts::locale(&mut tx, account.id).await?.unwrap_or_default();
        let to = letters::Recipient { email: &account.email, name: &account.name, locale };
        let day = crate::format::date(&crate::format::brussels_day(slot));
        let digest = letters::digest(
            to,
            &settings.institution,
            &day,
            || digest_groups(settings, &items),
            &absolute(settings, urls::notification_preferences()),
        );
        mail::enqueue(&mut tx, &digest, now).await?;
        sent += 1;
    }
    tx.commit().await?;
    Ok(sent)
}

/// The digest's groups: by cohort, then unit (the certificaat after the units), in the order
/// their first notification came.
fn digest_groups(settings: &Settings, items: &[store::Stored]) -> Vec<letters::DigestGroup> {
    let mut groups: Vec<letters::DigestGroup> = Vec::new();
    for item in items {
        let cohort = item.cohort.clone().unwrap_or_else(|| t!("letters-digest-no-cohort"));
        let what = item.notice.unit().map_or_else(
            || t!("letters-digest-certificate", framework = item.notice.framework().as_str()),
            ToString::to_string,
        );
        let heading = format!("{cohort} · {what}");
        let line = (item.notice.label(), absolute(settings, &item.link));
        match groups.iter_mut().find(|group| group.heading == heading) {
            Some(group) => group.items.push(line),
            None => groups.push(letters::DigestGroup { heading, items: vec![line] }),
        }
    }
    groups
}

/// Removes the notifications older than [`KEPT_DAYS`]; answers how many.
pub async fn remove_expired(db: &AnyPool, now: Timestamp) -> Result<u64, AppError> {
    let before = now.utc().checked_sub_days(Days::new(KEPT_DAYS)).map(Timestamp::from).unwrap_or(now);
    let mut conn = db.acquire().await?;
    Ok(store::remove_older_than(&mut conn, before).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a timestamp")
    }

    fn five_pm() -> NaiveTime {
        NaiveTime::from_hms_opt(17, 0, 0).expect("time")
    }

    #[test]
    fn the_digest_goes_out_at_the_brussels_time_of_the_day() {
        // 17:00 in Brussels is 16:00 UTC in winter and 15:00 UTC in summer.
        assert_eq!(digest_slot(at("2026-11-29T16:30:00Z"), five_pm()), at("2026-11-29T16:00:00Z"));
        assert_eq!(digest_slot(at("2026-11-29T15:59:59Z"), five_pm()), at("2026-11-28T16:00:00Z"));
        assert_eq!(digest_slot(at("2026-07-01T15:00:00Z"), five_pm()), at("2026-07-01T15:00:00Z"));
    }

    #[test]
    fn a_digest_time_in_the_spring_gap_goes_out_an_hour_later() {
        // On 29 March 2026 Brussels skips from 02:00 to 03:00.
        let half_past_two = NaiveTime::from_hms_opt(2, 30, 0).expect("time");
        assert_eq!(digest_slot(at("2026-03-29T12:00:00Z"), half_past_two), at("2026-03-29T01:30:00Z"));
    }
}
