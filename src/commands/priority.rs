//! `avtal priority`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal priority`.
#[derive(Debug, Args)]
pub struct PriorityArgs {}

/// Runs `avtal priority`.
pub fn run(_context: &Context, _args: &PriorityArgs) -> Result<Status, Error> {
    Err(super::not_yet("priority"))
}
