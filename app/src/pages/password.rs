//! Passwords without signing in: asking for a link ("wachtwoord vergeten") and choosing a
//! password with the link of an invitation or a reset.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::account::{ChoosePassword, RequestPasswordReset};
use crate::components::announcer::Done;
use crate::components::forms::{outcome, NewPasswordFields};
use crate::t;
use crate::urls;

/// `/wachtwoord-vergeten`.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let request = ServerAction::<RequestPasswordReset>::new();
    // A plain form (no script) comes back with the query that says the link was asked for.
    let sent_by_form = use_query_map().read_untracked().get(urls::RESET_SENT).is_some();
    view! {
        <Title text=t!("common-page-title", page = t!("account-forgot-heading"))/>
        <section class="card narrow">
            <h1>{t!("account-forgot-heading")}</h1>
            <p class="muted">{t!("account-forgot-intro")}</p>
            <ActionForm action=request attr:class="stack">
                <label>
                    {t!("account-email-label")}
                    <input type="email" name="email" autocomplete="username" required/>
                </label>
                <button type="submit" disabled=move || request.pending().get()>
                    {t!("account-forgot-submit")}
                </button>
            </ActionForm>
            {move || outcome(request.value().get().or(sent_by_form.then_some(Ok(()))), t!("account-forgot-sent"))}
            <p><a href=urls::login()>{t!("account-forgot-back")}</a></p>
        </section>
    }
}

/// `/wachtwoord-kiezen/:token`: the page a mailed or printed link opens.
#[component]
pub fn ChoosePasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let choose = ServerAction::<ChoosePassword>::new();
    let done = move || matches!(choose.value().get(), Some(Ok(())));
    view! {
        <Title text=t!("common-page-title", page = t!("account-choose-title"))/>
        <section class="card narrow">
            <h1>{t!("account-choose-heading")}</h1>
            <Show
                when=done
                fallback=move || {
                    view! {
                        <ActionForm action=choose attr:class="stack">
                            <input type="hidden" name="token" value=token/>
                            <NewPasswordFields/>
                            <button type="submit" disabled=move || choose.pending().get()>
                                {t!("account-choose-submit")}
                            </button>
                        </ActionForm>
                        {move || outcome(choose.value().get(), "")}
                    }
                }
            >
                <Done text=t!("account-choose-done")/>
                <p><a href=urls::login()>{t!("account-choose-sign-in")}</a></p>
            </Show>
        </section>
    }
}
