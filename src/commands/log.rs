//! `avtal log`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal log`.
#[derive(Debug, Args)]
pub struct LogArgs {}

/// Runs `avtal log`.
pub fn run(_context: &Context, _args: &LogArgs) -> Result<Status, Error> {
    Err(super::not_yet("log"))
}
