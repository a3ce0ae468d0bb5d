//! The tamper-evident record: every decision, award, withdrawal and meeting of the klassenraad
//! takes the next position in one chain for the centre, and carries the SHA-256 of its content together with the hash of the
//! entry before it. A row changed, removed or added outside Vaardig afterwards breaks the chain
//! at that row; the hash at the head, noted elsewhere (printed), anchors the whole record.
//!
//! An entry's hash is SHA-256 over the JSON Canonicalization Scheme (RFC 8785) form of
//! `{"position", "previous", "record"}`, written as 64 lowercase hexadecimal characters.

use std::fmt;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::ids::{AccountId, AwardId, CohortId, DecisionId, DeliberationId, EvidenceId, StudentId};

/// A SHA-256 digest as 64 lowercase hexadecimal characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct ChainHash(String);

impl ChainHash {
    /// The hash "before" the first entry: 64 zeros.
    pub fn genesis() -> Self {
        Self("0".repeat(64))
    }

    /// Reads a stored hash; `None` unless it is 64 lowercase hexadecimal characters.
    pub fn parse(text: &str) -> Option<Self> {
        let well_formed = text.len() == 64
            && text.bytes().all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte));
        well_formed.then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ChainHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a chained row records, as it is hashed: its columns as stored (times as their RFC 3339
/// text), the evidence a decision cites and the decisions it rests on (both ascending).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recorded {
    Decision {
        decision_id: DecisionId,
        student_id: StudentId,
        skill_id: String,
        verdict: String,
        comment: String,
        assessor_id: AccountId,
        decided_at: String,
        evidence_ids: Vec<EvidenceId>,
        source_decision_ids: Vec<DecisionId>,
    },
    Award {
        award_id: AwardId,
        student_id: StudentId,
        framework: String,
        unit: String,
        awarded_by: AccountId,
        awarded_at: String,
        /// The meeting of the klassenraad that granted it; left out of the hash when none, so
        /// awards chained before deliberations existed keep their hash.
        #[serde(skip_serializing_if = "Option::is_none")]
        deliberation_id: Option<DeliberationId>,
    },
    /// A coordinator withdrew an award (and with it its credentials).
    Withdrawal { award_id: AwardId, withdrawn_by: AccountId, withdrawn_at: String, reason: String },
    /// The assessor undid a decision recorded by mistake ([`crate::assessment::UndoCandidate`]).
    Undo { decision_id: DecisionId, undone_by: AccountId, undone_at: String },
    /// A meeting of a cohort's delibererende klassenraad with its outcomes (ordered by student id
    /// and unit code; `reason` empty when granted).
    Deliberation {
        deliberation_id: DeliberationId,
        cohort_id: CohortId,
        held_on: String,
        members: Vec<String>,
        recorded_by: AccountId,
        recorded_at: String,
        outcomes: Vec<ChainedOutcome>,
    },
}

/// One outcome of a meeting, as it is hashed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainedOutcome {
    pub student_id: StudentId,
    pub unit: String,
    /// `granted` or `postponed`.
    pub outcome: String,
    pub reason: String,
}

impl Recorded {
    /// When the row was recorded, as stored (RFC 3339 text).
    pub fn recorded_at(&self) -> &str {
        match self {
            Recorded::Decision { decided_at, .. } => decided_at,
            Recorded::Award { awarded_at, .. } => awarded_at,
            Recorded::Withdrawal { withdrawn_at, .. } => withdrawn_at,
            Recorded::Undo { undone_at, .. } => undone_at,
            Recorded::Deliberation { recorded_at, .. } => recorded_at,
        }
    }

    /// Which row this is.
    pub fn row(&self) -> RecordRow {
        match self {
            Recorded::Decision { decision_id, .. } => RecordRow::Decision(*decision_id),
            Recorded::Award { award_id, .. } => RecordRow::Award(*award_id),
            Recorded::Withdrawal { award_id, .. } => RecordRow::Withdrawal(*award_id),
            Recorded::Undo { decision_id, .. } => RecordRow::Undo(*decision_id),
            Recorded::Deliberation { deliberation_id, .. } => RecordRow::Deliberation(*deliberation_id),
        }
    }
}

/// A row of the record, named as a person reads it: "beslissing 12", "toekenning 3",
/// "intrekking van toekenning 3", "correctie van beslissing 4", "vergadering 2 van de klassenraad".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum RecordRow {
    Decision(DecisionId),
    Award(AwardId),
    Withdrawal(AwardId),
    Undo(DecisionId),
    Deliberation(DeliberationId),
}

