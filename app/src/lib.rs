//! Vaardig's Leptos application: the shell, the routes and the pages, plus the server functions
//! they call. With the `ssr` feature it also holds the server side: services and storage.

pub mod api;
mod components;
pub mod dto;
pub mod error;
pub mod format;
pub mod i18n;
pub mod live;
mod pages;
pub mod readiness_table;
#[cfg(feature = "ssr")]
pub mod server;
pub mod session;
mod upload_client;
pub mod urls;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::api::session::{current_user, Login, Logout};
use crate::session::Session;

/// The HTML document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang=i18n::locale().tag()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // No icon yet: an empty one spares every page a request that ends in 404.
                <link rel="icon" href="data:,"/>
                <AutoReload options=options.clone()/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(i18n::locale());
    #[cfg(feature = "ssr")]
    server::page_policy::send_page_policy();
    let login = ServerAction::<Login>::new();
    let logout = ServerAction::<Logout>::new();
    let user = Resource::new(move || (login.version().get(), logout.version().get()), |_| current_user());
    provide_context(Session { user, login, logout });
    let live = live::Live::new();
    provide_context(live);
    components::announcer::Announcer::provide();
    components::forms::provide_kept_form();
    // One event stream per tab, opened in the browser once someone is signed in.
    let connected = StoredValue::new(false);
    Effect::new(move |_| {
        if matches!(user.get(), Some(Ok(Some(_)))) && !connected.get_value() {
            connected.set_value(true);
            live::connect(live);
        }
    });

    view! {
        <Title text="Vaardig"/>
        // Every page is rendered whole before it is sent (`SsrMode::Async`): out-of-order streaming
        // made hydration depend on which resource resolved first, and pages failed to hydrate.
        // Each route's addresses are built by its function in `urls`: change both together.
        <Router>
            // `rel="external"`: the router leaves the jump to the browser, which also moves focus.
            <a href="#inhoud" rel="external" class="skip-link">{crate::t!("common-skip-to-content")}</a>
            <pages::layout::Header/>
            <components::announcer::LiveRegion/>
            // Focusable, so that the skip link moves the keyboard's place, not just the view.
            <main id="inhoud" tabindex="-1">
                <components::forms::PlainPostDone/>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/aanmelden") view=pages::login::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-vergeten") view=pages::password::ForgotPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-kiezen/:token") view=pages::password::ChoosePasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account") view=pages::account::MyAccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/meldingen") view=pages::notifications::NotificationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/personeel") view=pages::admin::StaffPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/logboek") view=pages::admin::AuditLogPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/berichten") view=pages::admin::OutboxPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/catalogus") view=pages::admin::CatalogFilesPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/register") view=pages::admin::RecordCheckPage ssr=SsrMode::Async/>
                    <Route path=path!("/verifieer") view=pages::verify::VerifyPage ssr=SsrMode::Async/>
                    <Route path=path!("/verifieer/:id") view=pages::verify::VerifyPage ssr=SsrMode::Async/>
                    <Route path=path!("/catalogus") view=pages::catalog::CatalogPage ssr=SsrMode::Async/>
                    <Route path=path!("/catalogus/:code") view=pages::catalog::FrameworkPage ssr=SsrMode::Async/>
                    <Route path=path!("/opleiding/:framework/:unit") view=pages::portfolio::UnitPage ssr=SsrMode::Async/>
                    <Route path=path!("/bewijsstukken") view=pages::evidence::EvidencePage ssr=SsrMode::Async/>
                    <Route path=path!("/bewijsstukken/:id") view=pages::evidence::EvidenceDetailPage ssr=SsrMode::Async/>
                    <Route path=path!("/beoordelen") view=pages::assessment::QueuePage ssr=SsrMode::Async/>
                    <Route path=path!("/beoordelen/:student/:framework/:unit") view=pages::assessment::ReviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/cursisten/:id") view=pages::assessment::StudentPage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/nieuw") view=pages::cohort::NewCohortPage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id") view=pages::cohort::CohortPage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/rapport") view=pages::cohort::ReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/dekking") view=pages::cohort::CohortCoveragePage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/deliberatie") view=pages::cohort::DeliberationPage ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/beoordelen/:unit") view=pages::assessment::GridPage ssr=SsrMode::Async/>
                </Routes>
            </main>
        </Router>
    }
}
