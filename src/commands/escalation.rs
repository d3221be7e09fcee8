//! `avtal escalation`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal escalation`.
#[derive(Debug, Args)]
pub struct EscalationArgs {}

/// Runs `avtal escalation`.
pub fn run(_context: &Context, _args: &EscalationArgs) -> Result<Status, Error> {
    Err(super::not_yet("escalation"))
}
