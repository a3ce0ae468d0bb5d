//! Signing in and out, and recognising the account behind a session token.

use domain::{sign_in, Email, Timestamp};

use crate::dto::UserView;
use crate::error::AppError;
use crate::i18n::{locale, Locale};
use crate::server::auth::{new_session_token, token_hash, verify_password};
use crate::server::storage::{accounts, accounts::Account, sessions, sign_in_failures};
use crate::server::AppState;

/// A successful sign-in: the account and the token to hand to the browser.
pub struct SignedIn {
    pub user: UserView,
    pub token: String,
    pub lifetime_seconds: i64,
    /// The language the account reads: the one it chose, or at its first sign-in the one it
    /// signed in with. It replaces the browser's from now on, and letters to it use it.
    pub locale: Locale,
}

impl From<Account> for UserView {
    fn from(account: Account) -> Self {
        UserView { id: account.id, email: account.email, name: account.name, role: account.role }
    }
}

/// Checks the credentials and opens a session. An unknown email and a wrong password answer the
/// same error after the same amount of work. `address` is the client's network address: failures
/// are counted per typed e-mail address and per network address, and past the limits of
/// `domain::sign_in` further attempts are refused ([`AppError::TooManyAttempts`]) before any
/// password is checked.
pub async fn login(
    state: &AppState,
    email: &str,
    password: &str,
    address: &str,
    now: Timestamp,
) -> Result<SignedIn, AppError> {
    let typed = email.trim().to_lowercase();
    let mut conn = state.db.acquire().await?;
    let found = match Email::parse(email) {
        Ok(email) => accounts::find_with_password_hash(&mut conn, email.as_str()).await?,
        Err(_) => None,
    };
    // The attempt counts as failed before its password is checked, so attempts sent at once see
    // each other: none gets past the limit by racing the others.
    let since = now + -sign_in::WINDOW;
    let attempt = sign_in_failures::record(&mut conn, &typed, address, now, since).await?;
    let failures = sign_in_failures::recent(&mut conn, &typed, address, since, attempt).await?;
    let account_id = found.as_ref().map(|(account, _)| account.id.get());
    if let Some(until) = sign_in::locked_until(&failures, now) {
        // A refused attempt does not lengthen the wait.
        sign_in_failures::forget(&mut conn, attempt).await?;
        tracing::warn!(account_id, address, "sign-in refused: too many failed attempts");
        return Err(AppError::TooManyAttempts(sign_in::seconds_until(until, now)));
    }
    let stored_hash = found.as_ref().map(|(_, hash)| hash.clone());
    let verified = verify_password(password.to_owned(), stored_hash).await?;
    let account = match found {
        Some((account, _)) if verified => account,
        _ => {
            tracing::warn!(account_id, address, "sign-in failed");
            return Err(AppError::BadCredentials);
        }
    };
    sign_in_failures::clear(&mut conn, &typed).await?;
    let token = new_session_token();
    let expires_at = now + state.settings.session_lifetime;
    sessions::delete_expired(&mut conn, now).await?;
    sessions::insert(&mut conn, &token_hash(&token), account.id, now, expires_at).await?;
    tracing::info!(account_id = account.id.get(), address, "signed in");
    Ok(SignedIn {
        locale: account_locale(&mut conn, &account).await?,
        user: account.into(),
        token,
        lifetime_seconds: state.settings.session_lifetime.num_seconds(),
    })
}

/// The language an account reads; at the first sign-in, the one it signed in with is kept.
async fn account_locale(conn: &mut sqlx::AnyConnection, account: &Account) -> Result<Locale, AppError> {
    if let Some(chosen) = accounts::locale(conn, account.id).await? {
        return Ok(chosen);
    }
    let reading = locale();
    accounts::set_locale(conn, account.id, reading).await?;
    Ok(reading)
}

/// Chooses the language of the interface from its code (`nl`, `fr`, `en`), kept on the account
/// when someone is signed in.
pub async fn choose_locale(
    state: &AppState,
    account: Option<&Account>,
    code: &str,
) -> Result<Locale, AppError> {
    let chosen = Locale::parse(code).ok_or_else(|| AppError::Invalid(crate::t!("error-unknown-language")))?;
    if let Some(account) = account {
        accounts::set_locale(&mut *state.db.acquire().await?, account.id, chosen).await?;
    }
    Ok(chosen)
}

/// Ends the session of this token, if there is one.
pub async fn logout(state: &AppState, token: Option<&str>) -> Result<(), AppError> {
    if let Some(token) = token {
        let mut conn = state.db.acquire().await?;
        sessions::delete(&mut conn, &token_hash(token)).await?;
    }
    Ok(())
}

/// The account whose live session this token opens.
pub async fn authenticate(
    state: &AppState,
    token: Option<&str>,
    now: Timestamp,
) -> Result<Account, AppError> {
    let token = token.ok_or(AppError::Unauthenticated)?;
    let mut conn = state.db.acquire().await?;
    let account =
        sessions::find_account(&mut conn, &token_hash(token), now).await?.ok_or(AppError::Unauthenticated)?;
    // The request's span (see the server's telemetry) names the account from here on.
    tracing::Span::current().record("account_id", account.id.get());
    Ok(account)
}
