//! The account section of `/cursisten/:id`, for coordinators: the student's name, e-mail address
//! and number, deactivating and reactivating, and sending the invitation again while the student
//! has not chosen a password.

use domain::AccountId;
use leptos::prelude::*;

use crate::api::student_accounts::{student_account, EditStudent, ReinviteStudent, SetStudentActive};
use crate::components::announcer::Done;
use crate::components::forms::Typed;
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::ManagedAccountView;
use crate::t;

/// The student's account, with the forms that change it.
#[component]
pub(super) fn StudentAccount(student: AccountId) -> impl IntoView {
    let edit = ServerAction::<EditStudent>::new();
    let active = ServerAction::<SetStudentActive>::new();
    let reinvite = ServerAction::<ReinviteStudent>::new();
    let account = Resource::new(
        move || (edit.version().get(), active.version().get(), reinvite.version().get()),
        move |_| student_account(student),
    );
    let failure = move || {
        first_refusal([
            edit.value().get().and_then(Result::err),
            active.value().get().and_then(Result::err),
            reinvite.value().get().and_then(Result::err),
        ])
    };
    let done = move || {
        let saved =
            edit.value().get().is_some_and(|result| result.is_ok()).then(|| t!("assessment-account-saved"));
        let invited = reinvite
            .value()
            .get()
            .is_some_and(|result| result.is_ok())
            .then(|| t!("assessment-account-invited"));
        invited.or(saved).map(|text| view! { <Done text/> })
    };
    view! {
        <section class="card stack" data-testid="student-account">
            <h2>{t!("assessment-account-heading")}</h2>
            {failure}
            {done}
            {loaded(account, move |account| view! { <AccountForms account edit active reinvite/> }.into_any())}
        </section>
    }
}

#[component]
fn AccountForms(
    account: ManagedAccountView,
    edit: ServerAction<EditStudent>,
    active: ServerAction<SetStudentActive>,
    reinvite: ServerAction<ReinviteStudent>,
) -> impl IntoView {
    let id = account.id;
    let standing = match (account.active, account.has_password) {
        (false, _) => t!("assessment-account-deactivated"),
        (true, false) => t!("assessment-account-invited-standing"),
        (true, true) => t!("assessment-account-active"),
    };
    let (toggle_label, toggle_to) = if account.active {
        (t!("assessment-account-deactivate"), "false")
    } else {
        (t!("assessment-account-reactivate"), "true")
    };
    let can_reinvite = account.active && !account.has_password;
    // Refused without JavaScript: the fields as they were typed, not as they are stored.
    let typed = Typed::into::<EditStudent>();
    view! {
        <p data-testid="account-standing">{standing}</p>
        <ActionForm action=edit attr:class="stack">
            <input type="hidden" name="id" value=id.to_string()/>
            <label>{t!("assessment-account-name")} <input type="text" name="name" value=typed.or("name", account.name) required/></label>
            <label>{t!("assessment-account-email")} <input type="email" name="email" value=typed.or("email", account.email) required/></label>
            <label>
                {t!("assessment-account-student-number")}
                <input type="text" name="student_number" value=typed.or("student_number", account.student_number.unwrap_or_default())/>
            </label>
            <button type="submit">{t!("assessment-account-save")}</button>
        </ActionForm>
        {can_reinvite.then(|| {
            view! {
                <ActionForm action=reinvite>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <button type="submit" class="secondary">{t!("assessment-account-reinvite")}</button>
                </ActionForm>
            }
        })}
        <ActionForm action=active>
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="active" value=toggle_to/>
            <button type="submit" class="secondary">{toggle_label}</button>
        </ActionForm>
    }
}
