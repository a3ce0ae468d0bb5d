//! The table of cohorts a coordinator and an administrator start from.

use leptos::prelude::*;

use crate::dto::CohortView;
use crate::t;
use crate::urls;

#[component]
pub(super) fn CohortTable(cohorts: Vec<CohortView>) -> impl IntoView {
    if cohorts.is_empty() {
        return view! { <p>{t!("cohort-none")}</p> }.into_any();
    }
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{t!("cohort-column-cohort")}</th>
                    <th scope="col">{t!("cohort-framework")}</th>
                    <th scope="col">{t!("cohort-column-school-year")}</th>
                    <th scope="col">{t!("cohort-column-students")}</th>
                    <th scope="col">{t!("cohort-assessors")}</th>
                </tr>
            </thead>
            <tbody>
                {cohorts
                    .into_iter()
                    .map(|cohort| {
                        let assessors = cohort
                            .assessors
                            .iter()
                            .map(|assessor| assessor.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! {
                            <tr>
                                <td>
                                    <a href=urls::cohort(cohort.id)>{cohort.name}</a>
                                </td>
                                <td>
                                    <a href=urls::framework(&cohort.framework_code)>{cohort.framework_title}</a>
                                </td>
                                <td>{cohort.school_year}</td>
                                <td>
                                    <details class="students">
                                        <summary>{t!("cohort-students-count", count = cohort.students.len())}</summary>
                                        <ul>
                                            {cohort
                                                .students
                                                .iter()
                                                .map(|student| {
                                                    view! {
                                                        <li>
                                                            <a href=urls::student(student.id)>{student.name.clone()}</a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </details>
                                </td>
                                <td>{assessors}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
