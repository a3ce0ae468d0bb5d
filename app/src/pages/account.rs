//! `/mijn-account`: the signed-in user changes their password or signs out everywhere.

use leptos::prelude::*;
use leptos_meta::Title;

use domain::notification::Delivery;

use crate::api::account::{ChangePassword, SignOutEverywhere};
use crate::api::notifications::{notification_preferences, SaveNotificationPreferences};
use crate::components::forms::{outcome, NewPasswordFields};
use crate::components::loaded::loaded;
use crate::i18n::labels::Label;
use crate::t;

#[component]
pub fn MyAccountPage() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    view! {
        <Title text=t!("common-page-title", page = t!("account-my-heading"))/>
        <section class="card narrow">
            <h1>{t!("account-my-heading")}</h1>
            <h2>{t!("account-change-password-heading")}</h2>
            <ActionForm action=change attr:class="stack">
                <label>
                    {t!("account-current-password")}
                    <input type="password" name="current" autocomplete="current-password" required/>
                </label>
                <NewPasswordFields/>
                <button type="submit" disabled=move || change.pending().get()>
                    {t!("account-change-password-submit")}
                </button>
            </ActionForm>
            {move || outcome(change.value().get(), t!("account-password-changed"))}
            <h2>{t!("account-everywhere-heading")}</h2>
            <p class="muted">{t!("account-everywhere-intro")}</p>
            <ActionForm action=everywhere>
                <button type="submit" class="secondary">{t!("account-everywhere-submit")}</button>
            </ActionForm>
            {move || outcome(everywhere.value().get(), "")}
        </section>
        <NotificationPreferences/>
    }
}

/// How each kind of notification arrives by e-mail (they are always in the product).
#[component]
fn NotificationPreferences() -> impl IntoView {
    let save = ServerAction::<SaveNotificationPreferences>::new();
    let choices = Resource::new(move || save.version().get(), |_| notification_preferences());
    view! {
        <section class="card narrow" id="meldingen">
            <h2>{t!("account-email-heading")}</h2>
            <p class="muted">{t!("account-email-intro")}</p>
            {loaded(choices, move |choices| {
                if choices.is_empty() {
                    return view! { <p class="muted">{t!("account-role-gets-no-notifications")}</p> }.into_any();
                }
                let rows = choices
                    .into_iter()
                    .enumerate()
                    .map(|(index, choice)| {
                        let options = Delivery::ALL
                            .into_iter()
                            .map(|delivery| {
                                view! {
                                    <option value=delivery.as_str() selected=delivery == choice.delivery>
                                        {delivery.label()}
                                    </option>
                                }
                            })
                            .collect_view();
                        view! {
                            <label>
                                {choice.kind.label()}
                                <input type="hidden" name=format!("choices[{index}][kind]") value=choice.kind.as_str()/>
                                <select name=format!("choices[{index}][delivery]") data-kind=choice.kind.as_str()>
                                    {options}
                                </select>
                            </label>
                        }
                    })
                    .collect_view();
                view! {
                    <ActionForm action=save attr:class="stack">
                        {rows}
                        <button type="submit">{t!("account-save")}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
            {move || outcome(save.value().get().map(|result| result.map(|_| ())), t!("account-choice-saved"))}
        </section>
    }
}
