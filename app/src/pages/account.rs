//! `/mijn-account`: the signed-in user changes their password or signs out everywhere.

use leptos::prelude::*;
use leptos_meta::Title;

use domain::notification::Delivery;

use crate::api::account::{ChangePassword, SignOutEverywhere};
use crate::api::notifications::{notification_preferences, SaveNotificationPreferences};
use crate::components::forms::{outcome, NewPasswordFields};
use crate::components::loaded::loaded;
use crate::i18n::labels::Label;

#[component]
pub fn MyAccountPage() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    let changed = "Je wachtwoord is gewijzigd. Je bent afgemeld op je andere toestellen.";
    view! {
        <Title text="Mijn account – Vaardig"/>
        <section class="card narrow">
            <h1>"Mijn account"</h1>
            <h2>"Wachtwoord wijzigen"</h2>
            <ActionForm action=change attr:class="stack">
                <label>
                    "Huidig wachtwoord"
                    <input type="password" name="current" autocomplete="current-password" required/>
                </label>
                <NewPasswordFields/>
                <button type="submit" disabled=move || change.pending().get()>"Wachtwoord wijzigen"</button>
            </ActionForm>
            {move || outcome(change.value().get(), changed)}
            <h2>"Overal afmelden"</h2>
            <p class="muted">"Meldt je af op elk toestel waarop je aangemeld bent, ook hier."</p>
            <ActionForm action=everywhere>
                <button type="submit" class="secondary">"Overal afmelden"</button>
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
            <h2>"Meldingen per e-mail"</h2>
            <p class="muted">
                "Meldingen staan altijd onder 'Meldingen'. Kies per soort of je ze ook meteen per e-mail krijgt, in een dagelijks overzicht, of nooit."
            </p>
            {loaded(choices, move |choices| {
                if choices.is_empty() {
                    return view! { <p class="muted">"Je rol krijgt geen meldingen."</p> }.into_any();
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
                        <button type="submit">"Bewaren"</button>
                    </ActionForm>
                }
                    .into_any()
            })}
            {move || outcome(save.value().get().map(|result| result.map(|_| ())), "Je keuze is bewaard.")}
        </section>
    }
}
