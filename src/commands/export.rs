//! `avtal export followup` and `avtal export kpi-sheet`.

use crate::context::Context;
use crate::error::{Error, Status};
use clap::{Args, Subcommand};

/// Export subcommands.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The follow-up workbook (Nacka's template) for one contract
    Followup(FollowupArgs),
    /// A KPI reporting sheet to send to the supplier
    KpiSheet(KpiSheetArgs),
}

/// Arguments of `avtal export followup`.
#[derive(Debug, Args)]
pub struct FollowupArgs {}

/// Arguments of `avtal export kpi-sheet`.
#[derive(Debug, Args)]
pub struct KpiSheetArgs {}

/// Runs an export subcommand.
pub fn run(_context: &Context, _command: &ExportCommand) -> Result<Status, Error> {
    Err(super::not_yet("export"))
}
