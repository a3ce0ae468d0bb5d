//! Server functions: the thin adapters between pages and services. Each one is one call of
//! `server::context::as_signed_in` (or `as_visitor`), which authenticates the request,
//! hands the service the state, the account and "now", and sets the HTTP status from the outcome.

pub mod account;
pub mod assessment;
pub mod badges;
pub mod catalog;
pub mod cohorts;
pub mod deliberations;
pub mod home;
pub mod mailbox;
pub mod notifications;
pub mod portfolio;
pub mod record_chain;
pub mod session;
pub mod staff;
pub mod student_accounts;

use leptos::server_fn::codec::Post;
use leptos::server_fn::{ContentType, Decodes, Encodes, Format, FormatType};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// How every server function answers: JSON, as `server_fn`'s `Json`, but read in the browser from
/// text (`serde_json::from_str`). Leptos reads the resources a page hydrates from text too, so
/// each answer type's JSON reader is in the wasm bundle once, not twice (`Json` reads bytes).
pub type TextJson = Post<TextJsonEncoding>;

/// The encoding of [`TextJson`]: `application/json`, UTF-8.
pub struct TextJsonEncoding;

impl ContentType for TextJsonEncoding {
    const CONTENT_TYPE: &'static str = "application/json";
}

impl FormatType for TextJsonEncoding {
    const FORMAT_TYPE: Format = Format::Text;
}

impl<T: Serialize> Encodes<T> for TextJsonEncoding {
    type Error = serde_json::Error;

    fn encode(output: &T) -> Result<leptos::server_fn::Bytes, Self::Error> {
        serde_json::to_vec(output).map(Into::into)
    }
}

impl<T: DeserializeOwned> Decodes<T> for TextJsonEncoding {
    type Error = String;

    fn decode(bytes: leptos::server_fn::Bytes) -> Result<T, Self::Error> {
        let text = std::str::from_utf8(&bytes).map_err(|error| error.to_string())?;
        serde_json::from_str(text).map_err(|error| error.to_string())
    }
}
