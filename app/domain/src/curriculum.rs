//! The curriculum model: a framework (opleidingsprofiel, beroepskwalificatie, …) is a list of
//! units (modules or role blocks), each a list of competencies, each a list of skills to be
//! signed off and the knowledge to integrate.
//!
//! The serialised form of [`Framework`] is the catalog file format that `vaardig catalog export`
//! prints and `vaardig catalog import` reads (via [`crate::parse_framework`]).

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! text_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps an identifier that was already validated (by the catalog parser or the database).
            pub fn new(value: impl Into<String>) -> Self {
                Self(value.into())
            }

            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_id!(
    /// A framework's official code, e.g. `BO-IT-002` or `BK-0547-2`.
    FrameworkCode
);
text_id!(
    /// A unit's code within its framework, e.g. `M IT 020` (a module) or `PP` (a role block).
    UnitCode
);
text_id!(
    /// A profile's code within its framework, e.g. `P2` (a kwalificatiedossier's *Expert* profile).
    ProfileCode
);
text_id!(
    /// The stable id of a skill, e.g. `BO-IT-002.M-IT-020.7.1`. Sign-offs refer to it, so it never
    /// changes once published, even when the skill's wording is corrected.
    SkillId
);

impl SkillId {
    /// Where the skill is, as people name it in a sentence: its unit's code and its number,
    /// without the framework (`BO-IT-002.M-IT-020.11.1` → `M IT 020 11.1`). An id of another
    /// shape is shown as it is.
    pub fn place(&self) -> String {
        let mut parts = self.0.split('.').skip(1);
        let Some(unit) = parts.next() else { return self.0.clone() };
        let number: Vec<&str> = parts.collect();
        if number.is_empty() {
            return self.0.clone();
        }
        format!("{} {}", unit.replace('-', " "), number.join("."))
    }
}

/// What kind of document a framework encodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FrameworkKind {
    /// A Flemish opleidingsprofiel: modules, each earning a deelcertificaat.
    Opleidingsprofiel,
    /// A Flemish beroepskwalificatie: activities grouped in role blocks.
    Beroepskwalificatie,
    /// A Dutch MBO kwalificatiedossier.
    Kwalificatiedossier,
}

impl FrameworkKind {
    /// Every kind, in the order error messages list them.
    pub const ALL: [FrameworkKind; 3] = [
        FrameworkKind::Opleidingsprofiel,
        FrameworkKind::Beroepskwalificatie,
        FrameworkKind::Kwalificatiedossier,
    ];

    /// The identifier used in catalog files and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            FrameworkKind::Opleidingsprofiel => "opleidingsprofiel",
            FrameworkKind::Beroepskwalificatie => "beroepskwalificatie",
            FrameworkKind::Kwalificatiedossier => "kwalificatiedossier",
        }
    }

    /// Parses the identifier written by [`FrameworkKind::as_str`].
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    /// Whether each unit of this kind earns its own award (a deelcertificaat). Only an
    /// opleidingsprofiel's modules do; a qualification is proven by all its units at once.
    pub fn awards_units(self) -> bool {
        match self {
            FrameworkKind::Opleidingsprofiel => true,
            FrameworkKind::Beroepskwalificatie | FrameworkKind::Kwalificatiedossier => false,
        }
    }
}

/// A whole curriculum framework, in source order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Framework {
    pub code: FrameworkCode,
    pub title: String,
    pub kind: FrameworkKind,
    /// The qualification level (VKS/EQF), where the source states one.
    pub level: Option<u8>,
    /// The programme's total lestijden; absent for frameworks that are not programmes.
    pub total_lestijden: Option<u32>,
    pub units: Vec<Unit>,
    /// The profiles a cohort chooses from (an MBO kwalificatiedossier's P1, P2), each a selection
    /// of the units; empty when every cohort follows all units.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Profile>,
}

/// One module, role block or kerntaak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub code: UnitCode,
    pub title: String,
    pub lestijden: Option<u32>,
    /// Knowledge of the unit as a whole, not of one competency: an MBO kerntaak's "Vakkennis en
    /// vaardigheden". Not signed off on its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub knowledge: Vec<String>,
    pub competencies: Vec<Competency>,
}

/// A profile of a framework: the units a cohort following it must prove, and the knowledge it
/// adds to some of them (the MBO's "Voor Expert … geldt aanvullend").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub code: ProfileCode,
    pub title: String,
    /// The qualification level of this profile (MBO niveau), where the source states one.
    pub level: Option<u8>,
    /// The codes of its units, each a unit of the framework.
    pub units: Vec<UnitCode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_knowledge: Vec<UnitKnowledge>,
}

