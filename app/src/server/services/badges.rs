//! Open Badges 3.0: each awarded deelcertificaat, and the certificaat of a completed programme,
//! issued to the student as an `OpenBadgeCredential` (`domain::open_badge`) signed by the centre.
//!
//! Proof format: VC-JWT (a compact JWS of the credential, `alg` `EdDSA` with Ed25519, `typ`
//! `vc+jwt`), the JWT format Open Badges 3.0 names, because the `jsonwebtoken` crate signs and
//! verifies it and any JOSE library checks it (the tests use PyJWT); a Data Integrity proof
//! (`eddsa-rdfc-2022`) would need RDF canonicalization, which no maintained Rust crate offers.
//! The key is created on first use and kept in the database, or in the file given by
//! `VAARDIG_ISSUER_KEY_FILE`; its public half is published at `/api/v1/issuer/jwks.json`.
//! Revocation: a coordinator withdraws the award; the status list at
//! `/api/v1/credentials/status` (W3C Bitstring Status List, itself a signed credential) then has
//! the credential's bit set.

use std::io::Write;

use base64::prelude::{Engine, BASE64_STANDARD, BASE64_URL_SAFE_NO_PAD};
use chrono::SecondsFormat;
use domain::open_badge::{self, Achievement, CredentialContent, Issuer, Recipient, StatusEntry};
use domain::policy::Action;
use domain::{FrameworkCode, StudentId, Timestamp, UnitCode};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use ring::signature::{Ed25519KeyPair, KeyPair};
use serde_json::{json, Value};
use sqlx::AnyConnection;

use super::access::ensure_portfolio_holder;
use super::authorise;
use super::progress::progress_in_programme;
use crate::dto::{CredentialCheck, WithdrawalInput};
use crate::error::AppError;
use crate::format::date_time;
use crate::live::Topic;
use crate::server::storage::accounts::{self, Account};
use crate::server::storage::awards;
use crate::server::storage::badges::{self, StoredCredential};
use crate::server::storage::{self, Students};
use crate::server::{AppState, Settings};
use crate::t;

/// The `kid` of the one key, a fragment of the issuer's profile.
const KEY_ID: &str = "key-1";

/// The centre's Ed25519 key: its PKCS#8 document and public half.
struct IssuerKey {
    pkcs8: Vec<u8>,
    public: Vec<u8>,
}

impl IssuerKey {
    fn from_pkcs8(pkcs8: Vec<u8>) -> Result<IssuerKey, AppError> {
        let pair = Ed25519KeyPair::from_pkcs8_maybe_unchecked(&pkcs8).map_err(|_| {
            tracing::error!("the issuer key is not an Ed25519 PKCS#8 key");
            AppError::Internal
        })?;
        Ok(IssuerKey { public: pair.public_key().as_ref().to_vec(), pkcs8 })
    }

    fn generate() -> Result<Vec<u8>, AppError> {
        let document = Ed25519KeyPair::generate_pkcs8(&ring::rand::SystemRandom::new())
            .map_err(|_| AppError::Internal)?;
        Ok(document.as_ref().to_vec())
    }

    fn sign(&self, settings: &Settings, claims: &Value) -> Result<String, AppError> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.typ = Some("vc+jwt".into());
        header.kid = Some(format!("{}#{KEY_ID}", issuer_id(settings)));
        jsonwebtoken::encode(&header, claims, &EncodingKey::from_ed_der(&self.pkcs8)).map_err(|error| {
            tracing::error!(%error, "signing a credential failed");
            AppError::Internal
        })
    }
}

/// The key: from the configured file (created there on first use), else from the database
/// (created there on first use; of two servers creating it at once, the first one's stays).
async fn issuer_key(state: &AppState) -> Result<IssuerKey, AppError> {
    if let Some(file) = &state.settings.issuer_key_file {
        return IssuerKey::from_pkcs8(key_file(file).await?);
    }
    let mut conn = state.db.acquire().await?;
    if let Some(stored) = badges::key(&mut conn).await? {
        return IssuerKey::from_pkcs8(BASE64_STANDARD.decode(stored).map_err(|_| AppError::Internal)?);
    }
    badges::insert_key(&mut conn, &BASE64_STANDARD.encode(IssuerKey::generate()?), state.clock.now()).await?;
    let stored = badges::key(&mut conn).await?.ok_or(AppError::Internal)?;
    IssuerKey::from_pkcs8(BASE64_STANDARD.decode(stored).map_err(|_| AppError::Internal)?)
}

