//! `avtal` — follow-up of public-sector contracts (the interface: `docs/reference.md`; the
//! "SPEC §N" in comments are its sections).
//!
//! A functional core with a thin shell: [`model`] holds plain data, [`load`] turns a register
//! folder into a validated [`model::Register`] (reporting every error at once), [`rules`] are
//! pure functions of the register and `today`, [`render`] turns results into tables and files,
//! [`commands`] holds the command line and one module per subcommand, and [`context`] what every
//! command gets from the shell (global options, the register's place, the day, the language).
//!
//! The modules stand on floors, each using only the floors below it (model at the bottom, then
//! messages, load, import, rules, render, context, commands); `tests/layers.rs` lists them and
//! checks every `crate::` path against the list. [`store`] is the only writer of the register's
//! own files.

pub mod commands;
pub mod context;
pub mod dates;
pub mod diag;
pub mod error;
pub mod fsutil;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod import;
pub mod kpi_match;
pub mod limits;
pub mod load;
pub mod messages;
pub mod model;
pub mod money;
pub mod render;
pub mod rules;
pub mod sanitize;
pub mod spend;
pub mod store;

pub use error::{Error, Status};
