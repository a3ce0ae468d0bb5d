//! The standard world most tests start from: one running BO-IT-002 cohort "Avond" with one
//! student and one assessor, and a coordinator, each signed in.

use domain::Role;
use reqwest::Client;

use super::{spawn_app, TestApp};

pub const STUDENT: &str = "cursist@centrum.be";
pub const ASSESSOR: &str = "beoordelaar@centrum.be";
pub const COORDINATOR: &str = "coordinator@centrum.be";

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
    pub cohort: domain::CohortId,
    pub student: Client,
    pub assessor: Client,
    pub coordinator: Client,
}

impl World {
    /// The standard world.
    pub async fn new() -> World {
        World::with_student(STUDENT).await
    }

    /// The standard world around a student signing in as `email` (the part before `@` is the
    /// name pages show).
    pub async fn with_student(email: &str) -> World {
        let app = spawn_app().await;
        let student_id = app.account(email, Role::Student).await;
        let assessor_id = app.account(ASSESSOR, Role::Assessor).await;
        app.account(COORDINATOR, Role::Coordinator).await;
        let cohort = app.cohort("Avond", "BO-IT-002", &[student_id], &[assessor_id]).await;
        World {
            student: app.signed_in(email).await,
            assessor: app.signed_in(ASSESSOR).await,
            coordinator: app.signed_in(COORDINATOR).await,
            app,
            student_id,
            cohort,
        }
    }

    /// `GET /api/v1/students/{id}/progress` of the world's student, as `client`.
    pub async fn progress(&self, client: &Client) -> reqwest::Response {
        self.app.get(client, &format!("/api/v1/students/{}/progress", self.student_id)).await
    }
}
