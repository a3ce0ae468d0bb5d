//! The pages, one module (or folder, past ~300 lines) per area, and the layout around them. A page
//! imports components, server functions, dto, `urls` and `session`, never another page: what two
//! pages show alike lives in `crate::components`.

pub mod account;
pub mod admin;
pub mod assessment;
pub mod catalog;
pub mod cohort;
pub mod evidence;
pub mod home;
pub mod layout;
pub mod login;
pub mod not_found;
pub mod notifications;
pub mod password;
pub mod portfolio;
pub mod verify;
