//! The message files: every language has every message with the same variables, every key the
//! code uses exists, and requests get the language they ask for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::*;

/// Per message id of one area file: the variables its text uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn messages(locale: Locale, area: &str) -> Messages {
    let path = locales_dir().join(locale.code()).join(format!("{area}.ftl"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                Some((message.id.name.to_owned(), variables))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                pattern_variables(&variant.value, variables);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, variables),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    for area in AREAS {
        let dutch = messages(Locale::Nl, area);
        for locale in [Locale::Fr, Locale::En] {
            let other = messages(locale, area);
            let missing: Vec<_> = dutch.keys().filter(|key| !other.contains_key(*key)).collect();
            let extra: Vec<_> = other.keys().filter(|key| !dutch.contains_key(*key)).collect();
            assert!(missing.is_empty(), "{}/{area}.ftl lacks {missing:?}", locale.code());
            assert!(extra.is_empty(), "{}/{area}.ftl has keys Dutch lacks: {extra:?}", locale.code());
            for (key, variables) in &dutch {
                assert_eq!(
                    &other[key],
                    variables,
                    "{}/{area}.ftl: {key} uses other variables",
                    locale.code()
                );
            }
        }
    }
}

#[test]
fn every_message_file_is_compiled_in() {
    for locale in Locale::ALL {
        let dir = locales_dir().join(locale.code());
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .expect("the language's folder")
            .flatten()
            .filter_map(|entry| entry.file_name().to_str()?.strip_suffix(".ftl").map(str::to_owned))
            .collect();
        files.sort();
        let mut areas: Vec<String> = AREAS.iter().map(|area| (*area).to_owned()).collect();
        areas.sort();
        assert_eq!(files, areas, "{}", dir.display());
    }
}

#[test]
fn every_file_parses_into_one_bundle_per_language() {
    for locale in Locale::ALL {
        // Parse errors and ids defined twice across files panic here.
        let bundle = bundle(locale);
        assert!(bundle.has_message("error-internal"));
    }
}

/// The keys of `t!("…")` and `t_in!(…, "…")` in the source files under `dir`.
fn keys_used(dir: &Path, keys: &mut BTreeSet<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("the source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            keys_used(&path, keys);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            let source = std::fs::read_to_string(&path).expect("a source file");
            keys_in(&source, &path.display().to_string(), keys);
        }
    }
}

/// The keys of the `t!` and `t_in!` calls in `source` (not in comments, not `format!`).
fn keys_in(source: &str, file: &str, keys: &mut BTreeSet<(String, String)>) {
    for (start, _) in source.match_indices("t!(").chain(source.match_indices("t_in!(")) {
        let before = source[..start].chars().next_back().unwrap_or(' ');
        let line_start = source[..start].rfind('\n').map_or(0, |at| at + 1);
        let in_comment = source[line_start..start].trim_start().starts_with("//");
        if in_comment || before.is_alphanumeric() || before == '_' || before == '"' {
            continue;
        }
        let call = &source[start..];
        let Some(open) = call.find('"') else { continue };
        if call[..open].contains(')') {
            continue;
        }
        let key = call[open + 1..].split('"').next().unwrap_or_default();
        keys.insert((key.to_owned(), file.to_owned()));
    }
}

#[test]
fn every_key_the_code_uses_is_a_message() {
    let mut used = BTreeSet::new();
    keys_used(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    assert!(used.len() > 10, "the scan found the keys");
    let missing: Vec<_> = used.iter().filter(|(key, _)| !bundle(Locale::Nl).has_message(key)).collect();
    assert!(missing.is_empty(), "keys without a message: {missing:?}");
}

/// Pages, components and what they share run in the browser: their keys must be in the areas
/// compiled into the wasm bundle.
#[test]
fn every_key_the_browser_uses_is_in_a_browser_area() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = BTreeSet::new();
    for dir in ["pages", "components"] {
        keys_used(&src.join(dir), &mut used);
    }
    let browser: BTreeSet<String> =
        BROWSER_AREAS.iter().flat_map(|area| messages(Locale::Nl, area).into_keys()).collect();
    for file in
        ["dto.rs", "error.rs", "format.rs", "readiness_table.rs", "upload_client.rs", "i18n/labels.rs"]
    {
        let source = std::fs::read_to_string(src.join(file)).expect("a source file");
        let browser_part = source.split("mod server_side").next().unwrap_or_default();
        keys_in(browser_part, file, &mut used);
    }
    let elsewhere: Vec<_> = used.iter().filter(|(key, _)| !browser.contains(key)).collect();
    assert!(elsewhere.is_empty(), "keys the browser needs from server-only areas: {elsewhere:?}");
}

