//! What an Open Badges 3.0 credential of a deelcertificaat or certificaat says (1EdTech Open
//! Badges 3.0.3, a W3C Verifiable Credential 2.0 of type `OpenBadgeCredential`), and the bitstring
//! of the status list that says which credentials are revoked (W3C Bitstring Status List 1.0).
//! Signing, keys and the compression of the list are the server's; this is the content.

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The JSON-LD contexts every credential names, in this order.
pub const CONTEXTS: [&str; 2] =
    ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];

/// The JSON Schema a credential declares it follows (shipped as
/// `app/schemas/ob_v3p0_achievementcredential.json`).
pub const SCHEMA_ID: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json";

/// The fewest entries a status list has (16 KiB of bits), so that one credential's place says
/// little about how many there are (Bitstring Status List 1.0, §6.1).
pub const MIN_STATUS_ENTRIES: usize = 131_072;

/// The centre that issues, as its profile names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    /// The profile's URL, which also serves it: `https://vaardig.cvo.be/api/v1/issuer`.
    pub id: String,
    pub name: String,
    /// The centre's Vaardig: `https://vaardig.cvo.be`.
    pub url: String,
}

/// What was achieved: a unit's deelcertificaat or a programme's certificaat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Achievement {
    /// A URL naming the achievement (the same for every student).
    pub id: String,
    /// "Deelcertificaat M IT 020 Installeren en configureren …" or "Certificaat …".
    pub name: String,
    pub description: String,
    /// The unit's code, or the framework's for a certificaat.
    pub human_code: String,
    /// The framework's title (opleidingsprofiel, beroepskwalificatie).
    pub field_of_study: String,
    /// The skills it covers, one per item, in curriculum order.
    pub skills: Vec<String>,
    pub lestijden: Option<u32>,
}

/// To whom, and how they are recognised: their name, and their e-mail address hashed with a salt
/// (`sha256$…`, so the credential does not publish the address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub name: String,
    pub email: String,
    pub salt: String,
}

/// Where the credential's revocation bit is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEntry {
    /// The status list credential's URL.
    pub list: String,
    pub index: u64,
}

/// A credential to build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialContent {
    /// The credential's URL.
    pub id: String,
    pub issuer: Issuer,
    pub achievement: Achievement,
    pub recipient: Recipient,
    /// When it was issued and when the unit was awarded, RFC 3339 in UTC (`…Z`).
    pub valid_from: String,
    pub awarded_date: String,
    pub status: StatusEntry,
}

/// The credential's JSON, without proof: the payload the server signs.
pub fn credential(content: &CredentialContent) -> Value {
    let CredentialContent { id, issuer, achievement, recipient, valid_from, awarded_date, status } = content;
    json!({
        "@context": CONTEXTS,
        "id": id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": achievement.name,
        "issuer": { "id": issuer.id, "type": ["Profile"], "name": issuer.name, "url": issuer.url },
        "validFrom": valid_from,
        "awardedDate": awarded_date,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": true,
                    "identityHash": identity_hash(&recipient.email, &recipient.salt),
                    "salt": recipient.salt,
                },
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": false,
                    "identityHash": recipient.name,
                },
            ],
            "achievement": achievement_json(achievement),
        },
        "credentialSchema": [{ "id": SCHEMA_ID, "type": "1EdTechJsonSchemaValidator2019" }],
        "credentialStatus": {
            "id": format!("{}#{}", status.list, status.index),
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": status.index.to_string(),
            "statusListCredential": status.list,
        },
    })
}

fn achievement_json(achievement: &Achievement) -> Value {
    let skills: Vec<String> = achievement.skills.iter().map(|skill| format!("- {skill}")).collect();
    let mut value = json!({
        "id": achievement.id,
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": achievement.name,
        "description": achievement.description,
        "humanCode": achievement.human_code,
        "fieldOfStudy": achievement.field_of_study,
        "inLanguage": "nl-BE",
        "criteria": { "narrative": format!("Elke vaardigheid is behaald en door een beoordelaar afgetekend:\n\n{}", skills.join("\n")) },
    });
    if let Some(lestijden) = achievement.lestijden {
        value["tag"] = json!([format!("{lestijden} lestijden")]);
    }
    value
}

