//! The server side of the application (feature `ssr`): state, authentication, the use cases
//! (services) and the storage layer that holds every SQL statement.

pub mod auth;
pub mod blobs;
pub mod clock;
pub mod context;
pub mod live;
pub mod mail;
pub mod page_policy;
pub mod pdf;
pub mod services;
pub mod storage;
pub mod text_files;
pub mod thumbnails;
pub mod xlsx;

pub use clock::Clock;
pub use context::{AppState, Settings};
