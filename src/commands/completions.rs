//! `avtal completions`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {}

/// Runs `avtal completions`.
pub fn run(_context: &Context, _args: &CompletionsArgs) -> Result<Status, Error> {
    Err(super::not_yet("completions"))
}
