//! The erasure section of `/cursisten/:id`, for administrators: a former student's personal data
//! removed on request (GDPR), with what stays and a confirmation before it happens.

use domain::StudentId;
use leptos::prelude::*;

use crate::api::student_accounts::EraseStudent;
use crate::components::loaded::first_refusal;

/// The form that erases the student, once confirmed.
#[component]
pub(super) fn Erasure(student: StudentId) -> impl IntoView {
    let erase = ServerAction::<EraseStudent>::new();
    let outcome = move || {
        match erase.value().get() {
        Some(Ok(pseudonym)) => Some(
            view! { <p role="status">{format!("De gegevens zijn gewist. De beslissingen en deelcertificaten staan nu op naam van {pseudonym}.")}</p> }
                .into_any(),
        ),
        refused => first_refusal([refused.and_then(Result::err)]).map(|refusal| refusal.into_any()),
    }
    };
    view! {
        <section class="card stack" data-testid="student-erasure">
            <h2>"Gegevens wissen (AVG)"</h2>
            <p class="muted">
                "Op vraag van een gewezen cursist wis je naam, e-mailadres, studentnummer, bewijsbestanden, \
                reflecties en berichten. De beslissingen en deelcertificaten blijven bewaard onder een pseudoniem; \
                het logboek houdt bij wie wiste en wanneer. Dit kan niet ongedaan gemaakt worden, en niet zolang \
                de cursist een lopende groep volgt."
            </p>
            {outcome}
            <ActionForm action=erase attr:class="stack">
                <input type="hidden" name="id" value=student.to_string()/>
                <label class="inline">
                    <input type="checkbox" required/>
                    "Ik bevestig dat deze cursist vroeg om het wissen van de gegevens."
                </label>
                <button type="submit" class="danger">"Gegevens wissen"</button>
            </ActionForm>
        </section>
    }
}
