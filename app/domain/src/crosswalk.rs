//! Credit across frameworks (EVC, erkenning van eerder verworven competenties): a crosswalk says
//! which skills of one framework correspond to which of another, and a student's coverage of the
//! other framework follows from what they achieved in the first.
//!
//! A correspondence is *equivalent* (it counts by itself) or *related* (an assessor decides; the
//! confirmation is a decision in the target framework that cites the source decisions).

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::curriculum::{Framework, FrameworkCode, SkillId, UnitCode};

/// How a correspondence counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// Achieving the source skills covers the target skills.
    Equivalent,
    /// The source skills are close to the target skills: an assessor decides whether they cover.
    Related,
}

/// One correspondence: once every `from` skill is achieved, the `to` skills are covered
/// ([`LinkKind::Equivalent`]) or wait for an assessor ([`LinkKind::Related`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub kind: LinkKind,
    pub from: Vec<SkillId>,
    pub to: Vec<SkillId>,
}

/// The correspondences from one framework to another, in the target's curriculum order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Crosswalk {
    pub from: FrameworkCode,
    pub to: FrameworkCode,
    pub links: Vec<Link>,
}

/// How the built-in crosswalks are derived from the texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// The source numbers its competencies after the target's (an opleidingsprofiel after the
    /// beroepskwalificatie it leads to): same-numbered competencies are related.
    Shared,
    /// The numbers mean nothing across the two: only identical skill texts correspond.
    Own,
}

/// Derives a crosswalk from the texts: a target skill printed word for word in the source is
/// equivalent to each source skill with that text; with [`Numbering::Shared`], the target
/// skills of a competency not covered that way are related to the skills of each source
/// competency with the same number.
pub fn derive(from: &Framework, to: &Framework, numbering: Numbering) -> Crosswalk {
    let mut by_text: HashMap<&str, Vec<&SkillId>> = HashMap::new();
    for skill in from.skills() {
        by_text.entry(skill.text.as_str()).or_default().push(&skill.id);
    }
    let mut links = Vec::new();
    for competency in to.competencies() {
        let mut uncovered = Vec::new();
        for skill in &competency.skills {
            match by_text.get(skill.text.as_str()) {
                Some(sources) => links.extend(sources.iter().map(|source| Link {
                    kind: LinkKind::Equivalent,
                    from: vec![(*source).clone()],
                    to: vec![skill.id.clone()],
                })),
                None => uncovered.push(skill.id.clone()),
            }
        }
        if numbering == Numbering::Own || uncovered.is_empty() {
            continue;
        }
        for source in from.competencies().filter(|source| source.nr == competency.nr) {
            links.push(Link {
                kind: LinkKind::Related,
                from: source.skills.iter().map(|skill| skill.id.clone()).collect(),
                to: uncovered.clone(),
            });
        }
    }
    Crosswalk { from: from.code.clone(), to: to.code.clone(), links }
}

/// Where a target skill or competency stands for a student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// Achieved in the target framework, or through an equivalent correspondence.
    Covered,
    /// Not covered, but a related correspondence's source is achieved: an assessor decides.
    NeedsDecision,
    NotCovered,
}

impl Coverage {}

/// One competency of the target framework for one student.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompetencyCoverage {
    pub unit: UnitCode,
    pub nr: String,
    pub title: String,
    /// Covered when every skill is; needs a decision when none is left uncovered but some wait
    /// for an assessor; not covered otherwise.
    pub coverage: Coverage,
    pub covered: u32,
    pub needs_decision: u32,
    pub not_covered: u32,
    /// The related correspondences an assessor can confirm for this competency: indexes into
    /// the crosswalk's links whose source is achieved and that cover a skill not yet covered.
    pub confirmable: Vec<usize>,
}

