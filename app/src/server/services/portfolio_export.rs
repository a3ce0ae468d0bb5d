//! The student's portfolio as one zip to take along (to another centre, for an appeal):
//! `index.html`, which opens offline and shows every programme, unit, competency and skill in
//! curriculum order with its decisions, feedback, award and evidence; `portfolio.json`, the same
//! data; `bestanden/`, every evidence file; and `credentials/`, the Open Badges issued. The student downloads their own; coordinators
//! and administrators any student's.
//!
//! The zip is streamed: each file goes from the store into the archive chunk by chunk, so a
//! portfolio of several GiB is never held in memory. A failure half-way ends the download with
//! an error, never with a silently shortened archive.

use std::io;

use async_zip::tokio::write::ZipFileWriter;
use async_zip::{Compression, ZipEntryBuilder};
use bytes::Bytes;
use domain::{EvidenceId, Role, StudentId, Timestamp};
use futures::io::AsyncWriteExt;
use futures::stream::{self, BoxStream, StreamExt};
use serde::Serialize;

use super::access::ensure_portfolio_holder;
use super::{evidence, progress};
use crate::dto::{EvidenceView, PersonView, ProgrammeView};
use crate::error::AppError;
use crate::server::blobs::BlobStore;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::badges;
use crate::server::AppState;
use crate::t;

mod html;

/// Everything the archive holds but the files' bytes, gathered before the first byte is sent.
#[derive(Debug, Clone, Serialize)]
pub struct PortfolioExport {
    pub student: PersonView,
    pub exported_at: Timestamp,
    /// `exported_at` as people read it, Brussels time.
    pub shown_exported_at: String,
    pub programmes: Vec<ProgrammeView>,
    /// Every item, old versions included, newest first.
    pub evidence: Vec<EvidenceView>,
    #[serde(skip)]
    files: Vec<ExportedFile>,
    /// The Open Badges issued to the student (`credentials/NAME.jwt`, the signed credential).
    #[serde(skip)]
    credentials: Vec<(String, String)>,
}

/// A file of an item, and where the archive puts it.
#[derive(Debug, Clone)]
struct ExportedFile {
    evidence_id: EvidenceId,
    sha256: String,
    path: String,
}

/// Gathers a student's portfolio for the account: the student themself, or whoever may see
/// every student (coordinators, administrators). Anyone else is refused.
pub async fn gather(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
    now: Timestamp,
) -> Result<PortfolioExport, AppError> {
    ensure_portfolio_holder(account, student_id)?;
    let mut conn = state.db.acquire().await?;
    // A student in no cohort (yet, or any more) still takes their evidence along.
    let student = accounts::find(&mut conn, student_id.into())
        .await?
        .filter(|found| found.role == Role::Student)
        .map(|found| PersonView { id: found.id, name: found.name })
        .ok_or_else(|| AppError::NotFound(t!("export-not-found-portfolio")))?;
    drop(conn);
    let programmes = progress::all_for_student(state, account, student_id).await?;
    let items = evidence::with_files(state, account, student_id).await?;
    let files = items
        .iter()
        .filter_map(|(item, sha256)| {
            Some(ExportedFile { evidence_id: item.id, sha256: sha256.clone()?, path: file_path(item)? })
        })
        .collect();
    let mut conn = state.db.acquire().await?;
    let credentials = badges::of_student(&mut conn, student_id)
        .await?
        .into_iter()
        .filter(|credential| credential.revoked_at.is_none() && !credential.jwt.is_empty())
        .map(|credential| {
            let name = match &credential.unit {
                Some(unit) => format!("credentials/{}-{}.jwt", credential.framework, unit.slug()),
                None => format!("credentials/{}-certificaat.jwt", credential.framework),
            };
            (name, credential.jwt)
        })
        .collect();
    Ok(PortfolioExport {
        student,
        exported_at: now,
        shown_exported_at: crate::format::date_time(now),
        programmes,
        evidence: items.into_iter().map(|(item, _)| item).collect(),
        files,
        credentials,
    })
}

