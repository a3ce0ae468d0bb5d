//! What a plain HTML form post (JavaScript off or not running yet) to a server function came to,
//! said in the address it is sent back to. A refused post keeps what was typed
//! (`app::server::services::kept_form`) and the address names it (`__kept`); the page at that
//! address gets it in the request's extensions, where the app finds it
//! (`components::forms::Typed`). A post that succeeded and goes back to its page says so there
//! (`__done`), as the page would with JavaScript.

use app::dto::{KeptForm, DONE_PARAM, KEPT_PARAM};
use app::error::AppError;
use app::server::context::is_form_post_of;
use app::server::services::{auth, kept_form};
use app::server::storage::accounts::Account;
use app::server::{auth as cookies, AppState};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, LOCATION, REFERER};
use http::{HeaderValue, Method};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;

/// Where the server functions are served; the JSON API below it reads its own forms.
const SERVER_FN_PREFIX: &str = "/api/";
const JSON_API_PREFIX: &str = "/api/v1/";

/// Around every request: a plain form post to a server function that comes back refused (a
/// redirect carrying `__err`) keeps its fields, and a page asked for with `__kept` gets them back.
pub async fn plain_form_posts(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_plain_post_to_server_fn(&request) {
        return answer_plain_post(&state, request, next).await;
    }
    let kept = kept_id(request.uri().query());
    match kept {
        Some(id) if request.method() == Method::GET => give_back(&state, id, request, next).await,
        _ => next.run(request).await,
    }
}

fn is_plain_post_to_server_fn(request: &Request) -> bool {
    let path = request.uri().path();
    let form_encoded = request
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
    request.method() == Method::POST
        && path.starts_with(SERVER_FN_PREFIX)
        && !path.starts_with(JSON_API_PREFIX)
        && form_encoded
        && is_form_post_of(request.headers())
}

/// Runs the server function on a copy of the form, then says in the redirect's address what
/// came of it, keeping the form when it was refused.
async fn answer_plain_post(state: &AppState, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(form) = axum::body::to_bytes(body, crate::startup::SERVER_FN_BODY_LIMIT_BYTES).await else {
        return AppError::TooLarge(app::t!("error-request-too-large")).into_response();
    };
    let endpoint = parts.uri.path().to_owned();
    let from =
        parts.headers.get(REFERER).and_then(|value| Some(tidy(value.to_str().ok()?, Outcome::Elsewhere)));
    // Who sent it is asked only if it is refused: the server function checks it anyway.
    let session = cookies::session_token(&parts.headers);
    let mut response = next.run(Request::from_parts(parts, Body::from(form.clone()))).await;
    let Some(location) = response.headers().get(LOCATION).and_then(|value| value.to_str().ok()) else {
        return response;
    };
    // server_fn sends the browser back to whatever the Referer said: only its path is followed.
    let location = on_this_site(location);
    let outcome = if response.headers().contains_key(SERVER_FN_ERROR_HEADER) {
        let fields: Vec<_> = form_urlencoded::parse(&form).into_owned().collect();
        let kept = match (refusal_in(&location), signed_in(state, session.as_deref()).await) {
            (Some(refusal), Some(account)) => keep(state, &account, &endpoint, &fields, &refusal).await,
            _ => None,
        };
        Outcome::Refused { kept }
    } else if from.is_some_and(|from| same_page(&from, &tidy(&location, Outcome::Elsewhere))) {
        Outcome::Done
    } else {
        Outcome::Elsewhere
    };
    if let Ok(location) = HeaderValue::from_str(&tidy(&location, outcome)) {
        response.headers_mut().insert(LOCATION, location);
    }
    response
}

/// What a plain form post came to, as the address it is sent to says.
pub enum Outcome {
    /// Back to the form with the refusal, and what was typed when it was kept.
    Refused { kept: Option<i64> },
    /// Back to the form's page, done.
    Done,
    /// On to another page, which shows what was done.
    Elsewhere,
}

/// Whether two addresses, absolute or not, name the same page (path and query): server_fn sends
/// a plain post that succeeded back where it came from, a server function that says where to
/// go next elsewhere, to a page that says what was done.
fn same_page(one: &str, other: &str) -> bool {
    let page =
        |address: &str| address.parse::<http::Uri>().ok().and_then(|uri| uri.path_and_query().cloned());
    page(one).is_some() && page(one) == page(other)
}

/// Keeps `fields`, posted by `account` to `endpoint` and refused with `refusal`; answers the id to
/// name in the address. A form that could not be kept is only lost, as it was before: the
/// refusal is still shown.
pub async fn keep(
    state: &AppState,
    account: &Account,
    endpoint: &str,
    fields: &[(String, String)],
    refusal: &AppError,
) -> Option<i64> {
    let now = state.clock.now();
    kept_form::keep(state, account, endpoint, fields, refusal, now).await.unwrap_or_else(|error| {
        tracing::error!(%error, "a refused form was not kept");
        None
    })
}