/// `sha256$` and the lowercase hex SHA-256 of the address (trimmed, lowercase) followed by the
/// salt, as Open Badges hashes an identity.
pub fn identity_hash(email: &str, salt: &str) -> String {
    let digest = Sha256::digest(format!("{}{salt}", email.trim().to_lowercase()));
    format!("sha256${}", digest.iter().map(|byte| format!("{byte:02x}")).collect::<String>())
}

/// The status list's bits, uncompressed: at least [`MIN_STATUS_ENTRIES`], in whole bytes, each
/// revoked index set; index 0 is the first byte's highest bit.
pub fn status_bits(revoked: &[u64]) -> Vec<u8> {
    let highest = revoked.iter().max().map_or(0, |index| *index as usize + 1);
    let entries = highest.max(MIN_STATUS_ENTRIES).div_ceil(8) * 8;
    let mut bits = vec![0u8; entries / 8];
    for index in revoked {
        let index = *index as usize;
        bits[index / 8] |= 0x80 >> (index % 8);
    }
    bits
}

/// Whether the index is set in a list's bits (an index past the end is not).
pub fn is_set(bits: &[u8], index: u64) -> bool {
    let index = index as usize;
    bits.get(index / 8).is_some_and(|byte| byte & (0x80 >> (index % 8)) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> CredentialContent {
        CredentialContent {
            id: "https://vaardig.example/api/v1/credentials/abc".into(),
            issuer: Issuer {
                id: "https://vaardig.example/api/v1/issuer".into(),
                name: "CVO Testcentrum".into(),
                url: "https://vaardig.example".into(),
            },
            achievement: Achievement {
                id: "https://vaardig.example/api/v1/achievements/BO-IT-002/M-IT-020".into(),
                name: "Deelcertificaat M IT 020 Computerhardware".into(),
                description: "Module M IT 020".into(),
                human_code: "M IT 020".into(),
                field_of_study: "Digitale Gebruikersondersteuner".into(),
                skills: vec!["installeert hardware".into(), "test hardware".into()],
                lestijden: Some(40),
            },
            recipient: Recipient {
                name: "Jonas Peeters".into(),
                email: "Jonas@CVO.be ".into(),
                salt: "zout".into(),
            },
            valid_from: "2026-12-07T10:00:00Z".into(),
            awarded_date: "2026-12-06T09:00:00Z".into(),
            status: StatusEntry {
                list: "https://vaardig.example/api/v1/credentials/status".into(),
                index: 7,
            },
        }
    }

    #[test]
    fn a_credential_names_issuer_recipient_achievement_and_its_status() {
        let value = credential(&content());
        assert_eq!(value["type"], json!(["VerifiableCredential", "OpenBadgeCredential"]));
        assert_eq!(value["issuer"]["name"], "CVO Testcentrum");
        let subject = &value["credentialSubject"];
        assert_eq!(subject["identifier"][1]["identityHash"], "Jonas Peeters");
        assert_eq!(subject["achievement"]["humanCode"], "M IT 020");
        assert_eq!(subject["achievement"]["tag"], json!(["40 lestijden"]));
        let narrative = subject["achievement"]["criteria"]["narrative"].as_str().unwrap();
        assert!(narrative.ends_with("- installeert hardware\n- test hardware"), "{narrative}");
        assert_eq!(value["credentialStatus"]["statusListIndex"], "7");
        assert_eq!(value["credentialStatus"]["id"], "https://vaardig.example/api/v1/credentials/status#7");
    }

    #[test]
    fn the_address_is_hashed_trimmed_and_lowercase_with_its_salt() {
        let expected: String =
            Sha256::digest(b"jonas@cvo.bezout").iter().map(|byte| format!("{byte:02x}")).collect();
        assert_eq!(identity_hash(" Jonas@CVO.be", "zout"), format!("sha256${expected}"));
    }

    #[test]
    fn the_status_bits_set_each_revoked_index_from_the_highest_bit() {
        let bits = status_bits(&[0, 9]);
        assert_eq!(bits.len(), MIN_STATUS_ENTRIES / 8);
        assert_eq!((bits[0], bits[1]), (0b1000_0000, 0b0100_0000));
        assert!(is_set(&bits, 9) && !is_set(&bits, 8) && !is_set(&bits, 10_000_000));
        assert_eq!(status_bits(&[MIN_STATUS_ENTRIES as u64]).len(), MIN_STATUS_ENTRIES / 8 + 1);
    }
}
