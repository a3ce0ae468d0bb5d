//! `/beheer/personeel`: administrators list the staff, invite a new member, change a role,
//! deactivate and reactivate. Nobody sees a password: a new member chooses one with the link of
//! their invitation.

use domain::management::StaffRole;
use domain::policy::{may, Action};
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::staff::{list_staff, ChangeStaffRole, CreateStaff, SetStaffActive};
use crate::components::announcer::Done;
use crate::components::forms::Typed;
use crate::components::loaded::{first_refusal, loaded};
use crate::dto::ManagedAccountView;
use crate::i18n::labels::Label;
use crate::session::Session;
use crate::t;

/// `/beheer/personeel`: the staff and the form to invite one.
#[component]
pub fn StaffPage() -> impl IntoView {
    let create = ServerAction::<CreateStaff>::new();
    let role = ServerAction::<ChangeStaffRole>::new();
    let active = ServerAction::<SetStaffActive>::new();
    let staff = Resource::new(
        move || (create.version().get(), role.version().get(), active.version().get()),
        |_| list_staff(),
    );
    let failure = move || {
        first_refusal([role.value().get().and_then(Result::err), active.value().get().and_then(Result::err)])
    };
    let heading = t!("admin-staff-heading");
    let title = t!("common-page-title", page = heading.as_str());
    // The invitation form is for those who manage staff; others see the refusal alone.
    let session = expect_context::<Session>();
    let manages_staff = move || {
        session
            .user
            .get()
            .and_then(Result::ok)
            .flatten()
            .is_some_and(|user| may(user.role, Action::ManageStaff))
    };
    view! {
        <Title text=title/>
        <h1>{heading}</h1>
        <section class="card" data-testid="staff">
            {failure}
            {loaded(staff, move |staff| view! { <StaffTable staff role active/> }.into_any())}
        </section>
        <Transition fallback=|| ()>{move || manages_staff().then(|| view! { <NewStaffForm create/> })}</Transition>
    }
}

#[component]
fn StaffTable(
    staff: Vec<ManagedAccountView>,
    role: ServerAction<ChangeStaffRole>,
    active: ServerAction<SetStaffActive>,
) -> impl IntoView {
    let rows = staff
        .into_iter()
        .map(|member| {
            let id = member.id;
            let email = member.email.clone();
            let current = member.role;
            let options = StaffRole::ALL
                .into_iter()
                .map(|staff_role| {
                    let value = staff_role.role().as_str();
                    view! { <option value=value selected=staff_role.role() == current>{staff_role.role().label()}</option> }
                })
                .collect_view();
            let (toggle_label, toggle_to) = if member.active {
                (t!("admin-staff-deactivate"), "false")
            } else {
                (t!("admin-staff-activate"), "true")
            };
            view! {
                <tr data-email=email>
                    <td>{member.name}</td>
                    <td>{member.email}</td>
                    <td>
                        <ActionForm action=role attr:class="inline">
                            <input type="hidden" name="id" value=id.to_string()/>
                            <select name="role" aria-label=t!("admin-staff-role")>{options}</select>
                            <button type="submit" class="secondary">{t!("admin-staff-change-role")}</button>
                        </ActionForm>
                    </td>
                    <td>{standing(member.active, member.has_password)}</td>
                    <td>
                        <ActionForm action=active>
                            <input type="hidden" name="id" value=id.to_string()/>
                            <input type="hidden" name="active" value=toggle_to/>
                            <button type="submit" class="link">{toggle_label}</button>
                        </ActionForm>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table">
            <thead>
                <tr>
                    <th scope="col">{t!("admin-staff-name")}</th>
                    <th scope="col">{t!("admin-staff-email")}</th>
                    <th scope="col">{t!("admin-staff-role")}</th>
                    <th scope="col">{t!("admin-staff-status")}</th>
                    <th scope="col"><span class="visually-hidden">{t!("admin-staff-actions")}</span></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Where an account stands, as its status column says it.
fn standing(active: bool, has_password: bool) -> String {
    match (active, has_password) {
        (false, _) => t!("admin-staff-standing-deactivated"),
        (true, false) => t!("admin-staff-standing-invited"),
        (true, true) => t!("admin-staff-standing-active"),
    }
}

#[component]
fn NewStaffForm(create: ServerAction<CreateStaff>) -> impl IntoView {
    // Refused without JavaScript: the fields as they were typed.
    let typed = Typed::into::<CreateStaff>();
    let role_typed = typed.value("role");
    let options = StaffRole::ALL
        .into_iter()
        .map(|role| {
            let value = role.role().as_str();
            let chosen = role_typed.as_deref() == Some(value);
            view! { <option value=value selected=chosen>{role.role().label()}</option> }
        })
        .collect_view();
    let outcome = move || {
        create.value().get().map(|result| match result {
            Ok(member) => view! {
                <Done text=t!("admin-staff-invited", name = member.name, email = member.email)/>
            }
            .into_any(),
            Err(error) => view! { <p class="error" role="alert">{error.to_string()}</p> }.into_any(),
        })
    };
    view! {
        <section class="card narrow">
            <h2>{t!("admin-staff-invite-heading")}</h2>
            <ActionForm action=create attr:class="stack">
                <label>{t!("admin-staff-name")} <input type="text" name="name" autocomplete="off" required value=typed.or("name", "")/></label>
                <label>{t!("admin-staff-email")} <input type="email" name="email" autocomplete="off" required value=typed.or("email", "")/></label>
                <label>{t!("admin-staff-role")} <select name="role">{options}</select></label>
                <button type="submit" disabled=move || create.pending().get()>{t!("admin-staff-invite")}</button>
            </ActionForm>
            <p class="muted">{t!("admin-staff-invite-note")}</p>
            {outcome}
        </section>
    }
}
