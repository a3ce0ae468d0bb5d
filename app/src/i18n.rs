//! The three languages of the interface: Dutch (Flemish usage, the default), French and English.
//!
//! Every text a person reads is a [Fluent](https://projectfluent.org) message in
//! `app/locales/{nl,fr,en}/AREA.ftl`, compiled into the server and the wasm bundle alike so a
//! page renders the same words on both sides. A page's language is fixed for the page load: the
//! server picks it per request ([`request_locale`]) and writes it into `<html lang>`, where the
//! browser reads it back before hydrating ([`page_locale`]). Curriculum texts are not messages:
//! they are legal texts and stay in their source language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language of the interface; stored on the account and in the [`LANGUAGE_COOKIE`] as its
/// [`code`](Locale::code).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// Dutch as written in Flanders: the default, and the language of the curriculum.
    #[default]
    Nl,
    Fr,
    En,
}

/// The cookie that carries the chosen language (`nl`, `fr`, `en`) for a year, so it holds
/// before signing in and on every page load.
pub const LANGUAGE_COOKIE: &str = "vaardig_lang";

impl Locale {
    /// Every language, in the order the language choice lists them.
    pub const ALL: [Locale; 3] = [Locale::Nl, Locale::Fr, Locale::En];

    /// The short code stored on the account and in the cookie: `nl`, `fr`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

    /// The BCP 47 tag of `<html lang>` and of Fluent's plural rules: Belgian Dutch and French.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Nl => "nl-BE",
            Locale::Fr => "fr-BE",
            Locale::En => "en",
        }
    }

    /// The language as its own speakers name it, for the language choice (never translated).
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::Fr => "Français",
            Locale::En => "English",
        }
    }

    /// The language of a code or tag (`fr`, `fr-BE`, `FR`), or `None` for another language.
    pub fn parse(text: &str) -> Option<Locale> {
        let primary = text.split(['-', '_']).next()?.trim();
        Locale::ALL.into_iter().find(|locale| locale.code().eq_ignore_ascii_case(primary))
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The message files, per area of the interface; one `.ftl` file per area and language. The
/// browser's areas are compiled into the wasm bundle too; the server's (e-mails, documents,
/// notifications, the services' and the domain's refusals) are only ever rendered on the server
/// and stay out of it.
macro_rules! areas {
    (browser: [$($shared:literal),+ $(,)?], server: [$($server:literal),+ $(,)?] $(,)?) => {
        /// The names of every message file (`common` → `app/locales/nl/common.ftl`).
        pub const AREAS: &[&str] = &[$($shared,)+ $($server),+];
        /// The areas whose messages the browser needs as well.
        pub const BROWSER_AREAS: &[&str] = &[$($shared),+];
        const BROWSER_SOURCES: [&[&str]; 3] = [
            &[$(include_str!(concat!("../locales/nl/", $shared, ".ftl"))),+],
            &[$(include_str!(concat!("../locales/fr/", $shared, ".ftl"))),+],
            &[$(include_str!(concat!("../locales/en/", $shared, ".ftl"))),+],
        ];
        #[cfg(feature = "ssr")]
        const SERVER_SOURCES: [&[&str]; 3] = [
            &[$(include_str!(concat!("../locales/nl/", $server, ".ftl"))),+],
            &[$(include_str!(concat!("../locales/fr/", $server, ".ftl"))),+],
            &[$(include_str!(concat!("../locales/en/", $server, ".ftl"))),+],
        ];
        #[cfg(not(feature = "ssr"))]
        const SERVER_SOURCES: [&[&str]; 3] = [&[], &[], &[]];
    };
}

areas! {
    browser: ["common", "account", "admin", "assessment", "cohort", "evidence", "home", "portfolio", "formats"],
    server: ["server", "services", "domain", "notices", "documents", "export", "letters"],
}

fn sources(locale: Locale) -> impl Iterator<Item = &'static str> {
    BROWSER_SOURCES[locale.index()].iter().chain(SERVER_SOURCES[locale.index()]).copied()
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The messages of one language, parsed on first use. The files are part of the build and a
/// unit test parses each, so a parse error here is a bug in this build.
fn bundle(locale: Locale) -> &'static Bundle {
    BUNDLES[locale.index()].get_or_init(|| {
        let tag = locale.tag().parse().expect("the tags of Locale are valid BCP 47");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // No bidi isolation marks around values: they would end up in copied text and in
        // files; names written right to left are isolated by the markup where shown.
        bundle.set_use_isolating(false);
        for source in sources(locale) {
            let resource = FluentResource::try_new(source.to_owned()).expect("message files parse");
            bundle.add_resource(resource).expect("message ids are unique across files");
        }
        bundle
    })
}

