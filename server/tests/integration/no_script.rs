//! Forms without JavaScript: a plain HTML form post to a server function comes back to its page,
//! with the outcome shown there, never as a bare response body.

use app::api::session::Login;
use domain::Role;
use leptos::server_fn::ServerFn;
use reqwest::header::LOCATION;
use reqwest::{Client, StatusCode};

use crate::common::{spawn_app, PASSWORD};

/// A browser without JavaScript: it keeps cookies and shows redirects instead of following them.
fn browser() -> Client {
    Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

#[tokio::test]
async fn a_wrong_password_comes_back_to_the_form_with_the_reason() {
    let app = spawn_app().await;
    app.account("cursist@centrum.be", Role::Student).await;
    let browser = browser();
    let sign_in = |password: &'static str| {
        browser
            .post(app.url(Login::PATH))
            .header("accept", "text/html")
            .header("referer", app.url("/aanmelden"))
            .form(&[("email", "cursist@centrum.be"), ("password", password)])
            .send()
    };
    let refused = sign_in("een-verkeerd-wachtwoord").await.unwrap();
    assert_eq!(refused.status(), StatusCode::FOUND, "back to the form, not a bare 401");
    let back = refused.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(back.starts_with(&app.url("/aanmelden?")), "{back}");
    let page = browser.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains(r#"<p role="alert" class="error">Onbekend e-mailadres of verkeerd wachtwoord."#),
        "the reason is on the page"
    );
    assert!(!page.contains("BadCredentials"));

    let signed_in = sign_in(PASSWORD).await.unwrap();
    assert_eq!(signed_in.status(), StatusCode::FOUND);
    assert_eq!(signed_in.headers()[LOCATION], "/", "on to the home page");
    assert_eq!(browser.get(app.url("/api/v1/me")).send().await.unwrap().status(), StatusCode::OK);
}
