//! The student's programme, one unit at a time: `/opleiding/:framework/:unit` (`unit`) with its
//! summary and closed submissions, and each competency's skills (`competency`) with their status,
//! evidence, feedback and the buttons to submit or withdraw.

mod competency;
mod unit;

pub use unit::UnitPage;
