//! The assessor's pages: the queue of submitted skills, a student's overview, and the review of
//! one unit where skills are decided and the deelcertificaat is awarded.

use std::collections::{BTreeSet, HashMap};

use domain::assessment::offers_award;
use domain::policy::{may, Action};
use domain::{AccountId, EvidenceId, Role, SkillId, SkillProgress, StudentId, Verdict};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::assessment::{
    assessment_queue, student_evidence, student_programme, student_programmes, AwardUnit, RecordDecision,
};
use crate::components::evidence::EvidencePreview;
use crate::components::loaded::loaded;
use crate::components::progress::ProgressBar;
use crate::components::skill_picker::SkillCheckbox;
use crate::components::status::{SkillStatusBadge, UnitStatusBadge};
use crate::dto::{DecisionInput, EvidenceView, PersonView, ProgrammeView, QueueEntry};
use crate::format::date_nl;
use crate::session::Session;

fn review_href(student_id: AccountId, framework: &str, unit_slug: &str) -> String {
    format!("/beoordelen/{student_id}/{framework}/{unit_slug}")
}

/// `/beoordelen`: the submitted skills by student (last name), each one's oldest first, with filters.
#[component]
pub fn QueuePage() -> impl IntoView {
    let queue = Resource::new(|| (), |_| assessment_queue());
    view! {
        <Title text="Te beoordelen – Vaardig"/>
        <h1>"Te beoordelen"</h1>
        {loaded(queue, |entries| view! { <QueueTable entries/> }.into_any())}
    }
}

#[component]
fn QueueTable(entries: Vec<QueueEntry>) -> impl IntoView {
    let cohort = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let student = RwSignal::new(String::new());
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
        .map(|person| view! { <option value=person.id.to_string()>{person.name.clone()}</option> })
        .collect_view();
    let options = |values: BTreeSet<String>| {
        values
            .into_iter()
            .map(|value| view! { <option value=value.clone()>{value.clone()}</option> })
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
        <div class="filters">
            <label>"Groep" <select on:change=move |e| cohort.set(event_target_value(&e))><option value="">"Alle"</option>{options(cohorts)}</select></label>
            <label>"Module" <select on:change=move |e| unit.set(event_target_value(&e))><option value="">"Alle"</option>{options(units)}</select></label>
            <label>"Cursist" <select on:change=move |e| student.set(event_target_value(&e))><option value="">"Alle"</option>{student_options}</select></label>
        </div>
        <p class="muted" data-testid="queue-count">{move || format!("{} van {total} ingediende vaardigheden", shown().len())}</p>
        <table class="table queue">
            <thead>
                <tr>
                    <th scope="col">"Ingediend"</th>
                    <th scope="col">"Cursist"</th>
                    <th scope="col">"Groep"</th>
                    <th scope="col">"Module"</th>
                    <th scope="col">"Vaardigheid"</th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    shown()
                        .into_iter()
                        .map(|entry| {
                            let href = review_href(entry.student.id, entry.framework_code.as_str(), &entry.unit_code.slug());
                            view! {
                                <tr>
                                    <td>{date_nl(&entry.submitted_on)}</td>
                                    <td><a href=format!("/cursisten/{}", entry.student.id)>{entry.student.name.clone()}</a></td>
                                    <td>{entry.cohort_name.clone()}</td>
                                    <td>{entry.unit_code.to_string()}</td>
                                    <td>{entry.skill_text.clone()}</td>
                                    <td><a href=href>"Beoordelen"</a></td>
                                </tr>
                            }
                        })
                        .collect_view()
                }}
            </tbody>
        </table>
    }
}

/// `/cursisten/:id`: a student's programmes, unit by unit, for assessors and coordinators.
#[component]
pub fn StudentPage() -> impl IntoView {
    let params = use_params_map();
    let student =
        move || params.read().get("id").and_then(|id| id.parse::<StudentId>().ok()).unwrap_or_default();
    let programmes = Resource::new(student, student_programmes);
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
    }
}

