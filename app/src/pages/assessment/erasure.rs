//! The erasure section of `/cursisten/:id`, for administrators: a former student's personal data
//! removed on request (GDPR), with what stays and a confirmation before it happens.

use domain::StudentId;
use leptos::prelude::*;

use crate::api::student_accounts::EraseStudent;
use crate::components::announcer::Done;
use crate::components::loaded::first_refusal;
use crate::t;

/// The form that erases the student, once confirmed.
#[component]
pub(super) fn Erasure(student: StudentId) -> impl IntoView {
    let erase = ServerAction::<EraseStudent>::new();
    let outcome = move || match erase.value().get() {
        Some(Ok(pseudonym)) => {
            Some(view! { <Done text=t!("assessment-erasure-done", pseudonym = pseudonym)/> }.into_any())
        }
        refused => first_refusal([refused.and_then(Result::err)]).map(|refusal| refusal.into_any()),
    };
    view! {
        <section class="card stack" data-testid="student-erasure">
            <h2>{t!("assessment-erasure-heading")}</h2>
            <p class="muted">{t!("assessment-erasure-explanation")}</p>
            {outcome}
            <ActionForm action=erase attr:class="stack">
                <input type="hidden" name="id" value=student.to_string()/>
                <label class="inline">
                    <input type="checkbox" required/>
                    {t!("assessment-erasure-confirm")}
                </label>
                <button type="submit" class="danger">{t!("assessment-erasure-erase")}</button>
            </ActionForm>
        </section>
    }
}
