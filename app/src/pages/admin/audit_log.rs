//! `/beheer/logboek`: the changes to accounts, newest first, a page at a time (`?voor=ID` shows
//! those older than entry ID).

use domain::Role;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde_json::Value;

use crate::api::staff::audit_log;
use crate::components::loaded::loaded;
use crate::components::scroll_box::ScrollBox;
use crate::dto::AuditEntry;
use crate::i18n::labels::Label;
use crate::{t, urls};

/// How many entries a page of the log shows (the server's default page).
const PAGE: usize = 50;

/// `/beheer/logboek`: who changed which account, when, and what.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let query = use_query_map();
    let before = move || query.read().get("voor").and_then(|id| id.parse::<i64>().ok());
    let entries = Resource::new(before, audit_log);
    let heading = t!("admin-audit-log-heading");
    let title = t!("common-page-title", page = heading.as_str());
    view! {
        <Title text=title/>
        <h1>{heading}</h1>
        <p class="muted">{t!("admin-audit-log-intro")}</p>
        <section class="card" data-testid="audit-log">
            {loaded(entries, |entries| view! { <AuditTable entries/> }.into_any())}
        </section>
    }
}

#[component]
fn AuditTable(entries: Vec<AuditEntry>) -> impl IntoView {
    let older =
        (entries.len() == PAGE).then(|| entries.last().map(|last| urls::audit_log_before(last.id))).flatten();
    let rows = entries
        .into_iter()
        .map(|entry| {
            view! {
                <tr data-audit-id=entry.id>
                    <td>{entry.shown_at}</td>
                    <td>{entry.actor.map_or_else(|| t!("admin-audit-log-actor-self"), |actor| actor.name)}</td>
                    <td>{entry.account.name}</td>
                    <td>{action_nl(&entry.action)}</td>
                    <td>{describe(&entry.detail)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollBox label=t!("admin-audit-log-heading")>
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{t!("admin-audit-log-when")}</th>
                        <th scope="col">{t!("admin-audit-log-by")}</th>
                        <th scope="col">{t!("admin-audit-log-account")}</th>
                        <th scope="col">{t!("admin-audit-log-what")}</th>
                        <th scope="col">{t!("admin-audit-log-details")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </ScrollBox>
        {older.map(|href| view! { <p><a href=href>{t!("admin-audit-log-older")}</a></p> })}
    }
}

/// What happened, as people say it in the reader's language.
fn action_nl(action: &str) -> String {
    match action {
        "staff_created" => t!("admin-audit-action-staff-created"),
        "role_changed" => t!("admin-audit-action-role-changed"),
        "deactivated" => t!("admin-audit-action-deactivated"),
        "reactivated" => t!("admin-audit-action-reactivated"),
        "details_changed" => t!("admin-audit-action-details-changed"),
        "invitation" => t!("admin-audit-action-invitation"),
        "password_reset" => t!("admin-audit-action-password-reset"),
        "password_chosen_with_link" => t!("admin-audit-action-password-chosen-with-link"),
        "password_changed" => t!("admin-audit-action-password-changed"),
        "signed_out_everywhere" => t!("admin-audit-action-signed-out-everywhere"),
        other => other.to_owned(),
    }
}

/// The detail of a change, one `field: old → new` (or `field: value`) after the other.
fn describe(detail: &Value) -> String {
    let Some(fields) = detail.as_object() else {
        return String::new();
    };
    fields
        .iter()
        .map(|(field, value)| match (value.get("old"), value.get("new")) {
            (Some(old), Some(new)) => {
                t!("admin-audit-change", field = field_nl(field), old = shown(old), new = shown(new))
            }
            _ => t!("admin-audit-value", field = field_nl(field), value = shown(value)),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn field_nl(field: &str) -> String {
    match field {
        "name" => t!("admin-audit-field-name"),
        "email" => t!("admin-audit-field-email"),
        "role" => t!("admin-audit-field-role"),
        "student_number" => t!("admin-audit-field-student-number"),
        "sessions_ended" => t!("admin-audit-field-sessions-ended"),
        other => other.to_owned(),
    }
}

/// A value as people read it: a role by its name, nothing as a dash.
fn shown(value: &Value) -> String {
    match value {
        Value::Null => "–".to_owned(),
        Value::String(text) => {
            text.parse::<Role>().map_or_else(|_| text.clone(), |role| role.label().to_owned())
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_change_shows_each_field_with_its_old_and_new_value() {
        let detail = json!({ "name": { "old": "An Peeters", "new": "Ann Peeters" }, "student_number": { "old": null, "new": "S-1" } });
        assert_eq!(describe(&detail), "naam: An Peeters → Ann Peeters; studentnummer: – → S-1");
    }

    #[test]
    fn roles_are_shown_by_their_name() {
        let detail = json!({ "role": { "old": "assessor", "new": "coordinator" } });
        assert_eq!(describe(&detail), "rol: Beoordelaar → Coördinator");
        assert_eq!(describe(&json!({ "sessions_ended": 2 })), "beëindigde sessies: 2");
    }
}
