//! The pages, one module each, and the layout around them.

pub mod assessment;
pub mod catalog;
pub mod cohort;
pub mod evidence;
pub mod home;
pub mod layout;
pub mod login;
pub mod not_found;
pub mod portfolio;
