//! `/mijn-account`: the signed-in user changes their password or signs out everywhere.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::account::{ChangePassword, SignOutEverywhere};
use crate::components::forms::{outcome, NewPasswordFields};

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
    }
}
