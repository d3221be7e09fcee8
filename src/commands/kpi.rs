//! `avtal kpi import` and `avtal kpi show`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::{Args, Subcommand};

/// KPI subcommands.
#[derive(Debug, Subcommand)]
pub enum KpiCommand {
    /// Import KPI values from a supplier's spreadsheet or CSV into kpi.csv
    Import(ImportArgs),
    /// KPI values by period, with targets, breaches, streaks and missing periods
    Show(ShowArgs),
}

/// Arguments of `avtal kpi import`.
#[derive(Debug, Args)]
pub struct ImportArgs {}

/// Arguments of `avtal kpi show`.
#[derive(Debug, Args)]
pub struct ShowArgs {}

/// Runs a KPI subcommand.
pub fn run(_context: &Context, _command: &KpiCommand) -> Result<Status, Error> {
    Err(super::not_yet("kpi"))
}