#[component]
fn StudentProgramme(programme: ProgrammeView) -> impl IntoView {
    let ProgrammeView { student, framework, progress, .. } = programme;
    let code = framework.code.to_string();
    let rows = framework
        .units
        .iter()
        .zip(progress.units)
        .map(|(unit, unit_progress)| {
            let href = review_href(student.id, &code, &unit.code.slug());
            view! {
                <tr data-unit=unit.code.to_string()>
                    <td><a href=href>{unit.code.to_string()}</a></td>
                    <td>{unit.title.clone()}</td>
                    <td><ProgressBar done=unit_progress.achieved total=unit_progress.total label=format!("{}: behaald", unit.code)/></td>
                    <td class="number">{unit_progress.submitted}</td>
                    <td><UnitStatusBadge status=unit_progress.status/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=format!("{} – Vaardig", student.name)/>
        <h1>{student.name.clone()}</h1>
        <article class="card">
            <h2>{framework.title.clone()}</h2>
            <table class="table progress-table">
                <thead>
                    <tr>
                        <th scope="col">{framework.kind.unit_label_nl()}</th>
                        <th scope="col">"Titel"</th>
                        <th scope="col">"Behaald"</th>
                        <th scope="col" class="number">"Ingediend"</th>
                        <th scope="col">"Status"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </article>
    }
}

/// `/beoordelen/:student/:framework/:unit`: one unit of one student, to decide and award.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let params = use_params_map();
    let student =
        move || params.read().get("student").and_then(|id| id.parse::<StudentId>().ok()).unwrap_or_default();
    let framework = move || params.read().get("framework").unwrap_or_default();
    let decide = ServerAction::<RecordDecision>::new();
    let award = ServerAction::<AwardUnit>::new();
    let programme = Resource::new(
        move || (student(), framework(), decide.version().get(), award.version().get()),
        |(student, framework, _, _)| student_programme(student, framework),
    );
    let evidence =
        Resource::new(move || (student(), decide.version().get()), |(student, _)| student_evidence(student));
    let session = expect_context::<Session>();
    // The choice lives here, above the re-rendered review, so a refused decision keeps its text.
    let selected = RwSignal::new(Vec::<SkillId>::new());
    let comment = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(Ok(_)) = decide.value().get() {
            selected.set(Vec::new());
            comment.set(String::new());
        }
    });
    let failure = move || {
        [decide.value().get().and_then(|result| result.err()), award.value().get().and_then(Result::err)]
            .into_iter()
            .flatten()
            .next()
            .map(|error| view! { <p class="error" role="alert">{error.to_string()}</p> })
    };
    view! {
        <Transition fallback=|| view! { <p class="muted">"Laden…"</p> }>
            {move || {
                // Read tracked, so moving between two units shows the new one.
                let slug = params.read().get("unit").unwrap_or_default();
                Suspend::new(async move {
                let role = session.user.await.ok().flatten().map(|user| user.role);
                match (programme.await, evidence.await) {
                    (Ok(programme), Ok(evidence)) => {
                        let can_decide = role.is_some_and(|role| may(role, Action::DecideSkills));
                        view! { <Review programme evidence slug decide award can_decide role selected comment/> }.into_any()
                    }
                    (Err(error), _) | (_, Err(error)) => view! { <p class="error">{error.to_string()}</p> }.into_any(),
                }
                })
            }}
        </Transition>
        {failure}
    }
}

