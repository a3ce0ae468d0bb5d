//! `/meldingen`: the signed-in person's notifications, newest first, each linking to where to
//! act; mark one or all read. The list follows live events.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::notifications::{my_notifications, MarkAllNotificationsRead, MarkNotificationRead};
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::{NotificationView, NotificationsPage};
use crate::live::{use_live, Topic};
use crate::t;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let live = use_live();
    let mark = ServerAction::<MarkNotificationRead>::new();
    let mark_all = ServerAction::<MarkAllNotificationsRead>::new();
    let page = Resource::new(
        move || (live.version(Topic::Notifications), mark.version().get(), mark_all.version().get()),
        |_| my_notifications(None),
    );
    let failure = move || {
        first_refusal([
            mark.value().get().and_then(Result::err),
            mark_all.value().get().and_then(Result::err),
        ])
    };
    view! {
        <Title text=t!("common-page-title", page = t!("account-notifications-heading"))/>
        <h1>{t!("account-notifications-heading")}</h1>
        {failure}
        {loaded(page, move |page| view! { <NotificationList page mark mark_all/> }.into_any())}
    }
}

#[component]
fn NotificationList(
    page: NotificationsPage,
    mark: ServerAction<MarkNotificationRead>,
    mark_all: ServerAction<MarkAllNotificationsRead>,
) -> impl IntoView {
    if page.items.is_empty() {
        return view! { <p class="muted">{t!("account-notifications-empty")}</p> }.into_any();
    }
    let summary = t!("account-notifications-summary", count = page.unread);
    let items = page.items.into_iter().map(|item| view! { <NotificationItem item mark/> }).collect_view();
    view! {
        <div class="toolbar">
            <p data-testid="unread-summary">{summary}</p>
            <ActionForm action=mark_all>
                <button type="submit" class="secondary" disabled=page.unread == 0>
                    {t!("account-notifications-mark-all")}
                </button>
            </ActionForm>
        </div>
        <ul class="notifications card">{items}</ul>
    }
    .into_any()
}

#[component]
fn NotificationItem(item: NotificationView, mark: ServerAction<MarkNotificationRead>) -> impl IntoView {
    let NotificationView { id, text, link, cohort, created_on, read, .. } = item;
    let mark_button = (!read).then(|| {
        view! {
            <ActionForm action=mark>
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="link">{t!("account-notifications-mark-one")}</button>
            </ActionForm>
        }
    });
    view! {
        <li class:unread=!read data-notification=id.to_string()>
            // Following it reads it.
            <a href=link on:click=move |_| {
                if !read {
                    mark.dispatch(MarkNotificationRead { id });
                }
            }>{text}</a>
            <p class="muted">{cohort.map(|cohort| format!("{cohort} · "))} {created_on}</p>
            {mark_button}
        </li>
    }
}