/// A student's coverage of `target` through `crosswalks` (from the frameworks they follow),
/// given the skills they achieved in any framework (`achieved`, source and target alike).
pub fn coverage(
    crosswalks: &[Crosswalk],
    target: &Framework,
    achieved: &HashSet<SkillId>,
) -> Vec<CompetencyCoverage> {
    let links: Vec<(usize, &Link)> = crosswalks
        .iter()
        .filter(|crosswalk| crosswalk.to == target.code)
        .flat_map(|crosswalk| &crosswalk.links)
        .enumerate()
        .filter(|(_, link)| link.from.iter().all(|skill| achieved.contains(skill)))
        .collect();
    let of_skill = |skill: &SkillId| {
        if achieved.contains(skill) {
            return Coverage::Covered;
        }
        let mut open = links.iter().filter(|(_, link)| link.to.contains(skill));
        match open.clone().any(|(_, link)| link.kind == LinkKind::Equivalent) {
            true => Coverage::Covered,
            false if open.any(|(_, link)| link.kind == LinkKind::Related) => Coverage::NeedsDecision,
            false => Coverage::NotCovered,
        }
    };
    let mut result = Vec::new();
    for unit in &target.units {
        for competency in &unit.competencies {
            let statuses: Vec<(&SkillId, Coverage)> =
                competency.skills.iter().map(|skill| (&skill.id, of_skill(&skill.id))).collect();
            let count =
                |wanted: Coverage| statuses.iter().filter(|(_, status)| *status == wanted).count() as u32;
            let (covered, needs_decision, not_covered) =
                (count(Coverage::Covered), count(Coverage::NeedsDecision), count(Coverage::NotCovered));
            let waiting: HashSet<&SkillId> = statuses
                .iter()
                .filter(|(_, status)| *status == Coverage::NeedsDecision)
                .map(|(id, _)| *id)
                .collect();
            let confirmable = links
                .iter()
                .filter(|(_, link)| {
                    link.kind == LinkKind::Related && link.to.iter().any(|skill| waiting.contains(skill))
                })
                .map(|(index, _)| *index)
                .collect();
            let coverage = match (not_covered, needs_decision) {
                (0, 0) => Coverage::Covered,
                (0, _) => Coverage::NeedsDecision,
                _ => Coverage::NotCovered,
            };
            result.push(CompetencyCoverage {
                unit: unit.code.clone(),
                nr: competency.nr.clone(),
                title: competency.title.clone(),
                coverage,
                covered,
                needs_decision,
                not_covered,
                confirmable,
            });
        }
    }
    result
}

/// The link at `index` of the links of `crosswalks` into `target`, counted as [`coverage`]
/// counts them.
pub fn link_at<'a>(crosswalks: &'a [Crosswalk], target: &FrameworkCode, index: usize) -> Option<&'a Link> {
    crosswalks
        .iter()
        .filter(|crosswalk| &crosswalk.to == target)
        .flat_map(|crosswalk| &crosswalk.links)
        .nth(index)
}

/// Most links a crosswalk file may hold: every skill of two large frameworks paired several times.
const MAX_LINKS: usize = 10_000;

/// Why a crosswalk file was refused, with the place: `links[3].to[0]: …`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CrosswalkFileError(pub String);

