//! `avtal plan`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {}

/// Runs `avtal plan`.
pub fn run(_context: &Context, _args: &PlanArgs) -> Result<Status, Error> {
    Err(super::not_yet("plan"))
}