#[component]
fn Review(
    programme: ProgrammeView,
    evidence: Vec<EvidenceView>,
    slug: String,
    decide: ServerAction<RecordDecision>,
    award: ServerAction<AwardUnit>,
    can_decide: bool,
    role: Option<Role>,
    selected: RwSignal<Vec<SkillId>>,
    comment: RwSignal<String>,
) -> impl IntoView {
    let ProgrammeView { student, framework, progress, awards, .. } = programme;
    let Some(position) = framework.units.iter().position(|unit| unit.code.slug() == slug) else {
        return view! { <p class="error">"Deze module bestaat niet in de opleiding van deze cursist."</p> }
            .into_any();
    };
    let unit = framework.units[position].clone();
    let unit_progress = progress.units[position].clone();
    let evidence: HashMap<EvidenceId, EvidenceView> =
        evidence.into_iter().map(|item| (item.id, item)).collect();
    let student_id = StudentId::of_account(student.id);
    let unit_code = unit.code.to_string();
    let framework_code = framework.code.to_string();
    let awarded = awards.iter().find(|award| award.unit_code == unit.code).map(|award| {
        view! {
            <p class="notice" data-testid="awarded">
                {format!("Deelcertificaat toegekend door {} op {}.", award.awarded_by, date_nl(&award.awarded_on))}
            </p>
        }
    });
    let attention = unit_progress.needs_attention.then(|| {
        view! { <p class="error" role="alert">"Let op: na de toekenning werd een vaardigheid herzien. Bekijk deze module opnieuw."</p> }
    });
    let award_button =
        role.is_some_and(|role| offers_award(role, &framework, &unit_progress)).then(|| {
            let unit_code = unit_code.clone();
            view! {
                <button type="button" on:click=move |_| {
                    award.dispatch(AwardUnit { student_id, framework: framework_code.clone(), unit_code: unit_code.clone() });
                }>"Deelcertificaat toekennen"</button>
            }
        });
    let linked_evidence = {
        let skills: HashMap<SkillId, Vec<EvidenceId>> = unit_progress
            .competencies
            .iter()
            .flat_map(|competency| &competency.skills)
            .map(|skill| (skill.id.clone(), skill.evidence.clone()))
            .collect();
        move |ids: &[SkillId]| -> Vec<EvidenceId> {
            let cited: BTreeSet<EvidenceId> =
                ids.iter().flat_map(|id| skills.get(id).cloned().unwrap_or_default()).collect();
            cited.into_iter().collect()
        }
    };
    let linked_evidence = StoredValue::new(linked_evidence);
    let record = move |skill_ids: Vec<SkillId>, decision: Verdict, comment: String| {
        let evidence_ids = linked_evidence.with_value(|linked| linked(&skill_ids));
        decide.dispatch(RecordDecision {
            input: DecisionInput { student_id, skill_ids, decision, comment, evidence_ids },
        });
    };
    let competencies = unit
        .competencies
        .iter()
        .zip(&unit_progress.competencies)
        .map(|(competency, progress)| {
            let texts: HashMap<SkillId, String> =
                competency.skills.iter().map(|skill| (skill.id.clone(), skill.text.clone())).collect();
            let rows = progress
                .skills
                .iter()
                .map(|skill| {
                    let text = texts.get(&skill.id).cloned().unwrap_or_default();
                    let items: Vec<EvidenceView> =
                        skill.evidence.iter().filter_map(|id| evidence.get(id).cloned()).collect();
                    view! { <ReviewSkill skill=skill.clone() text items selected can_decide record/> }
                })
                .collect_view();
            view! {
                <section class="card competency-progress" data-competency=competency.nr.clone()>
                    <h2><span class="nr">{competency.nr.clone()}</span> " " {competency.title.clone()}</h2>
                    <ul class="skill-rows">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    let panel = can_decide.then(|| view! { <DecisionPanel selected comment record/> });
    view! {
        <Title text=format!("{} · {} – Vaardig", student.name, unit.code)/>
        <p class="crumbs">
            <a href="/beoordelen">"Te beoordelen"</a>
            " › "
            <a href=format!("/cursisten/{}", student.id)>{student.name.clone()}</a>
        </p>
        <h1>{format!("{}: {} {}", student.name, unit.code, unit.title)}</h1>
        <p class="unit-summary">
            <ProgressBar done=unit_progress.achieved total=unit_progress.total label=format!("{}: behaald", unit.code)/>
            " "
            <UnitStatusBadge status=unit_progress.status/>
            " "
            {award_button}
        </p>
        {awarded}
        {attention}
        // The panel sits beside the skills (wide screens) or after them (phones), never over them.
        <div class="review-layout" class:deciding=can_decide>
            <div class="review-skills">{competencies}</div>
            {panel}
        </div>
    }
    .into_any()
}

#[component]
fn ReviewSkill(
    skill: SkillProgress,
    text: String,
    items: Vec<EvidenceView>,
    selected: RwSignal<Vec<SkillId>>,
    can_decide: bool,
    record: impl Fn(Vec<SkillId>, Verdict, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let id = skill.id.clone();
    let label = if can_decide {
        view! { <label class="skill-choice"><SkillCheckbox id=id.clone() selected/>{text}</label> }.into_any()
    } else {
        view! { <span>{text}</span> }.into_any()
    };
    let quick = (can_decide && skill.status != domain::SkillStatus::Achieved).then(|| {
        let id = id.clone();
        view! {
            <button type="button" class="secondary" on:click=move |_| record(vec![id.clone()], Verdict::Achieved, String::new())>
                "Behaald"
            </button>
        }
    });
    let history = skill
        .decisions
        .iter()
        .rev()
        .map(|decision| {
            let verdict = decision.verdict.label_nl();
            let comment = (!decision.comment.is_empty()).then(|| format!(": {}", decision.comment));
            view! { <li>{format!("{verdict} · {} · {}", decision.assessor, date_nl(&decision.decided_on))}{comment}</li> }
        })
        .collect_view();
    view! {
        <li class="skill-row review" data-skill-id=id.to_string()>
            <div class="skill-text">
                {label}
                <div class="evidence-previews">{items.into_iter().map(|item| view! { <EvidencePreview item/> }).collect_view()}</div>
                <ul class="history">{history}</ul>
            </div>
            <SkillStatusBadge status=skill.status/>
            <div class="skill-action">{quick}</div>
        </li>
    }
}

/// Deciding the selected skills at once.
#[component]
fn DecisionPanel(
    selected: RwSignal<Vec<SkillId>>,
    comment: RwSignal<String>,
    record: impl Fn(Vec<SkillId>, Verdict, String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let verdict = RwSignal::new(Verdict::Achieved);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        record(selected.get_untracked(), verdict.get_untracked(), comment.get_untracked());
    };
    view! {
        <form class="card stack decision-panel" on:submit=submit>
            <h2>"Beslissing"</h2>
            <p class="muted">{move || format!("{} vaardigheden gekozen", selected.with(Vec::len))}</p>
            <fieldset>
                <legend>"Oordeel"</legend>
                <label class="inline">
                    <input type="radio" name="verdict" prop:checked=move || verdict.get() == Verdict::Achieved on:change=move |_| verdict.set(Verdict::Achieved)/>
                    "Behaald"
                </label>
                <label class="inline">
                    <input type="radio" name="verdict" prop:checked=move || verdict.get() == Verdict::NotYet on:change=move |_| verdict.set(Verdict::NotYet)/>
                    "Nog niet"
                </label>
            </fieldset>
            <label>
                "Toelichting (verplicht bij 'nog niet': wat ontbreekt er?)"
                <textarea rows="3" prop:value=comment on:input=move |e| comment.set(event_target_value(&e))></textarea>
            </label>
            <button type="submit" disabled=move || selected.with(Vec::is_empty)>"Beslissing vastleggen"</button>
        </form>
    }
}
