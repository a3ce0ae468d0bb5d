//! The tamper-evident record, checked: the chain over every decision and award
//! (`domain::record_chain`) is walked from its first position to its head in one consistent
//! snapshot, for `vaardig audit verify` and the administrator's page.

use domain::policy::Action;
use domain::record_chain::{Anchor, Break, Verifier};
use domain::Timestamp;
use sqlx::{AnyConnection, AnyPool};

use super::authorise;
use crate::dto::RecordCheck;
use crate::error::AppError;
use crate::format::date_time;
use crate::i18n::labels::Label;
use crate::server::storage::accounts::Account;
use crate::server::storage::{self, record_chain};
use crate::server::AppState;

pub use record_chain::StoredHead;

/// The chain as stored and what walking it found: its length, or the first break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub head: StoredHead,
    pub outcome: Result<u64, Break>,
}

/// Walks the whole chain, checking the hash at the anchor's position when one is given. Rows
/// recorded while it walks are not part of the snapshot it reads.
pub async fn verify(db: &AnyPool, anchor: Option<Anchor>) -> Result<Verification, sqlx::Error> {
    let mut tx = storage::begin_snapshot(db).await?;
    let head = record_chain::head(&mut tx).await?;
    let outcome = walk(&mut tx, &head, Verifier::anchored(anchor)).await?;
    tx.rollback().await?;
    Ok(Verification { head, outcome })
}

async fn walk(
    conn: &mut AnyConnection,
    head: &StoredHead,
    mut verifier: Verifier,
) -> Result<Result<u64, Break>, sqlx::Error> {
    if let Some(row) = record_chain::first_unchained(conn).await? {
        return Ok(Err(Break::Unchained { row }));
    }
    let mut after = 0;
    loop {
        let page = record_chain::entries_after(conn, after).await?;
        let Some(last) = page.last().and_then(|entry| entry.position) else { break };
        for entry in &page {
            if let Err(broken) = verifier.check(entry) {
                return Ok(Err(broken));
            }
        }
        after = last;
    }
    Ok(verifier.finish(&head.head))
}

/// The check as the administrator's page shows it.
pub async fn check(state: &AppState, actor: &Account, now: Timestamp) -> Result<RecordCheck, AppError> {
    authorise(actor, Action::VerifyRecord)?;
    let Verification { head, outcome } = verify(&state.db, None).await?;
    Ok(RecordCheck {
        entries: head.head.length,
        head_hash: head.head.hash.to_string(),
        extended_at: head.extended_at,
        shown_extended_at: head.extended_at.map(date_time),
        shown_checked_at: date_time(now),
        broken: outcome.err().map(|broken| broken.label()),
    })
}

/// Chains, at the first start after the upgrade that brought the chain, the decisions and awards
/// recorded before it; answers how many.
pub async fn chain_earlier_rows(db: &AnyPool) -> Result<usize, sqlx::Error> {
    let mut tx = storage::begin(db).await?;
    let chained = record_chain::chain_earlier_rows(&mut tx).await?;
    tx.commit().await?;
    Ok(chained)
}
