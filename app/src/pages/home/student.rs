//! A student's home: per programme, every unit with its progress and status, each linking to
//! the unit's page.

use std::collections::HashMap;

use domain::notification::{still_to_do, ToDo};
use domain::{Framework, FrameworkCode, FrameworkProgress, SkillId, StudentId, Unit, UnitCode, UnitProgress};
use leptos::prelude::*;

use crate::api::portfolio::my_programmes;
use crate::components::loaded::loaded;
use crate::components::progress::{ProgressBar, ProgressTable};
use crate::components::status::UnitStatusBadge;
use crate::dto::{ProgrammeView, UserView};
use crate::i18n::labels::Label;
use crate::live::{use_live, Topic};
use crate::{t, urls};

/// The student's home: per programme, every unit with its progress and status.
#[component]
pub(super) fn StudentDashboard(user: UserView) -> impl IntoView {
    let live = use_live();
    let programmes = Resource::new(move || live.version(Topic::Progress), |_| my_programmes());
    view! {
        <section data-testid="student-home">
            <h1>{t!("home-student-heading")}</h1>
            <p class="muted">{t!("home-student-welcome", name = user.name)}</p>
            <p>
                <a class="button" href=urls::my_evidence()>{t!("home-student-my-evidence")}</a>
                " "
                <a href=urls::portfolio_zip(StudentId::of_account(user.id)) download data-testid="portfolio-zip">
                    {t!("home-student-portfolio-zip")}
                </a>
            </p>
            {loaded(
                programmes,
                |programmes| {
                    if programmes.is_empty() {
                        return view! {
                            <p>{t!("home-student-no-cohort")}</p>
                        }
                            .into_any();
                    }
                    programmes
                        .into_iter()
                        .map(|programme| view! { <ProgrammeOverview programme/> })
                        .collect_view()
                        .into_any()
                },
            )}
        </section>
    }
}

#[component]
fn ProgrammeOverview(programme: ProgrammeView) -> impl IntoView {
    let ProgrammeView { framework, progress, awards, student, .. } = programme;
    let to_do = view! { <StillToDo framework=framework.clone() progress=progress.clone()/> };
    let badges = view! {
        <Badges
            student=StudentId::of_account(student.id)
            framework=framework.code.clone()
            units=awards.into_iter().map(|award| award.unit_code).collect()
            certificate=progress.ready_for_certificate
        />
    };
    let code = framework.code.to_string();
    let rows = framework
        .units
        .iter()
        .zip(progress.units)
        .map(|(unit, unit_progress)| view! { <UnitRow framework=framework.code.clone() unit=unit.clone() progress=unit_progress/> })
        .collect_view();
    let head = view! {
        <th scope="col">{framework.kind.label()}</th>
        <th scope="col">{t!("home-student-column-achieved")}</th>
        <th scope="col" class="number">{t!("home-student-column-evidence")}</th>
        <th scope="col">{t!("home-student-column-status")}</th>
    };
    view! {
        <article class="card" data-framework=code.clone()>
            <h2>{framework.title.clone()}</h2>
            <p class="muted">
                {t!("home-student-programme-achieved", achieved = progress.achieved, total = progress.total)}
                {progress
                    .ready_for_certificate
                    .then(|| format!(" · {}", t!("home-student-ready-for-certificate")))}
            </p>
            <ProgressTable head rows/>
            {to_do}
            {badges}
        </article>
    }
}

/// The awarded units, and the certificaat once earned, each as an Open Badge to download with
/// the QR code of its verification link.
#[component]
fn Badges(
    student: StudentId,
    framework: FrameworkCode,
    units: Vec<UnitCode>,
    certificate: bool,
) -> impl IntoView {
    if units.is_empty() {
        return ().into_any();
    }
    let item = move |label: String, unit: Option<UnitCode>| {
        view! {
            <li>
                {label} " · "
                <a href=urls::credential_file(student, &framework, unit.as_ref()) download>
                    {t!("home-student-badge-file")}
                </a>
                " · "
                <a href=urls::credential_qr(student, &framework, unit.as_ref()) target="_blank">
                    {t!("home-student-badge-qr")}
                </a>
            </li>
        }
    };
    let mut items: Vec<_> = units
        .into_iter()
        .map(|unit| item(t!("home-student-badge-unit", unit = unit.to_string()), Some(unit)))
        .collect();
    if certificate {
        items.push(item(t!("home-student-badge-certificate"), None));
    }
    view! {
        <details class="badges" data-testid="badges">
            <summary>{t!("home-student-badges-summary")}</summary>
            <p class="muted">
                {t!("home-student-badges-verify")}
                " "
                <a href=urls::verify()>{t!("home-student-badges-verify-link")}</a>"."
            </p>
            <ul>{items}</ul>
        </details>
    }
    .into_any()
}

/// Every skill of the programme that still needs something from the student, over all units,
/// in curriculum order, each linking to the skill on its unit's page.
#[component]
fn StillToDo(framework: Framework, progress: FrameworkProgress) -> impl IntoView {
    let to_do = still_to_do(&progress);
    if to_do.is_empty() {
        return ().into_any();
    }
    let texts: HashMap<&SkillId, &str> =
        framework.skills().map(|skill| (&skill.id, skill.text.as_str())).collect();
    let items = to_do
        .iter()
        .map(|item| {
            let text = texts.get(&item.skill).copied().unwrap_or_default().to_owned();
            view! {
                <li data-skill-id=item.skill.to_string() data-to-do=format!("{:?}", item.to_do)>
                    <a href=urls::skill(&framework.code, &item.unit, &item.skill)>
                        <span class="unit-code">{item.unit.to_string()}</span>
                        " "
                        {text}
                    </a>
                    " "
                    <span class="muted">{item.to_do.label()}</span>
                </li>
            }
        })
        .collect_view();
    let feedback = to_do.iter().filter(|item| item.to_do == ToDo::AnswerFeedback).count();
    // Open when feedback waits: that list is short and asks for action.
    let open = feedback > 0;
    let summary = match feedback {
        0 => t!("home-student-to-do-summary", count = to_do.len()),
        _ => t!("home-student-to-do-summary-feedback", count = to_do.len(), feedback = feedback),
    };
    view! {
        <details class="to-do" open=open>
            <summary data-testid="to-do-summary">{summary}</summary>
            <ol>{items}</ol>
        </details>
    }
    .into_any()
}

#[component]
fn UnitRow(framework: FrameworkCode, unit: Unit, progress: UnitProgress) -> impl IntoView {
    let href = urls::unit(&framework, &unit.code);
    let submitted = (progress.submitted > 0)
        .then(|| format!(" · {}", t!("home-student-unit-submitted", count = progress.submitted)));
    view! {
        <tr data-unit=unit.code.to_string()>
            // The code with its title: a student knows a module by its name.
            <td>
                <a href=href class="unit-link">
                    <span class="unit-code">{unit.code.to_string()}</span>
                    " "
                    <span class="unit-title">{unit.title.clone()}</span>
                </a>
            </td>
            <td>
                <ProgressBar
                    done=progress.achieved
                    total=progress.total
                    label=t!("home-student-unit-progress-label", unit = unit.code.to_string())
                />
                <span class="muted">{submitted}</span>
            </td>
            <td class="number" data-testid="evidence-count">{progress.evidence}</td>
            <td>
                <UnitStatusBadge status=progress.status/>
            </td>
        </tr>
    }
}