/// Reads the key file (PKCS#8, DER), writing a new key there (readable by its owner only) when
/// it does not exist yet.
async fn key_file(path: &std::path::Path) -> Result<Vec<u8>, AppError> {
    match tokio::fs::read(path).await {
        Ok(pkcs8) => Ok(pkcs8),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let pkcs8 = IssuerKey::generate()?;
            let (path, written) = (path.to_owned(), pkcs8.clone());
            tokio::task::spawn_blocking(move || {
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                options.open(path)?.write_all(&written)
            })
            .await??;
            Ok(pkcs8)
        }
        Err(error) => Err(error.into()),
    }
}

fn public_url(settings: &Settings) -> &str {
    settings.public_url.trim_end_matches('/')
}

/// The issuer's profile URL, which serves the profile.
fn issuer_id(settings: &Settings) -> String {
    format!("{}/api/v1/issuer", public_url(settings))
}

fn status_list_id(settings: &Settings) -> String {
    format!("{}/api/v1/credentials/status", public_url(settings))
}

/// The verification page of a credential, which its QR code opens.
pub fn verify_url(settings: &Settings, credential: &StoredCredential) -> String {
    format!("{}/verifieer/{}", public_url(settings), credential.public_id)
}

/// The QR code of the credential's verification link, as SVG (at least 240 px square).
pub fn qr_svg(settings: &Settings, credential: &StoredCredential) -> Result<String, AppError> {
    let code =
        qrcode::QrCode::new(verify_url(settings, credential).as_bytes()).map_err(|_| AppError::Internal)?;
    Ok(code.render::<qrcode::render::svg::Color>().min_dimensions(240, 240).build())
}

/// The student's credential of a unit (`Some`) or of the programme's certificaat (`None`),
/// issued on first use: for the student and for those who may take a portfolio along.
/// Refused (409) while the unit is not awarded or the certificaat not earned.
pub async fn credential(
    state: &AppState,
    account: &Account,
    student: StudentId,
    framework: &FrameworkCode,
    unit: Option<&UnitCode>,
    now: Timestamp,
) -> Result<StoredCredential, AppError> {
    ensure_portfolio_holder(account, student)?;
    let mut conn = state.db.acquire().await?;
    super::access::ensure_can_view_programme(&mut conn, account, student, framework).await?;
    if storage::privacy::is_erased(&mut conn, student).await? {
        return Err(AppError::Conflict(t!("services-badge-student-erased")));
    }
    if let Some(issued) = badges::find(&mut conn, student, framework, unit).await? {
        return Ok(issued);
    }
    drop(conn);
    let key = issuer_key(state).await?;
    let mut tx = storage::begin(&state.db).await?;
    let (achievement, awarded_at) = achievement(&mut tx, state, student, framework, unit).await?;
    let person = accounts::find(&mut tx, student.into()).await?.ok_or(AppError::Internal)?;
    let public_id = random_hex(16);
    let id = badges::insert(&mut tx, &public_id, student, framework, unit, now).await?;
    let content = CredentialContent {
        id: format!("{}/api/v1/credentials/{public_id}", public_url(&state.settings)),
        issuer: issuer(&state.settings),
        achievement,
        recipient: Recipient { name: person.name, email: person.email, salt: random_hex(8) },
        valid_from: rfc3339(now),
        awarded_date: rfc3339(awarded_at),
        status: StatusEntry { list: status_list_id(&state.settings), index: id as u64 },
    };
    let jwt = key.sign(
        &state.settings,
        &claims(open_badge::credential(&content), &content.issuer.id, &content.id, now),
    )?;
    badges::set_jwt(&mut tx, id, &jwt).await?;
    tx.commit().await?;
    let mut conn = state.db.acquire().await?;
    badges::find(&mut conn, student, framework, unit).await?.ok_or(AppError::Internal)
}

/// The credential with the JWT claims that name it: issuer, id, and the moment it holds from.
fn claims(mut credential: Value, issuer: &str, id: &str, now: Timestamp) -> Value {
    credential["iss"] = json!(issuer);
    credential["jti"] = json!(id);
    credential["nbf"] = json!(now.utc().timestamp());
    credential
}

fn issuer(settings: &Settings) -> Issuer {
    Issuer {
        id: issuer_id(settings),
        name: settings.institution.clone(),
        url: public_url(settings).to_owned(),
    }
}

