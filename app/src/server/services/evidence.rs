//! A student's evidence: editing items until an assessor relies on them, linking them to
//! skills, deleting and reading them. Items are created by [`super::upload`].

use domain::evidence::{self, EvidenceLocked};
use domain::policy::Action;
use domain::{EvidenceDetails, EvidenceId, EvidenceKind, SkillId, StudentId, Timestamp};
use sqlx::AnyConnection;

use super::access::{ensure_can_view_student, skills_of_student};
use super::submissions::withdraw_those_without_evidence;
use super::{authorise, distinct};
use crate::dto::{EvidenceEdit, EvidenceView, FileView};
use crate::error::AppError;
use crate::server::blobs::BlobContent;
use crate::server::storage;
use crate::server::storage::accounts::Account;
use crate::server::storage::evidence::{self as store, Details, EvidenceRecord, StoredFile, Versions};
use crate::server::AppState;
use crate::t;

/// The URL of a link or the text of a reflection, checked; nothing for a file.
pub(super) fn kind_content<'a>(
    kind: EvidenceKind,
    url: Option<&'a str>,
    text: Option<&'a str>,
) -> Result<(Option<&'a str>, Option<&'a str>), AppError> {
    Ok(match kind {
        EvidenceKind::File => (None, None),
        EvidenceKind::Link => {
            let url = url.unwrap_or_default();
            evidence::parse_url(url)?;
            (Some(url.trim()), None)
        }
        EvidenceKind::Reflection => {
            let text = text.unwrap_or_default();
            evidence::parse_reflection(text)?;
            (None, Some(text.trim()))
        }
    })
}

/// The student's current items, newest first.
pub async fn list_own(state: &AppState, account: &Account) -> Result<Vec<EvidenceView>, AppError> {
    authorise(account, Action::KeepPortfolio)?;
    let mut conn = state.db.acquire().await?;
    Ok(store::of_student(&mut conn, account.as_student(), Versions::Current)
        .await?
        .into_iter()
        .map(view_of)
        .collect())
}

/// Every version of a student's items, for those who may see the student's portfolio.
pub async fn list_for_student(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<EvidenceView>, AppError> {
    let mut conn = state.db.acquire().await?;
    ensure_can_view_student(&mut conn, account, student_id).await?;
    Ok(store::of_student(&mut conn, student_id, Versions::All).await?.into_iter().map(view_of).collect())
}

/// Every version of a student's items with the name of its file in the store (if it has one),
/// for those who may see the student's portfolio.
pub async fn with_files(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
) -> Result<Vec<(EvidenceView, Option<String>)>, AppError> {
    let mut conn = state.db.acquire().await?;
    ensure_can_view_student(&mut conn, account, student_id).await?;
    let items = store::of_student(&mut conn, student_id, Versions::All).await?;
    Ok(items
        .into_iter()
        .map(|item| {
            let sha256 = item.file.as_ref().map(|file| file.sha256.clone());
            (view_of(item), sha256)
        })
        .collect())
}

/// One item, for its owner and for those who may see the owner's portfolio.
pub async fn view(state: &AppState, account: &Account, id: EvidenceId) -> Result<EvidenceView, AppError> {
    let mut conn = state.db.acquire().await?;
    Ok(view_of(visible_item(&mut conn, account, id).await?))
}

/// Changes an item's details, while no assessor relies on it.
pub async fn update(
    state: &AppState,
    account: &Account,
    id: EvidenceId,
    edit: &EvidenceEdit,
    now: Timestamp,
) -> Result<EvidenceView, AppError> {
    authorise(account, Action::KeepPortfolio)?;
    let details = EvidenceDetails::parse(&edit.title, &edit.description, &edit.date)?;
    let mut tx = storage::begin(&state.db).await?;
    let item = editable_own_item(&mut tx, account, id).await?;
    let (url, body) = kind_content(item.kind, edit.url.as_deref(), edit.text.as_deref())?;
    let date = details.date.to_string();
    let details =
        Details { title: &details.title, description: &details.description, date: &date, url, body };
    if !store::update_details(&mut tx, id, &details, now).await? {
        return Err(EvidenceLocked.into());
    }
    let item = found(store::find(&mut tx, id).await?)?;
    tx.commit().await?;
    Ok(view_of(item))
}

/// Deletes an item while no assessor relies on it; its file goes when nothing else uses it. A
/// submission that loses its last evidence this way is withdrawn in the same transaction.
pub async fn delete(
    state: &AppState,
    account: &Account,
    id: EvidenceId,
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::KeepPortfolio)?;
    let mut tx = storage::begin(&state.db).await?;
    let item = editable_own_item(&mut tx, account, id).await?;
    if !store::delete(&mut tx, id).await? {
        return Err(EvidenceLocked.into());
    }
    let telling = withdraw_those_without_evidence(&mut tx, account.as_student(), now).await?;
    let candidates: Vec<String> = item
        .file
        .iter()
        .flat_map(|file| std::iter::once(file.sha256.clone()).chain(file.thumbnail_sha256.clone()))
        .collect();
    let unused = store::forget_unused_blobs(&mut tx, &candidates).await?;
    tx.commit().await?;
    telling.publish(state).await;
    let blobs = &state.blobs;
    for sha256 in unused {
        if let Err(error) = blobs.remove(&sha256).await {
            tracing::error!(%error, %sha256, "could not remove the file of a deleted item");
        }
    }
    Ok(())
}

