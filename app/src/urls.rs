//! Every address the pages link to, built in one place: a function per route.
//!
//! Each page function mirrors a route declared with `path!(…)` in `lib.rs`, and each `/api/v1`
//! function a route of the server crate's API router (`server/src/api/mod.rs`): change a route and
//! its function together.
//! A unit code travels in a path as its slug ([`UnitCode::slug`]: spaces become dashes, so
//! `M IT 020` is `M-IT-020`); ids and framework codes as they print.

use domain::{AccountId, CohortId, DeliberationId, EvidenceId, FrameworkCode, SkillId, StudentId, UnitCode};

/// `/`: the signed-in user's home.
pub fn home() -> &'static str {
    "/"
}

/// `/aanmelden`: signing in.
pub fn login() -> &'static str {
    "/aanmelden"
}

/// `POST /api/v1/cohorts/:id/invitation-letters.pdf`: invitation letters for a cohort's students
/// who have not chosen a password yet.
pub fn invitation_letters(cohort: CohortId) -> String {
    format!("/api/v1/cohorts/{cohort}/invitation-letters.pdf")
}

/// `/wachtwoord-vergeten`: asking for a link to choose a new password.
pub fn forgot_password() -> &'static str {
    "/wachtwoord-vergeten"
}

/// `/wachtwoord-vergeten?verstuurd=1`: the same page after a plain form asked for a link, saying
/// so.
pub fn reset_requested() -> String {
    format!("{}?{RESET_SENT}=1", forgot_password())
}

/// The forgotten-password page's query saying a link was asked for.
pub const RESET_SENT: &str = "verstuurd";

/// `/wachtwoord-kiezen/:token`: choosing a password with the link of an invitation or a reset.
/// The token is URL-safe base64, so it needs no escaping.
pub fn choose_password(token: &str) -> String {
    format!("/wachtwoord-kiezen/{token}")
}

/// `/mijn-account`: changing one's password, signing out everywhere.
pub fn my_account() -> &'static str {
    "/mijn-account"
}

/// `/mijn-account#meldingen`: how notifications arrive by e-mail, on the account page.
pub fn notification_preferences() -> &'static str {
    "/mijn-account#meldingen"
}

/// `/meldingen`: the signed-in person's notifications.
pub fn notifications() -> &'static str {
    "/meldingen"
}

/// `GET /api/v1/events`: the live event stream of the signed-in person's tab.
pub fn events() -> &'static str {
    "/api/v1/events"
}

/// `/beheer/personeel`: the staff, for administrators.
pub fn staff() -> &'static str {
    "/beheer/personeel"
}

/// `/beheer/logboek`: the audit log, newest first.
pub fn audit_log() -> &'static str {
    "/beheer/logboek"
}

/// `/beheer/logboek?voor=ID`: the audit log's entries older than entry `before`.
pub fn audit_log_before(before: i64) -> String {
    format!("/beheer/logboek?voor={before}")
}

/// `/beheer/catalogus`: comparing a catalog file with the stored framework, then importing it.
pub fn catalog_files() -> &'static str {
    "/beheer/catalogus"
}

/// `/beheer/berichten`: the e-mail not delivered, for administrators to pass on.
pub fn outbox() -> &'static str {
    "/beheer/berichten"
}

/// `/beheer/berichten?voor=ID`: the undelivered mail older than message `before`.
pub fn outbox_before(before: i64) -> String {
    format!("/beheer/berichten?voor={before}")
}

/// `/beheer/register`: the check of the tamper-evident record of decisions and awards.
pub fn record_check() -> &'static str {
    "/beheer/register"
}

/// `/catalogus`: every framework.
pub fn catalog() -> &'static str {
    "/catalogus"
}

/// `/catalogus/:code`: one framework's units, competencies and skills.
pub fn framework(code: &FrameworkCode) -> String {
    format!("/catalogus/{code}")
}

/// `/opleiding/:framework/:unit`: one unit of the signed-in student's programme.
pub fn unit(framework: &FrameworkCode, unit: &UnitCode) -> String {
    format!("/opleiding/{framework}/{}", unit.slug())
}

/// A skill on the student's page of its unit: [`unit`] with the skill's anchor.
pub fn skill(framework: &FrameworkCode, unit: &UnitCode, skill: &SkillId) -> String {
    format!("{}#vaardigheid-{skill}", self::unit(framework, unit))
}

