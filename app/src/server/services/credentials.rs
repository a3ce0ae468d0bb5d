//! Passwords over an account's life: single-use links (an invitation for a new account, a reset
//! after "wachtwoord vergeten") sent by e-mail, choosing a password with one, changing one's own
//! password, and signing out everywhere. Setting a password ends the account's other sessions;
//! every change is written to the audit log.

use domain::account::{check_new_password, LinkPurpose};
use domain::{AccountId, Email, Timestamp};
use serde_json::json;
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::server::auth::{hash_password, new_link_token, token_hash, verify_password};
use crate::server::mail::letters::{self, Recipient};
use crate::server::mail::{self as mail, Mail};
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::audit::{self, Change};
use crate::server::storage::{self, account_tokens, sessions};
use crate::server::AppState;
use crate::t;

/// Makes a link for `purpose` and answers its token (to put in a letter); `actor` is who asked.
pub async fn issue_link(
    conn: &mut AnyConnection,
    account: &Account,
    purpose: LinkPurpose,
    actor: Option<AccountId>,
    now: Timestamp,
) -> Result<String, AppError> {
    let token = new_link_token();
    account_tokens::insert(conn, &token_hash(&token), account.id, purpose, now, now + purpose.validity())
        .await?;
    let change = Change { actor, account: account.id, action: purpose.as_str(), detail: json!({}) };
    audit::record(conn, &change, now).await?;
    Ok(token)
}

/// Invites an account by e-mail: a link, valid 7 days, to choose its password. Call it inside
/// the transaction that created the account; the mail leaves after the commit.
pub async fn invite(
    conn: &mut AnyConnection,
    state: &AppState,
    account: &Account,
    actor: AccountId,
    now: Timestamp,
) -> Result<(), AppError> {
    let token = issue_link(conn, account, LinkPurpose::Invitation, Some(actor), now).await?;
    let to = recipient(conn, account).await?;
    let mail = letters::invitation(to, &state.settings.institution, &link(state, &token));
    mail::enqueue(conn, &mail, now).await?;
    Ok(())
}

/// "Wachtwoord vergeten": mails a link, valid 1 hour, to an active account with this address;
/// its earlier links close. The answer is the same whether or not there is one.
pub async fn request_reset(state: &AppState, email: &str, now: Timestamp) -> Result<(), AppError> {
    let Ok(email) = Email::parse(email) else {
        return Ok(());
    };
    let mut tx = storage::begin(&state.db).await?;
    let Some((account, _)) = accounts::find_with_password_hash(&mut tx, email.as_str()).await? else {
        tracing::info!("password reset asked for an unknown address");
        return Ok(());
    };
    // Only the newest link opens: a mailbox read later holds no older working one.
    account_tokens::close_all_of(&mut tx, account.id, now).await?;
    let token = issue_link(&mut tx, &account, LinkPurpose::PasswordReset, None, now).await?;
    let to = recipient(&mut tx, &account).await?;
    let mail: Mail = letters::password_reset(to, &state.settings.institution, &link(state, &token));
    mail::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    tracing::info!(account_id = account.id.get(), "password reset mailed");
    Ok(())
}

/// Chooses a password with a link: the link is used up, every other link of the account closes,
/// and every session of the account ends. The password is hashed before the write transaction.
pub async fn choose_with_link(
    state: &AppState,
    token: &str,
    password: &str,
    now: Timestamp,
) -> Result<(), AppError> {
    // Why a link did not open: unknown, used, expired, or its account deactivated (one message,
    // so a guess learns nothing).
    let closed = || AppError::Conflict(t!("server-link-closed"));
    let hashed_token = token_hash(token);
    let account = {
        let mut conn = state.db.acquire().await?;
        account_tokens::find_open(&mut conn, &hashed_token, now).await?.ok_or_else(closed)?
    };
    let hash = new_hash(&account, password).await?;
    let mut tx = storage::begin(&state.db).await?;
    if !account_tokens::consume(&mut tx, &hashed_token, account.id, now).await? {
        return Err(closed());
    }
    accounts::set_password_hash(&mut tx, account.id, &hash).await?;
    account_tokens::close_all_of(&mut tx, account.id, now).await?;
    sessions::delete_all_of(&mut tx, account.id, None).await?;
    let change =
        Change { actor: None, account: account.id, action: "password_chosen_with_link", detail: json!({}) };
    audit::record(&mut tx, &change, now).await?;
    tx.commit().await?;
    tracing::info!(account_id = account.id.get(), "password chosen with a link");
    Ok(())
}

/// Changes the signed-in account's password, given the current one; every other session ends,
/// the one of `session_token` stays, and every open link closes.
pub async fn change(
    state: &AppState,
    account: &Account,
    session_token: Option<&str>,
    current: &str,
    new: &str,
    now: Timestamp,
) -> Result<(), AppError> {
    let stored = {
        let mut conn = state.db.acquire().await?;
        accounts::password_hash(&mut conn, account.id).await?
    };
    if !verify_password(current.to_owned(), stored).await? {
        return Err(AppError::Invalid(t!("server-current-password-wrong")));
    }
    let hash = new_hash(account, new).await?;
    let mut tx = storage::begin(&state.db).await?;
    accounts::set_password_hash(&mut tx, account.id, &hash).await?;
    account_tokens::close_all_of(&mut tx, account.id, now).await?;
    let keep = session_token.map(token_hash);
    sessions::delete_all_of(&mut tx, account.id, keep.as_deref()).await?;
    let change = Change {
        actor: Some(account.id),
        account: account.id,
        action: "password_changed",
        detail: json!({}),
    };
    audit::record(&mut tx, &change, now).await?;
    tx.commit().await?;
    tracing::info!(account_id = account.id.get(), "password changed");
    Ok(())
}

/// Ends every session of the signed-in account, this one included, and closes its open links
/// (someone who read its mail may hold one).
pub async fn sign_out_everywhere(
    state: &AppState,
    account: &Account,
    now: Timestamp,
) -> Result<(), AppError> {
    let mut tx = storage::begin(&state.db).await?;
    let ended = sessions::delete_all_of(&mut tx, account.id, None).await?;
    account_tokens::close_all_of(&mut tx, account.id, now).await?;
    let change = Change {
        actor: Some(account.id),
        account: account.id,
        action: "signed_out_everywhere",
        detail: json!({ "sessions": ended }),
    };
    audit::record(&mut tx, &change, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Checks a new password against the policy and the account's own details, and hashes it.
async fn new_hash(account: &Account, password: &str) -> Result<String, AppError> {
    check_new_password(password, &[&account.email, &account.name])?;
    hash_password(password.to_owned()).await
}

/// The account as the addressee of a letter, in the language it reads; one that has not signed
/// in yet gets the language of the request that sends the letter (the inviting coordinator's, the
/// page that asked for a new password).
async fn recipient<'a>(conn: &mut AnyConnection, account: &'a Account) -> Result<Recipient<'a>, AppError> {
    let locale = accounts::locale(conn, account.id).await?.unwrap_or_else(crate::i18n::locale);
    Ok(Recipient { email: &account.email, name: &account.name, locale })
}

/// The address of a link, as people open it from a mail or a letter.
pub fn link(state: &AppState, token: &str) -> String {
    format!("{}{}", state.settings.public_url.trim_end_matches('/'), crate::urls::choose_password(token))
}
