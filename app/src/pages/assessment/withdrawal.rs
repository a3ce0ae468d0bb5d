//! The withdrawal section of `/cursisten/:id`, for coordinators and administrators: an awarded
//! unit withdrawn with its reason, which revokes its Open Badges. Final, so it asks first.

use domain::StudentId;
use leptos::prelude::*;

use crate::api::assessment::{student_programmes, WithdrawAward};
use crate::components::announcer::Done;
use crate::components::forms::Typed;
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::ProgrammeView;
use crate::t;

/// The form, listing the student's awarded units.
#[component]
pub(super) fn AwardWithdrawal(student: StudentId) -> impl IntoView {
    let withdraw = ServerAction::<WithdrawAward>::new();
    let programmes = Resource::new(move || withdraw.version().get(), move |_| student_programmes(student));
    let outcome = move || match withdraw.value().get() {
        Some(Ok(())) => Some(view! { <Done text=t!("assessment-withdrawal-done")/> }.into_any()),
        refused => first_refusal([refused.and_then(Result::err)]).map(|refusal| refusal.into_any()),
    };
    view! {
        <section class="card stack" data-testid="award-withdrawal">
            <h2>{t!("assessment-withdrawal-heading")}</h2>
            <p class="muted">{t!("assessment-withdrawal-explanation")}</p>
            {outcome}
            {loaded(programmes, move |programmes| view! { <Form programmes student withdraw/> }.into_any())}
        </section>
    }
}

#[component]
fn Form(
    programmes: Vec<ProgrammeView>,
    student: StudentId,
    withdraw: ServerAction<WithdrawAward>,
) -> impl IntoView {
    // Refused without JavaScript: the reason as it was typed, in the programme's form.
    let typed = Typed::into::<WithdrawAward>();
    let forms = programmes
        .into_iter()
        .filter(|programme| !programme.awards.is_empty())
        .map(|programme| {
            let code = programme.framework.code.to_string();
            let refused_here = typed.value("framework").as_ref() == Some(&code);
            let reason = if refused_here { typed.or("reason", "") } else { String::new() };
            let unit = typed.value("unit_code").filter(|_| refused_here);
            let options = programme
                .awards
                .iter()
                .map(|award| {
                    let code = award.unit_code.to_string();
                    let chosen = unit.as_ref() == Some(&code);
                    let text = code.clone();
                    view! { <option value=code selected=chosen>{text}</option> }
                })
                .collect_view();
            view! {
                <ActionForm action=withdraw attr:class="stack">
                    <input type="hidden" name="student_id" value=student.to_string()/>
                    <input type="hidden" name="framework" value=code/>
                    <label>{t!("assessment-withdrawal-unit", framework = programme.framework.title.as_str())} <select name="unit_code">{options}</select></label>
                    <label>{t!("assessment-withdrawal-reason")} <input type="text" name="reason" required value=reason/></label>
                    <label class="inline">
                        <input type="checkbox" required/>
                        {t!("assessment-withdrawal-confirm")}
                    </label>
                    <button type="submit" class="danger">{t!("assessment-withdrawal-withdraw")}</button>
                </ActionForm>
            }
        })
        .collect_view();
    view! { {forms} }
}
