//! `/cursisten/:id`: a student's programmes, unit by unit, each unit linking to its review.

use domain::policy::{may, Action};
use domain::StudentId;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::coverage::StudentCoverages;
use super::erasure::Erasure;
use super::student_account::StudentAccount;
use super::withdrawal::AwardWithdrawal;
use crate::api::assessment::student_programmes;
use crate::components::loaded::loaded;
use crate::components::progress::{ProgressBar, ProgressTable};
use crate::components::status::UnitStatusBadge;
use crate::components::title::PageTitle;
use crate::dto::ProgrammeView;
use crate::i18n::labels::Label;
use crate::session::Session;
use crate::t;
use crate::urls;

/// `/cursisten/:id`: a student's programmes, unit by unit, for assessors and coordinators.
#[component]
pub fn StudentPage() -> impl IntoView {
    let params = use_params_map();
    let student =
        move || params.read().get("id").and_then(|id| id.parse::<StudentId>().ok()).unwrap_or_default();
    let programmes = Resource::new(student, student_programmes);
    let session = expect_context::<Session>();
    view! {
        {loaded(
            programmes,
            |programmes| {
                programmes
                    .into_iter()
                    .map(|programme| view! { <StudentProgramme programme/> })
                    .collect_view()
                    .into_any()
            },
        )}
        <StudentCoverages student=student()/>
        // Who is signed in is a resource too: read under its own boundary, so the server and the
        // browser render the same markup whichever resolves first.
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                let user = session.user.await.ok().flatten();
                let exports = user.as_ref().is_some_and(|user| may(user.role, Action::ExportPortfolio));
                let erases = user.as_ref().is_some_and(|user| may(user.role, Action::EraseStudents));
                let withdraws = user.as_ref().is_some_and(|user| may(user.role, Action::WithdrawAwards));
                let manages = user.is_some_and(|user| may(user.role, Action::ManageStudents));
                view! {
                    {exports.then(|| view! {
                        <p><a href=urls::portfolio_zip(student()) download data-testid="portfolio-zip">
                            {t!("assessment-student-portfolio-zip")}
                        </a></p>
                    })}
                    {manages.then(|| view! { <StudentAccount student=student().into()/> })}
                    {withdraws.then(|| view! { <AwardWithdrawal student=student()/> })}
                    {erases.then(|| view! { <Erasure student=student()/> })}
                }
            })}
        </Transition>
    }
}

#[component]
fn StudentProgramme(programme: ProgrammeView) -> impl IntoView {
    let ProgrammeView { student, framework, progress, .. } = programme;
    let rows = framework
        .units
        .iter()
        .zip(progress.units)
        .map(|(unit, unit_progress)| {
            let href = urls::review(student.id, &framework.code, &unit.code);
            view! {
                <tr data-unit=unit.code.to_string()>
                    <td><a href=href>{unit.code.to_string()}</a></td>
                    <td>{unit.title.clone()}</td>
                    <td><ProgressBar done=unit_progress.achieved total=unit_progress.total label=t!("assessment-unit-achieved", unit = unit.code.to_string())/></td>
                    <td class="number">{unit_progress.submitted}</td>
                    <td><UnitStatusBadge status=unit_progress.status/></td>
                </tr>
            }
        })
        .collect_view();
    let head = view! {
        <th scope="col">{framework.kind.label()}</th>
        <th scope="col">{t!("assessment-student-title")}</th>
        <th scope="col">{t!("assessment-student-achieved")}</th>
        <th scope="col" class="number">{t!("assessment-student-submitted")}</th>
        <th scope="col">{t!("assessment-student-status")}</th>
    };
    view! {
        <PageTitle text=student.name.clone()/>
        <h1>{student.name.clone()}</h1>
        <article class="card">
            <h2>{framework.title.clone()}</h2>
            <ProgressTable head rows/>
        </article>
    }
}
