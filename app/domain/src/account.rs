//! Rules for account details: email addresses and passwords (names: [`crate::person_name`]).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Shortest password accepted (OWASP ASVS 2.1.1 asks for at least 8 characters).
pub const MIN_PASSWORD_CHARS: usize = 8;
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

/// Checks a new password against the length policy. Passwords are never trimmed.
pub fn check_new_password(password: &str) -> Result<(), AccountRuleError> {
    let length = password.chars().count();
    if (MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&length) {
        Ok(())
    } else {
        Err(AccountRuleError::InvalidPassword)
    }
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
    fn passwords_need_eight_to_128_characters() {
        assert!(check_new_password("1234567").is_err());
        assert!(check_new_password("12345678").is_ok());
        assert!(check_new_password("ééééééé€").is_ok(), "characters, not bytes, are counted");
        assert!(check_new_password(&"x".repeat(129)).is_err());
    }
}
