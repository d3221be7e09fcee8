//! `avtal new`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal new`.
#[derive(Debug, Args)]
pub struct NewArgs {}

/// Runs `avtal new`.
pub fn run(_context: &Context, _args: &NewArgs) -> Result<Status, Error> {
    Err(super::not_yet("new"))
}
