//! The authorization matrix: every `/api/v1` endpoint and every server function, called by each
//! kind of visitor, against a table of the status each must get. A visitor who may act gets past
//! authorization (2xx, or a 400/404/409 about the request itself); one who may not is refused
//! (401 without a session, 403, or 404 where the product hides that the thing exists). The test
//! fails when an endpoint or server function has no row, when a row names one that is gone, and
//! lists every cell that differs.

use std::collections::BTreeSet;

use app::api::{
    account, assessment, badges, catalog, cohorts, deliberations, home, mailbox, notifications, portfolio,
    record_chain, session, staff, student_accounts,
};
use app::server::storage;
use chrono::Utc;
use domain::{CohortId, Role, StudentId};
use leptos::server_fn::ServerFn;
use reqwest::multipart::{Form, Part};
use reqwest::{Client, Method};
use serde_json::{json, Value};

use crate::common::world::{World, ADMIN, ASSESSOR, COORDINATOR, M_IT_020, OTHER_ASSESSOR, STUDENT};
use crate::common::{client, TestApp, PASSWORD};

/// The visitors, in the order of a row's cells.
const VISITORS: [&str; 7] =
    ["anonymous", "student", "other student", "other assessor", "assessor", "coordinator", "admin"];

const OTHER_STUDENT: &str = "andere@centrum.be";

/// The e-mail address each visitor signs in with (none for the anonymous visitor).
const EMAILS: [Option<&str>; 7] = [
    None,
    Some(STUDENT),
    Some(OTHER_STUDENT),
    Some(OTHER_ASSESSOR),
    Some(ASSESSOR),
    Some(COORDINATOR),
    Some(ADMIN),
];

/// The real ids the rows act on: the student's data, and separate targets for the calls that
/// would change what later rows rely on.
struct Targets {
    student: i64,
    cohort: CohortId,
    evidence: i64,
    /// A cohort of its own for archiving and (un)assigning assessors.
    spare_cohort: CohortId,
    /// A classmate, not a visitor, whose account is edited, deactivated and reactivated.
    spare_student: i64,
    /// An assessor, not a visitor, who is (un)assigned and whose role and activity are changed.
    spare_staff: i64,
}

