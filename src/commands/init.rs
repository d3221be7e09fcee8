//! `avtal init`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal init`.
#[derive(Debug, Args)]
pub struct InitArgs {}

/// Runs `avtal init`.
pub fn run(_context: &Context, _args: &InitArgs) -> Result<Status, Error> {
    Err(super::not_yet("init"))
}
