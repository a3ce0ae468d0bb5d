//! The delibererende klassenraad: coordinators (and administrators) get a cohort's deliberation
//! list, the students with units ready for their deelcertificaat; record the council's meeting
//! (day, members) with its outcome per student and unit in one transaction, which awards each
//! granted unit with a reference to the meeting; and print the meeting's record as a PDF.
//!
//! When the centre says so (`--awards-by-deliberation-only`), a deelcertificaat is awarded only
//! this way ([`super::assessment::award`] refuses).

use std::collections::HashSet;

use domain::deliberation::{check_outcomes, Meeting, Outcome, UnitOutcome};
use domain::notification::Notice;
use domain::policy::Action;
use domain::{CohortId, DeliberationId, FrameworkCode, StudentId, Timestamp, UnitCode};
use sqlx::AnyConnection;

use super::access::visible_cohort;
use super::notifications::{Audience, Telling};
use super::progress::{followed_framework, framework_version, progress_in_programme};
use super::{authorise, distinct, report};
use crate::dto::{DeliberationCandidate, DeliberationInput, DeliberationList, DeliberationSummary};
use crate::error::AppError;
use crate::format::{brussels_day, date, date_time};
use crate::i18n::labels::Label;
use crate::live::Topic;
use crate::server::pdf::{Document, Style};
use crate::server::storage::accounts::Account;
use crate::server::storage::awards::{self, NewAward};
use crate::server::storage::deliberations::{self, StoredMeeting};
use crate::server::storage::{self, Students};
use crate::server::AppState;
use crate::t;

/// The cohort's deliberation list: who has which units ready, and the earlier meetings.
pub async fn list(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    now: Timestamp,
) -> Result<DeliberationList, AppError> {
    authorise(account, Action::Deliberate)?;
    let report = report::for_cohort(state, account, cohort_id, now).await?;
    let mut conn = state.db.acquire().await?;
    let mut erased = std::collections::HashSet::new();
    for student in report.students.iter().filter(|student| !student.ready.is_empty()) {
        let id = StudentId::of_account(student.student.id);
        if storage::privacy::is_erased(&mut conn, id).await? {
            erased.insert(id);
        }
    }
    let students = report
        .students
        .into_iter()
        .filter(|student| {
            !student.ready.is_empty() && !erased.contains(&StudentId::of_account(student.student.id))
        })
        .map(|student| DeliberationCandidate {
            certificate_when_granted: student.open.is_empty(),
            student: student.student,
            ready: student.ready,
        })
        .collect();
    let meetings = deliberations::of_cohort(&mut conn, cohort_id).await?.into_iter().map(summary).collect();
    Ok(DeliberationList {
        cohort_id,
        cohort_name: report.cohort_name,
        framework_code: report.framework_code,
        framework_title: report.framework_title,
        today: brussels_day(now),
        students,
        meetings,
    })
}

fn summary(meeting: StoredMeeting) -> DeliberationSummary {
    DeliberationSummary {
        id: meeting.id,
        held_on: meeting.held_on,
        members: meeting.members,
        recorded_by: meeting.recorded_by,
        granted: meeting.granted,
        postponed: meeting.postponed,
    }
}

