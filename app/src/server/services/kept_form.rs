//! What someone typed into a plain HTML form that the server refused, kept for the page the
//! browser is sent back to. With JavaScript the page shows a refusal beside the fields as they
//! are; without, the post leaves the page, and the new one would otherwise open empty: a long
//! reflection would be lost to a wrong date.
//!
//! A form is kept for its sender only, for [`KEPT_FOR`]; passwords and links' tokens never.

use domain::Timestamp;

use crate::dto::KeptForm;
use crate::error::AppError;
use crate::server::storage::accounts::Account;
use crate::server::storage::kept_forms;
use crate::server::AppState;

/// How long a refused form can be taken back: the page it returns to is opened at once.
const KEPT_FOR: chrono::TimeDelta = chrono::TimeDelta::hours(1);

/// The most typed text kept of one form (form-urlencoded); a bigger form is not kept. The
/// largest a page offers is a reflection (50,000 characters).
const MAX_KEPT_BYTES: usize = 512 * 1024;

/// Keeps `fields`, posted by `account` to `endpoint`, without its secrets; answers the id to put
/// in the address of the page the browser goes back to, or none when nothing is worth keeping.
///
/// # Errors
/// The database's.
pub async fn keep(
    state: &AppState,
    account: &Account,
    endpoint: &str,
    fields: &[(String, String)],
    now: Timestamp,
) -> Result<Option<i64>, AppError> {
    let kept = fields.iter().filter(|(name, _)| !is_secret(name));
    let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(kept).finish();
    if encoded.is_empty() || encoded.len() > MAX_KEPT_BYTES {
        return Ok(None);
    }
    let mut conn = state.db.acquire().await?;
    Ok(Some(kept_forms::keep(&mut conn, account.id, endpoint, &encoded, now).await?))
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
    Ok(kept.map(|(endpoint, fields)| KeptForm {
        endpoint,
        fields: form_urlencoded::parse(fields.as_bytes()).into_owned().collect(),
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

/// Whether a field holds a secret, by its name or its name's last part (`input[password]`):
/// passwords, old and new, and the token of a link.
fn is_secret(name: &str) -> bool {
    let last = name.rsplit('[').next().unwrap_or(name).trim_end_matches(']');
    matches!(last, "password" | "repeat" | "current" | "token")
}

#[cfg(test)]
mod tests {
    use super::is_secret;

    #[test]
    fn passwords_and_tokens_are_never_kept() {
        for name in ["password", "repeat", "current", "token", "input[password]", "change[current]"] {
            assert!(is_secret(name), "{name}");
        }
        for name in ["title", "input[comment]", "passwords_note", "skill_ids[0]"] {
            assert!(!is_secret(name), "{name}");
        }
    }
}
