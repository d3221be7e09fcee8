//! `avtal show`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal show`.
#[derive(Debug, Args)]
pub struct ShowArgs {}

/// Runs `avtal show`.
pub fn run(_context: &Context, _args: &ShowArgs) -> Result<Status, Error> {
    Err(super::not_yet("show"))
}
