//! `avtal` — follow-up of public-sector contracts (the interface: `docs/reference.md`; the
//! "SPEC §N" in comments are its sections).
//!
//! A functional core with a thin shell: [`model`] holds plain data, [`load`] turns a register
//! folder into a validated [`model::Register`] (reporting every error at once), [`rules`] are
//! pure functions of the register and `today`, [`render`] turns results into tables and files,
//! and [`commands`] holds one module per subcommand. [`store`] is the only writer of the
//! register's own files.

pub mod cli;
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
pub mod load;
pub mod messages;
pub mod model;
pub mod money;
pub mod render;
pub mod rules;
pub mod spend;
pub mod store;

pub use error::{Error, Status};
