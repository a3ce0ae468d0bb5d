//! The standard world most tests start from: one running BO-IT-002 cohort "Avond" with one
//! student and one assessor, and a coordinator, each signed in. [`World::builder`] adds the few
//! accounts some tests need besides; [`EmptyCohort`] is the cohort before anyone is enrolled.

use domain::{CohortId, Role};
use reqwest::{Client, Response};

use super::{spawn_app, spawn_app_with_settings, spawn_app_with_statement_timeout, TestApp};

pub const STUDENT: &str = "cursist@centrum.be";
pub const ASSESSOR: &str = "beoordelaar@centrum.be";
pub const COORDINATOR: &str = "coordinator@centrum.be";
/// A second assessor of "Avond" ([`Builder::second_assessor`]).
pub const SECOND_ASSESSOR: &str = "tweede@centrum.be";
/// The assessor of "Dag", a cohort of the beroepskwalificatie BK-0547-2
/// ([`Builder::other_programme`]).
pub const OTHER_ASSESSOR: &str = "collega@centrum.be";
/// An administrator ([`Builder::admin`]).
pub const ADMIN: &str = "beheer@centrum.be";

/// The six skills of module M IT 020, the first unit of the world's programme BO-IT-002.
pub const M_IT_020: [&str; 6] = [
    "BO-IT-002.M-IT-020.7.1",
    "BO-IT-002.M-IT-020.7.2",
    "BO-IT-002.M-IT-020.7.3",
    "BO-IT-002.M-IT-020.11.1",
    "BO-IT-002.M-IT-020.11.2",
    "BO-IT-002.M-IT-020.11.3",
];

/// A fresh server with the standard accounts and cohort.
pub struct World {
    pub app: TestApp,
    pub student_id: i64,
    pub cohort: CohortId,
    pub student: Client,
    pub assessor: Client,
    pub coordinator: Client,
    added: Added,
}

/// The signed-in clients of the accounts a [`Builder`] added.
#[derive(Default)]
struct Added {
    second_assessor: Option<Client>,
    other_assessor: Option<Client>,
    admin: Option<Client>,
}

/// The standard world with what a test adds to it, in one place:
/// `World::builder().second_assessor().admin().build().await`.
pub struct Builder {
    student: String,
    statement_timeout: Option<u64>,
    second_assessor: bool,
    other_programme: bool,
    student_in_other_programme: bool,
    admin: bool,
    deliberation_only: bool,
}

impl World {
    /// The standard world.
    pub async fn new() -> World {
        World::builder().build().await
    }

    /// The standard world around a student signing in as `email` (the part before `@` is the
    /// name pages show).
    pub async fn with_student(email: &str) -> World {
        World::builder().student(email).build().await
    }

    /// The standard world, to add accounts to before [`Builder::build`].
    pub fn builder() -> Builder {
        Builder {
            student: STUDENT.to_owned(),
            statement_timeout: None,
            second_assessor: false,
            other_programme: false,
            student_in_other_programme: false,
            deliberation_only: false,
            admin: false,
        }
    }

    /// [`SECOND_ASSESSOR`], signed in.
    pub fn second_assessor(&self) -> &Client {
        added(&self.added.second_assessor, "second_assessor")
    }

    /// [`OTHER_ASSESSOR`], the assessor of "Dag" in BK-0547-2, signed in.
    pub fn other_assessor(&self) -> &Client {
        added(&self.added.other_assessor, "other_programme")
    }

    /// [`ADMIN`], signed in.
    pub fn admin(&self) -> &Client {
        added(&self.added.admin, "admin")
    }

    /// `GET /api/v1/students/{id}/progress` of the world's student, as `client`.
    pub async fn progress(&self, client: &Client) -> Response {
        self.app.progress(client, self.student_id, None).await
    }

    /// `POST /api/v1/decisions` on the world's student, as `client`, whatever the answer.
    pub async fn post_decision(
        &self,
        client: &Client,
        skills: &[&str],
        decision: &str,
        comment: &str,
        evidence: &[i64],
    ) -> Response {
        self.app.post_decision(client, self.student_id, skills, decision, comment, evidence).await
    }

    /// `POST /api/v1/students/{id}/awards` for the world's student, as `client`, whatever the
    /// answer.
    pub async fn post_award(&self, client: &Client, unit: &str, framework: Option<&str>) -> Response {
        self.app.post_award(client, self.student_id, unit, framework).await
    }

    /// The student uploads one PDF report linked to `skills` and submits them; answers the
    /// item's id.
    pub async fn submit_with_evidence(&self, skills: &[&str]) -> i64 {
        let id = self.app.upload_reflection(&self.student, skills).await;
        self.app.submit(&self.student, skills).await;
        id
    }
}

