//! `avtal report`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal report`.
#[derive(Debug, Args)]
pub struct ReportArgs {}

/// Runs `avtal report`.
pub fn run(_context: &Context, _args: &ReportArgs) -> Result<Status, Error> {
    Err(super::not_yet("report"))
}
