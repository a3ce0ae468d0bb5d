//! The bar at the top of every page.

use domain::notification::NotificationKind;
use domain::policy::{may, works_the_queue, Action};
use leptos::prelude::*;

use crate::api::notifications::unread_notifications;
use crate::components::language::LanguageChoice;
use crate::i18n::labels::Label;
use crate::live::{use_live, Topic};
use crate::session::Session;
use crate::t;
use crate::urls;

#[component]
pub fn Header() -> impl IntoView {
    let session = expect_context::<Session>();
    let live = use_live();
    let unread = Resource::new(
        move || {
            (
                live.version(Topic::Notifications),
                session.login.version().get(),
                session.logout.version().get(),
            )
        },
        |_| unread_notifications(),
    );
    view! {
        <header class="topbar">
            <a href=urls::home() class="brand">"Vaardig"</a>
            <Transition fallback=|| ()>
                {move || {
                    session
                        .user
                        .get()
                        .map(|user| match user {
                            Ok(Some(user)) => {
                                let portfolio_link = may(user.role, Action::KeepPortfolio)
                                    .then(|| view! { <a href=urls::my_evidence()>{t!("account-nav-evidence")}</a> });
                                let queue_link = works_the_queue(user.role)
                                    .then(|| view! { <a href=urls::queue()>{t!("account-nav-queue")}</a> });
                                let staff_links = may(user.role, Action::ManageStaff).then(|| {
                                    view! {
                                        <a href=urls::staff()>{t!("account-nav-staff")}</a>
                                        <a href=urls::audit_log()>{t!("account-nav-audit-log")}</a>
                                        <a href=urls::outbox()>{t!("account-nav-outbox")}</a>
                                    }
                                });
                                let record_link = may(user.role, Action::VerifyRecord)
                                    .then(|| view! { <a href=urls::record_check()>{t!("account-nav-record")}</a> });
                                let catalog_link = may(user.role, Action::ManageCatalog).then(|| {
                                    view! { <a href=urls::catalog_files()>{t!("account-nav-catalog-files")}</a> }
                                });
                                let count = move || {
                                    unread.get().and_then(Result::ok).filter(|count| *count > 0).map(|count| {
                                        view! {
                                            <span class="badge">
                                                <span data-testid="unread-count">{count}</span>
                                                <span class="visually-hidden">" " {t!("account-nav-unread")}</span>
                                            </span>
                                        }
                                    })
                                };
                                view! {
                                    <nav aria-label=t!("account-nav-main")>
                                        <a href=urls::home()>{t!("account-nav-home")}</a>
                                        {portfolio_link}
                                        {queue_link}
                                        {staff_links}
                                        {record_link}
                                        {catalog_link}
                                        <a href=urls::catalog()>{t!("account-nav-catalog")}</a>
                                    </nav>
                                    <div class="account">
                                        {(!NotificationKind::received_by(user.role).is_empty()).then(|| view! {
                                            <a href=urls::notifications() class="notifications">
                                                {t!("account-nav-notifications")} " " {count}
                                            </a>
                                        })}
                                        <a href=urls::my_account() class="who" data-testid="current-user">
                                            {user.name} " · " {user.role.label()}
                                        </a>
                                        <ActionForm action=session.logout>
                                            <button type="submit" class="link">{t!("account-nav-logout")}</button>
                                        </ActionForm>
                                    </div>
                                }
                                    .into_any()
                            }
                            _ => view! { <a href=urls::login()>{t!("account-nav-login")}</a> }.into_any(),
                        })
                }}
            </Transition>
            <LanguageChoice/>
        </header>
    }
}
