//! Choosing skills: the picker for the skills an evidence item proves (unit → competency →
//! skill, with a search box), and the assessor review's checkbox for a skill.

use domain::{Framework, Skill, SkillId, Unit};
use leptos::prelude::*;

use crate::t;

/// Checkboxes for every skill of the student's frameworks; `selected` holds the choice. In a form
/// they are the fields `skill_ids[N]` (N: the skill's place in the picker), as a server function
/// and the upload endpoint read a list, so the choice is sent without JavaScript too.
#[component]
pub fn SkillPicker(frameworks: Vec<Framework>, selected: RwSignal<Vec<SkillId>>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let several = frameworks.len() > 1;
    let mut first = 0;
    let units = frameworks
        .into_iter()
        .map(|framework| {
            let heading = several.then(|| view! { <h3>{framework.title.clone()}</h3> });
            let units = framework
                .units
                .into_iter()
                .map(|unit| {
                    let place = first;
                    first += unit.skills().count();
                    view! { <UnitChoices unit first=place query selected/> }
                })
                .collect_view();
            view! { {heading} {units} }
        })
        .collect_view();
    view! {
        <fieldset class="skill-picker">
            <legend>
                {t!("evidence-picker-legend")}
                <span class="muted needs-script">{move || t!("evidence-picker-chosen", count = selected.with(Vec::len))}</span>
            </legend>
            // The search filters in the browser: without a script it would only send the form.
            <label class="needs-script">
                {t!("evidence-picker-search")}
                <input
                    type="search"
                    placeholder=t!("evidence-picker-search-example")
                    prop:value=query
                    on:input=move |event| query.set(event_target_value(&event))
                    // Enter filters; it does not send the form around the picker.
                    on:keydown=move |event: leptos::ev::KeyboardEvent| {
                        if event.key() == "Enter" {
                            event.prevent_default();
                        }
                    }
                />
            </label>
            {units}
        </fieldset>
    }
}

/// One unit's skills, folded; `first` is the place of its first skill in the picker.
#[component]
fn UnitChoices(
    unit: Unit,
    first: usize,
    query: RwSignal<String>,
    selected: RwSignal<Vec<SkillId>>,
) -> impl IntoView {
    let ids: Vec<SkillId> = unit.skills().map(|skill| skill.id.clone()).collect();
    let chosen = move || selected.with(|selected| ids.iter().filter(|id| selected.contains(id)).count());
    let unit_words = format!("{} {}", unit.code, unit.title).to_lowercase();
    let mut place = first;
    let competencies = unit
        .competencies
        .into_iter()
        .map(|competency| {
            let skills = competency
                .skills
                .into_iter()
                .map(|skill| {
                    place += 1;
                    let name = format!("skill_ids[{}]", place - 1);
                    view! { <SkillChoice skill name unit_words=unit_words.clone() query selected/> }
                })
                .collect_view();
            view! {
                <div class="competency-choices">
                    <p class="competency-name">{format!("{} {}", competency.nr, competency.title)}</p>
                    {skills}
                </div>
            }
        })
        .collect_view();
    view! {
        // An attribute, not a property: hydration leaves a unit opened before then open.
        <details class="unit-choices" open=move || (!query.get().trim().is_empty()).then_some("")>
            <summary>
                <strong>{unit.code.to_string()}</strong>
                " "
                {unit.title.clone()}
                " "
                <span class="muted">{move || t!("evidence-picker-chosen", count = chosen())}</span>
            </summary>
            {competencies}
        </details>
    }
}

#[component]
fn SkillChoice(
    skill: Skill,
    name: String,
    unit_words: String,
    query: RwSignal<String>,
    selected: RwSignal<Vec<SkillId>>,
) -> impl IntoView {
    let words = format!("{unit_words} {} {}", skill.id, skill.text).to_lowercase();
    let visible = move || {
        let query = query.get();
        let query = query.trim().to_lowercase();
        query.is_empty() || words.contains(&query)
    };
    // Not bound to `selected` (hydration would untick what was ticked before the page became
    // interactive): the field keeps its own state and tells `selected`, also of an early tick.
    let id = skill.id.clone();
    let initially = selected.with_untracked(|selected| selected.contains(&id));
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new({
        let id = id.clone();
        move |_| {
            if let Some(on) = field.get().map(|field| field.checked()).filter(|on| *on != initially) {
                choose(selected, &id, on);
            }
        }
    });
    view! {
        <label class="skill-choice" hidden=move || !visible()>
            <input
                type="checkbox"
                name=name
                value=id.to_string()
                checked=initially
                node_ref=field
                on:change=move |event| choose(selected, &id, event_target_checked(&event))
            />
            {skill.text}
        </label>
    }
}

/// Puts `id` in `selected` (`on`) or takes it out.
fn choose(selected: RwSignal<Vec<SkillId>>, id: &SkillId, on: bool) {
    selected.update(|selected| {
        selected.retain(|chosen| chosen != id);
        if on {
            selected.push(id.clone());
        }
    });
}

/// The review's checkbox for a skill: ticked while `selected` holds it (also in the server's HTML),
/// so "select all" ticks it; it puts the skill in `selected` when ticked and takes it out when
/// cleared. It names its field (`name`) and the `form` it belongs to (it stands outside it), so
/// the decision form sends it without JavaScript too.
#[component]
pub fn SkillCheckbox(
    id: SkillId,
    selected: RwSignal<Vec<SkillId>>,
    #[prop(into)] name: String,
    #[prop(into)] value: String,
    #[prop(into)] form: String,
) -> impl IntoView {
    let initially = selected.with_untracked(|selected| selected.contains(&id));
    let checked = {
        let id = id.clone();
        move || selected.with(|selected| selected.contains(&id))
    };
    view! {
        <input
            type="checkbox"
            name=name
            form=form
            value=value
            checked=initially
            prop:checked=checked
            on:change=move |event| choose(selected, &id, event_target_checked(&event))
        />
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn render(chosen: bool) -> String {
        let owner = Owner::new();
        owner.set();
        let id = SkillId::new("BO-TEST.M-1.1.1");
        let selected = RwSignal::new(if chosen { vec![id.clone()] } else { Vec::new() });
        view! { <SkillCheckbox id selected name="skill_ids[3]" value="BO-TEST.M-1.1.1" form="beslissing"/> }
            .to_html()
    }

    #[test]
    fn the_checkbox_is_a_named_field_ticked_in_the_servers_html_when_chosen() {
        let field = r#"<input type="checkbox" name="skill_ids[3]" form="beslissing" value="BO-TEST.M-1.1.1""#;
        assert_eq!(render(true), format!("{field} checked>"));
        assert_eq!(render(false), format!("{field}>"));
    }
}
