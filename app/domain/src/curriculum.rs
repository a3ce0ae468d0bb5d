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
    /// The stable id of a skill, e.g. `BO-IT-002.M-IT-020.7.1`. Sign-offs refer to it, so it never
    /// changes once published, even when the skill's wording is corrected.
    SkillId
);

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

    /// How users call one unit of this kind of framework (Flemish).
    pub fn unit_label_nl(self) -> &'static str {
        match self {
            FrameworkKind::Opleidingsprofiel => "Module",
            FrameworkKind::Beroepskwalificatie => "Activiteitenblok",
            FrameworkKind::Kwalificatiedossier => "Kerntaak",
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
}

/// One module or role block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub code: UnitCode,
    pub title: String,
    pub lestijden: Option<u32>,
    pub competencies: Vec<Competency>,
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

    /// A two-unit framework small enough to reason about in tests.
    pub(crate) fn sample_framework() -> Framework {
        let skill = |id: &str| Skill { id: SkillId::new(id), text: format!("Vaardigheid {id}") };
        Framework {
            code: FrameworkCode::new("BO-TEST"),
            title: "Testopleiding".into(),
            kind: FrameworkKind::Opleidingsprofiel,
            level: Some(4),
            total_lestijden: Some(100),
            units: vec![
                Unit {
                    code: UnitCode::new("M 1"),
                    title: "Eerste module".into(),
                    lestijden: Some(60),
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
                    competencies: vec![Competency {
                        nr: "1".into(),
                        title: "Derde competentie".into(),
                        skills: vec![skill("T.M-2.1.1")],
                        knowledge: vec![],
                    }],
                },
            ],
        }
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
