//! `/beoordelen/:student/:framework/:unit`: one unit of one student, its skills with their
//! evidence, the decision panel and the award button.

use std::collections::{BTreeSet, HashMap};

use domain::assessment::{offers_award, offers_undo};
use domain::policy::{may, Action};
use domain::{AccountId, EvidenceId, Role, SkillId, SkillProgress, SkillStatus, StudentId, Verdict};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::decision::{DecisionDraft, DecisionPanel};
use super::next::{NextSubmission, Reviewing};
use super::skill::ReviewSkill;
use crate::api::assessment::{
    assessment_queue, student_evidence, student_programme, AwardUnit, RecordDecision, UndoDecision,
};
use crate::components::announcer::Done;
use crate::components::conversation::{threads_of, Citable, Conversations, Replies};
use crate::components::forms::{hidden_fields, Typed};
use crate::components::loaded::{failed, first_refusal, loading};
use crate::components::progress::ProgressBar;
use crate::components::status::UnitStatusBadge;
use crate::components::title::PageTitle;
use crate::dto::{EvidenceView, ProgrammeView, QueueEntry};
use crate::error::AppError;
use crate::format::date;
use crate::live::{use_live, Topic};
use crate::session::Session;
use crate::t;
use crate::urls;

/// `/beoordelen/:student/:framework/:unit`: one unit of one student, to decide and award.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let params = use_params_map();
    let student =
        move || params.read().get("student").and_then(|id| id.parse::<StudentId>().ok()).unwrap_or_default();
    let framework = move || params.read().get("framework").unwrap_or_default();
    let decide = ServerAction::<RecordDecision>::new();
    let award = ServerAction::<AwardUnit>::new();
    let undo = ServerAction::<UndoDecision>::new();
    let live = use_live();
    // A student's submission or answer shows up without a reload.
    let changes = move || (live.version(Topic::Progress), live.version(Topic::Queue));
    let replies = Replies::new();
    let programme = Resource::new(
        move || {
            let acted = (
                decide.version().get(),
                award.version().get(),
                undo.version().get(),
                replies.action.version().get(),
            );
            (student(), framework(), acted, changes())
        },
        |(student, framework, ..)| student_programme(student, framework),
    );
    let evidence =
        Resource::new(move || (student(), decide.version().get()), |(student, _)| student_evidence(student));
    // "Next submission" follows the queue as this and other assessors decide.
    let queue = Resource::new(
        move || (decide.version().get(), undo.version().get(), live.version(Topic::Queue)),
        |_| assessment_queue(),
    );
    let session = expect_context::<Session>();
    // The choice lives here, above the re-rendered review, so a refused decision keeps its text;
    // one refused without JavaScript comes back as it was sent.
    let typed = Typed::into::<RecordDecision>();
    let selected =
        RwSignal::new(typed.values("input[skill_ids]").into_iter().map(SkillId::new).collect::<Vec<_>>());
    let draft = DecisionDraft::new(&typed);
    Effect::new(move |_| {
        if let Some(Ok(_)) = decide.value().get() {
            selected.set(Vec::new());
            draft.verdict.set(Verdict::Achieved);
            draft.comment.set(String::new());
        }
    });
    let failure = move || {
        first_refusal([
            decide.value().get().and_then(|result| result.err()),
            award.value().get().and_then(Result::err),
            undo.value().get().and_then(Result::err),
            replies.action.value().get().and_then(Result::err),
        ])
    };
    view! {
        // At the top: a plain form's refusal comes back with the page scrolled to its start.
        {failure}
        <Transition fallback=loading>
            {move || {
                // Read tracked, so moving between two units shows the new one.
                let slug = params.read().get("unit").unwrap_or_default();
                Suspend::new(async move {
                let user = session.user.await.ok().flatten();
                let (role, me) = (user.as_ref().map(|user| user.role), user.map(|user| user.id));
                match (programme.await, evidence.await) {
                    (Ok(programme), Ok(evidence)) => {
                        let can_decide = role.is_some_and(|role| may(role, Action::DecideSkills));
                        view! { <Review programme evidence slug decide award undo queue can_decide role me selected draft replies/> }.into_any()
                    }
                    (Err(error), _) | (_, Err(error)) => failed(error),
                }
                })
            }}
        </Transition>
        {move || matches!(undo.value().get(), Some(Ok(()))).then(|| view! { <Done text=t!("assessment-undone")/> })}
    }
}