/// The message `key` in `locale`, with its variables filled from `args`. A key that does not
/// exist comes back as the key itself (a unit test checks that every key used exists).
pub fn message(locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(locale);
    let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) else {
        return key.to_owned();
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// A variable of a message: text, or a number (which selects the plural form).
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

pub use fluent_bundle::FluentArgs as Args;

/// A message in the reader's language ([`locale`]): `t!("key")` or `t!("key", name = value, …)`,
/// where each value is text or a number. Gives a `String`.
#[macro_export]
macro_rules! t {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::t_in!($crate::i18n::locale(), $key $(, $name = $value)*)
    };
}

/// [`t!`] in a given language, for someone other than the reader (the addressee of an e-mail).
#[macro_export]
macro_rules! t_in {
    ($locale:expr, $key:literal) => {
        $crate::i18n::message($locale, $key, None)
    };
    ($locale:expr, $key:literal $(, $name:ident = $value:expr)+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::arg($value));)+
        $crate::i18n::message($locale, $key, Some(&args))
    }};
}

/// The reader's language. In the browser, the page's ([`page_locale`]). On the server, the one
/// the running task was [`scoped`] to (every request is, and [`in_locale`] for a letter to
/// someone else), else the one [`App`](crate::App) provides while rendering, else the request's
/// in Leptos's context, else Dutch.
pub fn locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        REQUEST_LOCALE
            .try_with(|locale| *locale)
            .ok()
            .or_else(leptos::prelude::use_context::<Locale>)
            .unwrap_or_else(request_locale)
    }
    #[cfg(not(feature = "ssr"))]
    {
        page_locale()
    }
}

/// The language of the page in the browser: the one the server wrote into `<html lang>`, read
/// once.
#[cfg(not(feature = "ssr"))]
pub fn page_locale() -> Locale {
    static PAGE: OnceLock<Locale> = OnceLock::new();
    *PAGE.get_or_init(|| {
        leptos::prelude::document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|lang| Locale::parse(&lang))
            .unwrap_or_default()
    })
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    static REQUEST_LOCALE: Locale;
}

/// Runs `work` with `locale` as the reader's language, for code that runs outside Leptos's
/// context: the JSON API's handlers, and tasks spawned while rendering a page.
#[cfg(feature = "ssr")]
pub async fn scoped<F: std::future::Future>(locale: Locale, work: F) -> F::Output {
    REQUEST_LOCALE.scope(locale, work).await
}

/// Runs `write` with `locale` as the reader's language: for texts to someone other than the
/// one making the request (an e-mail in its addressee's language).
#[cfg(feature = "ssr")]
pub fn in_locale<R>(locale: Locale, write: impl FnOnce() -> R) -> R {
    REQUEST_LOCALE.sync_scope(locale, write)
}

/// The language [`scoped`] set for the running task, to hand on to a task it spawns.
#[cfg(feature = "ssr")]
pub fn scoped_locale() -> Option<Locale> {
    REQUEST_LOCALE.try_with(|locale| *locale).ok()
}

#[cfg(feature = "ssr")]
pub use negotiation::{language_cookie, request_locale, request_locale_of};

/// The language of a request, on the server.
#[cfg(feature = "ssr")]
mod negotiation {
    use super::{Locale, LANGUAGE_COOKIE};
    use http::header::ACCEPT_LANGUAGE;
    use http::{HeaderMap, HeaderValue};

    /// The language a request asks for: the [`LANGUAGE_COOKIE`] if it names one of ours, else
    /// the best match of `Accept-Language`, else Dutch.
    pub fn request_locale_of(headers: &HeaderMap) -> Locale {
        chosen(headers).or_else(|| accepted(headers)).unwrap_or_default()
    }

    /// [`request_locale_of`] for the request in Leptos's context (Dutch outside a request).
    pub fn request_locale() -> Locale {
        leptos::prelude::use_context::<http::request::Parts>()
            .map(|parts| request_locale_of(&parts.headers))
            .unwrap_or_default()
    }

    fn chosen(headers: &HeaderMap) -> Option<Locale> {
        crate::server::auth::cookie(headers, LANGUAGE_COOKIE).and_then(Locale::parse)
    }

    fn accepted(headers: &HeaderMap) -> Option<Locale> {
        let header = headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
        let requested = fluent_langneg::accepted_languages::parse(header);
        let available: Vec<fluent_langneg::LanguageIdentifier> =
            Locale::ALL.iter().filter_map(|locale| locale.code().parse().ok()).collect();
        let supported = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        supported.first().and_then(|tag| Locale::parse(&tag.to_string()))
    }

    /// The `Set-Cookie` value that keeps `locale` for a year on every path.
    pub fn language_cookie(locale: Locale, secure: bool) -> HeaderValue {
        let secure = if secure { "; Secure" } else { "" };
        HeaderValue::from_str(&format!(
            "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
            locale.code()
        ))
        .expect("the cookie holds only ASCII")
    }
}

#[cfg(feature = "ssr")]
mod domain_messages;
pub mod labels;
#[cfg(feature = "ssr")]
mod notices;

#[cfg(test)]
mod tests;
