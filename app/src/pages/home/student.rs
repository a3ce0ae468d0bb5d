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
use crate::urls;

/// The student's home: per programme, every unit with its progress and status.
#[component]
pub(super) fn StudentDashboard(user: UserView) -> impl IntoView {
    let live = use_live();
    let programmes = Resource::new(move || live.version(Topic::Progress), |_| my_programmes());
    view! {
        <section data-testid="student-home">
            <h1>"Mijn opleiding"</h1>
            <p class="muted">
                "Welkom, " {user.name} ". Hier zie je per module wat je al bewezen hebt en wat nog ontbreekt."
            </p>
            <p>
                <a class="button" href=urls::my_evidence()>"Mijn bewijsstukken"</a>
                " "
                <a href=urls::portfolio_zip(StudentId::of_account(user.id)) download data-testid="portfolio-zip">
                    "Mijn hele portfolio downloaden (zip)"
                </a>
            </p>
            {loaded(
                programmes,
                |programmes| {
                    if programmes.is_empty() {
                        return view! {
                            <p>"Je bent nog niet ingeschreven in een groep. Vraag het aan je coördinator."</p>
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
        <th scope="col">"Vaardigheden behaald"</th>
        <th scope="col" class="number">"Bewijsstukken"</th>
        <th scope="col">"Status"</th>
    };
    view! {
        <article class="card" data-framework=code.clone()>
            <h2>{framework.title.clone()}</h2>
            <p class="muted">
                {format!("{} van {} vaardigheden behaald", progress.achieved, progress.total)}
                {progress.ready_for_certificate.then_some(" · klaar voor het certificaat")}
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
                <a href=urls::credential_file(student, &framework, unit.as_ref()) download>"Open Badge (bestand)"</a>
                " · "
                <a href=urls::credential_qr(student, &framework, unit.as_ref()) target="_blank">"QR-code"</a>
            </li>
        }
    };
    let mut items: Vec<_> =
        units.into_iter().map(|unit| item(format!("Deelcertificaat {unit}"), Some(unit))).collect();
    if certificate {
        items.push(item("Certificaat".to_owned(), None));
    }
    view! {
        <details class="badges" data-testid="badges">
            <summary>"Mijn (deel)certificaten als Open Badge"</summary>
            <p class="muted">
                "Een werkgever of school controleert zo'n bewijs zonder account op "
                <a href=urls::verify()>"de controlepagina"</a>"."
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
        0 => format!("Nog te doen: {} vaardigheden", to_do.len()),
        _ => format!("Nog te doen: {} vaardigheden, waarvan {feedback} met feedback", to_do.len()),
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
    let submitted = (progress.submitted > 0).then(|| format!(" · {} ingediend", progress.submitted));
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
                    label=format!("{}: vaardigheden behaald", unit.code)
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