/// Reads a crosswalk file (the JSON [`Crosswalk`] writes) between the two stored frameworks it
/// names: every skill id must be one of its side's framework, and a link must name skills on
/// both sides.
pub fn parse_crosswalk(
    json: &str,
    from: &Framework,
    to: &Framework,
) -> Result<Crosswalk, CrosswalkFileError> {
    let refused = |message: String| Err(CrosswalkFileError(message));
    let crosswalk: Crosswalk = serde_json::from_str(json)
        .map_err(|error| CrosswalkFileError(format!("not a crosswalk file: {error}")))?;
    if crosswalk.from == crosswalk.to {
        return refused("from and to: a framework needs no crosswalk to itself".into());
    }
    if crosswalk.links.len() > MAX_LINKS {
        return refused(format!("links: more than {MAX_LINKS}"));
    }
    let ids =
        |framework: &Framework| framework.skills().map(|skill| skill.id.clone()).collect::<HashSet<_>>();
    let (sources, targets) = (ids(from), ids(to));
    for (index, link) in crosswalk.links.iter().enumerate() {
        if crosswalk.links[..index].contains(link) {
            return refused(format!("links[{index}]: the same link as an earlier one"));
        }
        for (side, skills, known) in [("from", &link.from, &sources), ("to", &link.to, &targets)] {
            if skills.is_empty() {
                return refused(format!("links[{index}].{side}: must name at least one skill"));
            }
            if let Some(at) = (1..skills.len()).find(|at| skills[..*at].contains(&skills[*at])) {
                return refused(format!("links[{index}].{side}[{at}]: '{}' is named twice", skills[at]));
            }
            if let Some((at, unknown)) = skills.iter().enumerate().find(|(_, skill)| !known.contains(*skill))
            {
                return refused(format!(
                    "links[{index}].{side}[{at}]: '{unknown}' is not a skill of this framework"
                ));
            }
        }
    }
    Ok(crosswalk)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curriculum::tests::sample_framework;
    use crate::curriculum::{Competency, Skill, Unit};
    use proptest::prelude::*;

    /// A qualification the sample programme leads to: competency 1 has the sample's first skill
    /// word for word and a reworded one; competency 2 has nothing in common.
    fn target() -> Framework {
        let skill = |id: &str, text: &str| Skill { id: SkillId::new(id), text: text.into() };
        let mut framework = sample_framework();
        framework.code = FrameworkCode::new("BK-TEST");
        framework.units = vec![Unit {
            code: UnitCode::new("PP"),
            title: "Project en planning".into(),
            lestijden: None,
            knowledge: vec![],
            competencies: vec![
                Competency {
                    nr: "1".into(),
                    title: "Eerste competentie".into(),
                    skills: vec![skill("K.1.1", "Vaardigheid T.M-1.1.1"), skill("K.1.2", "Anders gezegd")],
                    knowledge: vec![],
                },
                Competency {
                    nr: "9".into(),
                    title: "Iets anders".into(),
                    skills: vec![skill("K.9.1", "Nergens anders")],
                    knowledge: vec![],
                },
            ],
        }];
        framework
    }

    fn ids(items: &[&str]) -> Vec<SkillId> {
        items.iter().map(|id| SkillId::new(*id)).collect()
    }

    #[test]
    fn identical_texts_are_equivalent_and_same_numbers_related() {
        let crosswalk = derive(&sample_framework(), &target(), Numbering::Shared);
        assert_eq!(
            crosswalk.links,
            [
                Link { kind: LinkKind::Equivalent, from: ids(&["T.M-1.1.1"]), to: ids(&["K.1.1"]) },
                // Competency 1 of both modules of the sample shares the number.
                Link { kind: LinkKind::Related, from: ids(&["T.M-1.1.1", "T.M-1.1.2"]), to: ids(&["K.1.2"]) },
                Link { kind: LinkKind::Related, from: ids(&["T.M-2.1.1"]), to: ids(&["K.1.2"]) },
            ]
        );
        let own = derive(&sample_framework(), &target(), Numbering::Own);
        assert_eq!(own.links.len(), 1, "without shared numbering only the identical text");
    }

    fn statuses(achieved: &[&str]) -> Vec<(String, Coverage, Vec<usize>)> {
        let crosswalk = derive(&sample_framework(), &target(), Numbering::Shared);
        let achieved: HashSet<SkillId> = ids(achieved).into_iter().collect();
        coverage(&[crosswalk], &target(), &achieved)
            .into_iter()
            .map(|competency| (competency.nr, competency.coverage, competency.confirmable))
            .collect()
    }

    #[test]
    fn equivalent_skills_count_and_related_ones_wait_for_an_assessor() {
        assert_eq!(
            statuses(&[]),
            [("1".into(), Coverage::NotCovered, vec![]), ("9".into(), Coverage::NotCovered, vec![])]
        );
        // The equivalent skill counts; the related link's source is not complete yet.
        assert_eq!(statuses(&["T.M-1.1.1"])[0], ("1".into(), Coverage::NotCovered, vec![]));
        // Module 2's competency 1 complete: its related link waits for an assessor.
        assert_eq!(statuses(&["T.M-1.1.1", "T.M-2.1.1"])[0], ("1".into(), Coverage::NeedsDecision, vec![2]));
        // Confirmed: a decision in the target framework covers it.
        assert_eq!(
            statuses(&["T.M-1.1.1", "T.M-2.1.1", "K.1.2"])[0],
            ("1".into(), Coverage::Covered, vec![])
        );
    }

    #[test]
    fn a_crosswalk_file_names_skills_of_its_two_frameworks() {
        let crosswalk = derive(&sample_framework(), &target(), Numbering::Shared);
        let text = serde_json::to_string(&crosswalk).unwrap();
        assert_eq!(parse_crosswalk(&text, &sample_framework(), &target()), Ok(crosswalk.clone()));
        let mut wrong = crosswalk.clone();
        wrong.links[1].to.push(SkillId::new("T.M-1.1.1"));
        let text = serde_json::to_string(&wrong).unwrap();
        assert_eq!(
            parse_crosswalk(&text, &sample_framework(), &target()).unwrap_err().to_string(),
            "links[1].to[1]: 'T.M-1.1.1' is not a skill of this framework"
        );
        let mut twice = crosswalk.clone();
        twice.links.push(twice.links[0].clone());
        let text = serde_json::to_string(&twice).unwrap();
        assert_eq!(
            parse_crosswalk(&text, &sample_framework(), &target()).unwrap_err().to_string(),
            "links[3]: the same link as an earlier one"
        );
        let mut doubled = crosswalk.clone();
        doubled.links[1].from.push(SkillId::new("T.M-1.1.1"));
        let text = serde_json::to_string(&doubled).unwrap();
        assert_eq!(
            parse_crosswalk(&text, &sample_framework(), &target()).unwrap_err().to_string(),
            "links[1].from[2]: 'T.M-1.1.1' is named twice"
        );
        let text = r#"{"from":"T","to":"T","links":[]}"#;
        assert!(parse_crosswalk(text, &sample_framework(), &target())
            .unwrap_err()
            .to_string()
            .starts_with("from and to"));
        let text = r#"{"from":"T","to":"BK-TEST","links":[{"kind":"similar","from":[],"to":[]}]}"#;
        assert!(parse_crosswalk(text, &sample_framework(), &target())
            .unwrap_err()
            .to_string()
            .starts_with("not a crosswalk file"));
    }

    /// The coverage of one skill by the definition, for comparison.
    fn by_definition(crosswalk: &Crosswalk, skill: &SkillId, achieved: &HashSet<SkillId>) -> Coverage {
        let complete =
            |link: &&Link| link.to.contains(skill) && link.from.iter().all(|from| achieved.contains(from));
        if achieved.contains(skill)
            || crosswalk.links.iter().filter(complete).any(|link| link.kind == LinkKind::Equivalent)
        {
            Coverage::Covered
        } else if crosswalk.links.iter().any(|link| complete(&link)) {
            Coverage::NeedsDecision
        } else {
            Coverage::NotCovered
        }
    }

    proptest! {
        /// For any achieved skills, every competency's counts are those of its skills by the
        /// definition, and achieving more never covers less.
        #[test]
        fn coverage_is_exact_and_grows_with_what_is_achieved(
            chosen in prop::collection::vec(any::<bool>(), 7),
            more in 0usize..7,
        ) {
            let all = ["T.M-1.1.1", "T.M-1.1.2", "T.M-1.2.1", "T.M-2.1.1", "K.1.1", "K.1.2", "K.9.1"];
            let achieved: HashSet<SkillId> =
                all.iter().zip(&chosen).filter(|(_, on)| **on).map(|(id, _)| SkillId::new(*id)).collect();
            let crosswalk = derive(&sample_framework(), &target(), Numbering::Shared);
            let result = coverage(std::slice::from_ref(&crosswalk), &target(), &achieved);
            for (competency, expected) in result.iter().zip(target().competencies()) {
                let count = |wanted| expected.skills.iter().filter(|skill| by_definition(&crosswalk, &skill.id, &achieved) == wanted).count() as u32;
                prop_assert_eq!(
                    (competency.covered, competency.needs_decision, competency.not_covered),
                    (count(Coverage::Covered), count(Coverage::NeedsDecision), count(Coverage::NotCovered))
                );
            }
            let mut grown = achieved.clone();
            grown.insert(SkillId::new(all[more]));
            let after = coverage(std::slice::from_ref(&crosswalk), &target(), &grown);
            for (before, after) in result.iter().zip(&after) {
                prop_assert!(after.covered >= before.covered);
            }
        }
    }
}