#[component]
fn Review(
    programme: ProgrammeView,
    evidence: Vec<EvidenceView>,
    slug: String,
    decide: ServerAction<RecordDecision>,
    award: ServerAction<AwardUnit>,
    undo: ServerAction<UndoDecision>,
    queue: Resource<Result<Vec<QueueEntry>, AppError>>,
    can_decide: bool,
    role: Option<Role>,
    me: Option<AccountId>,
    selected: RwSignal<Vec<SkillId>>,
    draft: DecisionDraft,
    replies: Replies,
) -> impl IntoView {
    let ProgrammeView { student, framework, progress, awards, conversations, read_at, .. } = programme;
    let Some(position) = framework.units.iter().position(|unit| unit.code.slug() == slug) else {
        return view! { <p class="error">{t!("assessment-review-no-such-unit")}</p> }.into_any();
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
                {t!("assessment-review-awarded", assessor = award.awarded_by.as_str(), date = date(&award.awarded_on))}
            </p>
        }
    });
    let attention = unit_progress.needs_attention.then(|| {
        view! { <p class="error" role="alert">{t!("assessment-review-attention")}</p> }
    });
    let award_button =
        role.is_some_and(|role| offers_award(role, &framework, &unit_progress)).then(|| {
            view! {
                <ActionForm action=award attr:class="award">
                    {hidden_fields(&AwardUnit { student_id, framework: framework_code, unit_code: unit_code.clone() })}
                    <button type="submit">{t!("assessment-review-award")}</button>
                </ActionForm>
            }
        });
    let unit_awarded = unit_progress.awarded;
    let offers_undo = move |decision: &domain::Decision, decisions: &[domain::Decision]| {
        can_decide && me.is_some_and(|me| offers_undo(decision, decisions, unit_awarded, me, read_at))
    };
    let places: HashMap<SkillId, usize> =
        unit.skills().enumerate().map(|(place, skill)| (skill.id.clone(), place)).collect();
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
                    view! { <ReviewSkill skill=skill.clone() place=places.get(&skill.id).copied().unwrap_or_default() text items selected can_decide student=student_id decide offers_undo undo/> }
                })
                .collect_view();
            let choose_all = can_decide.then(|| {
                let open = undecided(&progress.skills);
                let label = t!("assessment-select-competency", nr = competency.nr.clone());
                view! { <SelectAll skills=open selected label/> }
            });
            view! {
                <section class="card competency-progress" data-competency=competency.nr.clone()>
                    <h2><span class="nr">{competency.nr.clone()}</span> " " {competency.title.clone()}</h2>
                    {choose_all}
                    <ul class="skill-rows">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    let choose_unit = can_decide.then(|| {
        let open = undecided(unit_progress.competencies.iter().flat_map(|competency| &competency.skills));
        let label = t!("assessment-select-unit", unit = unit.code.to_string());
        view! { <SelectAll skills=open selected label/> }
    });
    let panel = can_decide.then(|| {
        // Every current item of the unit's skills: the server cites, per skill, those linked to it.
        let evidence: Vec<EvidenceId> = unit_progress
            .competencies
            .iter()
            .flat_map(|competency| &competency.skills)
            .flat_map(|skill| skill.evidence.iter().copied())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        view! { <DecisionPanel decide student=student_id evidence selected draft/> }
    });
    let threads = threads_of(&unit, &unit_progress);
    let replies = role.is_some_and(|role| may(role, Action::ReplyOnFeedback)).then_some(replies);
    let citable = Citable {
        titles: evidence.iter().map(|(id, item)| (*id, item.title.clone())).collect(),
        ..Citable::default()
    };
    view! {
        <PageTitle text=format!("{} · {}", student.name, unit.code)/>
        <p class="crumbs">
            <a href=urls::queue()>{t!("assessment-queue-heading")}</a>
            " › "
            <a href=urls::student(student.id)>{student.name.clone()}</a>
            {can_decide.then(|| {
                let current = Reviewing { student: student.id, framework: framework.code.to_string(), slug: slug.clone() };
                view! { " · " <NextSubmission queue current/> }
            })}
        </p>
        <h1>{t!("common-labelled", label = student.name.clone(), value = format!("{} {}", unit.code, unit.title))}</h1>
        <p class="unit-summary">
            <ProgressBar done=unit_progress.achieved total=unit_progress.total label=t!("assessment-unit-achieved", unit = unit.code.to_string())/>
            " "
            <UnitStatusBadge status=unit_progress.status/>
            " "
            {award_button}
        </p>
        {awarded}
        {attention}
        // The panel sits beside the skills (wide screens) or after them (phones), never over them.
        <div class="review-layout" class:deciding=can_decide>
            <div class="review-skills">{choose_unit} {competencies}</div>
            {panel}
        </div>
        <Conversations student=student_id skills=threads messages=conversations replies citable/>
    }
    .into_any()
}

/// The skills an assessor may still sign off: those not achieved yet.
fn undecided<'a>(skills: impl IntoIterator<Item = &'a SkillProgress>) -> Vec<SkillId> {
    skills
        .into_iter()
        .filter(|skill| skill.status != SkillStatus::Achieved)
        .map(|skill| skill.id.clone())
        .collect()
}

/// One button that adds every skill of a competency or of the unit to the selection, or takes
/// them all out again when all are in: a whole module in two clicks instead of one per skill.
#[component]
fn SelectAll(skills: Vec<SkillId>, selected: RwSignal<Vec<SkillId>>, label: String) -> impl IntoView {
    let skills = StoredValue::new(skills);
    let all_in = move || {
        skills.with_value(|skills| selected.with(|chosen| skills.iter().all(|skill| chosen.contains(skill))))
    };
    let toggle = move |_| {
        let everything = all_in();
        skills.with_value(|skills| {
            selected.update(|chosen| {
                chosen.retain(|skill| !skills.contains(skill));
                if !everything {
                    chosen.extend(skills.iter().cloned());
                }
            })
        });
    };
    let empty = skills.with_value(Vec::is_empty);
    view! {
        <button type="button" class="link select-all needs-script" aria-pressed=move || all_in().to_string() disabled=empty on:click=toggle>
            {label}
        </button>
    }
}
