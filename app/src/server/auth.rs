//! Passwords, session tokens and the session cookie.
//!
//! Passwords are hashed with argon2id at OWASP's recommended parameters (19 MiB, 2 passes,
//! 1 lane). A session token is 32 random bytes; the database only keeps its SHA-256, so a leaked
//! database does not leak live sessions.

use std::sync::LazyLock;

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use http::header::{COOKIE, SET_COOKIE};
use http::{HeaderMap, HeaderValue};
use rand::RngCore;
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

use crate::error::AppError;
use crate::server::storage::accounts::NO_PASSWORD;

/// The name of the cookie that carries the session token.
pub const SESSION_COOKIE: &str = "vaardig_session";

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("OWASP argon2id parameters are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// How many password hashes are computed at once, across the process: one per core. Each takes
/// 19 MiB and a core for a moment, so a flood of sign-ins waits its turn instead of exhausting
/// memory and starving other requests.
static HASHING: LazyLock<Semaphore> = LazyLock::new(|| {
    Semaphore::new(std::thread::available_parallelism().map(|cores| cores.get()).unwrap_or(2))
});

/// Runs a CPU-heavy hash off the async executor, waiting for a free [`HASHING`] slot first.
async fn bounded<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    let _slot = HASHING.acquire().await.map_err(|_| AppError::Internal)?;
    Ok(tokio::task::spawn_blocking(work).await?)
}

/// Hashes a password into a PHC string.
pub async fn hash_password(password: String) -> Result<String, AppError> {
    bounded(move || hash_with_salt(&password)).await?
}

/// Checks a password against a stored hash, or against a dummy hash when there is no account,
/// so both take the same time. The comparison inside argon2 is constant-time.
pub async fn verify_password(password: String, stored_hash: Option<String>) -> Result<bool, AppError> {
    bounded(move || verify(&password, stored_hash.as_deref())).await
}

fn hash_with_salt(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher().hash_password(password.as_bytes(), &salt).map(|hash| hash.to_string()).map_err(|error| {
        tracing::error!(%error, "hashing a password failed");
        AppError::Internal
    })
}

/// A hash of a password nobody knows, verified when the email is unknown so that the answer
/// takes as long as for a known email with a wrong password.
static UNKNOWN_ACCOUNT_HASH: LazyLock<String> =
    LazyLock::new(|| hash_with_salt("vaardig-unknown-account").expect("hashing a constant succeeds"));

/// An account without a password yet ([`NO_PASSWORD`]) is verified like an unknown one: the
/// same work, and never a match.
fn verify(password: &str, stored_hash: Option<&str>) -> bool {
    let stored_hash = stored_hash.filter(|hash| *hash != NO_PASSWORD);
    let hash_text = stored_hash.unwrap_or(UNKNOWN_ACCOUNT_HASH.as_str());
    let Ok(hash) = PasswordHash::new(hash_text) else {
        tracing::error!("a stored password hash is not a valid PHC string");
        return false;
    };
    hasher().verify_password(password.as_bytes(), &hash).is_ok() && stored_hash.is_some()
}

/// A fresh random session token, as sent to the browser: 256 bits, 43 characters.
pub fn new_session_token() -> String {
    random_text::<32>()
}

/// A fresh random token for a link in a mail or a letter: 128 bits (more than NIST SP 800-63B's
/// 64 for such secrets), 22 characters, so a printed link stays on one line and can be typed.
pub fn new_link_token() -> String {
    random_text::<16>()
}

/// `N` random bytes as URL-safe base64 without padding.
fn random_text<const N: usize>() -> String {
    let mut bytes = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A readable random password for accounts created without one (`vaardig user add`, demo data).
pub fn generate_password() -> String {
    random_text::<12>()
}

/// What the database stores instead of the token itself.
pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The session token from the request's `Cookie` headers, if any.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    cookie(headers, SESSION_COOKIE).filter(|token| !token.is_empty()).map(str::to_owned)
}

/// The value of the cookie `name` in the request's `Cookie` headers, if it is there.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|line| line.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value)
}

/// The `Set-Cookie` value that stores a session token in the browser.
pub fn session_cookie(token: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let cookie = format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}"
    );
    HeaderValue::from_str(&cookie).expect("a base64url token makes a valid header value")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn cleared_session_cookie(secure: bool) -> HeaderValue {
    session_cookie("", 0, secure)
}

/// Adds a `Set-Cookie` header to a response's headers.
pub fn set_cookie(headers: &mut HeaderMap, cookie: HeaderValue) {
    headers.append(SET_COOKIE, cookie);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_own_hash_only() {
        let hash = hash_with_salt("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(verify("correct horse", Some(&hash)));
        assert!(!verify("Correct horse", Some(&hash)));
    }

    #[test]
    fn an_unknown_account_never_verifies() {
        assert!(!verify("vaardig-unknown-account", None));
    }

    #[test]
    fn an_account_without_a_password_never_verifies() {
        assert!(!verify("!", Some(NO_PASSWORD)));
        assert!(!verify("", Some(NO_PASSWORD)));
    }

    #[test]
    fn a_corrupt_stored_hash_does_not_verify() {
        assert!(!verify("x", Some("not a hash")));
    }

    #[tokio::test]
    async fn no_more_hashes_run_at_once_than_there_are_slots() {
        let slots = HASHING.available_permits();
        let running = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let most = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let tasks: Vec<_> = (0..slots * 4)
            .map(|_| {
                let (running, most) = (running.clone(), most.clone());
                tokio::spawn(bounded(move || {
                    use std::sync::atomic::Ordering::SeqCst;
                    most.fetch_max(running.fetch_add(1, SeqCst) + 1, SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    running.fetch_sub(1, SeqCst);
                }))
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert!(most.load(std::sync::atomic::Ordering::SeqCst) <= slots);
    }

    #[tokio::test]
    async fn the_async_helpers_hash_and_verify() {
        let hash = hash_password("correct horse".into()).await.unwrap();
        assert!(verify_password("correct horse".into(), Some(hash)).await.unwrap());
    }

    #[test]
    fn link_tokens_are_short_random_and_url_safe() {
        let (a, b) = (new_link_token(), new_link_token());
        assert_eq!(a.len(), 22);
        assert_ne!(a, b);
        assert!(a.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (first, second) = (new_session_token(), new_session_token());
        assert_ne!(first, second);
        assert_eq!(first.len(), 43, "32 bytes in unpadded base64url");
        assert_eq!(token_hash(&first).len(), 64);
        assert_ne!(token_hash(&first), first);
    }

    #[test]
    fn the_session_token_is_read_among_other_cookies() {
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, HeaderValue::from_static("theme=dark; vaardig_session=abc123; lang=nl"));
        assert_eq!(session_token(&headers).as_deref(), Some("abc123"));
        assert_eq!(session_token(&HeaderMap::new()), None);
        let mut empty = HeaderMap::new();
        empty.append(COOKIE, HeaderValue::from_static("vaardig_session="));
        assert_eq!(session_token(&empty), None);
    }

    #[test]
    fn the_cookie_is_http_only_and_lax_and_secure_on_request() {
        let plain = session_cookie("t", 60, false);
        assert_eq!(plain, "vaardig_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=60");
        assert!(session_cookie("t", 60, true).to_str().unwrap().ends_with("; Secure"));
        assert!(cleared_session_cookie(false).to_str().unwrap().contains("Max-Age=0"));
    }
}