impl Builder {
    /// The student signs in as `email` (the part before `@` is the name pages show).
    pub fn student(mut self, email: &str) -> Builder {
        self.student = email.to_owned();
        self
    }

    /// A server whose statements give up after `seconds` (see
    /// [`spawn_app_with_statement_timeout`]).
    pub fn statement_timeout(mut self, seconds: u64) -> Builder {
        self.statement_timeout = Some(seconds);
        self
    }

    /// [`SECOND_ASSESSOR`] assesses "Avond" too.
    pub fn second_assessor(mut self) -> Builder {
        self.second_assessor = true;
        self
    }

    /// A cohort "Dag" of BK-0547-2, assessed by [`OTHER_ASSESSOR`], without the world's student.
    pub fn other_programme(mut self) -> Builder {
        self.other_programme = true;
        self
    }

    /// The world's student follows "Dag" of BK-0547-2 as well (see [`Builder::other_programme`]).
    pub fn student_in_other_programme(mut self) -> Builder {
        self.other_programme = true;
        self.student_in_other_programme = true;
        self
    }

    /// An administrator, [`ADMIN`].
    pub fn admin(mut self) -> Builder {
        self.admin = true;
        self
    }

    /// A centre where only the delibererende klassenraad awards deelcertificaten.
    pub fn awards_by_deliberation_only(mut self) -> Builder {
        self.deliberation_only = true;
        self
    }

    /// Starts the server and creates the accounts and cohorts, each account signed in.
    pub async fn build(self) -> World {
        let app = match (self.statement_timeout, self.deliberation_only) {
            (_, true) => {
                spawn_app_with_settings(|settings| settings.awards_by_deliberation_only = true).await
            }
            (Some(seconds), false) => spawn_app_with_statement_timeout(seconds).await,
            (None, false) => spawn_app().await,
        };
        let student_id = app.account(&self.student, Role::Student).await;
        let mut assessors = vec![app.account(ASSESSOR, Role::Assessor).await];
        if self.second_assessor {
            assessors.push(app.account(SECOND_ASSESSOR, Role::Assessor).await);
        }
        let other_assessor =
            if self.other_programme { Some(app.account(OTHER_ASSESSOR, Role::Assessor).await) } else { None };
        app.account(COORDINATOR, Role::Coordinator).await;
        if self.admin {
            app.account(ADMIN, Role::Admin).await;
        }
        let cohort = app.cohort("Avond", "BO-IT-002", &[student_id], &assessors).await;
        if let Some(other_assessor) = other_assessor {
            let students = if self.student_in_other_programme { vec![student_id] } else { vec![] };
            app.cohort("Dag", "BK-0547-2", &students, &[other_assessor]).await;
        }
        World {
            student: app.signed_in(&self.student).await,
            assessor: app.signed_in(ASSESSOR).await,
            coordinator: app.signed_in(COORDINATOR).await,
            added: Added {
                second_assessor: signed_in_if(&app, self.second_assessor, SECOND_ASSESSOR).await,
                other_assessor: signed_in_if(&app, self.other_programme, OTHER_ASSESSOR).await,
                admin: signed_in_if(&app, self.admin, ADMIN).await,
            },
            app,
            student_id,
            cohort,
        }
    }
}

async fn signed_in_if(app: &TestApp, added: bool, email: &str) -> Option<Client> {
    if added {
        Some(app.signed_in(email).await)
    } else {
        None
    }
}

fn added<'a>(client: &'a Option<Client>, builder_method: &str) -> &'a Client {
    client.as_ref().unwrap_or_else(|| panic!("build the world with `.{builder_method}()` first"))
}

/// A fresh server with a coordinator and the cohort "Avond" (BO-IT-002) before anyone is
/// enrolled or assigned: where enrolling starts.
pub struct EmptyCohort {
    pub app: TestApp,
    pub cohort: CohortId,
    pub coordinator: Client,
}

impl EmptyCohort {
    /// The empty cohort on a fresh server, its coordinator signed in.
    pub async fn new() -> EmptyCohort {
        EmptyCohort::on(spawn_app().await).await
    }

    /// The empty cohort on `app` (a server spawned another way), its coordinator signed in.
    pub async fn on(app: TestApp) -> EmptyCohort {
        app.account(COORDINATOR, Role::Coordinator).await;
        let cohort = app.cohort("Avond", "BO-IT-002", &[], &[]).await;
        let coordinator = app.signed_in(COORDINATOR).await;
        EmptyCohort { app, cohort, coordinator }
    }
}
