//! One typed helper per endpoint of `/api/v1`, called as the client given (a signed-in
//! session, or a visitor). Helpers named for a use case assert its success status; `get`,
//! `post_json` and `upload` answer the response as it is, for tests about refusals.

use reqwest::multipart::{Form, Part};
use reqwest::{Client, Response, StatusCode};
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

    /// `POST /api/v1/submissions`: asserts 201.
    pub async fn submit(&self, student: &Client, skills: &[&str]) {
        let response = self.post_json(student, "/api/v1/submissions", &json!({ "skill_ids": skills })).await;
        assert_eq!(response.status(), StatusCode::CREATED, "submitting {skills:?}");
    }

    /// `POST /api/v1/decisions` on a student's skills, citing no evidence: asserts 201.
    pub async fn decide<S: AsRef<str>>(
        &self,
        assessor: &Client,
        student_id: i64,
        skills: &[S],
        decision: &str,
        comment: &str,
    ) {
        let skills: Vec<&str> = skills.iter().map(AsRef::as_ref).collect();
        let body = json!({ "student_id": student_id, "skill_ids": skills, "decision": decision, "comment": comment });
        let response = self.post_json(assessor, "/api/v1/decisions", &body).await;
        assert_eq!(response.status(), StatusCode::CREATED, "deciding {skills:?}");
    }

    /// `GET /api/v1/queue`: the skill ids waiting in the client's queue.
    pub async fn queued_skills(&self, client: &Client) -> Vec<String> {
        let queue = self.get_json(client, "/api/v1/queue").await;
        queue.as_array().unwrap().iter().map(|entry| entry["skill_id"].as_str().unwrap().to_owned()).collect()
    }
}
