//! Crosswalks between frameworks as imported (`vaardig crosswalk import`), kept whole per pair,
//! and the source decisions an EVC decision rests on.

use domain::crosswalk::Crosswalk;
use domain::{FrameworkCode, Timestamp};
use sqlx::AnyConnection;

/// The imported crosswalk from one framework to another, if any.
pub async fn find(
    conn: &mut AnyConnection,
    from: &FrameworkCode,
    to: &FrameworkCode,
) -> Result<Option<Crosswalk>, sqlx::Error> {
    let links: Option<String> =
        sqlx::query_scalar("select links from crosswalk where from_code = $1 and to_code = $2")
            .bind(from.as_str())
            .bind(to.as_str())
            .fetch_optional(conn)
            .await?;
    let Some(links) = links else { return Ok(None) };
    let links = serde_json::from_str(&links).map_err(|error| sqlx::Error::Decode(Box::new(error)))?;
    Ok(Some(Crosswalk { from: from.clone(), to: to.clone(), links }))
}

/// The pairs with an imported crosswalk, by code.
pub async fn imported_pairs(
    conn: &mut AnyConnection,
) -> Result<Vec<(FrameworkCode, FrameworkCode)>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("select from_code, to_code from crosswalk order by from_code, to_code")
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(|(from, to)| (FrameworkCode::new(from), FrameworkCode::new(to))).collect())
}

/// Stores a crosswalk, replacing the one of the same pair.
pub async fn save(
    conn: &mut AnyConnection,
    crosswalk: &Crosswalk,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let links =
        serde_json::to_string(&crosswalk.links).map_err(|error| sqlx::Error::Encode(Box::new(error)))?;
    sqlx::query(
        "insert into crosswalk (from_code, to_code, links, imported_at) values ($1, $2, $3, $4)
         on conflict (from_code, to_code) do update set links = excluded.links, imported_at = excluded.imported_at",
    )
    .bind(crosswalk.from.as_str())
    .bind(crosswalk.to.as_str())
    .bind(links)
    .bind(now.to_string())
    .execute(conn)
    .await?;
    Ok(())
}
