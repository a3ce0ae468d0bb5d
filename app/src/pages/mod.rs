//! The pages, one module each, and the layout around them.

pub mod catalog;
pub mod home;
pub mod layout;
pub mod login;
pub mod not_found;