/// The refusal a redirect's address carries (`__err`), as the page will read it.
fn refusal_in(location: &str) -> Option<AppError> {
    use leptos::server_fn::error::ServerFnUrlError;
    let (_, encoded) = query_pairs(location).into_iter().rfind(|(name, _)| name == "__err")?;
    Some(ServerFnUrlError::<AppError>::decode_err(&encoded))
}

/// `location` as a path on this site (with its query): another host, or a path a browser would
/// read as one (`//host`, `/\host`), becomes the home page.
fn on_this_site(location: &str) -> String {
    let page = location.parse::<http::Uri>().ok().and_then(|uri| uri.path_and_query().cloned());
    match page {
        Some(page) if !page.path().starts_with("//") && !page.path().starts_with("/\\") => page.to_string(),
        _ => "/".to_owned(),
    }
}

/// `location` (an address, absolute or not) saying `outcome` alone: of the refusals only the last
/// `__path` and `__err` stay (server_fn adds a refusal after those already in the page's
/// address, and the page would show the first), an earlier post's `__kept` and `__done` go.
pub fn tidy(location: &str, outcome: Outcome) -> String {
    let (path, _) = location.split_once('?').unwrap_or((location, ""));
    let pairs = query_pairs(location);
    let last_refusal = pairs.iter().rposition(|(name, _)| name == "__path");
    let kept_pairs = pairs.iter().enumerate().filter(|(index, (name, _))| match name.as_str() {
        "__path" | "__err" => last_refusal.is_some_and(|last| *index >= last),
        name => name != KEPT_PARAM && name != DONE_PARAM,
    });
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.extend_pairs(kept_pairs.map(|(_, pair)| pair));
    match outcome {
        Outcome::Refused { kept: Some(id) } => {
            query.append_pair(KEPT_PARAM, &id.to_string());
        }
        Outcome::Done => {
            query.append_pair(DONE_PARAM, "1");
        }
        Outcome::Refused { kept: None } | Outcome::Elsewhere => {}
    }
    let query = query.finish();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

fn query_pairs(location: &str) -> Vec<(String, String)> {
    let query = location.split_once('?').map_or("", |(_, query)| query);
    let query = query.split_once('#').map_or(query, |(query, _)| query);
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

fn kept_id(query: Option<&str>) -> Option<i64> {
    form_urlencoded::parse(query?.as_bytes()).find(|(name, _)| name == KEPT_PARAM)?.1.parse().ok()
}

/// Serves the page with the form kept as `id` in the request's extensions, when it is the
/// signed-in account's.
async fn give_back(state: &AppState, id: i64, mut request: Request, next: Next) -> Response {
    if let Some(account) = signed_in(state, cookies::session_token(request.headers()).as_deref()).await {
        match kept_form::find(state, &account, id, state.clock.now()).await {
            Ok(Some(kept)) => {
                request.extensions_mut().insert::<KeptForm>(kept);
            }
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "a kept form was not read"),
        }
    }
    next.run(request).await
}

async fn signed_in(state: &AppState, session: Option<&str>) -> Option<Account> {
    auth::authenticate(state, session, state.clock.now()).await.ok()
}

#[cfg(test)]
mod tests {
    use super::{on_this_site, tidy, Outcome};

    #[test]
    fn a_new_refusal_replaces_the_old_one_and_names_the_kept_form() {
        let location = "http://vaardig.test/groepen/nieuw?x=1&__path=%2Fapi%2Fa&__err=b2xk&__kept=3&__path=%2Fapi%2Fa&__err=bmV3";
        assert_eq!(
            tidy(location, Outcome::Refused { kept: Some(9) }),
            "http://vaardig.test/groepen/nieuw?x=1&__path=%2Fapi%2Fa&__err=bmV3&__kept=9"
        );
        assert_eq!(
            tidy("/a?__done=1&__path=p&__err=e", Outcome::Refused { kept: None }),
            "/a?__path=p&__err=e"
        );
    }

    #[test]
    fn the_browser_is_only_sent_to_a_page_of_this_site() {
        assert_eq!(on_this_site("http://elders.example/x?a=1"), "/x?a=1");
        assert_eq!(on_this_site("/groepen/4?versie=2"), "/groepen/4?versie=2");
        assert_eq!(on_this_site("//elders.example/x"), "/");
        assert_eq!(on_this_site("/\\elders.example"), "/");
        assert_eq!(on_this_site("javascript:alert(1)"), "/");
    }

    #[test]
    fn a_success_drops_the_kept_form_and_says_it_is_done_on_its_own_page_only() {
        assert_eq!(tidy("/bewijsstukken/4?__kept=3", Outcome::Done), "/bewijsstukken/4?__done=1");
        assert_eq!(tidy("/groepen/4?versie=2&__done=1", Outcome::Done), "/groepen/4?versie=2&__done=1");
        assert_eq!(tidy("/groepen/4?__kept=3", Outcome::Elsewhere), "/groepen/4");
    }
}
