//! The centre's signing key and the Open Badges credentials issued with it.

use domain::{FrameworkCode, StudentId, Timestamp, UnitCode};
use sqlx::AnyConnection;

use super::parse_timestamp;

/// A credential as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCredential {
    /// Also its index in the status list.
    pub id: i64,
    pub public_id: String,
    pub student_id: StudentId,
    pub framework: FrameworkCode,
    /// The unit of a deelcertificaat; `None` for a certificaat.
    pub unit: Option<UnitCode>,
    pub issued_at: Timestamp,
    /// The signed credential (compact JWS).
    pub jwt: String,
    pub revoked_at: Option<Timestamp>,
}

/// The key's PKCS#8 document (base64), once created.
pub async fn key(conn: &mut AnyConnection) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("select pkcs8 from issuer_key where only_row = 1").fetch_optional(conn).await
}

/// Stores a new key unless one is there already (another server made one at the same moment).
pub async fn insert_key(conn: &mut AnyConnection, pkcs8: &str, at: Timestamp) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into issuer_key (only_row, pkcs8, created_at) values (1, $1, $2) on conflict (only_row) do nothing",
    )
    .bind(pkcs8)
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct CredentialRow {
    credential_id: i64,
    public_id: String,
    student_id: i64,
    framework_code: String,
    unit_code: String,
    issued_at: String,
    jwt: String,
    revoked_at: Option<String>,
}

const COLUMNS: &str =
    "credential_id, public_id, student_id, framework_code, unit_code, issued_at, jwt, revoked_at";

fn stored(row: CredentialRow) -> Result<StoredCredential, sqlx::Error> {
    Ok(StoredCredential {
        id: row.credential_id,
        public_id: row.public_id,
        student_id: StudentId::new(row.student_id),
        framework: FrameworkCode::new(row.framework_code),
        unit: (!row.unit_code.is_empty()).then(|| UnitCode::new(row.unit_code)),
        issued_at: parse_timestamp(&row.issued_at)?,
        jwt: row.jwt,
        revoked_at: row.revoked_at.as_deref().map(parse_timestamp).transpose()?,
    })
}

/// The student's credential of a unit (or, with `None`, of the framework's certificaat).
pub async fn find(
    conn: &mut AnyConnection,
    student: StudentId,
    framework: &FrameworkCode,
    unit: Option<&UnitCode>,
) -> Result<Option<StoredCredential>, sqlx::Error> {
    let row: Option<CredentialRow> = sqlx::query_as(&format!(
        "select {COLUMNS} from credential where student_id = $1 and framework_code = $2 and unit_code = $3"
    ))
    .bind(student.get())
    .bind(framework.as_str())
    .bind(unit.map_or("", UnitCode::as_str))
    .fetch_optional(conn)
    .await?;
    row.map(stored).transpose()
}

/// The credential with this public id.
pub async fn find_public(
    conn: &mut AnyConnection,
    public_id: &str,
) -> Result<Option<StoredCredential>, sqlx::Error> {
    let row: Option<CredentialRow> =
        sqlx::query_as(&format!("select {COLUMNS} from credential where public_id = $1"))
            .bind(public_id)
            .fetch_optional(conn)
            .await?;
    row.map(stored).transpose()
}

/// Every credential of a student, oldest first.
pub async fn of_student(
    conn: &mut AnyConnection,
    student: StudentId,
) -> Result<Vec<StoredCredential>, sqlx::Error> {
    let rows: Vec<CredentialRow> = sqlx::query_as(&format!(
        "select {COLUMNS} from credential where student_id = $1 order by credential_id"
    ))
    .bind(student.get())
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(stored).collect()
}

/// Takes the next credential id (its status list index) for a credential to be signed, which
/// [`set_jwt`] stores in the same transaction.
pub async fn insert(
    conn: &mut AnyConnection,
    public_id: &str,
    student: StudentId,
    framework: &FrameworkCode,
    unit: Option<&UnitCode>,
    at: Timestamp,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "insert into credential (public_id, student_id, framework_code, unit_code, issued_at, jwt)
         values ($1, $2, $3, $4, $5, '') returning credential_id",
    )
    .bind(public_id)
    .bind(student.get())
    .bind(framework.as_str())
    .bind(unit.map_or("", UnitCode::as_str))
    .bind(at.to_string())
    .fetch_one(conn)
    .await
}

/// Stores the signed credential.
pub async fn set_jwt(conn: &mut AnyConnection, id: i64, jwt: &str) -> Result<(), sqlx::Error> {
    sqlx::query("update credential set jwt = $2 where credential_id = $1")
        .bind(id)
        .bind(jwt)
        .execute(conn)
        .await?;
    Ok(())
}

/// Revokes the student's credential of the unit and their certificaat of the framework.
pub async fn revoke_for_unit(
    conn: &mut AnyConnection,
    student: StudentId,
    framework: &FrameworkCode,
    unit: &UnitCode,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "update credential set revoked_at = $4
         where student_id = $1 and framework_code = $2 and unit_code in ($3, '') and revoked_at is null",
    )
    .bind(student.get())
    .bind(framework.as_str())
    .bind(unit.as_str())
    .bind(at.to_string())
    .execute(conn)
    .await?;
    Ok(())
}

/// The ids (status list indexes) of the revoked credentials.
pub async fn revoked(conn: &mut AnyConnection) -> Result<Vec<u64>, sqlx::Error> {
    let ids: Vec<i64> =
        sqlx::query_scalar("select credential_id from credential where revoked_at is not null")
            .fetch_all(conn)
            .await?;
    Ok(ids.into_iter().map(|id| id as u64).collect())
}
