//! The `vaardig` binary's library: command line, configuration, and the HTTP server assembly
//! (pages, server functions and the JSON API). Integration tests build the app through it.

pub mod api;
mod assets;
pub mod cli;
pub mod config;
mod plain_forms;
pub mod security;
pub mod startup;
pub mod telemetry;
pub mod worker;
