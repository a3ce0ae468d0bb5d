//! "Next submission" on the review page: the assessor goes through the queue from one student's
//! unit to the next without going back to it.

use domain::AccountId;
use leptos::prelude::*;

use crate::dto::QueueEntry;
use crate::error::AppError;
use crate::t;
use crate::urls;

/// The review this page shows: whose unit, in which framework (`slug`: the unit's code as in
/// the address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reviewing {
    pub student: AccountId,
    pub framework: String,
    pub slug: String,
}

impl Reviewing {
    fn is(&self, entry: &QueueEntry) -> bool {
        entry.student.id == self.student
            && entry.framework_code.as_str() == self.framework
            && entry.unit_code.slug() == self.slug
    }
}

/// The queue entry to review after `current`: of the queue's units (oldest submission first),
/// the first after the current one's place, or else the first other one; `None` when nothing
/// else waits.
fn next_after<'a>(queue: &'a [QueueEntry], current: &Reviewing) -> Option<&'a QueueEntry> {
    let place = queue.iter().position(|entry| current.is(entry));
    let after = place.map_or(&queue[..0], |place| &queue[place..]);
    after.iter().chain(queue).find(|entry| !current.is(entry))
}

/// A link to the next unit waiting in the queue (`queue`, which follows the decisions), or a
/// note that nothing else waits.
#[component]
pub(super) fn NextSubmission(
    queue: Resource<Result<Vec<QueueEntry>, AppError>>,
    current: Reviewing,
) -> impl IntoView {
    view! {
        <Transition fallback=|| ()>
            {move || {
                // Owned by the closure, not by this component: the suspense may finish after a
                // new review replaced it.
                let current = current.clone();
                Suspend::new(async move {
                let queue = queue.await.unwrap_or_default();
                match next_after(&queue, &current).cloned() {
                    Some(entry) => {
                        let href = urls::review(entry.student.id, &entry.framework_code, &entry.unit_code);
                        let label = t!("assessment-next-submission", student = entry.student.name.as_str(), unit = entry.unit_code.to_string());
                        view! { <a class="next-review" href=href data-testid="next-submission">{label} " →"</a> }.into_any()
                    }
                    None => view! { <span class="muted" data-testid="next-submission">{t!("assessment-queue-done")}</span> }.into_any(),
                }
                })
            }}
        </Transition>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::dto::PersonView;
    use domain::{CohortId, FrameworkCode, SkillId, UnitCode};

    fn entry(student: i64, unit: &str) -> QueueEntry {
        QueueEntry {
            student: PersonView { id: AccountId::new(student), name: format!("cursist {student}") },
            cohort_id: CohortId::new(1),
            cohort_name: "Avond".into(),
            framework_code: FrameworkCode::new("BO-IT-002"),
            unit_code: UnitCode::new(unit),
            skill_id: SkillId::new("s"),
            skill_text: String::new(),
            submitted_at: "2026-12-07T10:00:00Z".parse().unwrap(),
            submitted_on: "2026-12-07".into(),
        }
    }

    fn reviewing(student: i64, slug: &str) -> Reviewing {
        Reviewing { student: AccountId::new(student), framework: "BO-IT-002".into(), slug: slug.into() }
    }

    #[test]
    fn the_next_unit_is_the_one_after_this_one_in_the_queue() {
        let queue = [entry(1, "M IT 020"), entry(2, "M IT 020"), entry(2, "M IT 020"), entry(3, "M IT 021")];
        let next =
            |student, slug| next_after(&queue, &reviewing(student, slug)).map(|entry| entry.student.id.get());
        assert_eq!(next(2, "M-IT-020"), Some(3), "past this unit's own skills");
        assert_eq!(next(3, "M-IT-021"), Some(1), "from the last, round to the first");
        assert_eq!(next(9, "M-IT-020"), Some(1), "a unit no longer waiting starts at the top");
        assert_eq!(next(1, "M-IT-020"), Some(2));
        assert_eq!(next_after(&queue[..1], &reviewing(1, "M-IT-020")), None, "nothing else waits");
    }
}