/// Knowledge a profile adds to one unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitKnowledge {
    pub unit: UnitCode,
    pub knowledge: Vec<String>,
}

/// One competency (activity) with the skills that prove it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Competency {
    /// The number as printed in the source ("7"); unique within its unit.
    pub nr: String,
    pub title: String,
    pub skills: Vec<Skill>,
    /// The knowledge to integrate ("te integreren kennis"); not signed off on its own.
    pub knowledge: Vec<String>,
}

/// One skill: the smallest thing an assessor signs off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    pub id: SkillId,
    pub text: String,
}

impl Framework {
    /// All competencies of all units, in curriculum order.
    pub fn competencies(&self) -> impl Iterator<Item = &Competency> {
        self.units.iter().flat_map(|unit| &unit.competencies)
    }

    /// All skills of the framework, in curriculum order.
    pub fn skills(&self) -> impl Iterator<Item = &Skill> {
        self.competencies().flat_map(|competency| &competency.skills)
    }

    pub fn competency_count(&self) -> usize {
        self.competencies().count()
    }

    pub fn skill_count(&self) -> usize {
        self.skills().count()
    }

    /// The unit with this code, if the framework has one.
    pub fn unit(&self, code: &UnitCode) -> Option<&Unit> {
        self.units.iter().find(|unit| &unit.code == code)
    }

    /// The profile with this code, if the framework has one.
    pub fn profile(&self, code: &ProfileCode) -> Option<&Profile> {
        self.profiles.iter().find(|profile| &profile.code == code)
    }

    /// The framework as a cohort following `profile` must prove it: only the profile's units, in
    /// the framework's order, each with the knowledge the profile adds, at the profile's level.
    /// Without a profile (`None`, or a framework that has none) the framework stays whole. An
    /// unknown profile code leaves the framework whole too: the catalog parser makes every
    /// profile's units exist, and storage keeps a cohort's profile among its framework's.
    pub fn as_followed(&self, profile: Option<&ProfileCode>) -> Framework {
        let Some(profile) = profile.and_then(|code| self.profile(code)) else { return self.clone() };
        let units = self
            .units
            .iter()
            .filter(|unit| profile.units.contains(&unit.code))
            .map(|unit| {
                let mut unit = unit.clone();
                for extra in profile.extra_knowledge.iter().filter(|extra| extra.unit == unit.code) {
                    unit.knowledge.extend(extra.knowledge.iter().cloned());
                }
                unit
            })
            .collect();
        Framework { level: profile.level.or(self.level), units, profiles: Vec::new(), ..self.clone() }
    }
}

impl UnitCode {
    /// The code as it appears in a URL path: spaces become dashes (`M IT 020` → `M-IT-020`).
    pub fn slug(&self) -> String {
        self.0.replace(' ', "-")
    }
}

impl Framework {
    /// The unit whose [`UnitCode::slug`] this is.
    pub fn unit_by_slug(&self, slug: &str) -> Option<&Unit> {
        self.units.iter().find(|unit| unit.code.slug() == slug)
    }
}

