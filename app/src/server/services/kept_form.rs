//! What someone typed into a plain HTML form that the server refused, kept for the page the
//! browser is sent back to. With JavaScript the page shows a refusal beside the fields as they
//! are; without, the post leaves the page, and the new one would otherwise open empty: a long
//! reflection would be lost to a wrong date.
//!
//! A form is kept for its sender only, for [`KEPT_FOR`], the newest [`KEPT_PER_ACCOUNT`] at most;
//! passwords and links' tokens never, nor a form its sender may not send at all.

use domain::Timestamp;

use crate::dto::KeptForm;
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::kept_forms;
use crate::server::AppState;

/// How long a refused form can be taken back: the page it returns to is opened at once.
const KEPT_FOR: chrono::TimeDelta = chrono::TimeDelta::hours(1);

/// The most typed text kept of one form (as JSON); a bigger form is not kept. The largest a page
/// offers is a reflection (50,000 characters, 200 KB at most in UTF-8).
const MAX_KEPT_BYTES: usize = 512 * 1024;

/// How many refused forms are kept per account: the newest; a page is opened at once, so one
/// would do, and a flood of refused posts cannot fill the database.
const KEPT_PER_ACCOUNT: i64 = 10;

/// Keeps `fields`, posted by `account` to `endpoint` and refused with `refusal`, without its
/// secrets; answers the id to put in the address of the page the browser goes back to, or none
/// when nothing is worth keeping (no fields, too many, or a form the account may not send).
///
/// # Errors
/// The database's.
pub async fn keep(
    state: &AppState,
    account: &Account,
    endpoint: &str,
    fields: &[(String, String)],
    refusal: &AppError,
    now: Timestamp,
) -> Result<Option<i64>, AppError> {
    let kept: Vec<_> = fields.iter().filter(|(name, _)| !is_secret(name)).collect();
    let encoded = serde_json::to_string(&kept).map_err(|_| AppError::Internal)?;
    if kept.is_empty() || encoded.len() > MAX_KEPT_BYTES || !worth_keeping(refusal) {
        return Ok(None);
    }
    let mut tx = crate::server::storage::begin(&state.db).await?;
    let id = kept_forms::keep(&mut tx, account.id, endpoint, &encoded, now).await?;
    kept_forms::keep_newest(&mut tx, account.id, KEPT_PER_ACCOUNT).await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// Whether what was typed can be sent again once corrected: not when the sender may not send it
/// at all (signed out, not allowed, another site, locked out).
fn worth_keeping(refusal: &AppError) -> bool {
    !matches!(
        refusal,
        AppError::Unauthenticated
            | AppError::BadCredentials
            | AppError::Forbidden
            | AppError::ForeignOrigin
            | AppError::TooManyAttempts(_)
    )
}

/// The form kept as `id` by `account`, when it is still there; none for anyone else's.
///
/// # Errors
/// The database's.
pub async fn find(
    state: &AppState,
    account: &Account,
    id: i64,
    now: Timestamp,
) -> Result<Option<KeptForm>, AppError> {
    let mut conn = state.db.acquire().await?;
    let kept = kept_forms::find(&mut conn, id, account.id, now + -KEPT_FOR).await?;
    Ok(kept.and_then(|(endpoint, fields)| {
        Some(KeptForm { endpoint, fields: serde_json::from_str(&fields).ok()? })
    }))
}

/// Removes the forms kept longer than [`KEPT_FOR`] (the worker's housekeeping); answers how many.
///
/// # Errors
/// The database's.
pub async fn forget_old(db: &sqlx::AnyPool, now: Timestamp) -> Result<u64, AppError> {
    let mut conn = db.acquire().await?;
    Ok(kept_forms::remove_older_than(&mut conn, now + -KEPT_FOR).await?)
}

/// Whether a field holds a secret, by its name's last word (`input[password]`, `password[]`,
/// `Password`): passwords, old and new, and the token of a link.
fn is_secret(name: &str) -> bool {
    let mut words =
        name.split(['[', ']']).filter(|word| !word.is_empty() && !word.bytes().all(|b| b.is_ascii_digit()));
    let last = words.next_back().unwrap_or_default().to_ascii_lowercase();
    matches!(last.as_str(), "password" | "repeat" | "current" | "token")
}

#[cfg(test)]
mod tests {
    use super::is_secret;

    #[test]
    fn passwords_and_tokens_are_never_kept() {
        for name in [
            "password",
            "repeat",
            "current",
            "token",
            "input[password]",
            "change[current]",
            "password[]",
            "Password",
            "token[0]",
        ] {
            assert!(is_secret(name), "{name}");
        }
        for name in ["title", "input[comment]", "passwords_note", "skill_ids[0]"] {
            assert!(!is_secret(name), "{name}");
        }
    }
}
