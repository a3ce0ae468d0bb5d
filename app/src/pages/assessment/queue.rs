//! `/beoordelen`: the queue of submitted skills, filtered by cohort, unit or student.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::assessment::assessment_queue;
use crate::components::loaded::loaded;
use crate::dto::{PersonView, QueueEntry};
use crate::format::date;
use crate::live::{use_live, Topic};
use crate::t;
use crate::urls;

/// `/beoordelen`: the submitted skills by student (last name), each one's oldest first, with filters.
#[component]
pub fn QueuePage() -> impl IntoView {
    let live = use_live();
    // A new submission joins the queue without a reload.
    let queue = Resource::new(move || live.version(Topic::Queue), |_| assessment_queue());
    // The filters live here, above the table a live update renders again, so they stay chosen.
    let filters = Filters {
        cohort: RwSignal::new(String::new()),
        unit: RwSignal::new(String::new()),
        student: RwSignal::new(String::new()),
    };
    view! {
        <Title text=t!("assessment-queue-title")/>
        <h1>{t!("assessment-queue-heading")}</h1>
        {loaded(queue, move |entries| view! { <QueueTable entries filters/> }.into_any())}
    }
}

/// The chosen cohort, unit and student (empty: all).
#[derive(Clone, Copy)]
struct Filters {
    cohort: RwSignal<String>,
    unit: RwSignal<String>,
    student: RwSignal<String>,
}

#[component]
fn QueueTable(entries: Vec<QueueEntry>, filters: Filters) -> impl IntoView {
    let Filters { cohort, unit, student } = filters;
    let cohorts: BTreeSet<String> = entries.iter().map(|entry| entry.cohort_name.clone()).collect();
    let units: BTreeSet<String> = entries.iter().map(|entry| entry.unit_code.to_string()).collect();
    // The entries come by last name; keep that order, each student once.
    let mut students: Vec<&PersonView> = Vec::new();
    for entry in &entries {
        if !students.iter().any(|known| known.id == entry.student.id) {
            students.push(&entry.student);
        }
    }
    let student_options = students
        .into_iter()
        .map(|person| {
            let value = person.id.to_string();
            let chosen = value == student.get_untracked();
            view! { <option value=value selected=chosen>{person.name.clone()}</option> }
        })
        .collect_view();
    let options = |values: BTreeSet<String>, current: RwSignal<String>| {
        values
            .into_iter()
            .map(|value| {
                let chosen = value == current.get_untracked();
                view! { <option value=value.clone() selected=chosen>{value.clone()}</option> }
            })
            .collect_view()
    };
    let entries = StoredValue::new(entries);
    let shown = move || {
        let (cohort, unit, student) = (cohort.get(), unit.get(), student.get());
        entries.with_value(|entries| {
            entries
                .iter()
                .filter(|entry| {
                    (cohort.is_empty() || entry.cohort_name == cohort)
                        && (unit.is_empty() || entry.unit_code.as_str() == unit)
                        && (student.is_empty() || entry.student.id.to_string() == student)
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let total = entries.with_value(Vec::len);
    view! {
        <div class="filters needs-script">
            <label>{t!("assessment-queue-cohort")} <select on:change=move |e| cohort.set(event_target_value(&e))><option value="">{t!("assessment-queue-all")}</option>{options(cohorts, cohort)}</select></label>
            <label>{t!("assessment-queue-unit")} <select on:change=move |e| unit.set(event_target_value(&e))><option value="">{t!("assessment-queue-all")}</option>{options(units, unit)}</select></label>
            <label>{t!("assessment-queue-student")} <select on:change=move |e| student.set(event_target_value(&e))><option value="">{t!("assessment-queue-all")}</option>{student_options}</select></label>
        </div>
        <p class="muted" data-testid="queue-count">{move || t!("assessment-queue-count", shown = shown().len(), total = total)}</p>
        <table class="table queue">
            <thead>
                <tr>
                    <th scope="col">{t!("assessment-queue-submitted")}</th>
                    <th scope="col">{t!("assessment-queue-student")}</th>
                    <th scope="col">{t!("assessment-queue-cohort")}</th>
                    <th scope="col">{t!("assessment-queue-unit")}</th>
                    <th scope="col">{t!("assessment-queue-skill")}</th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    shown()
                        .into_iter()
                        .map(|entry| {
                            let href = urls::review(entry.student.id, &entry.framework_code, &entry.unit_code);
                            view! {
                                <tr>
                                    <td>{date(&entry.submitted_on)}</td>
                                    <td><a href=urls::student(entry.student.id)>{entry.student.name.clone()}</a></td>
                                    <td>{entry.cohort_name.clone()}</td>
                                    <td>{entry.unit_code.to_string()}</td>
                                    <td>{entry.skill_text.clone()}</td>
                                    <td><a href=href>{t!("assessment-queue-review")}</a></td>
                                </tr>
                            }
                        })
                        .collect_view()
                }}
            </tbody>
        </table>
    }
}
