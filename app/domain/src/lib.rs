//! Vaardig's pure domain: the curriculum model and the rules that hold for it.
//!
//! Nothing here performs IO, reads the clock or makes ids; callers hand those in. The crate
//! compiles for wasm as well, so the browser can explain the same rules the server enforces.

pub mod account;
pub mod assessment;
pub mod catalog_file;
pub mod cohort;
pub mod conversation;
pub mod crosswalk;
pub mod curriculum;
pub mod deliberation;
pub mod enrolment_csv;
pub mod evidence;
pub mod ids;
pub mod management;
pub mod notification;
pub mod open_badge;
pub mod person_name;
pub mod policy;
pub mod progress;
pub mod record_chain;
pub mod role;
pub mod sign_in;
pub mod text;
pub mod time;
pub mod versions;

pub use account::{AccountRuleError, Email};
pub use catalog_file::{
    parse_catalog_file, parse_framework, version_to_record, CatalogFile, CatalogFileError, CatalogSource,
};
pub use curriculum::{
    Competency, Framework, FrameworkCode, FrameworkKind, Profile, ProfileCode, Skill, SkillId, Unit,
    UnitCode, UnitKnowledge,
};
pub use evidence::{EvidenceDetails, EvidenceKind, EvidenceRuleError};
pub use ids::{AccountId, AwardId, CohortId, DecisionId, DeliberationId, EvidenceId, StudentId};
pub use progress::{
    framework_progress, CompetencyProgress, Decision, FrameworkProgress, SkillProgress, SkillRecord,
    SkillStatus, UnitProgress, UnitStatus, Verdict,
};
pub use role::Role;
pub use time::Timestamp;
