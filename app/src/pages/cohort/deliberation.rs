//! `/groepen/:id/deliberatie`: the delibererende klassenraad of a cohort. The list of students
//! with units ready for their deelcertificaat, each unit's proof (its review page, every skill
//! achieved) one click away; the meeting's day, members and outcome per unit, recorded in one
//! action; the earlier meetings with their record as PDF.

use domain::{CohortId, StudentId};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::deliberations::{deliberation_of_cohort, RecordDeliberation};
use crate::components::announcer::Done;
use crate::components::forms::Typed;
use crate::components::loaded::{first_refusal, loaded};
use crate::components::raw_text::raw_text;
use crate::components::title::PageTitle;
use crate::dto::{DeliberationCandidate, DeliberationList, DeliberationSummary};
use crate::format::date;
use crate::t;
use crate::urls;

/// `/groepen/:id/deliberatie`: "Delibererende klassenraad".
#[component]
pub fn DeliberationPage() -> impl IntoView {
    let params = use_params_map();
    let cohort =
        move || params.read().get("id").and_then(|id| id.parse::<CohortId>().ok()).unwrap_or_default();
    let record = ServerAction::<RecordDeliberation>::new();
    let list = Resource::new(
        move || (cohort(), record.version().get()),
        |(cohort, _)| deliberation_of_cohort(cohort),
    );
    let outcome = move || match record.value().get() {
        Some(Ok(_)) => Some(view! { <Done text=t!("cohort-deliberation-recorded")/> }.into_any()),
        refused => first_refusal([refused.and_then(Result::err)]).map(|refusal| refusal.into_any()),
    };
    view! {
        <PageTitle text=t!("cohort-deliberation-title")/>
        <h1>{t!("cohort-deliberation-title")}</h1>
        {outcome}
        {loaded(list, move |list| view! { <Deliberation list record/> }.into_any())}
    }
}

#[component]
fn Deliberation(list: DeliberationList, record: ServerAction<RecordDeliberation>) -> impl IntoView {
    let DeliberationList {
        cohort_id,
        cohort_name,
        framework_code,
        framework_title,
        today,
        students,
        meetings,
    } = list;
    let empty = students.is_empty();
    // Refused without JavaScript: the date and members as they were typed.
    let typed = Typed::into::<RecordDeliberation>();
    let mut index = 0;
    let rows = students
        .into_iter()
        .map(|candidate| {
            let first = index;
            index += candidate.ready.len();
            view! { <CandidateRows candidate first framework=framework_code.clone()/> }
        })
        .collect_view();
    view! {
        <p>
            {format!("{cohort_name} · {framework_title}")} " · "
            <a href=urls::cohort(cohort_id)>{t!("cohort-back")}</a>
        </p>
        <section class="card stack">
            <h2>{t!("cohort-deliberation-new-meeting")}</h2>
            {if empty {
                view! { <p data-testid="nobody-ready">{t!("cohort-deliberation-nobody-ready")}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=record attr:class="stack">
                        <input type="hidden" name="cohort_id" value=cohort_id.to_string()/>
                        <label>{t!("cohort-deliberation-date")} <input type="date" name="held_on" value=typed.or("held_on", today) required/></label>
                        <label>
                            {t!("cohort-deliberation-members")}
                            <textarea name="members" rows="4" required>{raw_text(typed.or("members", ""))}</textarea>
                        </label>
                        <div class="matrix-scroll">
                            <table class="table" data-testid="deliberation-list">
                                <thead>
                                    <tr>
                                        <th scope="col">{t!("cohort-column-student")}</th>
                                        <th scope="col">{t!("cohort-deliberation-column-unit")}</th>
                                        <th scope="col">{t!("cohort-deliberation-column-outcome")}</th>
                                        <th scope="col">{t!("cohort-deliberation-column-reason")}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                        <button type="submit">{t!("cohort-deliberation-record")}</button>
                    </ActionForm>
                }.into_any()
            }}
        </section>
        <Meetings meetings/>
    }
}

/// One row per ready unit of a student; the fields are numbered from `first` in the form.
#[component]
fn CandidateRows(
    candidate: DeliberationCandidate,
    first: usize,
    framework: domain::FrameworkCode,
) -> impl IntoView {
    let DeliberationCandidate { student, ready, certificate_when_granted } = candidate;
    let student_id = StudentId::of_account(student.id);
    ready
        .into_iter()
        .enumerate()
        .map(|(offset, unit)| {
            let field = |name: &str| format!("outcomes[{}][{name}]", first + offset);
            let proof = urls::review(student.id, &framework, &unit.code);
            let name = (offset == 0).then(|| {
                if certificate_when_granted {
                    t!("cohort-deliberation-certificate-too", name = student.name.as_str())
                } else {
                    student.name.clone()
                }
            });
            view! {
                <tr data-student=student_id.to_string() data-unit=unit.code.to_string()>
                    <td>{name}</td>
                    <td>
                        <input type="hidden" name=field("student_id") value=student_id.to_string()/>
                        <input type="hidden" name=field("unit") value=unit.code.to_string()/>
                        <a href=proof>{format!("{} {}", unit.code, unit.title)}</a>
                    </td>
                    <td>
                        <select name=field("outcome") aria-label=t!("cohort-deliberation-outcome-label", unit = unit.code.to_string(), student = student.name.as_str())>
                            <option value="granted" selected>{t!("cohort-deliberation-grant")}</option>
                            <option value="postponed">{t!("cohort-deliberation-postpone")}</option>
                        </select>
                    </td>
                    <td>
                        <input type="text" name=field("reason") aria-label=t!("cohort-deliberation-reason-label", unit = unit.code.to_string())/>
                    </td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
fn Meetings(meetings: Vec<DeliberationSummary>) -> impl IntoView {
    if meetings.is_empty() {
        return view! { <p class="muted">{t!("cohort-deliberation-no-meetings")}</p> }.into_any();
    }
    let items = meetings
        .into_iter()
        .map(|meeting| {
            let text = t!(
                "cohort-deliberation-meeting",
                date = date(&meeting.held_on),
                granted = meeting.granted,
                postponed = meeting.postponed,
                members = meeting.members.join(", "),
                by = meeting.recorded_by.as_str(),
            );
            view! {
                <li data-deliberation=meeting.id.to_string()>
                    {text} " · " <a href=urls::deliberation_pdf(meeting.id) download>{t!("cohort-deliberation-minutes")}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card stack">
            <h2>{t!("cohort-deliberation-earlier")}</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}
