//! `avtal list`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal list`.
#[derive(Debug, Args)]
pub struct ListArgs {}

/// Runs `avtal list`.
pub fn run(_context: &Context, _args: &ListArgs) -> Result<Status, Error> {
    Err(super::not_yet("list"))
}