/// What the unit's deelcertificaat (or the programme's certificaat) stands for, and when it was
/// awarded (for a certificaat: its last unit).
async fn achievement(
    conn: &mut AnyConnection,
    state: &AppState,
    student: StudentId,
    code: &FrameworkCode,
    unit: Option<&UnitCode>,
) -> Result<(Achievement, Timestamp), AppError> {
    let (framework, progress) = progress_in_programme(conn, student, code).await?;
    let awarded =
        awards::of_students(conn, Students::One(student), code).await?.remove(&student).unwrap_or_default();
    let base = format!("{}/api/v1/achievements/{code}", public_url(&state.settings));
    let Some(unit) = unit else {
        let last = awarded.values().map(|award| award.awarded_at).max();
        let Some(last) = last.filter(|_| progress.ready_for_certificate) else {
            return Err(AppError::Conflict(t!("services-badge-certificate-not-achieved")));
        };
        let achievement = Achievement {
            id: base,
            name: format!("Certificaat {}", framework.title),
            description: format!(
                "Certificaat van {} ({code}), uitgereikt door {}: elke module is behaald.",
                framework.title, state.settings.institution
            ),
            human_code: code.to_string(),
            field_of_study: framework.title.clone(),
            skills: framework.units.iter().map(|unit| format!("{} {}", unit.code, unit.title)).collect(),
            lestijden: framework.total_lestijden,
        };
        return Ok((achievement, last));
    };
    let found = framework.units.iter().find(|candidate| &candidate.code == unit);
    let (Some(found), Some(award)) = (found, awarded.get(unit)) else {
        return Err(AppError::Conflict(t!("services-badge-unit-not-awarded", unit = unit.as_str())));
    };
    let achievement = Achievement {
        id: format!("{base}/{}", unit.slug()),
        name: format!("Deelcertificaat {} {}", found.code, found.title),
        description: format!(
            "Deelcertificaat van module {} {} uit {} ({code}), uitgereikt door {}.",
            found.code, found.title, framework.title, state.settings.institution
        ),
        human_code: found.code.to_string(),
        field_of_study: framework.title.clone(),
        skills: found
            .competencies
            .iter()
            .flat_map(|competency| &competency.skills)
            .map(|skill| skill.text.clone())
            .collect(),
        lestijden: found.lestijden,
    };
    Ok((achievement, award.awarded_at))
}

fn rfc3339(at: Timestamp) -> String {
    at.utc().to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn random_hex(bytes: usize) -> String {
    let mut random = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut random);
    random.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Checks a credential as `/verifieer` shows it: whether this centre signed it unchanged, for
/// whom and for what, and whether it was revoked. Open to everyone.
pub async fn check(state: &AppState, token: &str) -> Result<CredentialCheck, AppError> {
    let key = issuer_key(state).await?;
    let mut validation = Validation::new(Algorithm::EdDSA);
    validation.required_spec_claims.clear();
    validation.validate_exp = false;
    validation.validate_nbf = false;
    let claims = match jsonwebtoken::decode::<Value>(
        token.trim(),
        &DecodingKey::from_ed_der(&key.public),
        &validation,
    ) {
        Ok(decoded) if is_open_badge(&decoded.claims) => decoded.claims,
        _ => return Ok(CredentialCheck::not_authentic(&state.settings.institution)),
    };
    let public_id = claims["jti"].as_str().and_then(|id| id.rsplit('/').next()).unwrap_or_default();
    let mut conn = state.db.acquire().await?;
    let stored = badges::find_public(&mut conn, public_id).await?;
    let subject = &claims["credentialSubject"];
    let recipient = subject["identifier"]
        .as_array()
        .and_then(|identifiers| identifiers.iter().find(|identifier| identifier["identityType"] == "name"))
        .and_then(|identifier| identifier["identityHash"].as_str())
        .unwrap_or_default();
    let issued = claims["validFrom"].as_str().and_then(|at| at.parse::<chrono::DateTime<chrono::Utc>>().ok());
    Ok(CredentialCheck {
        authentic: true,
        issuer: claims["issuer"]["name"].as_str().unwrap_or_default().to_owned(),
        recipient: recipient.to_owned(),
        achievement: claims["name"].as_str().unwrap_or_default().to_owned(),
        shown_issued_at: issued.map(|at| date_time(at.into())),
        revoked: stored.as_ref().is_some_and(|stored| stored.revoked_at.is_some()),
        shown_revoked_at: stored.and_then(|stored| stored.revoked_at).map(date_time),
        message: None,
    })
}

/// Whether signed claims are an Open Badge (and not, say, the status list, signed by the same key).
fn is_open_badge(claims: &Value) -> bool {
    claims["type"].as_array().is_some_and(|types| types.iter().any(|kind| kind == "OpenBadgeCredential"))
}

/// A stored credential's JWT, by its public id (the verification link's); not found once the
/// holder's data was erased.
pub async fn by_public_id(state: &AppState, public_id: &str) -> Result<String, AppError> {
    let mut conn = state.db.acquire().await?;
    badges::find_public(&mut conn, public_id)
        .await?
        .map(|credential| credential.jwt)
        .filter(|jwt| !jwt.is_empty())
        .ok_or_else(|| AppError::NotFound(t!("services-not-found-credential")))
}

/// The status list: a signed `BitstringStatusListCredential` whose set bits are the revoked
/// credentials' ids (base64url of the GZIP-compressed bits, multibase prefix `u`).
pub async fn status_list(state: &AppState, now: Timestamp) -> Result<String, AppError> {
    let key = issuer_key(state).await?;
    let mut conn = state.db.acquire().await?;
    let bits = open_badge::status_bits(&badges::revoked(&mut conn).await?);
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(&bits)?;
    let encoded = format!("u{}", BASE64_URL_SAFE_NO_PAD.encode(gzip.finish()?));
    let id = status_list_id(&state.settings);
    let list = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": id,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(&state.settings),
        "validFrom": rfc3339(now),
        "credentialSubject": {
            "id": format!("{id}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded,
        },
    });
    key.sign(&state.settings, &claims(list, &issuer_id(&state.settings), &id, now))
}

