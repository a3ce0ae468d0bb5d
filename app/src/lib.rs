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
use leptos_router::{path, Lazy, SsrMode};

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

/// The pages, in groups whose code the browser loads when a page of the group is first shown,
/// beside the bundle every page loads (the shell, the router, the messages): a visitor never
/// downloads the assessors' pages, a student never the administration's. Groups by who uses them,
/// not one per page: the code pages share would otherwise be cut into hundreds of small files.
/// Split off by `cargo leptos build --split`, which every build uses (a lazy route does not
/// hydrate without it).
mod lazy {
    /// A group of pages behind one split point: an enum of its pages, the function that shows
    /// one (`#[lazy]`, named after the group so that each split has its own name), and a route
    /// type per page (named as the page, without `Page`). `$preload` names what `#[lazy]` makes to load the group's code
    /// (`__preload_` and the group), which the router awaits before it hydrates the page.
    macro_rules! page_groups {
        ($($group:ident ($preload:ident) { $($route:ident => $page:path),+ $(,)? })*) => {$(
            pub mod $group {
                use leptos::prelude::*;

                #[derive(Clone, Copy)]
                pub enum Page {
                    $($route,)+
                }

                #[leptos::lazy]
                fn $group(page: Page) -> AnyView {
                    match page {
                        $(Page::$route => $page().into_any(),)+
                    }
                }

                $(
                    pub struct $route;

                    impl leptos_router::LazyRoute for $route {
                        fn data() -> Self {
                            Self
                        }

                        fn view(_: Self) -> impl std::future::Future<Output = AnyView> {
                            $group(Page::$route)
                        }

                        async fn preload() {
                            // Split only in the browser's bundle.
                            #[cfg(target_arch = "wasm32")]
                            $preload().await;
                        }
                    }
                )+
            }
        )*};
    }

    page_groups! {
        // The pages before signing in, and the check of a credential.
        visitor (__preload_visitor) {
            Login => crate::pages::login::LoginPage,
            ForgotPassword => crate::pages::password::ForgotPasswordPage,
            ChoosePassword => crate::pages::password::ChoosePasswordPage,
            Verify => crate::pages::verify::VerifyPage,
        }
        // The pages every role has.
        everyone (__preload_everyone) {
            Home => crate::pages::home::HomePage,
            MyAccount => crate::pages::account::MyAccountPage,
            Notifications => crate::pages::notifications::NotificationsPage,
            Catalog => crate::pages::catalog::CatalogPage,
            Framework => crate::pages::catalog::FrameworkPage,
        }
        // A student's portfolio.
        student (__preload_student) {
            Unit => crate::pages::portfolio::UnitPage,
            Evidence => crate::pages::evidence::EvidencePage,
            EvidenceDetail => crate::pages::evidence::EvidenceDetailPage,
        }
        // Assessing.
        assessor (__preload_assessor) {
            Queue => crate::pages::assessment::QueuePage,
            Review => crate::pages::assessment::ReviewPage,
            Student => crate::pages::assessment::StudentPage,
            Grid => crate::pages::assessment::GridPage,
        }
        // The cohorts.
        coordinator (__preload_coordinator) {
            NewCohort => crate::pages::cohort::NewCohortPage,
            Cohort => crate::pages::cohort::CohortPage,
            Report => crate::pages::cohort::ReportPage,
            CohortCoverage => crate::pages::cohort::CohortCoveragePage,
            Deliberation => crate::pages::cohort::DeliberationPage,
        }
        // Administration.
        admin (__preload_admin) {
            Staff => crate::pages::admin::StaffPage,
            AuditLog => crate::pages::admin::AuditLogPage,
            Outbox => crate::pages::admin::OutboxPage,
            CatalogFiles => crate::pages::admin::CatalogFilesPage,
            RecordCheck => crate::pages::admin::RecordCheckPage,
        }
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
                    <Route path=path!("/") view={Lazy::<lazy::everyone::Home>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/aanmelden") view={Lazy::<lazy::visitor::Login>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-vergeten") view={Lazy::<lazy::visitor::ForgotPassword>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/wachtwoord-kiezen/:token") view={Lazy::<lazy::visitor::ChoosePassword>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-account") view={Lazy::<lazy::everyone::MyAccount>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/meldingen") view={Lazy::<lazy::everyone::Notifications>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/personeel") view={Lazy::<lazy::admin::Staff>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/logboek") view={Lazy::<lazy::admin::AuditLog>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/berichten") view={Lazy::<lazy::admin::Outbox>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/catalogus") view={Lazy::<lazy::admin::CatalogFiles>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/register") view={Lazy::<lazy::admin::RecordCheck>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/verifieer") view={Lazy::<lazy::visitor::Verify>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/verifieer/:id") view={Lazy::<lazy::visitor::Verify>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/catalogus") view={Lazy::<lazy::everyone::Catalog>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/catalogus/:code") view={Lazy::<lazy::everyone::Framework>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/opleiding/:framework/:unit") view={Lazy::<lazy::student::Unit>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/bewijsstukken") view={Lazy::<lazy::student::Evidence>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/bewijsstukken/:id") view={Lazy::<lazy::student::EvidenceDetail>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/beoordelen") view={Lazy::<lazy::assessor::Queue>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/beoordelen/:student/:framework/:unit") view={Lazy::<lazy::assessor::Review>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/cursisten/:id") view={Lazy::<lazy::assessor::Student>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/nieuw") view={Lazy::<lazy::coordinator::NewCohort>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id") view={Lazy::<lazy::coordinator::Cohort>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/rapport") view={Lazy::<lazy::coordinator::Report>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/dekking") view={Lazy::<lazy::coordinator::CohortCoverage>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/deliberatie") view={Lazy::<lazy::coordinator::Deliberation>::new()} ssr=SsrMode::Async/>
                    <Route path=path!("/groepen/:id/beoordelen/:unit") view={Lazy::<lazy::assessor::Grid>::new()} ssr=SsrMode::Async/>
                </Routes>
            </main>
        </Router>
    }
}
