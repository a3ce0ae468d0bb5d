//! The language choice in the top bar: three buttons, each naming its language in that language.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::account::ChooseLanguage;
use crate::i18n::{locale, Locale};
use crate::t;

/// A form that posts the chosen language and comes back to this page; a plain form post
/// without JavaScript.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let choose = ServerAction::<ChooseLanguage>::new();
    let location = use_location();
    let back = move || {
        let query = location.search.get();
        match query.trim_start_matches('?') {
            "" => location.pathname.get(),
            query => format!("{}?{query}", location.pathname.get()),
        }
    };
    let current = locale();
    view! {
        <ActionForm action=choose attr:class="languages" attr:aria-label=t!("language-choose")>
            <input type="hidden" name="back" value=back/>
            {Locale::ALL
                .into_iter()
                .map(|option| {
                    view! {
                        <button
                            type="submit"
                            name="locale"
                            value=option.code()
                            lang=option.tag()
                            class="link"
                            aria-pressed=(option == current).to_string()
                        >
                            {option.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </ActionForm>
    }
}
