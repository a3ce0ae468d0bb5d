//! One typed helper per endpoint of `/api/v1`, called as the client given (a signed-in
//! session, or a visitor). Helpers named for a use case assert its success status; `get`,
//! `post_json` and `upload` answer the response as it is, for tests about refusals.

use domain::CohortId;
use reqwest::multipart::{Form, Part};
use reqwest::{Body, Client, Response, StatusCode};
use serde_json::{json, Value};

use super::TestApp;

impl TestApp {
    /// `GET path`, whatever the answer.
    pub async fn get(&self, client: &Client, path: &str) -> Response {
        client.get(self.url(path)).send().await.unwrap()
    }

    /// `GET path`: asserts 200 and answers the JSON body.
    pub async fn get_json(&self, client: &Client, path: &str) -> Value {
        let response = self.get(client, path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        response.json().await.unwrap()
    }

    /// `GET path`: asserts 200 and answers the body's bytes (CSV, Excel, PDF, files).
    pub async fn get_bytes(&self, client: &Client, path: &str) -> Vec<u8> {
        let response = self.get(client, path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        response.bytes().await.unwrap().to_vec()
    }

    /// `POST path` with a JSON body, whatever the answer.
    pub async fn post_json(&self, client: &Client, path: &str, body: &Value) -> Response {
        client.post(self.url(path)).json(body).send().await.unwrap()
    }

    /// `POST path` with a form body (as a server function reads it), whatever the answer.
    pub async fn post_form(&self, client: &Client, path: &str, fields: &[(&str, String)]) -> Response {
        client.post(self.url(path)).form(fields).send().await.unwrap()
    }

    /// `POST /api/v1/evidence`: one file with its details (`meta`), whatever the answer.
    pub async fn upload(&self, student: &Client, file_name: &str, bytes: Vec<u8>, meta: &Value) -> Response {
        let form = Form::new()
            .text("meta", meta.to_string())
            .part("file", Part::bytes(bytes).file_name(file_name.to_owned()));
        student.post(self.url("/api/v1/evidence")).multipart(form).send().await.unwrap()
    }

    /// Uploads a short PDF report ("Verslag", 20 November 2026) linked to `skills`: asserts 201
    /// and answers the item's id.
    pub async fn upload_reflection(&self, student: &Client, skills: &[&str]) -> i64 {
        let meta = json!({ "kind": "file", "title": "Verslag", "date": "2026-11-20", "skill_ids": skills });
        let pdf = format!("%PDF-1.7 {skills:?}").into_bytes();
        let response = self.upload(student, "verslag.pdf", pdf, &meta).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json::<Value>().await.unwrap()["items"][0]["id"].as_i64().unwrap()
    }

    /// `GET /api/v1/evidence/{id}/file`, whatever the answer.
    pub async fn evidence_file(&self, client: &Client, id: i64) -> Response {
        self.get(client, &format!("/api/v1/evidence/{id}/file")).await
    }

    /// `GET /api/v1/evidence/{id}`: asserts 200 and answers the item.
    pub async fn evidence(&self, client: &Client, id: i64) -> Value {
        self.get_json(client, &format!("/api/v1/evidence/{id}")).await
    }

    /// `GET /api/v1/evidence/{id}/thumbnail`: asserts 200 and answers the image's bytes.
    pub async fn evidence_thumbnail(&self, client: &Client, id: i64) -> Vec<u8> {
        self.get_bytes(client, &format!("/api/v1/evidence/{id}/thumbnail")).await
    }

    /// `PUT /api/v1/evidence/{id}/skills`: links the item to exactly `skills`, whatever the
    /// answer.
    pub async fn put_evidence_skills(&self, student: &Client, id: i64, skills: &[&str]) -> Response {
        let body = json!({ "skill_ids": skills });
        student.put(self.url(&format!("/api/v1/evidence/{id}/skills"))).json(&body).send().await.unwrap()
    }

    /// `DELETE /api/v1/evidence/{id}`, whatever the answer.
    pub async fn delete_evidence(&self, student: &Client, id: i64) -> Response {
        student.delete(self.url(&format!("/api/v1/evidence/{id}"))).send().await.unwrap()
    }

    /// `POST /api/v1/session`: signs `client` in, whatever the answer.
    pub async fn sign_in(&self, client: &Client, email: &str, password: &str) -> Response {
        self.post_json(client, "/api/v1/session", &json!({ "email": email, "password": password })).await
    }

    /// `POST /api/v1/submissions`, whatever the answer.
    pub async fn post_submission(&self, student: &Client, skills: &[&str]) -> Response {
        self.post_json(student, "/api/v1/submissions", &json!({ "skill_ids": skills })).await
    }

    /// `POST /api/v1/submissions`: asserts 201.
    pub async fn submit(&self, student: &Client, skills: &[&str]) {
        let response = self.post_submission(student, skills).await;
        assert_eq!(response.status(), StatusCode::CREATED, "submitting {skills:?}");
    }

    /// `POST /api/v1/decisions` on a student's skills, citing `evidence`, whatever the answer.
    pub async fn post_decision(
        &self,
        assessor: &Client,
        student_id: i64,
        skills: &[&str],
        decision: &str,
        comment: &str,
        evidence: &[i64],
    ) -> Response {
        let body = json!({ "student_id": student_id, "skill_ids": skills, "decision": decision,
                           "comment": comment, "evidence_ids": evidence });
        self.post_json(assessor, "/api/v1/decisions", &body).await
    }

    /// `POST /api/v1/decisions` on a student's skills, citing no evidence: asserts 201. An
    /// "achieved" without a comment carries [`super::OBSERVED`] instead: a skill without
    /// evidence is signed off only with a note of what the assessor saw.
    pub async fn decide<S: AsRef<str>>(
        &self,
        assessor: &Client,
        student_id: i64,
        skills: &[S],
        decision: &str,
        comment: &str,
    ) {
        let skills: Vec<&str> = skills.iter().map(AsRef::as_ref).collect();
        let comment = if decision == "achieved" && comment.is_empty() { super::OBSERVED } else { comment };
        let response = self.post_decision(assessor, student_id, &skills, decision, comment, &[]).await;
        assert_eq!(response.status(), StatusCode::CREATED, "deciding {skills:?}");
    }

    /// `POST /api/v1/students/{id}/awards` for `unit` (of `framework`, named when the student
    /// follows several programmes), whatever the answer.
    pub async fn post_award(
        &self,
        client: &Client,
        student_id: i64,
        unit: &str,
        framework: Option<&str>,
    ) -> Response {
        let body = match framework {
            Some(framework) => json!({ "unit_code": unit, "framework": framework }),
            None => json!({ "unit_code": unit }),
        };
        self.post_json(client, &format!("/api/v1/students/{student_id}/awards"), &body).await
    }

    /// `GET /api/v1/students/{id}/progress`, of one `framework` or all, whatever the answer.
    pub async fn progress(&self, client: &Client, student_id: i64, framework: Option<&str>) -> Response {
        self.get(client, &progress_path(student_id, framework)).await
    }

    /// `GET /api/v1/students/{id}/progress`, of one `framework` or all: asserts 200 and answers
    /// the JSON body.
    pub async fn progress_json(&self, client: &Client, student_id: i64, framework: Option<&str>) -> Value {
        self.get_json(client, &progress_path(student_id, framework)).await
    }

    /// `GET /api/v1/queue{query}` (`query` empty or a filter such as `?unit=M%20IT%20021`):
    /// asserts 200 and answers the entries.
    pub async fn queue(&self, client: &Client, query: &str) -> Value {
        self.get_json(client, &format!("/api/v1/queue{query}")).await
    }

    /// `POST /api/v1/cohorts/{id}/enrolments[?dry_run=true]` with a list as `content_type`,
    /// whatever the answer.
    pub async fn post_enrolments(
        &self,
        coordinator: &Client,
        cohort: CohortId,
        dry_run: bool,
        content_type: &str,
        list: impl Into<Body>,
    ) -> Response {
        let url = self.url(&enrolments_path(cohort, dry_run));
        coordinator.post(url).header("content-type", content_type).body(list).send().await.unwrap()
    }

    /// `POST /api/v1/cohorts/{id}/enrolments[?dry_run=true]` with a multipart form, whatever the
    /// answer.
    pub async fn post_enrolments_form(
        &self,
        coordinator: &Client,
        cohort: CohortId,
        dry_run: bool,
        form: Form,
    ) -> Response {
        coordinator.post(self.url(&enrolments_path(cohort, dry_run))).multipart(form).send().await.unwrap()
    }

    /// `POST /api/v1/cohorts/{id}/enrolments[?dry_run=true]` with a CSV list (`text/csv`, any
    /// encoding): asserts 200 and answers the preview or the import.
    pub async fn enrol(&self, coordinator: &Client, cohort: CohortId, csv: Vec<u8>, dry_run: bool) -> Value {
        let response = self.post_enrolments(coordinator, cohort, dry_run, "text/csv", csv).await;
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    }

    /// `POST /api/v1/cohorts/{id}/invitation-letters.pdf`, whatever the answer.
    pub async fn post_invitation_letters(&self, coordinator: &Client, cohort: CohortId) -> Response {
        let url = self.url(&format!("/api/v1/cohorts/{cohort}/invitation-letters.pdf"));
        coordinator.post(url).send().await.unwrap()
    }

    /// `GET /api/v1/cohorts/{id}/readiness`: asserts 200 and answers the overview.
    pub async fn readiness(&self, client: &Client, cohort: CohortId) -> Value {
        self.get_json(client, &format!("/api/v1/cohorts/{cohort}/readiness")).await
    }

    /// `POST /api/v1/cohorts/{id}/archive`, whatever the answer.
    pub async fn archive_cohort(&self, coordinator: &Client, cohort: CohortId) -> Response {
        coordinator.post(self.url(&format!("/api/v1/cohorts/{cohort}/archive"))).send().await.unwrap()
    }

    /// `PUT /api/v1/cohorts/{id}/assessors/{account}`, whatever the answer.
    pub async fn put_cohort_assessor(
        &self,
        coordinator: &Client,
        cohort: CohortId,
        assessor: i64,
    ) -> Response {
        let url = self.url(&format!("/api/v1/cohorts/{cohort}/assessors/{assessor}"));
        coordinator.put(url).send().await.unwrap()
    }

    /// `GET /api/v1/queue`: the skill ids waiting in the client's queue.
    pub async fn queued_skills(&self, client: &Client) -> Vec<String> {
        let queue = self.queue(client, "").await;
        queue.as_array().unwrap().iter().map(|entry| entry["skill_id"].as_str().unwrap().to_owned()).collect()
    }
}

/// The path of a student's progress, of one framework or (without `framework`) all.
fn progress_path(student_id: i64, framework: Option<&str>) -> String {
    match framework {
        Some(framework) => format!("/api/v1/students/{student_id}/progress?framework={framework}"),
        None => format!("/api/v1/students/{student_id}/progress"),
    }
}

/// The path that enrols a list in a cohort, or (`dry_run`) previews it.
fn enrolments_path(cohort: CohortId, dry_run: bool) -> String {
    let query = if dry_run { "?dry_run=true" } else { "" };
    format!("/api/v1/cohorts/{cohort}/enrolments{query}")
}