impl Unit {
    /// All skills of the unit, in curriculum order.
    pub fn skills(&self) -> impl Iterator<Item = &Skill> {
        self.competencies.iter().flat_map(|competency| &competency.skills)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn a_skill_is_named_by_its_unit_and_number() {
        assert_eq!(SkillId::new("BO-IT-002.M-IT-020.11.1").place(), "M IT 020 11.1");
        assert_eq!(SkillId::new("BK-0331-4.UI.11.7").place(), "UI 11.7");
        assert_eq!(SkillId::new("zonder-punten").place(), "zonder-punten");
        assert_eq!(SkillId::new("BO-IT-002.M-IT-020").place(), "BO-IT-002.M-IT-020");
    }

    /// A two-unit framework small enough to reason about in tests.
    pub(crate) fn sample_framework() -> Framework {
        let skill = |id: &str| Skill { id: SkillId::new(id), text: format!("Vaardigheid {id}") };
        Framework {
            code: FrameworkCode::new("T"),
            title: "Testopleiding".into(),
            kind: FrameworkKind::Opleidingsprofiel,
            level: Some(4),
            total_lestijden: Some(100),
            units: vec![
                Unit {
                    code: UnitCode::new("M 1"),
                    title: "Eerste module".into(),
                    lestijden: Some(60),
                    knowledge: vec![],
                    competencies: vec![
                        Competency {
                            nr: "1".into(),
                            title: "Eerste competentie".into(),
                            skills: vec![skill("T.M-1.1.1"), skill("T.M-1.1.2")],
                            knowledge: vec!["Kennis van testen".into()],
                        },
                        Competency {
                            nr: "2".into(),
                            title: "Tweede competentie".into(),
                            skills: vec![skill("T.M-1.2.1")],
                            knowledge: vec![],
                        },
                    ],
                },
                Unit {
                    code: UnitCode::new("M 2"),
                    title: "Tweede module".into(),
                    lestijden: Some(40),
                    knowledge: vec![],
                    competencies: vec![Competency {
                        nr: "1".into(),
                        title: "Derde competentie".into(),
                        skills: vec![skill("T.M-2.1.1")],
                        knowledge: vec![],
                    }],
                },
            ],
            profiles: vec![],
        }
    }

    /// The sample with a kerntaak's knowledge and two profiles: `P1` follows `M 1`, `P2` both
    /// units and adds knowledge to `M 1`.
    pub(crate) fn sample_with_profiles() -> Framework {
        let mut framework = sample_framework();
        framework.units[0].knowledge = vec!["Kennis van de kerntaak".into()];
        framework.profiles = vec![
            Profile {
                code: ProfileCode::new("P1"),
                title: "Allround".into(),
                level: Some(3),
                units: vec![UnitCode::new("M 1")],
                extra_knowledge: vec![],
            },
            Profile {
                code: ProfileCode::new("P2"),
                title: "Expert".into(),
                level: Some(4),
                units: vec![UnitCode::new("M 2"), UnitCode::new("M 1")],
                extra_knowledge: vec![UnitKnowledge {
                    unit: UnitCode::new("M 1"),
                    knowledge: vec!["Brede kennis".into()],
                }],
            },
        ];
        framework
    }

    #[test]
    fn a_profile_keeps_its_units_in_framework_order_with_its_extra_knowledge() {
        let framework = sample_with_profiles();
        let p1 = framework.as_followed(Some(&ProfileCode::new("P1")));
        let codes: Vec<_> = p1.units.iter().map(|unit| unit.code.as_str()).collect();
        assert_eq!((codes, p1.level), (vec!["M 1"], Some(3)));
        assert_eq!(p1.units[0].knowledge, ["Kennis van de kerntaak"]);
        assert!(p1.profiles.is_empty());

        let p2 = framework.as_followed(Some(&ProfileCode::new("P2")));
        let codes: Vec<_> = p2.units.iter().map(|unit| unit.code.as_str()).collect();
        assert_eq!((codes, p2.level), (vec!["M 1", "M 2"], Some(4)));
        assert_eq!(p2.units[0].knowledge, ["Kennis van de kerntaak", "Brede kennis"]);
        assert_eq!(p2.skill_count(), 4);
    }

    #[test]
    fn without_a_profile_the_framework_stays_whole() {
        let framework = sample_with_profiles();
        assert_eq!(framework.as_followed(None), framework);
        assert_eq!(sample_framework().as_followed(Some(&ProfileCode::new("P1"))), sample_framework());
    }

    #[test]
    fn counts_walk_every_unit_and_competency() {
        let framework = sample_framework();
        assert_eq!(framework.competency_count(), 3);
        assert_eq!(framework.skill_count(), 4);
        assert_eq!(framework.units[0].skills().count(), 3);
    }

    #[test]
    fn skills_come_in_curriculum_order() {
        let ids: Vec<_> = sample_framework().skills().map(|s| s.id.to_string()).collect();
        assert_eq!(ids, ["T.M-1.1.1", "T.M-1.1.2", "T.M-1.2.1", "T.M-2.1.1"]);
    }

    #[test]
    fn a_unit_is_found_by_its_code() {
        let framework = sample_framework();
        assert_eq!(framework.unit(&UnitCode::new("M 2")).map(|u| u.title.as_str()), Some("Tweede module"));
        assert!(framework.unit(&UnitCode::new("M 3")).is_none());
    }

    #[test]
    fn only_an_opleidingsprofiel_awards_its_units() {
        let awarding: Vec<FrameworkKind> =
            FrameworkKind::ALL.into_iter().filter(|kind| kind.awards_units()).collect();
        assert_eq!(awarding, [FrameworkKind::Opleidingsprofiel]);
    }

    #[test]
    fn a_unit_is_found_by_its_slug() {
        let framework = sample_framework();
        assert_eq!(UnitCode::new("M IT 020").slug(), "M-IT-020");
        assert_eq!(framework.unit_by_slug("M-2").map(|u| u.title.as_str()), Some("Tweede module"));
        assert!(framework.unit_by_slug("M 2").is_none());
    }

    #[test]
    fn kinds_round_trip_through_their_identifier() {
        for kind in FrameworkKind::ALL {
            assert_eq!(FrameworkKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(FrameworkKind::parse("diploma"), None);
    }
}
