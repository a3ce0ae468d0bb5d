//! Who is signed in, as every page sees it: the context [`App`](crate::App) provides.

use leptos::prelude::*;

use crate::api::session::{Login, Logout};
use crate::dto::UserView;
use crate::error::AppError;

/// Who is signed in, and the actions that change it; provided to every page.
#[derive(Clone, Copy)]
pub struct Session {
    /// The signed-in account, or none; fetched again after every sign-in and sign-out.
    pub user: Resource<Result<Option<UserView>, AppError>>,
    /// Signing in (the login form's action).
    pub login: ServerAction<Login>,
    /// Signing out (the header's button).
    pub logout: ServerAction<Logout>,
}
