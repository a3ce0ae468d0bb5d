//! A notification as one sentence in the reader's language, for the list, an e-mail's subject
//! and a digest line. Notices are stored as data, so each reader gets them in their language.

use domain::notification::Notice;
use domain::progress::Verdict;

use super::labels::Label;

impl Label for Notice {
    fn label(&self) -> String {
        match self {
            Notice::Submitted { student, unit, skills, .. } => {
                t!("notice-submitted", student = student.as_str(), unit = unit.as_str(), count = skills.len())
            }
            Notice::Decided { assessor, unit, verdict, skills, comment, .. } => {
                let verdict = match verdict {
                    Verdict::Achieved => t!("notice-verdict-achieved"),
                    Verdict::NotYet => t!("notice-verdict-not-yet"),
                };
                let decided = t!(
                    "notice-decided",
                    assessor = assessor.as_str(),
                    verdict = verdict,
                    unit = unit.as_str(),
                    count = skills.len()
                );
                if comment.is_empty() {
                    decided
                } else {
                    t!("notice-with-feedback", sentence = decided, comment = comment.as_str())
                }
            }
            Notice::Awarded { unit, .. } => t!("notice-awarded", unit = unit.as_str()),
            Notice::ReadyForDeelcertificaat { student, unit, .. } => {
                t!("notice-ready-unit", student = student.as_str(), unit = unit.as_str())
            }
            Notice::ReadyForCertificaat { student, framework } => {
                t!("notice-ready-certificate", student = student.as_str(), framework = framework.as_str())
            }
            Notice::NeedsAttention { student, unit, skill, .. } => t!(
                "notice-needs-attention",
                student = student.as_str(),
                unit = unit.as_str(),
                skill = skill.place()
            ),
            Notice::Reply { author, skill, text, .. } => {
                t!("notice-reply", author = author.as_str(), skill = skill.place(), text = text.as_str())
            }
        }
    }
}
