//! `/groepen/:id/rapport`: the printable certificate readiness report of a cohort, as a summary
//! or (`?detail=1`) with a page per student listing what is missing, or (`?cursist=ID`) for one
//! student. The print stylesheet makes it A4 with a header on every page.

use domain::{AccountId, CohortId, UnitStatus};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::cohorts::report_of_cohort;
use crate::components::inert::{inert, Inert};
use crate::components::loaded::{failed, loading};
use crate::components::scroll_box::ScrollBox;
use crate::components::title::PageTitle;
use crate::dto::{CohortReport, StudentReport};
use crate::format::date;
use crate::readiness_table::{certificate_label, unit_label};
use crate::t;
use crate::urls;

#[component]
pub fn ReportPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let cohort =
        move || params.read().get("id").and_then(|id| id.parse::<CohortId>().ok()).unwrap_or_default();
    let report = Resource::new(cohort, report_of_cohort);
    view! {
        <Transition fallback=loading>
            {move || {
                let detail = query.read().get("detail").is_some();
                let only = query.read().get("cursist").and_then(|id| id.parse::<AccountId>().ok());
                Suspend::new(async move {
                    match report.await {
                        Ok(report) => view! { <Report report detail only/> }.into_any(),
                        Err(error) => failed(error),
                    }
                })
            }}
        </Transition>
    }
}

#[component]
fn Report(report: CohortReport, detail: bool, only: Option<AccountId>) -> impl IntoView {
    let CohortReport {
        institution,
        framework_title,
        cohort_id,
        cohort_name,
        school_year,
        printed_at,
        students,
        ..
    } = report;
    let students: Vec<StudentReport> =
        students.into_iter().filter(|student| only.is_none_or(|id| student.student.id == id)).collect();
    let heading = format!("{institution} · {framework_title} · {cohort_name} ({school_year})");
    let summary_rows = || {
        students
        .iter()
        .map(|student| {
            let awarded = student
                .awarded
                .iter()
                .map(|unit| {
                    let flag = if unit.needs_attention {
                        format!(" ({})", unit_label(UnitStatus::Awarded, true))
                    } else {
                        String::new()
                    };
                    format!("{} ({}, {}){flag}", unit.unit.code, date(&unit.awarded_on), unit.awarded_by)
                })
                .collect::<Vec<_>>()
                .join("; ");
            let ready = student.ready.iter().map(|unit| unit.code.to_string()).collect::<Vec<_>>().join(", ");
            let missing: usize = student.open.iter().map(|unit| unit.missing.len()).sum();
            let open = match student.open.len() {
                0 => String::new(),
                units => t!("cohort-report-open", units = units, skills = missing),
            };
            view! {
                <tr>
                    <th scope="row"><a href=urls::cohort_report_of(cohort_id, student.student.id)>{student.student.name.clone()}</a></th>
                    <td>{awarded}</td>
                    <td>{ready}</td>
                    <td>{open}</td>
                    <td>{certificate_label(student.ready_for_certificate)}</td>
                </tr>
            }
        })
        .collect_view()
    };
    // The rows and the students' pages never change once shown: hydration leaves them alone.
    let summary_rows = match inert(summary_rows) {
        Inert::Html(html) => view! { <tbody inner_html=html></tbody> }.into_any(),
        Inert::View(rows) => view! { <tbody>{rows}</tbody> }.into_any(),
    };
    let details = (detail || only.is_some()).then(|| {
        match inert(|| students.into_iter().map(|student| view! { <StudentDetail student/> }).collect_view())
        {
            Inert::Html(html) => view! { <div class="student-reports" inner_html=html></div> }.into_any(),
            Inert::View(pages) => view! { <div class="student-reports">{pages}</div> }.into_any(),
        }
    });
    view! {
        <PageTitle text=t!("cohort-report-page-title", cohort = cohort_name.as_str())/>
        <div class="report">
            <header class="report-header">
                <span>{heading.clone()}</span>
                <span>{t!("cohort-report-printed-at", moment = printed_at.as_str())}</span>
            </header>
            <p class="no-print report-actions">
                <button type="button" class="needs-script" on:click=move |_| { let _ = window().print(); }>{t!("cohort-report-print")}</button>
                " "
                <a href=urls::cohort_report(cohort_id)>{t!("cohort-report-summary")}</a>
                " · "
                <a href=urls::cohort_report_detailed(cohort_id)>{t!("cohort-report-detailed")}</a>
                " · "
                <a href=urls::cohort(cohort_id)>{t!("cohort-back")}</a>
            </p>
            <h1>{t!("cohort-report-heading")}</h1>
            <p>{heading}</p>
            <ScrollBox label=t!("cohort-report-heading")>
                <table class="table report-table" data-testid="report-summary">
                    <thead>
                        <tr>
                            <th scope="col">{t!("cohort-column-student")}</th>
                            <th scope="col">{t!("cohort-report-column-awarded")}</th>
                            <th scope="col">{t!("cohort-report-column-ready")}</th>
                            <th scope="col">{t!("cohort-report-column-open")}</th>
                            <th scope="col">{t!("cohort-column-ready-for-certificate")}</th>
                        </tr>
                    </thead>
                    {summary_rows}
                </table>
            </ScrollBox>
            {details}
        </div>
    }
}

/// One student on a page of their own: what is awarded, ready, and still missing.
#[component]
fn StudentDetail(student: StudentReport) -> impl IntoView {
    let awarded = student
        .awarded
        .iter()
        .map(|unit| {
            view! {
                <li>
                    {t!(
                        "cohort-report-awarded-unit",
                        code = unit.unit.code.to_string(),
                        title = unit.unit.title.as_str(),
                        date = date(&unit.awarded_on),
                        by = unit.awarded_by.as_str(),
                    )}
                </li>
            }
        })
        .collect_view();
    let ready = student
        .ready
        .iter()
        .map(|unit| view! { <li>{format!("{} {}", unit.code, unit.title)}</li> })
        .collect_view();
    let open = student
        .open
        .iter()
        .map(|unit| {
            view! {
                <li>
                    {t!(
                        "cohort-report-open-unit",
                        code = unit.unit.code.to_string(),
                        title = unit.unit.title.as_str(),
                        count = unit.missing.len(),
                    )}
                    <ul>{unit.missing.iter().map(|text| view! { <li>{text.clone()}</li> }).collect_view()}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="student-report" data-student=student.student.id.get()>
            <h2>{student.student.name.clone()}</h2>
            <p>{if student.ready_for_certificate { t!("cohort-report-ready") } else { t!("cohort-report-not-ready") }}</p>
            <h3>{t!("cohort-report-awarded")}</h3>
            <ul>{awarded}</ul>
            <h3>{t!("cohort-report-ready-units")}</h3>
            <ul>{ready}</ul>
            <h3>{t!("cohort-report-to-prove")}</h3>
            <ul class="missing">{open}</ul>
        </section>
    }
}