/// The conversation on feedback of a module page or a review page (`page`): its anchor.
pub fn conversation_on(page: &str) -> String {
    format!("{page}#gesprek")
}

/// `/bewijsstukken`: the signed-in student's evidence.
pub fn my_evidence() -> &'static str {
    "/bewijsstukken"
}

/// `/bewijsstukken/:id`: one evidence item.
pub fn evidence(id: EvidenceId) -> String {
    format!("/bewijsstukken/{id}")
}

/// `/beoordelen`: the queue of submitted skills.
pub fn queue() -> &'static str {
    "/beoordelen"
}

/// `/beoordelen/:student/:framework/:unit`: reviewing one unit of one student.
pub fn review(student: AccountId, framework: &FrameworkCode, unit: &UnitCode) -> String {
    format!("/beoordelen/{student}/{framework}/{}", unit.slug())
}

/// `/cursisten/:id`: a student's programmes, for assessors and coordinators.
pub fn student(id: AccountId) -> String {
    format!("/cursisten/{id}")
}

/// `/groepen/nieuw`: a new cohort.
pub fn new_cohort() -> &'static str {
    "/groepen/nieuw"
}

/// `/groepen/:id`: a cohort's readiness matrix.
pub fn cohort(id: CohortId) -> String {
    format!("/groepen/{id}")
}

/// The cohort page's query naming the student list kept for its preview (`?lijst=N`).
pub const KEPT_LIST: &str = "lijst";
/// The cohort page's query saying how many lines a plain form imported (`?ingeschreven=N`).
pub const IMPORTED_LINES: &str = "ingeschreven";
/// The cohort page's query asking for the preview of the move to a version (`?versie=N`).
pub const VERSION_PREVIEW: &str = "versie";

/// `/groepen/:id?lijst=N`: the cohort's page with the preview of the student list kept as `N`
/// (sent by a plain form, see `services::enrolment::keep`).
pub fn cohort_import_preview(id: CohortId, kept: i64) -> String {
    format!("/groepen/{id}?{KEPT_LIST}={kept}")
}

/// `/groepen/:id?ingeschreven=N`: the cohort's page after a plain form imported a list of `N`
/// lines.
pub fn cohort_imported(id: CohortId, lines: usize) -> String {
    format!("/groepen/{id}?{IMPORTED_LINES}={lines}")
}

/// `/groepen/:id?versie=N`: the cohort's page with the preview of its move to version `N`.
pub fn cohort_version_preview(id: CohortId, version: u32) -> String {
    format!("/groepen/{id}?{VERSION_PREVIEW}={version}")
}

/// `POST /api/v1/cohorts/:id/enrolments`: a student list to enrol (`?dry_run=true`: previewed).
pub fn enrolments(cohort: CohortId) -> String {
    format!("/api/v1/cohorts/{cohort}/enrolments")
}

/// `/groepen/:id/beoordelen/:unit`: the assessment grid of one unit for the cohort.
pub fn grid(id: CohortId, unit: &UnitCode) -> String {
    format!("/groepen/{id}/beoordelen/{}", unit.slug())
}

/// `/groepen/:id/dekking`: every student's coverage of the frameworks the programme leads to.
pub fn cohort_coverage(id: CohortId) -> String {
    format!("/groepen/{id}/dekking")
}

/// `/groepen/:id/deliberatie`: the cohort's delibererende klassenraad.
pub fn cohort_deliberation(id: CohortId) -> String {
    format!("/groepen/{id}/deliberatie")
}

/// `/api/v1/deliberations/:id/record.pdf`: a meeting's record, for the archive.
pub fn deliberation_pdf(id: DeliberationId) -> String {
    format!("/api/v1/deliberations/{id}/record.pdf")
}

/// `/groepen/:id/rapport`: a cohort's printable report, the summary.
pub fn cohort_report(id: CohortId) -> String {
    format!("/groepen/{id}/rapport")
}

/// `/groepen/:id/rapport?detail=1`: the report with a page per student.
pub fn cohort_report_detailed(id: CohortId) -> String {
    format!("{}?detail=1", cohort_report(id))
}

/// `/groepen/:id/rapport?cursist=ID`: the report of one student.
pub fn cohort_report_of(id: CohortId, student: AccountId) -> String {
    format!("{}?cursist={student}", cohort_report(id))
}

/// `GET /api/v1/students/:id/portfolio.zip`: a student's whole portfolio as one archive.
pub fn portfolio_zip(student: StudentId) -> String {
    format!("/api/v1/students/{student}/portfolio.zip")
}

