//! The assessor's pages: the queue of submitted skills (`queue`), a student's overview
//! (`student`) with their coverage of related frameworks (`coverage`), their account
//! (`student_account`), award withdrawal (`withdrawal`) and erasure (`erasure`), and the review
//! of one unit (`review`, `skill`, `decision`, `next`) where skills are decided and the
//! deelcertificaat is awarded, or of one unit for a whole cohort (`grid`, `grid_keys`).

mod coverage;
mod decision;
mod erasure;
mod grid;
mod grid_keys;
mod next;
mod queue;
mod review;
mod skill;
mod student;
mod student_account;
mod withdrawal;

pub use grid::GridPage;
pub use queue::QueuePage;
pub use review::ReviewPage;
pub use student::StudentPage;
