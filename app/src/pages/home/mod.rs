//! The home page (`/`): each role starts on its own page, a student on the dashboard of units
//! (`student`), an assessor on their cohorts (`assessor`), a coordinator and an administrator on
//! all cohorts (`coordinator`, `admin`, both through `cohorts`).

mod admin;
mod assessor;
mod cohorts;
mod coordinator;
mod student;

use domain::Role;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

use self::admin::AdminHome;
use self::assessor::AssessorHome;
use self::coordinator::CoordinatorHome;
use self::student::StudentDashboard;
use crate::components::loaded::{failed, loading};
use crate::dto::UserView;
use crate::session::Session;
use crate::{t, urls};

/// `/`: the signed-in user's home, or the way to sign in.
#[component]
pub fn HomePage() -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <Title text=t!("home-title")/>
        // Suspense, not Transition: a stale answer ("nobody") must never send a user to sign in.
        <Suspense fallback=loading>
            {move || {
                session
                    .user
                    .get()
                    .map(|user| match user {
                        Ok(Some(user)) => role_home(user),
                        Ok(None) => view! { <Redirect path=urls::login()/> }.into_any(),
                        Err(error) => failed(error),
                    })
            }}
        </Suspense>
    }
}

fn role_home(user: UserView) -> AnyView {
    match user.role {
        Role::Student => view! { <StudentDashboard user/> }.into_any(),
        Role::Assessor => view! { <AssessorHome user/> }.into_any(),
        Role::Coordinator => view! { <CoordinatorHome user/> }.into_any(),
        Role::Admin => view! { <AdminHome user/> }.into_any(),
    }
}
