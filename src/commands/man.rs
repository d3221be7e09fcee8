//! `avtal man`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal man`.
#[derive(Debug, Args)]
pub struct ManArgs {}

/// Runs `avtal man`.
pub fn run(_context: &Context, _args: &ManArgs) -> Result<Status, Error> {
    Err(super::not_yet("man"))
}