/// Where an item's file goes in the archive: `bestanden/ID-NAME`, the name without folders or
/// characters an unzip tool would trip on.
fn file_path(item: &EvidenceView) -> Option<String> {
    let name: String = item
        .file
        .as_ref()?
        .name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '_'
            } else {
                c
            }
        })
        .collect();
    Some(format!("bestanden/{}-{}", item.id, name.trim_start_matches('.')))
}

/// The archive's name for the download: `portfolio-NAME-DAY.zip`.
pub fn file_name(export: &PortfolioExport) -> String {
    let name: String =
        export.student.name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    format!("portfolio-{name}-{}.zip", crate::format::brussels_day(export.exported_at))
}

/// The zip, as a stream of chunks written while it is read; its `index.html` in the language of
/// whoever downloads it.
pub fn zip_stream(blobs: BlobStore, export: PortfolioExport) -> BoxStream<'static, io::Result<Bytes>> {
    let (reader, writer) = tokio::io::duplex(64 * 1024);
    let (done, finished) = tokio::sync::oneshot::channel();
    let locale = crate::i18n::locale();
    tokio::spawn(crate::i18n::scoped(locale, async move {
        let written = write_zip(writer, &blobs, &export).await;
        if let Err(error) = &written {
            tracing::error!(%error, student_id = %export.student.id, "portfolio export stopped half-way");
        }
        let _ = done.send(written);
    }));
    let outcome = stream::once(async move {
        match finished.await {
            Ok(Ok(())) => None,
            Ok(Err(error)) => Some(Err(error)),
            Err(_) => Some(Err(io::Error::other("the portfolio export stopped"))),
        }
    })
    .filter_map(|outcome| async move { outcome });
    tokio_util::io::ReaderStream::new(reader).chain(outcome).boxed()
}

async fn write_zip(
    out: tokio::io::DuplexStream,
    blobs: &BlobStore,
    export: &PortfolioExport,
) -> io::Result<()> {
    let mut zip = ZipFileWriter::with_tokio(out);
    let json = serde_json::to_vec_pretty(export).map_err(io::Error::other)?;
    let index = html::index(export, &files_by_item(export));
    let documents = [("index.html".to_owned(), index.into_bytes()), ("portfolio.json".to_owned(), json)];
    let credentials = export.credentials.iter().map(|(name, jwt)| (name.clone(), jwt.clone().into_bytes()));
    for (name, bytes) in documents.into_iter().chain(credentials) {
        let entry = ZipEntryBuilder::new(name.into(), Compression::Deflate);
        zip.write_entry_whole(entry, &bytes).await.map_err(io::Error::other)?;
    }
    for file in &export.files {
        let entry = ZipEntryBuilder::new(file.path.clone().into(), Compression::Stored);
        let mut writer = zip.write_entry_stream(entry).await.map_err(io::Error::other)?;
        let mut content = blobs.open(&file.sha256).await?.bytes;
        while let Some(chunk) = content.next().await {
            writer.write_all(&chunk?).await?;
        }
        writer.close().await.map_err(io::Error::other)?;
    }
    let mut out = zip.close().await.map_err(io::Error::other)?;
    out.close().await
}

/// Each item's file path in the archive, by item.
fn files_by_item(export: &PortfolioExport) -> std::collections::HashMap<EvidenceId, String> {
    export.files.iter().map(|file| (file.evidence_id, file.path.clone())).collect()
}

/// Serves the export to the HTTP layer: gathers it, then answers the file name and the stream.
pub async fn download(
    state: &AppState,
    account: &Account,
    student_id: StudentId,
    now: Timestamp,
) -> Result<(String, BoxStream<'static, io::Result<Bytes>>), AppError> {
    let export = gather(state, account, student_id, now).await?;
    Ok((file_name(&export), zip_stream(state.blobs.clone(), export)))
}