/// The issuer's public key as a JSON Web Key Set.
pub async fn jwks(state: &AppState) -> Result<Value, AppError> {
    let key = issuer_key(state).await?;
    Ok(json!({ "keys": [{
        "kty": "OKP",
        "crv": "Ed25519",
        "x": BASE64_URL_SAFE_NO_PAD.encode(&key.public),
        "kid": format!("{}#{KEY_ID}", issuer_id(&state.settings)),
        "alg": "EdDSA",
        "use": "sig",
    }] }))
}

/// The issuer's Open Badges profile.
pub fn profile(settings: &Settings) -> Value {
    json!({
        "@context": open_badge::CONTEXTS,
        "id": issuer_id(settings),
        "type": ["Profile"],
        "name": settings.institution,
        "url": public_url(settings),
    })
}

/// A coordinator withdraws a student's award of a unit: the withdrawal is chained into the
/// record, the unit counts as not awarded, and the student's credentials of the unit and of
/// the programme's certificaat are revoked. The reason is required.
pub async fn withdraw(
    state: &AppState,
    account: &Account,
    student: StudentId,
    input: &WithdrawalInput,
    now: Timestamp,
) -> Result<(), AppError> {
    authorise(account, Action::WithdrawAwards)?;
    let reason = domain::text::typed(&input.reason);
    if reason.is_empty() || reason.chars().count() > 1000 {
        return Err(AppError::Invalid(t!("services-withdrawal-reason-required")));
    }
    let unit = UnitCode::new(input.unit_code.trim());
    let mut tx = storage::begin(&state.db).await?;
    let code = input.framework.clone();
    super::access::ensure_can_view_programme(&mut tx, account, student, &code).await?;
    if awards::is_withdrawn(&mut tx, student, &code, &unit).await? {
        return Err(AppError::Conflict(t!("services-withdrawal-already-done", unit = unit.as_str())));
    }
    let award = awards::of_students(&mut tx, Students::One(student), &code)
        .await?
        .remove(&student)
        .and_then(|mut awarded| awarded.remove(&unit))
        .ok_or_else(|| AppError::NotFound(t!("services-not-found-award", unit = unit.as_str())))?;
    awards::withdraw(&mut tx, award.id, account.id, &reason, now).await?;
    badges::revoke_for_unit(&mut tx, student, &code, &unit, now).await?;
    tx.commit().await?;
    let mut telling = super::notifications::Telling::default();
    telling.touch(student, Topic::Progress);
    telling.publish(state).await;
    Ok(())
}