/// Replaces the skills an item is linked to, while no assessor relies on it. A submission
/// left without evidence by the change is withdrawn in the same transaction.
pub async fn set_skills(
    state: &AppState,
    account: &Account,
    id: EvidenceId,
    skill_ids: &[SkillId],
    now: Timestamp,
) -> Result<EvidenceView, AppError> {
    authorise(account, Action::KeepPortfolio)?;
    let mut tx = storage::begin(&state.db).await?;
    editable_own_item(&mut tx, account, id).await?;
    let skill_ids = checked_skills(&mut tx, account.as_student(), skill_ids).await?;
    if !store::set_skills(&mut tx, id, &skill_ids, now).await? {
        return Err(EvidenceLocked.into());
    }
    let telling = withdraw_those_without_evidence(&mut tx, account.as_student(), now).await?;
    let item = found(store::find(&mut tx, id).await?)?;
    tx.commit().await?;
    telling.publish(state).await;
    Ok(view_of(item))
}

/// An item's file (or its thumbnail), opened for reading, with what to tell the browser.
pub async fn open_file(
    state: &AppState,
    account: &Account,
    id: EvidenceId,
    thumbnail: bool,
) -> Result<(BlobContent, FileToServe), AppError> {
    let mut conn = state.db.acquire().await?;
    let item = visible_item(&mut conn, account, id).await?;
    let missing = || AppError::NotFound(t!("server-not-found-evidence-file"));
    let file: StoredFile = item.file.ok_or_else(missing)?;
    let to_serve = if thumbnail {
        let sha256 = file.thumbnail_sha256.ok_or_else(missing)?;
        FileToServe { sha256, media: MediaType::Jpeg, name: format!("miniatuur-{}.jpg", item.id) }
    } else {
        let media = MediaType::from_mime(&file.media_type).ok_or_else(|| {
            tracing::error!(evidence_id = id.get(), media_type = %file.media_type, "stored media type unknown");
            AppError::Internal
        })?;
        FileToServe { sha256: file.sha256, media, name: file.name }
    };
    let opened = state.blobs.open(&to_serve.sha256).await?;
    Ok((opened, to_serve))
}

/// The kind of a served file, which decides how it is sent.
pub use crate::server::blobs::MediaType;

/// What a served file is.
#[derive(Debug, Clone)]
pub struct FileToServe {
    pub sha256: String,
    pub media: MediaType,
    pub name: String,
}

/// Keeps the skills that exist in the student's frameworks, without repeats, or refuses.
pub(super) async fn checked_skills(
    conn: &mut AnyConnection,
    student_id: StudentId,
    skill_ids: &[SkillId],
) -> Result<Vec<SkillId>, AppError> {
    let open = skills_of_student(conn, student_id).await?;
    if let Some(unknown) = skill_ids.iter().find(|skill_id| !open.contains(skill_id)) {
        return Err(AppError::Invalid(t!("server-skill-not-in-your-programme", skill = unknown.to_string())));
    }
    Ok(distinct(skill_ids))
}

/// An item the account may see; any other is "not found", so ids reveal nothing.
async fn visible_item(
    conn: &mut AnyConnection,
    account: &Account,
    id: EvidenceId,
) -> Result<EvidenceRecord, AppError> {
    let item = found(store::find(conn, id).await?)?;
    match ensure_can_view_student(conn, account, item.student_id).await {
        Ok(()) => Ok(item),
        Err(AppError::Forbidden) => Err(not_found()),
        Err(error) => Err(error),
    }
}

/// The student's own item, in its latest version.
pub(super) async fn current_own_item(
    conn: &mut AnyConnection,
    account: &Account,
    id: EvidenceId,
) -> Result<EvidenceRecord, AppError> {
    let item = found(store::find(conn, id).await?).and_then(|item| {
        if item.student_id == account.as_student() {
            Ok(item)
        } else {
            Err(not_found())
        }
    })?;
    if item.replaced_by_id.is_some() {
        return Err(AppError::Conflict(t!("server-evidence-newer-version")));
    }
    Ok(item)
}

/// The student's own current item that no decision relies on yet.
async fn editable_own_item(
    conn: &mut AnyConnection,
    account: &Account,
    id: EvidenceId,
) -> Result<EvidenceRecord, AppError> {
    let item = current_own_item(conn, account, id).await?;
    evidence::ensure_changeable(item.locked)?;
    Ok(item)
}

pub(super) fn found(item: Option<EvidenceRecord>) -> Result<EvidenceRecord, AppError> {
    item.ok_or_else(not_found)
}

fn not_found() -> AppError {
    AppError::NotFound(t!("server-this-evidence"))
}

pub(super) fn view_of(item: EvidenceRecord) -> EvidenceView {
    EvidenceView {
        id: item.id,
        student_id: item.student_id,
        kind: item.kind,
        title: item.title,
        description: item.description,
        date: item.date,
        file: item.file.map(|file| FileView {
            name: file.name,
            media_type: file.media_type,
            size: file.size.max(0) as u64,
            has_thumbnail: file.thumbnail_sha256.is_some(),
        }),
        url: item.url,
        text: item.body,
        skill_ids: item.skill_ids,
        locked: item.locked,
        replaces_id: item.replaces_id,
        replaced_by_id: item.replaced_by_id,
    }
}
