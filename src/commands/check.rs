//! `avtal check`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal check`.
#[derive(Debug, Args)]
pub struct CheckArgs {}

/// Runs `avtal check`.
pub fn run(_context: &Context, _args: &CheckArgs) -> Result<Status, Error> {
    Err(super::not_yet("check"))
}