#[test]
fn plural_forms_follow_the_number() {
    assert_eq!(
        t_in!(Locale::Nl, "error-too-many-attempts", minutes = 1),
        "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over 1 minuut."
    );
    assert_eq!(
        t_in!(Locale::Fr, "error-too-many-attempts", minutes = 15),
        "Trop de tentatives de connexion échouées. Réessayez dans 15 minutes."
    );
    assert_eq!(
        t_in!(Locale::En, "error-not-ready", count = 1),
        "Not yet ready for the partial certificate: 1 skill is still missing."
    );
}

#[test]
fn an_unknown_key_reads_as_itself() {
    assert_eq!(message(Locale::Fr, "no-such-message", None), "no-such-message");
}

#[test]
fn codes_and_tags_name_a_language() {
    assert_eq!(Locale::parse("fr-BE"), Some(Locale::Fr));
    assert_eq!(Locale::parse("EN"), Some(Locale::En));
    assert_eq!(Locale::parse("nl_BE"), Some(Locale::Nl));
    assert_eq!(Locale::parse("de"), None);
    assert_eq!(Locale::parse(""), None);
}

#[cfg(feature = "ssr")]
mod negotiation {
    use super::*;
    use http::header::{ACCEPT_LANGUAGE, COOKIE};
    use http::HeaderMap;

    fn headers(pairs: &[(http::HeaderName, &str)]) -> HeaderMap {
        pairs.iter().map(|(name, value)| (name.clone(), value.parse().expect("a header value"))).collect()
    }

    #[test]
    fn the_browser_language_decides_before_a_choice() {
        assert_eq!(request_locale_of(&headers(&[(ACCEPT_LANGUAGE, "fr-BE,fr;q=0.9,en;q=0.8")])), Locale::Fr);
        assert_eq!(request_locale_of(&headers(&[(ACCEPT_LANGUAGE, "en-US,en;q=0.9")])), Locale::En);
        assert_eq!(request_locale_of(&headers(&[(ACCEPT_LANGUAGE, "de-DE,en;q=0.5")])), Locale::En);
        assert_eq!(request_locale_of(&headers(&[(ACCEPT_LANGUAGE, "ar-MA,de;q=0.5")])), Locale::Nl);
        assert_eq!(request_locale_of(&headers(&[(ACCEPT_LANGUAGE, "*")])), Locale::Nl);
        assert_eq!(request_locale_of(&HeaderMap::new()), Locale::Nl);
    }

    #[test]
    fn a_chosen_language_beats_the_browser() {
        let chosen = headers(&[(ACCEPT_LANGUAGE, "fr"), (COOKIE, "vaardig_session=abc; vaardig_lang=en")]);
        assert_eq!(request_locale_of(&chosen), Locale::En);
        let unknown = headers(&[(ACCEPT_LANGUAGE, "fr"), (COOKIE, "vaardig_lang=xx")]);
        assert_eq!(request_locale_of(&unknown), Locale::Fr);
    }

    #[test]
    fn the_cookie_keeps_the_choice_for_a_year() {
        assert_eq!(
            language_cookie(Locale::Fr, true).to_str().expect("ascii"),
            "vaardig_lang=fr; Path=/; Max-Age=31536000; SameSite=Lax; Secure"
        );
    }
}

#[cfg(feature = "ssr")]
#[test]
fn notices_read_as_one_sentence_in_the_readers_language() {
    use crate::i18n::labels::Label;
    use domain::notification::Notice;
    use domain::progress::Verdict;
    use domain::{FrameworkCode, SkillId, UnitCode};

    let submitted = Notice::Submitted {
        student: "Ayşe Aydın".into(),
        framework: FrameworkCode::new("BO IT 002"),
        unit: UnitCode::new("M IT 020"),
        skills: vec![SkillId::new("a"), SkillId::new("b"), SkillId::new("c")],
    };
    assert_eq!(
        in_locale(Locale::Nl, || submitted.label()),
        "Ayşe Aydın diende 3 vaardigheden in voor M IT 020."
    );
    let decided = Notice::Decided {
        assessor: "Karin Vermeulen".into(),
        framework: FrameworkCode::new("BO IT 002"),
        unit: UnitCode::new("M IT 020"),
        verdict: Verdict::NotYet,
        skills: vec![SkillId::new("a")],
        comment: "Voeg een screenshot toe.".into(),
    };
    assert_eq!(
        in_locale(Locale::Nl, || decided.label()),
        "Karin Vermeulen besliste 'nog niet' over 1 vaardigheid van M IT 020. Feedback: Voeg een screenshot toe."
    );
    assert_eq!(
        in_locale(Locale::Fr, || decided.label()),
        "Karin Vermeulen a décidé « pas encore » pour 1 compétence de M IT 020. Retour : Voeg een screenshot toe."
    );
    assert_eq!(in_locale(Locale::En, || submitted.label()), "Ayşe Aydın submitted 3 skills for M IT 020.");
}
