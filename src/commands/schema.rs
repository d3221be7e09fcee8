//! `avtal schema`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::Args;

/// Arguments of `avtal schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {}

/// Runs `avtal schema`.
pub fn run(_context: &Context, _args: &SchemaArgs) -> Result<Status, Error> {
    Err(super::not_yet("schema"))
}
