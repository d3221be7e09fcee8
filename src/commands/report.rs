//! `avtal report KEY`: the meeting pack before a supplier meeting (SPEC §8).

use crate::commands::shared::contract_key::{KeyHint, find_contract};
use crate::context::Context;
use crate::error::{Error, Status};
use crate::render;
use crate::render::report::{build, html, json, markdown, text};
use crate::rules::meeting::{Audience, meeting_pack};
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// Arguments of `avtal report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The contract's key (its folder name)
    pub key: String,
    /// Output format
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Who the pack is for: supplier leaves out the internal escalation steps
    #[arg(long, value_enum, default_value_t = AudienceArg::Internal)]
    pub audience: AudienceArg,
}

/// `--audience` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AudienceArg {
    /// The buyer's team (default)
    Internal,
    /// The supplier: no internal escalation wording
    Supplier,
}

/// Output formats of `avtal report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Plain text for the terminal
    Text,
    /// Markdown, for pasting into minutes
    Md,
    /// One self-contained printable HTML file with KPI charts
    Html,
    /// The pack's data
    Json,
}

/// Runs `avtal report`.
pub fn run(context: &Context, args: &ReportArgs) -> Result<Status, Error> {
    let register = context.load_priority_facts(&args.key)?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let contract = find_contract(&register, &args.key, KeyHint::ListEveryContract, m)?;
    let audience = match args.audience {
        AudienceArg::Internal => Audience::Internal,
        AudienceArg::Supplier => Audience::Supplier,
    };
    let pack = meeting_pack(&register, contract, context.today, lang).for_audience(audience);
    let bytes = match args.format {
        ReportFormat::Json => render::json(&json::value(&pack))?,
        ReportFormat::Text => {
            // Colour only when the text goes to a terminal, never into a file.
            let color = context.color && args.output.is_none();
            crate::sanitize::terminal(text::write(&build::document(&pack), color), color)
        }
        ReportFormat::Md => markdown::write(&build::document(&pack)).into_bytes(),
        ReportFormat::Html => html::write(&build::document(&pack)).into_bytes(),
    };
    context.emit(args.output.as_deref(), &bytes)?;
    Ok(Status::Success)
}
