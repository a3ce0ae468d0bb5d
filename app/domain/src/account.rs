//! Rules for account details: email addresses and passwords (names: [`crate::person_name`]).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Shortest password accepted: 12 characters (OWASP ASVS 2.1.1; NIST SP 800-63B allows no less
/// than 8 and recommends longer).
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest password accepted, well above any passphrase and below argon2's input limits.
pub const MAX_PASSWORD_CHARS: usize = 128;

/// A normalised email address: trimmed, lower case, `local@domain.tld`, at most 254 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

/// Why an account detail was refused; the message is shown to people (Dutch).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountRuleError {
    #[error("'{0}' is geen geldig e-mailadres.")]
    InvalidEmail(String),
    #[error(
        "Een naam mag niet leeg zijn en hoogstens {} tekens tellen.",
        crate::person_name::MAX_NAME_CHARS
    )]
    InvalidName,
    #[error("Een wachtwoord telt minstens {MIN_PASSWORD_CHARS} en hoogstens {MAX_PASSWORD_CHARS} tekens.")]
    InvalidPassword,
    #[error(
        "Dit wachtwoord is te makkelijk te raden: het is een veelgebruikt wachtwoord, een woord, \
         een reeks of bevat je naam of e-mailadres. Kies een langere zin of een willekeurige reeks."
    )]
    GuessablePassword,
}

/// What a single-use link sent to a person is for, and how long it opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkPurpose {
    /// A new account's first password: 7 days.
    Invitation,
    /// A new password after "wachtwoord vergeten": 1 hour.
    PasswordReset,
}

impl LinkPurpose {
    /// How long a link stays valid after it is made.
    pub fn validity(self) -> chrono::TimeDelta {
        match self {
            LinkPurpose::Invitation => chrono::TimeDelta::days(7),
            LinkPurpose::PasswordReset => chrono::TimeDelta::hours(1),
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Invitation => "invitation",
            LinkPurpose::PasswordReset => "password_reset",
        }
    }
}

impl Email {
    /// Normalises and checks an address as typed.
    pub fn parse(text: &str) -> Result<Email, AccountRuleError> {
        let email = text.trim().to_lowercase();
        let invalid = || AccountRuleError::InvalidEmail(text.trim().to_owned());
        let (local, domain) = email.split_once('@').ok_or_else(invalid)?;
        let well_formed = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.chars().count() <= 254;
        if well_formed {
            Ok(Email(email))
        } else {
            Err(invalid())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks a new password: its length, and that it is not on the lists of commonly used,
/// expected or compromised values (NIST SP 800-63B 5.1.1.2). The lists are those of `zxcvbn`
/// (common passwords, words, names, keyboard patterns, sequences, dates), together with the
/// account's own details in `personal` (name, e-mail address); a password it estimates to fall
/// within 10⁸ guesses is refused. Passwords are never trimmed.
pub fn check_new_password(password: &str, personal: &[&str]) -> Result<(), AccountRuleError> {
    let length = password.chars().count();
    if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&length) {
        return Err(AccountRuleError::InvalidPassword);
    }
    // Each word of a detail counts on its own: "Peeters" in "an.peeters@centrum.be". An address's
    // domain is the centre's, shared by everyone: only its local part is the person's.
    let words: Vec<&str> = personal
        .iter()
        .flat_map(|detail| detail.split('@').next().unwrap_or_default().split(|c: char| !c.is_alphanumeric()))
        .chain(personal.iter().copied())
        .filter(|word| !word.is_empty())
        .collect();
    // zxcvbn prices a name with digits around it above its bar: a password holding a word of the
    // person's own details (4 letters or more) is refused outright.
    let lowered = password.to_lowercase();
    let holds_own_word =
        words.iter().any(|word| word.chars().count() >= 4 && lowered.contains(&word.to_lowercase()));
    if holds_own_word || zxcvbn::zxcvbn(password, &words).score() < zxcvbn::Score::Three {
        return Err(AccountRuleError::GuessablePassword);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(Email::parse("  An.Peeters@Vaardig.BE ").unwrap().as_str(), "an.peeters@vaardig.be");
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in ["", "an", "an@", "@vaardig.be", "an@vaardig", "an@.be", "an@be.", "a n@v.be", "a@b@c.be"]
        {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(Email::parse(&format!("{}@v.be", "a".repeat(250))).is_err());
    }

    #[test]
    fn an_invitation_opens_for_a_week_and_a_reset_for_an_hour() {
        assert_eq!(LinkPurpose::Invitation.validity(), chrono::TimeDelta::days(7));
        assert_eq!(LinkPurpose::PasswordReset.validity(), chrono::TimeDelta::hours(1));
    }

    #[test]
    fn passwords_need_twelve_to_128_characters() {
        assert_eq!(check_new_password("Kw8#zq1!Lp4", &[]), Err(AccountRuleError::InvalidPassword));
        assert_eq!(check_new_password("Kw8#zq1!Lp4@", &[]), Ok(()));
        assert_eq!(check_new_password("ŋæðß€đŋħĸłµ€", &[]), Ok(()), "characters, not bytes, are counted");
        assert_eq!(
            check_new_password(&"Kw8#zq1!Lp4@".repeat(11), &[]),
            Err(AccountRuleError::InvalidPassword)
        );
    }

    #[test]
    fn common_and_patterned_passwords_are_refused() {
        for guessable in ["password1234", "123456789012", "qwertyuiopas", "aaaaaaaaaaaa", "iloveyou2020"] {
            assert_eq!(
                check_new_password(guessable, &[]),
                Err(AccountRuleError::GuessablePassword),
                "{guessable}"
            );
        }
    }

    #[test]
    fn a_password_made_of_the_persons_own_details_is_refused() {
        let personal = ["an.peeters@centrum.be", "An Peeters"];
        for own in ["an.peeters@centrum.be", "peeterspeeters", "AnPeeters2026!", "mijn-naam-is-peeters"] {
            assert_eq!(check_new_password(own, &personal), Err(AccountRuleError::GuessablePassword), "{own}");
        }
        assert_eq!(check_new_password("fiets-regen-koffie-blauw", &personal), Ok(()));
        assert_eq!(
            check_new_password("centrum-fiets-regen-blauw", &personal),
            Ok(()),
            "the centre's domain is not personal"
        );
    }
}