/// Records a meeting of the cohort's council. Each outcome must name a unit that is ready and
/// not yet awarded; granted units are awarded (and chained in the record) with a reference to
/// the meeting, and their students told. Nothing is recorded unless everything is.
pub async fn record(
    state: &AppState,
    account: &Account,
    cohort_id: CohortId,
    input: &DeliberationInput,
    now: Timestamp,
) -> Result<DeliberationId, AppError> {
    authorise(account, Action::Deliberate)?;
    let mut tx = storage::begin(&state.db).await?;
    let head = visible_cohort(&mut tx, account, cohort_id).await?;
    let (starts_on, archived) = deliberations::cohort_standing(&mut tx, cohort_id)
        .await?
        .ok_or_else(|| AppError::NotFound(t!("server-this-group")))?;
    if archived {
        return Err(AppError::Conflict(t!("server-group-archived-no-deliberation")));
    }
    let today = now.utc().with_timezone(&chrono_tz::Europe::Brussels).date_naive();
    let earliest =
        chrono::NaiveDate::parse_from_str(&starts_on, "%Y-%m-%d").unwrap_or(chrono::NaiveDate::MIN);
    let meeting = Meeting::parse(&input.held_on, &input.members, earliest, today)?;
    let outcomes = input
        .outcomes
        .iter()
        .map(|outcome| {
            UnitOutcome::parse(outcome.student_id, outcome.unit.clone(), &outcome.outcome, &outcome.reason)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let code = head.framework();
    let students: Vec<StudentId> =
        distinct(&outcomes.iter().map(|outcome| outcome.student_id).collect::<Vec<_>>());
    let ready = ready_units(&mut tx, cohort_id, &code, &students).await?;
    let outcomes = check_outcomes(&outcomes, &ready)?;
    let id = deliberations::record(&mut tx, cohort_id, &meeting, &code, &outcomes, account.id, now).await?;
    let mut telling = Telling::default();
    for outcome in outcomes.iter().filter(|outcome| outcome.outcome == Outcome::Granted) {
        grant(&mut tx, state, &mut telling, account, id, &code, outcome, now).await?;
    }
    tx.commit().await?;
    telling.publish(state).await;
    Ok(id)
}

/// The units of these students (enrolled in the cohort, not erased) that are ready for their
/// deelcertificaat, not yet awarded and never withdrawn.
async fn ready_units(
    conn: &mut AnyConnection,
    cohort_id: CohortId,
    code: &FrameworkCode,
    students: &[StudentId],
) -> Result<HashSet<(StudentId, UnitCode)>, AppError> {
    let enrolled: HashSet<StudentId> = storage::readiness::students(conn, cohort_id)
        .await?
        .into_iter()
        .map(|student| student.student_id)
        .collect();
    let mut ready = HashSet::new();
    for student in students.iter().filter(|student| enrolled.contains(student)) {
        if storage::privacy::is_erased(conn, *student).await? {
            continue;
        }
        let (_, progress) = progress_in_programme(conn, *student, code).await?;
        for unit in progress.units.into_iter().filter(|unit| unit.ready_for_deelcertificaat && !unit.awarded)
        {
            if !awards::is_withdrawn(conn, *student, code, &unit.code).await? {
                ready.insert((*student, unit.code));
            }
        }
    }
    Ok(ready)
}

#[allow(clippy::too_many_arguments)]
async fn grant(
    conn: &mut AnyConnection,
    state: &AppState,
    telling: &mut Telling,
    account: &Account,
    id: DeliberationId,
    code: &FrameworkCode,
    outcome: &UnitOutcome,
    now: Timestamp,
) -> Result<(), AppError> {
    let new = NewAward {
        student_id: outcome.student_id,
        framework: code,
        unit: &outcome.unit,
        awarded_by: account.id,
        deliberation: Some(id),
    };
    awards::insert(conn, &new, now).await.map_err(|error| {
        if storage::is_unique_violation(&error) {
            AppError::Conflict(t!("server-unit-already-awarded", unit = outcome.unit.to_string()))
        } else {
            error.into()
        }
    })?;
    let notice = Notice::Awarded { framework: code.clone(), unit: outcome.unit.clone() };
    telling.tell(conn, &state.settings, outcome.student_id, notice, Audience::Student, now).await?;
    telling.touch(outcome.student_id, Topic::Progress);
    Ok(())
}

/// The record of a meeting as a PDF for the archive: the cohort, the day, the members, every
/// outcome per student, and who earned the certificaat with it.
pub async fn pdf(
    state: &AppState,
    account: &Account,
    id: DeliberationId,
    now: Timestamp,
) -> Result<Vec<u8>, AppError> {
    authorise(account, Action::Deliberate)?;
    let mut conn = state.db.acquire().await?;
    let meeting = deliberations::find(&mut conn, id)
        .await?
        .ok_or_else(|| AppError::NotFound(t!("server-this-deliberation")))?;
    let head = visible_cohort(&mut conn, account, meeting.cohort_id).await?;
    let code = head.framework();
    let outcomes = deliberations::outcomes(&mut conn, id).await?;
    let mut document =
        Document::new(format!("{} – {} – {}", state.settings.institution, head.name, date(&meeting.held_on)));
    document.line(Style::Title, 0.0, &t!("documents-record-title"));
    let group = t!("documents-record-group", group = head.name.as_str(), year = head.school_year.as_str());
    document.line(Style::Text, 0.0, &group);
    let framework = framework_version(&mut conn, &code, head.framework_version).await?;
    let programme =
        t!("documents-record-programme", title = framework.title.as_str(), code = code.to_string());
    document.line(Style::Text, 0.0, &programme);
    document.line(Style::Text, 0.0, &t!("documents-record-meeting", day = date(&meeting.held_on)));
    let members = t!("documents-record-members", members = meeting.members.join(", "));
    document.line(Style::Text, 0.0, &members);
    document.gap(8.0);
    let mut student: Option<StudentId> = None;
    for outcome in &outcomes {
        if student != Some(outcome.student_id) {
            if let Some(previous) = student {
                certificate_line(&mut conn, &mut document, previous, &code, &meeting).await?;
            }
            document.gap(4.0);
            document.line(Style::Heading, 0.0, &outcome.student);
            student = Some(outcome.student_id);
        }
        let line = t!(
            "documents-record-outcome",
            unit = outcome.unit.as_str(),
            title = outcome.unit_title.as_str(),
            outcome = outcome.outcome.label()
        );
        document.line(Style::Text, 12.0, &line);
    }
    if let Some(last) = student {
        certificate_line(&mut conn, &mut document, last, &code, &meeting).await?;
    }
    document.gap(12.0);
    let signature = t!(
        "documents-record-signature",
        recorder = meeting.recorded_by.as_str(),
        recorded = date_time(meeting.recorded_at),
        printed = date_time(now),
    );
    document.line(Style::Small, 0.0, &signature);
    document.finish()
}

/// "Behaalt hiermee het certificaat." when, with this meeting, every unit the student follows
/// was awarded.
async fn certificate_line(
    conn: &mut AnyConnection,
    document: &mut Document,
    student: StudentId,
    code: &FrameworkCode,
    meeting: &StoredMeeting,
) -> Result<(), AppError> {
    let framework = followed_framework(conn, student, code).await?;
    let awarded =
        awards::of_students(conn, Students::One(student), code).await?.remove(&student).unwrap_or_default();
    let complete = framework
        .units
        .iter()
        .all(|unit| awarded.get(&unit.code).is_some_and(|award| award.awarded_at <= meeting.recorded_at));
    if complete && !framework.units.is_empty() {
        document.line(Style::Text, 12.0, &t!("documents-record-certificate"));
    }
    Ok(())
}