impl fmt::Display for RecordRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordRow::Decision(id) => write!(f, "beslissing {id}"),
            RecordRow::Award(id) => write!(f, "toekenning {id}"),
            RecordRow::Withdrawal(id) => write!(f, "intrekking van toekenning {id}"),
            RecordRow::Undo(id) => write!(f, "correctie van beslissing {id}"),
            RecordRow::Deliberation(id) => write!(f, "vergadering {id} van de klassenraad"),
        }
    }
}

#[derive(Serialize)]
struct Link<'a> {
    position: u64,
    previous: &'a ChainHash,
    record: &'a Recorded,
}

/// The hash of `record` at `position` (counted from 1), after the entry whose hash is `previous`.
pub fn link(position: u64, previous: &ChainHash, record: &Recorded) -> ChainHash {
    // Ids, text and integers only: canonical JSON of them cannot fail.
    let canonical = serde_json_canonicalizer::to_vec(&Link { position, previous, record })
        .expect("a record is plain JSON");
    let digest = Sha256::digest(canonical);
    ChainHash(digest.iter().map(|byte| format!("{byte:02x}")).collect())
}

/// A row as it is stored: its position and hash (both absent when it was never chained).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    pub position: Option<u64>,
    pub hash: Option<String>,
    pub record: Recorded,
}

/// The chain's head as stored: how many entries it has and the hash of the last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainHead {
    pub length: u64,
    pub hash: ChainHash,
}

/// Where the record first stops matching its chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Break {
    #[error("{row} (positie {position}) klopt niet met zijn hash: de rij is gewijzigd na het vastleggen")]
    Altered { position: u64, row: RecordRow },
    #[error(
        "positie {position} ontbreekt (de volgende is {next}): een beslissing of toekenning is verwijderd"
    )]
    Missing { position: u64, next: RecordRow },
    #[error(
        "positie {position} komt twee keer voor ({first} en {second}): een rij is toegevoegd buiten Vaardig"
    )]
    Repeated { position: u64, first: RecordRow, second: RecordRow },
    #[error("{row} staat niet in de keten: de rij is toegevoegd buiten Vaardig")]
    Unchained { row: RecordRow },
    #[error(
        "de keten telt {found} posities, maar de kop van de keten zegt {length}: de laatste \
         beslissingen of toekenningen zijn verwijderd"
    )]
    Truncated { found: u64, length: u64 },
    #[error("de hash van de kop klopt niet met de laatste positie: de kop is gewijzigd")]
    HeadAltered,
    #[error(
        "de hash op positie {position} is niet het genoteerde anker: het register is tot daar \
         herschreven"
    )]
    AnchorDiffers { position: u64 },
    #[error("de keten telt geen positie {position}: het genoteerde anker ontbreekt")]
    AnchorMissing { position: u64 },
}

/// A position and the hash noted for it elsewhere (printed from the administrator's page):
/// a chain rewritten up to there, hashes and all, no longer shows that hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub position: u64,
    pub hash: ChainHash,
}

impl std::str::FromStr for Anchor {
    type Err = String;

    /// Reads `POSITION:HASH`, as the page prints it.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (position, hash) = text.split_once(':').ok_or("give the anchor as POSITION:HASH")?;
        let position = position.trim().parse().map_err(|_| format!("'{position}' is not a position"))?;
        let hash = ChainHash::parse(hash.trim()).ok_or("the hash is 64 lowercase hexadecimal characters")?;
        Ok(Anchor { position, hash })
    }
}

/// Walks a chain entry by entry, in position order, and stops at the first break.
#[derive(Debug, Clone)]
pub struct Verifier {
    last: Option<(u64, RecordRow)>,
    previous: ChainHash,
    anchor: Option<Anchor>,
}

impl Default for Verifier {
    fn default() -> Self {
        Self { last: None, previous: ChainHash::genesis(), anchor: None }
    }
}

impl Verifier {
    /// A verifier that also checks the hash at the anchor's position.
    pub fn anchored(anchor: Option<Anchor>) -> Self {
        Self { anchor, ..Self::default() }
    }

    /// Checks the next entry (entries come in ascending position; an unchained row is a break).
    pub fn check(&mut self, entry: &StoredEntry) -> Result<(), Break> {
        let row = entry.record.row();
        let Some(position) = entry.position else { return Err(Break::Unchained { row }) };
        let expected = self.last.map_or(1, |(last, _)| last + 1);
        match self.last {
            Some((last, first)) if position == last => {
                return Err(Break::Repeated { position, first, second: row })
            }
            _ if position > expected => return Err(Break::Missing { position: expected, next: row }),
            _ => {}
        }
        let hash = link(position, &self.previous, &entry.record);
        if entry.hash.as_deref() != Some(hash.as_str()) {
            return Err(Break::Altered { position, row });
        }
        if self.anchor.as_ref().is_some_and(|anchor| anchor.position == position && anchor.hash != hash) {
            return Err(Break::AnchorDiffers { position });
        }
        self.last = Some((position, row));
        self.previous = hash;
        Ok(())
    }