/// What a row sends.
enum Body {
    Empty,
    Json(Value),
    Form(Vec<(&'static str, String)>),
    /// A multipart upload of one PDF linked to the submitted skill.
    Upload,
    Csv(&'static str),
}

/// One endpoint or server function, how to call it, and what each visitor must get.
struct Row {
    method: Method,
    /// The router's path (`/api/v1/evidence/{id}`) or the server function's PATH: the key that
    /// matches the enumeration.
    key: String,
    url: Box<dyn Fn(&Targets) -> String>,
    body: Box<dyn Fn(&Targets) -> Body>,
    /// Each cell gets a new evidence item of the student's to act on (for deleting).
    fresh_evidence: bool,
    /// The call ends sessions: each cell gets freshly signed-in visitors.
    ends_sessions: bool,
    expected: [u16; 7],
}

impl Row {
    /// An `/api/v1` endpoint; path parameters are filled from the targets by [`fill`].
    fn api(method: Method, path: &'static str, expected: [u16; 7]) -> Row {
        Row {
            method,
            key: format!("/api/v1{path}"),
            url: Box::new(move |targets| format!("/api/v1{}", fill(path, targets))),
            body: Box::new(|_| Body::Empty),
            fresh_evidence: false,
            ends_sessions: false,
            expected,
        }
    }

    /// A server function, posted as the browser does.
    fn server_fn<F: ServerFn>(expected: [u16; 7]) -> Row {
        Row {
            method: Method::POST,
            key: F::PATH.to_owned(),
            url: Box::new(|_| F::PATH.to_owned()),
            body: Box::new(|_| Body::Form(vec![])),
            fresh_evidence: false,
            ends_sessions: false,
            expected,
        }
    }

    fn query(mut self, query: &'static str) -> Row {
        let url = self.url;
        self.url = Box::new(move |targets| format!("{}{query}", url(targets)));
        self
    }

    fn json(mut self, body: impl Fn(&Targets) -> Value + 'static) -> Row {
        self.body = Box::new(move |targets| Body::Json(body(targets)));
        self
    }

    fn form(mut self, body: impl Fn(&Targets) -> Vec<(&'static str, String)> + 'static) -> Row {
        self.body = Box::new(move |targets| Body::Form(body(targets)));
        self
    }

    fn body(mut self, body: impl Fn(&Targets) -> Body + 'static) -> Row {
        self.body = Box::new(body);
        self
    }

    fn fresh_evidence(mut self) -> Row {
        self.fresh_evidence = true;
        self
    }

    fn ends_sessions(mut self) -> Row {
        self.ends_sessions = true;
        self
    }
}

/// A path with each `{…}` replaced by the target its resource names: the student's evidence,
/// progress and account, the cohort "Avond" and its assessor; the spare targets for the
/// endpoints that deactivate, archive or unassign.
fn fill(path: &str, targets: &Targets) -> String {
    let spare = path.ends_with("/archive") || path.contains("/assessors/");
    let spare_student =
        ["/deactivate", "/reactivate", "/invitation"].iter().any(|end| path.ends_with(end)) && !spare;
    let mut filled = String::new();
    let mut previous = "";
    for segment in path.split('/').filter(|segment| !segment.is_empty()) {
        let value = match (previous, segment.starts_with('{')) {
            (_, false) => segment.to_owned(),
            ("evidence", true) => targets.evidence.to_string(),
            ("students", true) if spare_student => targets.spare_student.to_string(),
            ("students", true) => targets.student.to_string(),
            ("cohorts", true) if spare => targets.spare_cohort.to_string(),
            ("cohorts", true) => targets.cohort.to_string(),
            ("staff", true) => targets.spare_staff.to_string(),
            ("assessors", true) => targets.spare_staff.to_string(),
            // Nobody's: every signed-in visitor is told it is not found (whose it is, the
            // notifications test checks).
            ("notifications" | "deliberations" | "decisions", true) => "999999".to_owned(),
            ("credentials", true) => "onbekend".to_owned(),
            (resource, true) => panic!("no target for the parameter after `{resource}` in {path}"),
        };
        filled.push('/');
        filled.push_str(&value);
        previous = segment;
    }
    filled
}

/// A small catalog file of a framework no test stores, base64-encoded as the page sends it.
fn catalog_file() -> String {
    use base64::prelude::{Engine, BASE64_STANDARD};
    let file = json!({ "code": "BK-AUTH-1", "title": "Testkwalificatie", "kind": "beroepskwalificatie",
            "units": [{ "code": "A", "title": "Blok A", "competencies": [
                { "nr": "1", "title": "Werkt veilig", "skills": [{ "id": "BK-AUTH-1.A.1.1", "text": "Meldt gevaren" }] }
            ]}] });
    BASE64_STANDARD.encode(file.to_string())
}

fn skill() -> &'static str {
    M_IT_020[0]
}

/// The table. Cells: anonymous, student, other student, other assessor, assessor, coordinator,
/// admin. Reads first, then calls that change state, those that end sessions last.
fn table() -> Vec<Row> {
    use Method as M;
    let everyone = [200; 7];
    let signed_in = [401, 200, 200, 200, 200, 200, 200];
    let own_evidence = [401, 200, 404, 404, 200, 200, 200];
    let own_progress = [401, 200, 403, 403, 200, 200, 200];
    let cohort_read = [401, 403, 403, 403, 200, 200, 200];
    let managers = [401, 403, 403, 403, 403, 200, 200];
    let admin_only = [401, 403, 403, 403, 403, 403, 200];
    let no_content_for_managers = [401, 403, 403, 403, 403, 204, 204];
    // A change that an earlier row already made: a conflict, after authorization.
    let managers_once_more = [401, 403, 403, 403, 403, 409, 409];
    let staff_readers = [401, 403, 403, 200, 200, 200, 200];
    // Staff are refused by their role before the item is looked up (403); the other student,
    // who may not know it exists, gets 404.
    let edit_evidence = [401, 200, 404, 403, 403, 403, 403];
    // Each student acts on their own portfolio.
    let own_portfolio = [401, 200, 200, 403, 403, 403, 403];
    vec![
        // Reading.
        Row::api(M::GET, "/me", signed_in),
        Row::api(M::GET, "/evidence/{id}", own_evidence),
        Row::api(M::GET, "/evidence/{id}/file", own_evidence),
        Row::api(M::GET, "/evidence/{id}/thumbnail", own_evidence),
        Row::api(M::GET, "/students/{id}/progress", own_progress),
        // The student's own archive, and any student's for coordinators and administrators.
        Row::api(M::GET, "/students/{id}/portfolio.zip", [401, 200, 403, 403, 403, 200, 200]),
        // Credentials likewise; nothing is awarded yet, so the certificaat is refused after
        // authorization.
        Row::api(M::GET, "/students/{id}/credential.jwt", [401, 409, 403, 403, 403, 409, 409]).query("?framework=BO-IT-002"),
        Row::api(M::GET, "/students/{id}/credential.svg", [401, 409, 403, 403, 403, 409, 409]).query("?framework=BO-IT-002"),
        Row::api(M::POST, "/students/{id}/award-withdrawals", [401, 403, 403, 403, 403, 404, 404])
            .json(|_| json!({ "framework": "BO-IT-002", "unit_code": "M IT 020", "reason": "Vergissing." })),
        Row::server_fn::<assessment::WithdrawAward>([401, 403, 403, 403, 403, 404, 404]).form(|t| {
            vec![
                ("student_id", t.student.to_string()),
                ("framework", "BO-IT-002".into()),
                ("unit_code", "M IT 020".into()),
                ("reason", "Vergissing.".into()),
            ]
        }),
        // Open Badges' public side: the issuer, its key, the status list and the check.
        Row::api(M::GET, "/issuer", [200; 7]),
        Row::api(M::GET, "/issuer/jwks.json", [200; 7]),
        Row::api(M::GET, "/credentials/status", [200; 7]),
        Row::api(M::GET, "/credentials/{public_id}", [404; 7]),
        Row::api(M::POST, "/credentials/verify", [200; 7]),
        Row::server_fn::<badges::CheckCredential>([200; 7]).form(|_| vec![("token", "geen.echt.bewijs".into())]),
        Row::server_fn::<badges::CheckLinkedCredential>([404; 7]).form(|_| vec![("public_id", "onbekend".into())]),
        Row::api(M::GET, "/students/{id}/coverage", own_progress).query("?framework=BK-0331-4"),
        Row::api(M::GET, "/cohorts/{id}/coverage", cohort_read).query("?framework=BK-0331-4"),
        Row::server_fn::<assessment::StudentCoverage>(own_progress).form(|t| vec![("student_id", t.student.to_string())]),
        Row::server_fn::<cohorts::CohortCoverages>(cohort_read).form(|t| vec![("cohort_id", t.cohort.to_string())]),
        Row::api(M::GET, "/queue", staff_readers),
        Row::api(M::GET, "/cohorts", staff_readers),
        Row::api(M::GET, "/cohorts/{id}/readiness", cohort_read),
        Row::api(M::GET, "/cohorts/{id}/readiness.csv", cohort_read),
        Row::api(M::GET, "/cohorts/{id}/readiness.xlsx", cohort_read),
        Row::api(M::GET, "/cohorts/{id}/report.pdf", cohort_read),
        Row::api(M::GET, "/staff", admin_only),
        Row::api(M::GET, "/students/{id}/account", managers),
        Row::api(M::GET, "/audit-log", admin_only),
        Row::api(M::GET, "/outbox", admin_only),
        Row::server_fn::<session::CurrentUser>(everyone),
        Row::server_fn::<catalog::ListFrameworks>(signed_in),
        Row::server_fn::<catalog::GetFramework>(signed_in).form(|_| vec![("code", "BO-IT-002".into())]),
        Row::server_fn::<home::StudentCohorts>([401, 200, 200, 403, 403, 403, 403]),
        Row::server_fn::<home::AssessorCohorts>([401, 403, 403, 200, 200, 403, 403]),
        Row::server_fn::<home::AllCohorts>(managers),
        Row::server_fn::<home::AccountCounts>(admin_only),
        // Functions on the caller's own portfolio: the other student gets their own. A
        // coordinator or administrator reaches every student, so their own (empty) enrolments
        // answer an empty list or 404, where an assessor, who reaches only their cohorts, is
        // refused.
        Row::server_fn::<portfolio::MyProgrammes>([401, 200, 200, 403, 403, 200, 200]),
        Row::server_fn::<portfolio::MyProgramme>([401, 200, 200, 403, 403, 404, 404]).form(|_| vec![("framework", "BO-IT-002".into())]),
        Row::server_fn::<portfolio::MyEvidence>(own_portfolio),
        Row::server_fn::<portfolio::EvidenceItem>(own_evidence).form(|t| vec![("id", t.evidence.to_string())]),
        Row::server_fn::<assessment::AssessmentQueue>(staff_readers),
        Row::server_fn::<assessment::StudentProgrammes>(own_progress)
            .form(|t| vec![("student_id", t.student.to_string())]),
        Row::server_fn::<assessment::StudentProgramme>(own_progress)
            .form(|t| vec![("student_id", t.student.to_string()), ("framework", "BO-IT-002".into())]),
        Row::server_fn::<assessment::StudentEvidence>(own_progress)
            .form(|t| vec![("student_id", t.student.to_string())]),
        Row::server_fn::<cohorts::ReadinessOfCohort>(cohort_read)
            .form(|t| vec![("cohort_id", t.cohort.to_string())]),
        Row::server_fn::<cohorts::ListAssessors>(managers),
        Row::server_fn::<cohorts::CohortDetails>(cohort_read).form(|t| vec![("cohort_id", t.cohort.to_string())]),
        Row::server_fn::<cohorts::ReportOfCohort>(cohort_read).form(|t| vec![("cohort_id", t.cohort.to_string())]),
        Row::server_fn::<staff::ListStaff>(admin_only),
        Row::server_fn::<staff::AuditLog>(admin_only),
        Row::server_fn::<mailbox::UndeliveredMail>(admin_only),
        Row::server_fn::<record_chain::CheckRecord>(admin_only),
        Row::server_fn::<student_accounts::StudentAccount>(managers).form(|t| vec![("id", t.student.to_string())]),
        // Each person's own notifications and choices.
        Row::api(M::GET, "/notifications", signed_in),
        Row::api(M::GET, "/me/notification-preferences", signed_in),
        Row::api(M::GET, "/events", signed_in),
        Row::api(M::GET, "/students/{id}/conversations", own_progress).query("?framework=BO-IT-002&unit=M%20IT%20020"),
        Row::server_fn::<notifications::MyNotifications>(signed_in),
        Row::server_fn::<notifications::UnreadNotifications>(everyone),
        Row::server_fn::<notifications::NotificationPreferences>(signed_in),
        Row::api(M::POST, "/notifications/read", [401, 204, 204, 204, 204, 204, 204]),
        Row::api(M::POST, "/notifications/{id}/read", [401, 404, 404, 404, 404, 404, 404]),
        Row::server_fn::<notifications::MarkAllNotificationsRead>(signed_in),
        Row::server_fn::<notifications::MarkNotificationRead>([401, 404, 404, 404, 404, 404, 404])
            .form(|_| vec![("id", "999999".into())]),
        // Only students receive decisions: staff are refused a kind they never get.
        Row::api(M::PUT, "/me/notification-preferences", [401, 200, 200, 400, 400, 400, 400])
            .json(|_| json!([{ "kind": "decided", "delivery": "never" }])),
        // Sent as the account page's form sends it.
        Row::server_fn::<notifications::SaveNotificationPreferences>([401, 200, 200, 400, 400, 400, 400])
            .form(|_| vec![("choices[0][kind]", "decided".into()), ("choices[0][delivery]", "at_once".into())]),
        // Changing the student's portfolio and its assessment.
        Row::api(M::POST, "/evidence", [401, 201, 201, 403, 403, 403, 403]).body(|_| Body::Upload),
        Row::api(M::PUT, "/evidence/{id}/skills", edit_evidence)
            .json(|_| json!({ "skill_ids": [skill()] })),
        Row::server_fn::<portfolio::UpdateEvidence>(edit_evidence).form(|t| {
            vec![("id", t.evidence.to_string()), ("edit[title]", "Verslag".into()), ("edit[date]", "2026-11-20".into())]
        }),
        Row::server_fn::<portfolio::LinkSkills>(edit_evidence)
            .form(|t| vec![("id", t.evidence.to_string()), ("skill_ids[0]", skill().into())]),
        // Each student withdraws and submits their own skill: the other student has nothing
        // to withdraw at first.
        Row::api(M::POST, "/submissions/withdraw", [401, 204, 409, 403, 403, 403, 403])
            .json(|_| json!({ "skill_ids": [skill()] })),
        Row::api(M::POST, "/submissions", [401, 201, 201, 403, 403, 403, 403]).json(|_| json!({ "skill_ids": [skill()] })),
        Row::server_fn::<portfolio::WithdrawSkills>(own_portfolio).form(|_| vec![("skill_ids[0]", skill().into())]),
        Row::server_fn::<portfolio::SubmitSkills>(own_portfolio).form(|_| vec![("skill_ids[0]", skill().into())]),
        Row::api(M::POST, "/decisions", [401, 403, 403, 403, 201, 403, 403]).json(|t| {
            json!({ "student_id": t.student, "skill_ids": [skill()], "decision": "not_yet", "comment": "Nog niet." })
        }),
        Row::server_fn::<assessment::RecordDecision>([401, 403, 403, 403, 200, 403, 403]).form(|t| {
            vec![
                ("input[student_id]", t.student.to_string()),
                ("input[skill_ids][0]", skill().into()),
                ("input[decision]", "not_yet".into()),
                ("input[comment]", "Nog niet.".into()),
            ]
        }),
        // The grid of the cohort's unit: its assessor only.
        Row::api(M::GET, "/cohorts/{id}/grid", [401, 403, 403, 403, 200, 403, 403]).query("?unit=M%20IT%20020"),
        Row::server_fn::<assessment::AssessmentGrid>([401, 403, 403, 403, 200, 403, 403])
            .form(|t| vec![("cohort_id", t.cohort.to_string()), ("unit", "M IT 020".into())]),
        Row::api(M::POST, "/grid-decisions", [401, 403, 403, 403, 201, 403, 403]).json(|t| {
            json!({ "cohort_id": t.cohort, "unit": "M IT 020", "not_yet_comment": "Nog niet.",
                    "marks": [{ "student_id": t.student, "skill_id": skill(), "decision": "not_yet" }] })
        }),
        Row::server_fn::<assessment::RecordGrid>([401, 403, 403, 403, 200, 403, 403]).json(|t| {
            json!({ "input": { "cohort_id": t.cohort, "unit": "M IT 020", "not_yet_comment": "Nog niet.",
                    "marks": [{ "student_id": t.student, "skill_id": skill(), "decision": "not_yet" }] } })
        }),
        // Undoing a decision that does not exist: the role is checked first, then the decision.
        Row::api(M::POST, "/decisions/{id}/undo", [401, 403, 403, 404, 404, 403, 403]),
        Row::server_fn::<assessment::UndoDecision>([401, 403, 403, 404, 404, 403, 403])
            .form(|_| vec![("decision_id", "999999".into())]),
        // After the "not yet" above: the student and the assessor talk about it.
        Row::api(M::POST, "/replies", [401, 201, 403, 403, 201, 403, 403])
            .json(|t| json!({ "student_id": t.student, "skill_id": skill(), "body": "Zie mijn nieuwe verslag." })),
        Row::server_fn::<notifications::ReplyOnSkill>([401, 200, 403, 403, 200, 403, 403]).form(|t| {
            vec![
                ("input[student_id]", t.student.to_string()),
                ("input[skill_id]", skill().into()),
                ("input[body]", "Bedankt.".into()),
            ]
        }),
        Row::api(M::POST, "/students/{id}/awards", [401, 403, 403, 403, 409, 409, 403])
            .json(|_| json!({ "unit_code": "M IT 020" })),
        Row::server_fn::<assessment::AwardUnit>([401, 403, 403, 403, 409, 409, 403]).form(|t| {
            vec![
                ("student_id", t.student.to_string()),
                ("framework", "BO-IT-002".into()),
                ("unit_code", "M IT 020".into()),
            ]
        }),
        Row::api(M::DELETE, "/evidence/{id}", [401, 204, 404, 403, 403, 403, 403]).fresh_evidence(),
        Row::server_fn::<portfolio::DeleteEvidence>(edit_evidence)
            .form(|t| vec![("id", t.evidence.to_string())])
            .fresh_evidence(),
        // Cohorts.
        // The second cohort of the same name is refused as a conflict.
        Row::api(M::POST, "/cohorts", [401, 403, 403, 403, 403, 201, 409]).json(|_| new_cohort("Nieuw")),
        Row::server_fn::<cohorts::CreateCohort>([401, 403, 403, 403, 403, 200, 409]).form(|_| {
            vec![
                ("input[name]", "Ander".into()),
                ("input[framework]", "BO-IT-002".into()),
                ("input[school_year]", "2026-2027".into()),
                ("input[starts_on]", "2026-09-01".into()),
                ("input[ends_on]", "2027-06-30".into()),
            ]
        }),
        Row::api(M::POST, "/cohorts/{id}/enrolments", managers)
            .query("?dry_run=true")
            .body(|_| Body::Csv("voornaam;naam;e-mail\nAn;Peeters;an@centrum.be\n")),
        Row::server_fn::<cohorts::EnrolStudents>(managers).json(|t| {
            json!({ "cohort_id": t.cohort, "file": "dm9vcm5hYW07bmFhbTtlLW1haWwKQW47UGVldGVyczthbkBjZW50cnVtLmJlCg==",
                    "dry_run": true })
        }),
        // No list is kept under this id: not found for whoever may manage cohorts.
        Row::server_fn::<cohorts::EnrolKeptList>([401, 403, 403, 403, 403, 404, 404]).form(|t| {
            vec![("cohort_id", t.cohort.to_string()), ("kept", "999".into()), ("dry_run", "true".into())]
        }),
        // Everyone in "Avond" has chosen a password: no letters to print.
        Row::api(M::POST, "/cohorts/{id}/invitation-letters.pdf", [401, 403, 403, 403, 403, 409, 409]),
        Row::api(M::PUT, "/cohorts/{id}/assessors/{assessor_id}", no_content_for_managers),
        Row::api(M::DELETE, "/cohorts/{id}/assessors/{assessor_id}", no_content_for_managers),
        Row::server_fn::<cohorts::SetCohortAssessor>(managers).form(|t| {
            vec![
                ("cohort_id", t.spare_cohort.to_string()),
                ("assessor_id", t.spare_staff.to_string()),
                ("assigned", "false".into()),
            ]
        }),
        // Only the student's assessor confirms; this link's source is not achieved.
        Row::api(M::POST, "/students/{id}/coverage/confirmations", [401, 403, 403, 403, 400, 403, 403]).json(|_| {
            json!({ "framework": "BK-0331-4", "link": { "kind": "related",
                    "from": ["BO-IT-002.M-IT-020.11.1", "BO-IT-002.M-IT-020.11.2", "BO-IT-002.M-IT-020.11.3"],
                    "to": ["BK-0331-4.UI.11.7"] } })
        }),
        Row::server_fn::<assessment::ConfirmCoverage>([401, 403, 403, 403, 400, 403, 403]).form(|t| {
            vec![
                ("student_id", t.student.to_string()),
                ("input[framework]", "BK-0331-4".into()),
                ("input[link][kind]", "related".into()),
                ("input[link][from][0]", "BO-IT-002.M-IT-020.11.1".into()),
                ("input[link][from][1]", "BO-IT-002.M-IT-020.11.2".into()),
                ("input[link][from][2]", "BO-IT-002.M-IT-020.11.3".into()),
                ("input[link][to][0]", "BK-0331-4.UI.11.7".into()),
            ]
        }),
        // "Avond" already follows the newest version: a move is refused, after authorization.
        Row::api(M::POST, "/cohorts/{id}/framework-version", [401, 403, 403, 403, 403, 400, 400])
            .query("?dry_run=true")
            .json(|_| json!({ "version": 2 })),
        Row::server_fn::<cohorts::MoveCohortVersion>([401, 403, 403, 403, 403, 400, 400]).form(|t| {
            vec![("cohort_id", t.cohort.to_string()), ("version", "2".into()), ("dry_run", "true".into())]
        }),
        // Archived once, the cohort cannot be archived again.
        Row::api(M::POST, "/cohorts/{id}/archive", [401, 403, 403, 403, 403, 204, 409]),
        // Catalog files.
        Row::server_fn::<catalog::StoredVersions>(admin_only),
        Row::server_fn::<catalog::CompareCatalogFile>(admin_only).json(|_| json!({ "file": catalog_file() })),
        Row::server_fn::<catalog::ImportCatalogFile>(admin_only).json(|_| json!({ "file": catalog_file() })),
        Row::server_fn::<cohorts::ArchiveCohort>(managers_once_more).form(|t| vec![("cohort_id", t.spare_cohort.to_string())]),
        // Accounts.
        Row::api(M::POST, "/staff", [401, 403, 403, 403, 403, 403, 201])
            .json(|_| json!({ "name": "Lies Wouters", "email": "lies@centrum.be", "role": "assessor" })),
        Row::server_fn::<staff::CreateStaff>(admin_only)
            .form(|_| vec![("name", "Jan Claes".into()), ("email", "jan@centrum.be".into()), ("role", "assessor".into())]),
        Row::api(M::PUT, "/staff/{id}/role", admin_only).json(|_| json!({ "role": "coordinator" })),
        Row::server_fn::<staff::ChangeStaffRole>(admin_only)
            .form(|t| vec![("id", t.spare_staff.to_string()), ("role", "assessor".into())]),
        Row::api(M::POST, "/staff/{id}/deactivate", admin_only),
        Row::api(M::POST, "/staff/{id}/reactivate", admin_only),
        // Already active again.
        Row::server_fn::<staff::SetStaffActive>([401, 403, 403, 403, 403, 403, 409])
            .form(|t| vec![("id", t.spare_staff.to_string()), ("active", "true".into())]),
        Row::api(M::PUT, "/students/{id}/account", managers).json(|_| {
            json!({ "name": "cursist", "email": STUDENT, "student_number": "" })
        }),
        Row::server_fn::<student_accounts::EditStudent>(managers).form(|t| {
            vec![
                ("id", t.spare_student.to_string()),
                ("name", "doelwit".into()),
                ("email", "doelwit@centrum.be".into()),
                ("student_number", "".into()),
            ]
        }),
        Row::api(M::POST, "/students/{id}/invitation", [401, 403, 403, 403, 403, 409, 409]),
        Row::server_fn::<student_accounts::ReinviteStudent>([401, 403, 403, 403, 403, 409, 409])
            .form(|t| vec![("id", t.spare_student.to_string())]),
        // The administrator comes after the coordinator has already done it.
        Row::api(M::POST, "/students/{id}/deactivate", [401, 403, 403, 403, 403, 200, 409]),
        Row::api(M::POST, "/students/{id}/reactivate", [401, 403, 403, 403, 403, 200, 409]),
        Row::server_fn::<student_accounts::SetStudentActive>(managers_once_more)
            .form(|t| vec![("id", t.spare_student.to_string()), ("active", "true".into())]),
        // The klassenraad: managers read the list; an empty meeting is refused after
        // authorization; an unknown meeting's record is not found.
        Row::api(M::GET, "/cohorts/{id}/deliberation", managers),
        Row::server_fn::<deliberations::DeliberationOfCohort>(managers).form(|t| vec![("cohort_id", t.cohort.to_string())]),
        Row::api(M::POST, "/cohorts/{id}/deliberations", [401, 403, 403, 403, 403, 400, 400])
            .json(|_| json!({ "held_on": "2026-01-05", "members": "An Peeters", "outcomes": [] })),
        Row::server_fn::<deliberations::RecordDeliberation>([401, 403, 403, 403, 403, 400, 400]).form(|t| {
            vec![("cohort_id", t.cohort.to_string()), ("held_on", "2026-01-05".into()), ("members", "An Peeters".into())]
        }),
        Row::api(M::GET, "/deliberations/{id}/record.pdf", [401, 403, 403, 403, 403, 404, 404]),
        // Only administrators erase, and not a student of a running cohort.
        Row::api(M::POST, "/students/{id}/erase", [401, 403, 403, 403, 403, 403, 409]),
        Row::server_fn::<student_accounts::EraseStudent>([401, 403, 403, 403, 403, 403, 409])
            .form(|t| vec![("id", t.student.to_string())]),
        // Passwords and sessions: each cell signs its visitor in afresh.
        Row::api(M::POST, "/password-resets", [202; 7]).json(|_| json!({ "email": "niemand@centrum.be" })),
        Row::server_fn::<account::RequestPasswordReset>(everyone)
            .form(|_| vec![("email", "niemand@centrum.be".into())]),
        // An unknown link is refused as used or expired, whoever follows it.
        Row::api(M::POST, "/passwords", [409; 7])
            .json(|_| json!({ "token": "ongeldig", "password": "nog-een-lang-wachtwoord", "repeat": "nog-een-lang-wachtwoord" })),
        Row::server_fn::<account::ChoosePassword>([409; 7]).form(|_| {
            vec![("token", "ongeldig".into()), ("password", "nog-een-lang-wachtwoord".into()), ("repeat", "nog-een-lang-wachtwoord".into())]
        }),
        // A new password that differs from its repetition: refused only after authentication.
        Row::api(M::PUT, "/me/password", [401, 400, 400, 400, 400, 400, 400])
            .json(|_| json!({ "current": PASSWORD, "password": "nog-een-lang-wachtwoord", "repeat": "anders" })),
        Row::server_fn::<account::ChangePassword>([401, 400, 400, 400, 400, 400, 400]).form(|_| {
            vec![("current", PASSWORD.into()), ("password", "nog-een-lang-wachtwoord".into()), ("repeat", "anders".into())]
        }),
        // Anyone chooses a language; a signed-in choice is kept on the account.
        Row::server_fn::<account::ChooseLanguage>([200; 7]).form(|_| vec![("locale", "nl".into()), ("back", "/".into())]),
        Row::api(M::PUT, "/me/language", [401, 204, 204, 204, 204, 204, 204]).json(|_| json!({ "locale": "nl" })),
        Row::api(M::POST, "/session", everyone)
            .json(|_| json!({ "email": STUDENT, "password": PASSWORD }))
            .ends_sessions(),
        Row::server_fn::<session::Login>(everyone)
            .form(|_| vec![("email", STUDENT.into()), ("password", PASSWORD.into())])
            .ends_sessions(),
        Row::api(M::DELETE, "/session", [204; 7]).ends_sessions(),
        Row::server_fn::<session::Logout>(everyone).ends_sessions(),
        Row::api(M::DELETE, "/me/sessions", [401, 204, 204, 204, 204, 204, 204]).ends_sessions(),
        Row::server_fn::<account::SignOutEverywhere>(signed_in).ends_sessions(),
    ]
}

fn new_cohort(name: &str) -> Value {
    json!({ "name": name, "framework": "BO-IT-002", "school_year": "2026-2027",
            "starts_on": "2026-09-01", "ends_on": "2027-06-30" })
}

/// The world of the matrix: the standard world with a classmate, the assessor of "Dag" and an
/// administrator, the student's evidence on a submitted skill, and the spare targets.
async fn matrix_world() -> (World, Targets) {
    let world = World::builder().other_programme().admin().build().await;
    let app = &world.app;
    let other_student = app.account(OTHER_STUDENT, Role::Student).await;
    let spare_student = app.account("doelwit@centrum.be", Role::Student).await;
    enrol(app, world.cohort, &[other_student, spare_student]).await;
    let spare_staff = app.account("reserve@centrum.be", Role::Assessor).await;
    let spare_cohort = app.cohort("Reserve", "BO-IT-002", &[], &[spare_staff]).await;
    let evidence = picture(&world).await;
    app.submit(&world.student, &[skill()]).await;
    let targets = Targets {
        student: world.student_id,
        cohort: world.cohort,
        evidence,
        spare_cohort,
        spare_student,
        spare_staff,
    };
    (world, targets)
}

/// The student uploads a picture (which gets a thumbnail) linked to the skill; answers its id.
async fn picture(world: &World) -> i64 {
    let picture = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let mut png = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut png, image::ImageFormat::Png).expect("PNG encoded");
    let meta =
        json!({ "kind": "file", "title": "Schermafdruk", "date": "2026-11-20", "skill_ids": [skill()] });
    let response = world.app.upload(&world.student, "scherm.png", png.into_inner(), &meta).await;
    assert_eq!(response.status(), 201, "the picture is uploaded");
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["items"][0]["file"]["has_thumbnail"], true);
    body["items"][0]["id"].as_i64().expect("the item's id")
}

async fn enrol(app: &TestApp, cohort: CohortId, students: &[i64]) {
    let mut conn = app.db.acquire().await.expect("connection");
    for student in students {
        storage::cohorts::enrol(&mut conn, cohort, StudentId::new(*student), Utc::now().into())
            .await
            .expect("enrolment");
    }
}

/// The signed-in clients of the visitors, in the order of [`VISITORS`]: the world's, and the
/// other student.
async fn visitors(world: &World) -> Vec<Client> {
    vec![
        client(),
        world.student.clone(),
        world.app.signed_in(OTHER_STUDENT).await,
        world.other_assessor().clone(),
        world.assessor.clone(),
        world.coordinator.clone(),
        world.admin().clone(),
    ]
}

/// A client signed in as `email`, or without a session.
async fn visitor(app: &TestApp, email: Option<&str>) -> Client {
    match email {
        Some(email) => app.signed_in(email).await,
        None => client(),
    }
}

async fn send(app: &TestApp, visitor: &Client, row: &Row, targets: &Targets) -> u16 {
    let request = visitor.request(row.method.clone(), app.url(&(row.url)(targets)));
    let request = match (row.body)(targets) {
        Body::Empty => request,
        Body::Json(body) => request.json(&body),
        Body::Form(fields) => request.form(&fields),
        Body::Csv(csv) => request.header("content-type", "text/csv").body(csv),
        Body::Upload => {
            let meta =
                json!({ "kind": "file", "title": "Verslag", "date": "2026-11-20", "skill_ids": [skill()] });
            let file = Part::bytes(b"%PDF-1.7 verslag".to_vec()).file_name("verslag.pdf");
            request.multipart(Form::new().text("meta", meta.to_string()).part("file", file))
        }
    };
    request.send().await.expect("the server answers").status().as_u16()
}

/// The enumerated endpoints and server functions, as `METHOD key`.
fn enumerated() -> BTreeSet<String> {
    let api = server::api::endpoints()
        .into_iter()
        .map(|endpoint| (endpoint.method, format!("/api/v1{}", endpoint.path)));
    let server_fns =
        leptos::server_fn::axum::server_fn_paths().map(|(path, method)| (method, path.to_owned()));
    api.chain(server_fns).map(|(method, path)| format!("{method} {path}")).collect()
}

#[tokio::test]
async fn every_endpoint_and_server_function_answers_each_visitor_as_the_table_says() {
    let table = table();
    let rows: BTreeSet<String> = table.iter().map(|row| format!("{} {}", row.method, row.key)).collect();
    assert_eq!(rows.len(), table.len(), "a row is in the table twice");
    let enumerated = enumerated();
    let without_row: Vec<_> = enumerated.difference(&rows).collect();
    let gone: Vec<_> = rows.difference(&enumerated).collect();
    assert!(without_row.is_empty(), "endpoints and server functions without a row: {without_row:#?}");
    assert!(gone.is_empty(), "rows naming no endpoint or server function: {gone:#?}");

    let (world, mut targets) = matrix_world().await;
    let app = &world.app;
    let mut clients = visitors(&world).await;
    let mut differing = Vec::new();
    for row in &table {
        for (cell, expected) in row.expected.iter().enumerate() {
            if row.fresh_evidence {
                targets.evidence = app.upload_reflection(&world.student, &[skill()]).await;
            }
            if row.ends_sessions {
                clients[cell] = visitor(app, EMAILS[cell]).await;
            }
            let got = send(app, &clients[cell], row, &targets).await;
            if got != *expected {
                differing.push(format!(
                    "{} {} {}: expected {expected}, got {got}",
                    row.method, row.key, VISITORS[cell]
                ));
            }
        }
    }
    assert!(
        differing.is_empty(),
        "{} cells differ from the table:\n{}",
        differing.len(),
        differing.join("\n")
    );
}
