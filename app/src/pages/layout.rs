//! The bar at the top of every page.

use domain::Role;
use leptos::prelude::*;

use crate::Session;

#[component]
pub fn Header() -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <header class="topbar">
            <a href="/" class="brand">"Vaardig"</a>
            <Transition fallback=|| ()>
                {move || {
                    session
                        .user
                        .get()
                        .map(|user| match user {
                            Ok(Some(user)) => {
                                let role_link = match user.role {
                                    Role::Student => Some(view! { <a href="/bewijsstukken">"Bewijsstukken"</a> }.into_any()),
                                    Role::Assessor | Role::Coordinator => {
                                        Some(view! { <a href="/beoordelen">"Te beoordelen"</a> }.into_any())
                                    }
                                    Role::Admin => None,
                                };
                                view! {
                                    <nav aria-label="Hoofdmenu">
                                        <a href="/">"Start"</a>
                                        {role_link}
                                        <a href="/catalogus">"Catalogus"</a>
                                    </nav>
                                    <div class="account">
                                        <span class="who" data-testid="current-user">
                                            {user.name} " · " {user.role.label_nl()}
                                        </span>
                                        <ActionForm action=session.logout>
                                            <button type="submit" class="link">"Afmelden"</button>
                                        </ActionForm>
                                    </div>
                                }
                                    .into_any()
                            }
                            _ => view! { <a href="/aanmelden">"Aanmelden"</a> }.into_any(),
                        })
                }}
            </Transition>
        </header>
    }
}