    /// Checks that the head names the last entry seen, and answers the chain's length.
    pub fn finish(self, head: &ChainHead) -> Result<u64, Break> {
        let found = self.last.map_or(0, |(position, _)| position);
        if found != head.length {
            return Err(Break::Truncated { found, length: head.length });
        }
        if self.previous != head.hash {
            return Err(Break::HeadAltered);
        }
        match self.anchor {
            Some(anchor) if anchor.position > found || anchor.position == 0 => {
                Err(Break::AnchorMissing { position: anchor.position })
            }
            _ => Ok(found),
        }
    }
}

/// Checks a whole chain held in memory (the storage layer walks it page by page instead).
pub fn verify<'a>(
    entries: impl IntoIterator<Item = &'a StoredEntry>,
    head: &ChainHead,
) -> Result<u64, Break> {
    let mut verifier = Verifier::default();
    for entry in entries {
        verifier.check(entry)?;
    }
    verifier.finish(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(id: i64, comment: &str) -> Recorded {
        Recorded::Decision {
            decision_id: DecisionId::new(id),
            student_id: StudentId::new(7),
            skill_id: "BO-IT-002.M-IT-020.1.1".into(),
            verdict: "achieved".into(),
            comment: comment.into(),
            assessor_id: AccountId::new(2),
            decided_at: "2026-12-07T09:00:00.000000Z".into(),
            evidence_ids: vec![EvidenceId::new(3)],
            source_decision_ids: vec![],
        }
    }

    fn award(id: i64) -> Recorded {
        Recorded::Award {
            award_id: AwardId::new(id),
            student_id: StudentId::new(7),
            framework: "BO-IT-002".into(),
            unit: "M IT 020".into(),
            awarded_by: AccountId::new(4),
            awarded_at: "2026-12-07T10:00:00.000000Z".into(),
            deliberation_id: None,
        }
    }

    /// A chain as Vaardig writes it, with its head.
    fn chained(records: Vec<Recorded>) -> (Vec<StoredEntry>, ChainHead) {
        let mut previous = ChainHash::genesis();
        let mut entries = Vec::new();
        for (index, record) in records.into_iter().enumerate() {
            let position = index as u64 + 1;
            previous = link(position, &previous, &record);
            entries.push(StoredEntry { position: Some(position), hash: Some(previous.to_string()), record });
        }
        let head = ChainHead { length: entries.len() as u64, hash: previous };
        (entries, head)
    }

    fn three() -> (Vec<StoredEntry>, ChainHead) {
        chained(vec![decision(1, "Goed"), award(1), decision(2, "Netjes")])
    }

    #[test]
    fn the_hash_is_sha256_of_the_canonical_json() {
        let record = award(1);
        let canonical = r#"{"position":1,"previous":"0000000000000000000000000000000000000000000000000000000000000000","record":{"award_id":1,"awarded_at":"2026-12-07T10:00:00.000000Z","awarded_by":4,"framework":"BO-IT-002","kind":"award","student_id":7,"unit":"M IT 020"}}"#;
        let expected: String =
            Sha256::digest(canonical.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect();
        assert_eq!(link(1, &ChainHash::genesis(), &record).as_str(), expected);
    }

    #[test]
    fn an_award_by_a_deliberation_hashes_its_reference() {
        let Recorded::Award { award_id, student_id, framework, unit, awarded_by, awarded_at, .. } = award(1)
        else {
            unreachable!()
        };
        let deliberated = Recorded::Award {
            award_id,
            student_id,
            framework,
            unit,
            awarded_by,
            awarded_at,
            deliberation_id: Some(DeliberationId::new(3)),
        };
        let json = serde_json_canonicalizer::to_string(&deliberated).unwrap();
        assert!(json.contains(r#""deliberation_id":3"#), "{json}");
        assert_ne!(link(1, &ChainHash::genesis(), &deliberated), link(1, &ChainHash::genesis(), &award(1)));
    }

    #[test]
    fn an_intact_chain_verifies_and_an_empty_one_too() {
        let (entries, head) = three();
        assert_eq!(verify(&entries, &head), Ok(3));
        assert_eq!(verify(&[], &ChainHead { length: 0, hash: ChainHash::genesis() }), Ok(0));
    }

    #[test]
    fn a_changed_comment_is_named() {
        let (mut entries, head) = three();
        entries[2].record = decision(2, "Netjes!");
        let row = RecordRow::Decision(DecisionId::new(2));
        assert_eq!(verify(&entries, &head), Err(Break::Altered { position: 3, row }));
    }

    #[test]
    fn a_removed_entry_is_named_by_its_position_and_the_next_row() {
        let (mut entries, head) = three();
        entries.remove(1);
        let next = RecordRow::Decision(DecisionId::new(2));
        assert_eq!(verify(&entries, &head), Err(Break::Missing { position: 2, next }));
    }

    #[test]
    fn removing_the_last_entry_or_changing_the_head_is_seen() {
        let (mut entries, head) = three();
        entries.pop();
        assert_eq!(verify(&entries, &head), Err(Break::Truncated { found: 2, length: 3 }));
        let (entries, mut head) = three();
        head.hash = ChainHash::genesis();
        assert_eq!(verify(&entries, &head), Err(Break::HeadAltered));
    }

    #[test]
    fn a_row_added_outside_the_chain_or_on_a_taken_position_is_seen() {
        let (mut entries, head) = three();
        entries.push(StoredEntry { position: None, hash: None, record: decision(9, "Later") });
        let row = RecordRow::Decision(DecisionId::new(9));
        assert_eq!(verify(&entries, &head), Err(Break::Unchained { row }));
        let (mut entries, head) = three();
        let copy = StoredEntry { record: decision(8, "Goed"), ..entries[0].clone() };
        entries.insert(1, copy);
        let (first, second) =
            (RecordRow::Decision(DecisionId::new(1)), RecordRow::Decision(DecisionId::new(8)));
        assert_eq!(verify(&entries, &head), Err(Break::Repeated { position: 1, first, second }));
    }

    #[test]
    fn rehashing_a_changed_row_breaks_the_next_one() {
        let (mut entries, head) = three();
        entries[0].record = decision(1, "Zwak");
        entries[0].hash = Some(link(1, &ChainHash::genesis(), &entries[0].record).to_string());
        let row = RecordRow::Award(AwardId::new(1));
        assert_eq!(verify(&entries, &head), Err(Break::Altered { position: 2, row }));
    }

    #[test]
    fn a_chain_rewritten_hashes_and_all_differs_from_its_anchor() {
        let (entries, head) = three();
        let anchor: Anchor = format!("2:{}", entries[1].hash.as_deref().unwrap()).parse().unwrap();
        let mut verifier = Verifier::anchored(Some(anchor.clone()));
        entries.iter().try_for_each(|entry| verifier.check(entry)).unwrap();
        assert_eq!(verifier.finish(&head), Ok(3));

        let (rewritten, head) = chained(vec![decision(1, "Zwak"), award(1), decision(2, "Netjes")]);
        assert_eq!(verify(&rewritten, &head), Ok(3));
        let mut verifier = Verifier::anchored(Some(anchor));
        let broken = rewritten.iter().try_for_each(|entry| verifier.check(entry));
        assert_eq!(broken, Err(Break::AnchorDiffers { position: 2 }));

        let beyond = Anchor { position: 4, hash: head.hash.clone() };
        let mut verifier = Verifier::anchored(Some(beyond));
        rewritten.iter().try_for_each(|entry| verifier.check(entry)).unwrap();
        assert_eq!(verifier.finish(&head), Err(Break::AnchorMissing { position: 4 }));
    }

    #[test]
    fn an_anchor_reads_as_position_colon_hash() {
        let hash = "ab".repeat(32);
        assert_eq!(
            format!("17:{hash}").parse::<Anchor>(),
            Ok(Anchor { position: 17, hash: ChainHash::parse(&hash).unwrap() })
        );
        assert!("17".parse::<Anchor>().is_err());
        assert!(format!("x:{hash}").parse::<Anchor>().is_err());
        assert!("17:abc".parse::<Anchor>().is_err());
    }

    #[test]
    fn stored_hashes_are_read_only_when_well_formed() {
        assert!(ChainHash::parse(&"a".repeat(64)).is_some());
        assert!(ChainHash::parse(&"A".repeat(64)).is_none());
        assert!(ChainHash::parse("abc").is_none());
    }

    #[test]
    fn rows_are_named_in_dutch() {
        assert_eq!(RecordRow::Decision(DecisionId::new(12)).to_string(), "beslissing 12");
        assert_eq!(RecordRow::Award(AwardId::new(3)).to_string(), "toekenning 3");
        assert_eq!(RecordRow::Withdrawal(AwardId::new(3)).to_string(), "intrekking van toekenning 3");
        assert_eq!(RecordRow::Undo(DecisionId::new(4)).to_string(), "correctie van beslissing 4");
        assert_eq!(
            RecordRow::Deliberation(DeliberationId::new(2)).to_string(),
            "vergadering 2 van de klassenraad"
        );
    }
}