/// `/verifieer`: the public check of an Open Badge.
pub fn verify() -> &'static str {
    "/verifieer"
}

/// `GET /api/v1/students/:id/credential.jwt?framework=F[&unit=U]`: a deelcertificaat's (or,
/// without a unit, the certificaat's) Open Badge as a file.
pub fn credential_file(student: StudentId, framework: &FrameworkCode, unit: Option<&UnitCode>) -> String {
    credential_url(student, "jwt", framework, unit)
}

/// `GET /api/v1/students/:id/credential.svg?framework=F[&unit=U]`: the QR code of its
/// verification link.
pub fn credential_qr(student: StudentId, framework: &FrameworkCode, unit: Option<&UnitCode>) -> String {
    credential_url(student, "svg", framework, unit)
}

fn credential_url(
    student: StudentId,
    extension: &str,
    framework: &FrameworkCode,
    unit: Option<&UnitCode>,
) -> String {
    // Codes are letters, digits, `.`, `-`, `_` and (in unit codes) spaces.
    let unit = unit.map(|unit| format!("&unit={}", unit.as_str().replace(' ', "%20"))).unwrap_or_default();
    format!("/api/v1/students/{student}/credential.{extension}?framework={framework}{unit}")
}

/// `POST /api/v1/evidence`: where the upload client sends a new item.
pub fn evidence_upload() -> &'static str {
    "/api/v1/evidence"
}

/// `/api/v1/evidence/:id/file`: an evidence item's file.
pub fn evidence_file(id: EvidenceId) -> String {
    format!("/api/v1/evidence/{id}/file")
}

/// `/api/v1/evidence/:id/thumbnail`: the thumbnail of an evidence item's picture.
pub fn evidence_thumbnail(id: EvidenceId) -> String {
    format!("/api/v1/evidence/{id}/thumbnail")
}

/// `/api/v1/cohorts/:id/readiness.csv`: the readiness matrix as CSV.
pub fn readiness_csv(cohort: CohortId) -> String {
    format!("/api/v1/cohorts/{cohort}/readiness.csv")
}

/// `/api/v1/cohorts/:id/readiness.xlsx`: the readiness matrix as an Excel file.
pub fn readiness_xlsx(cohort: CohortId) -> String {
    format!("/api/v1/cohorts/{cohort}/readiness.xlsx")
}

