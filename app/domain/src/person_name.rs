//! A person's name as a centre's administration holds it: first name and last name apart, and
//! lists of people in the order Flemish readers expect (by last name, then first name, ignoring
//! case and accents: `Aerts, Aydın, Claes, de Smet, Peeters`).

use std::cmp::Ordering;

use feruca::Collator;
use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::account::AccountRuleError;

/// Longest name shown, first and last name together with the space between them.
pub const MAX_NAME_CHARS: usize = 120;

/// A checked name: both parts trimmed and in Unicode NFC (so `é` typed as `e` + accent is one
/// letter), the first name possibly empty (staff created with one word), together at most
/// [`MAX_NAME_CHARS`] characters, without control characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonName {
    first: String,
    last: String,
}

impl PersonName {
    /// Checks a first and a last name. Errors: [`AccountRuleError::InvalidName`] when the last
    /// name is empty, the whole is too long, or either part holds a control character.
    pub fn new(first: &str, last: &str) -> Result<PersonName, AccountRuleError> {
        let first: String = first.trim().nfc().collect();
        let last: String = last.trim().nfc().collect();
        let name = PersonName { first, last };
        let valid = !name.last.is_empty()
            && name.display().chars().count() <= MAX_NAME_CHARS
            && !name.display().chars().any(char::is_control);
        valid.then_some(name).ok_or(AccountRuleError::InvalidName)
    }

    /// Splits a name typed as one field (`Fatima El Amrani`) at its first space: the first word is
    /// the first name, the rest the last name; a single word is a last name.
    pub fn from_full_name(full: &str) -> Result<PersonName, AccountRuleError> {
        match full.trim().split_once(char::is_whitespace) {
            Some((first, last)) => PersonName::new(first, last),
            None => PersonName::new("", full),
        }
    }

    pub fn first(&self) -> &str {
        &self.first
    }

    pub fn last(&self) -> &str {
        &self.last
    }

    /// The name as shown: `Hélène Çelik`.
    pub fn display(&self) -> String {
        if self.first.is_empty() {
            self.last.clone()
        } else {
            format!("{} {}", self.first, self.last)
        }
    }
}

/// Orders people by last name, then first name, in the Unicode collation order (CLDR root, which
/// is Dutch order), first ignoring case and accents; only names equal apart from those are then
/// told apart by them. Arguments are `(last, first)` pairs.
#[derive(Default)]
pub struct NameOrder {
    collator: Collator,
}

impl NameOrder {
    /// Compares two people given as `(last name, first name)`.
    pub fn compare(&mut self, a: (&str, &str), b: (&str, &str)) -> Ordering {
        let primary = self
            .collator
            .collate(&fold(a.0), &fold(b.0))
            .then_with(|| self.collator.collate(&fold(a.1), &fold(b.1)));
        primary.then_with(|| self.collator.collate(a.0, b.0)).then_with(|| self.collator.collate(a.1, b.1))
    }

    /// Sorts `items` by the `(last, first)` names `key` gives.
    pub fn sort<T>(&mut self, items: &mut [T], key: impl Fn(&T) -> (&str, &str)) {
        items.sort_by(|a, b| self.compare(key(a), key(b)));
    }
}

/// True when two names as shown are the same apart from case, accents and spacing: a student
/// whose administration wrote `Helene Celik` once and `Hélène Çelik` later is one person.
pub fn same_person(a: &str, b: &str) -> bool {
    let words = |name: &str| fold(name).split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    words(a) == words(b)
}

/// A name without case or accents, so that the collation's first pass sees only the letters.
fn fold(name: &str) -> String {
    name.nfd().filter(|c| !is_combining_mark(*c)).collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_sort_by_last_name_ignoring_case_and_accents() {
        let mut people =
            vec![("Peeters", "An"), ("de Smet", "Bo"), ("Aydın", "Ayşe"), ("Claes", "Ed"), ("Aerts", "Jan")];
        NameOrder::default().sort(&mut people, |person| *person);
        let order: Vec<&str> = people.iter().map(|person| person.0).collect();
        assert_eq!(order, ["Aerts", "Aydın", "Claes", "de Smet", "Peeters"]);
    }

    #[test]
    fn the_first_name_decides_between_last_names_equal_but_for_accents_and_case() {
        let mut people = vec![("Peña", "Zoë"), ("Pena", "Ann"), ("De Smet", "Zeno"), ("de Smet", "Ann")];
        NameOrder::default().sort(&mut people, |person| *person);
        assert_eq!(people, [("de Smet", "Ann"), ("De Smet", "Zeno"), ("Pena", "Ann"), ("Peña", "Zoë")]);
    }

    #[test]
    fn names_are_trimmed_composed_and_bounded() {
        let name = PersonName::new(" He\u{301}le\u{300}ne ", " Çelik ").unwrap();
        assert_eq!(name.first(), "Hélène");
        assert_eq!(name.display(), "Hélène Çelik");
        assert_eq!(PersonName::new("An", " "), Err(AccountRuleError::InvalidName));
        assert_eq!(PersonName::new(&"x".repeat(60), &"y".repeat(60)), Err(AccountRuleError::InvalidName));
        assert!(PersonName::new(&"x".repeat(60), &"y".repeat(59)).is_ok());
    }

    #[test]
    fn the_same_person_is_recognised_whatever_the_accents_case_and_spacing() {
        assert!(same_person("Hélène Çelik", "helene  CELIK"));
        assert!(!same_person("Hélène Çelik", "Helena Çelik"));
    }

    #[test]
    fn a_full_name_splits_at_the_first_space() {
        let name = PersonName::from_full_name("Fatima El Amrani").unwrap();
        assert_eq!((name.first(), name.last()), ("Fatima", "El Amrani"));
        assert_eq!(PersonName::from_full_name("Beheerder").unwrap().display(), "Beheerder");
    }
}
