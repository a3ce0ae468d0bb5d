//! The conversation on a skill's feedback: after a "not yet", the student answers on the skill
//! and the assessors answer back. A thread never changes a decision; it is part of the record.

use crate::progress::{SkillProgress, Verdict};
use crate::text::typed;

/// The longest reply, in characters.
pub const MAX_REPLY_CHARS: usize = 2000;

/// Why a reply is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplyError {
    #[error("Schrijf een antwoord.")]
    Empty,
    #[error("Een antwoord is hoogstens {MAX_REPLY_CHARS} tekens lang.")]
    TooLong,
    #[error("Op deze vaardigheid kwam nog geen feedback om op te antwoorden.")]
    NoFeedback,
}

/// The reply's text as [`typed`]; refused when empty or longer than [`MAX_REPLY_CHARS`].
pub fn reply_text(body: &str) -> Result<String, ReplyError> {
    let body = typed(body);
    match body.chars().count() {
        0 => Err(ReplyError::Empty),
        count if count > MAX_REPLY_CHARS => Err(ReplyError::TooLong),
        _ => Ok(body),
    }
}

/// A conversation opens with feedback: the skill has had a "not yet" at some time (one not undone).
pub fn may_open(skill: &SkillProgress) -> Result<(), ReplyError> {
    if skill.decisions.iter().any(|decision| decision.verdict == Verdict::NotYet && decision.undone.is_none())
    {
        Ok(())
    } else {
        Err(ReplyError::NoFeedback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_is_trimmed_and_bounded() {
        assert_eq!(
            reply_text("  Ik voegde een screenshot toe. \n"),
            Ok("Ik voegde een screenshot toe.".into())
        );
        assert_eq!(reply_text(" \n "), Err(ReplyError::Empty));
        assert_eq!(reply_text("\u{3000}\u{200b}"), Err(ReplyError::Empty));
        assert_eq!(
            reply_text(&"é".repeat(MAX_REPLY_CHARS)).map(|text| text.chars().count()),
            Ok(MAX_REPLY_CHARS)
        );
        assert_eq!(reply_text(&"é".repeat(MAX_REPLY_CHARS + 1)), Err(ReplyError::TooLong));
    }
}