/// `/api/v1/cohorts/:id/report.pdf?detail=true`: the report with a page per student, as PDF.
pub fn report_pdf(cohort: CohortId) -> String {
    format!("/api/v1/cohorts/{cohort}/report.pdf?detail=true")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn it_020() -> UnitCode {
        UnitCode::new("M IT 020")
    }

    #[test]
    fn the_fixed_pages_have_their_route_paths() {
        assert_eq!(home(), "/");
        assert_eq!(login(), "/aanmelden");
        assert_eq!(forgot_password(), "/wachtwoord-vergeten");
        assert_eq!(reset_requested(), "/wachtwoord-vergeten?verstuurd=1");
        assert_eq!(my_account(), "/mijn-account");
        assert_eq!(choose_password("a-B_9"), "/wachtwoord-kiezen/a-B_9");
        assert_eq!(invitation_letters(CohortId::new(4)), "/api/v1/cohorts/4/invitation-letters.pdf");
        assert_eq!(catalog(), "/catalogus");
        assert_eq!(my_evidence(), "/bewijsstukken");
        assert_eq!(queue(), "/beoordelen");
        assert_eq!(new_cohort(), "/groepen/nieuw");
        assert_eq!(staff(), "/beheer/personeel");
        assert_eq!(audit_log(), "/beheer/logboek");
        assert_eq!(outbox(), "/beheer/berichten");
        assert_eq!(record_check(), "/beheer/register");
        assert_eq!(cohort_deliberation(CohortId::new(3)), "/groepen/3/deliberatie");
        assert_eq!(cohort_coverage(CohortId::new(3)), "/groepen/3/dekking");
        assert_eq!(cohort_import_preview(CohortId::new(3), 7), "/groepen/3?lijst=7");
        assert_eq!(cohort_imported(CohortId::new(3), 2), "/groepen/3?ingeschreven=2");
        assert_eq!(cohort_version_preview(CohortId::new(3), 2), "/groepen/3?versie=2");
        assert_eq!(enrolments(CohortId::new(3)), "/api/v1/cohorts/3/enrolments");
        assert_eq!(grid(CohortId::new(3), &UnitCode::new("M IT 020")), "/groepen/3/beoordelen/M-IT-020");
        assert_eq!(deliberation_pdf(DeliberationId::new(4)), "/api/v1/deliberations/4/record.pdf");
        assert_eq!(portfolio_zip(StudentId::new(7)), "/api/v1/students/7/portfolio.zip");
        let framework = FrameworkCode::new("BO-IT-002");
        assert_eq!(
            credential_file(StudentId::new(7), &framework, Some(&UnitCode::new("M IT 020"))),
            "/api/v1/students/7/credential.jwt?framework=BO-IT-002&unit=M%20IT%20020"
        );
        assert_eq!(
            credential_qr(StudentId::new(7), &framework, None),
            "/api/v1/students/7/credential.svg?framework=BO-IT-002"
        );
        assert_eq!(verify(), "/verifieer");
        assert_eq!(notifications(), "/meldingen");
        assert_eq!(notification_preferences(), "/mijn-account#meldingen");
        assert_eq!(events(), "/api/v1/events");
    }

    #[test]
    fn a_skill_and_a_conversation_are_anchors_on_their_page() {
        let framework = FrameworkCode::new("BO-IT-002");
        let skill_id = SkillId::new("BO-IT-002.M-IT-020.7.1");
        assert_eq!(
            skill(&framework, &it_020(), &skill_id),
            "/opleiding/BO-IT-002/M-IT-020#vaardigheid-BO-IT-002.M-IT-020.7.1"
        );
        assert_eq!(
            conversation_on("/beoordelen/7/BO-IT-002/M-IT-020"),
            "/beoordelen/7/BO-IT-002/M-IT-020#gesprek"
        );
    }

    #[test]
    fn an_older_page_of_the_audit_log_carries_the_entry_it_starts_before() {
        assert_eq!(audit_log_before(120), "/beheer/logboek?voor=120");
    }

    #[test]
    fn an_older_page_of_the_outbox_carries_the_message_it_starts_before() {
        assert_eq!(outbox_before(31), "/beheer/berichten?voor=31");
    }

    #[test]
    fn a_framework_page_carries_the_code_as_it_prints() {
        assert_eq!(framework(&FrameworkCode::new("BK-0547-2")), "/catalogus/BK-0547-2");
    }

    #[test]
    fn a_unit_code_with_spaces_travels_as_its_slug() {
        let framework = FrameworkCode::new("BO-IT-002");
        assert_eq!(unit(&framework, &it_020()), "/opleiding/BO-IT-002/M-IT-020");
        assert_eq!(review(AccountId::new(7), &framework, &it_020()), "/beoordelen/7/BO-IT-002/M-IT-020");
        assert_eq!(review(AccountId::new(7), &framework, &UnitCode::new("PP")), "/beoordelen/7/BO-IT-002/PP");
    }

    #[test]
    fn an_evidence_item_its_file_and_its_thumbnail_have_their_own_addresses() {
        let id = EvidenceId::new(42);
        assert_eq!(evidence(id), "/bewijsstukken/42");
        assert_eq!(evidence_upload(), "/api/v1/evidence");
        assert_eq!(evidence_file(id), "/api/v1/evidence/42/file");
        assert_eq!(evidence_thumbnail(id), "/api/v1/evidence/42/thumbnail");
    }

    #[test]
    fn a_student_page_carries_the_account_id() {
        assert_eq!(student(AccountId::new(12)), "/cursisten/12");
    }

    #[test]
    fn a_cohort_its_report_and_its_downloads_carry_the_cohort_id() {
        let id = CohortId::new(3);
        assert_eq!(cohort(id), "/groepen/3");
        assert_eq!(cohort_report(id), "/groepen/3/rapport");
        assert_eq!(cohort_report_detailed(id), "/groepen/3/rapport?detail=1");
        assert_eq!(cohort_report_of(id, AccountId::new(12)), "/groepen/3/rapport?cursist=12");
        assert_eq!(readiness_csv(id), "/api/v1/cohorts/3/readiness.csv");
        assert_eq!(readiness_xlsx(id), "/api/v1/cohorts/3/readiness.xlsx");
        assert_eq!(report_pdf(id), "/api/v1/cohorts/3/report.pdf?detail=true");
    }
}
