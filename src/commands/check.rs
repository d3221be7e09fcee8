//! `avtal check`: validate the register and list what needs attention today.

use crate::context::Context;
use crate::diag::Diagnostic;
use crate::error::{Error, Status};
use crate::render;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

/// Arguments of `avtal check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `avtal check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// A table for people
    Table,
    /// JSON (SPEC §5.4)
    Json,
}

/// The JSON document of `avtal check --format json`.
#[derive(Serialize)]
struct CheckJson<'a> {
    today: String,
    findings: Vec<serde_json::Value>,
    errors: &'a [Diagnostic],
}

/// Runs `avtal check`.
pub fn run(context: &Context, args: &CheckArgs) -> Result<Status, Error> {
    let register = match context.load() {
        Ok(register) => register,
        Err(Error::Invalid(diagnostics)) if args.format == CheckFormat::Json => {
            let json = CheckJson {
                today: context.today.to_string(),
                findings: Vec::new(),
                errors: &diagnostics,
            };
            context.emit(args.output.as_deref(), &render::json(&json)?)?;
            return Err(Error::Reported);
        }
        Err(error) => return Err(error),
    };
    let output = match args.format {
        CheckFormat::Json => {
            let json = CheckJson {
                today: context.today.to_string(),
                findings: Vec::new(),
                errors: &[],
            };
            render::json(&json)?
        }
        CheckFormat::Table => {
            let lang = context.language(&register.settings);
            let count = register.contracts.len();
            format!(
                "{}\n",
                lang.pick(
                    &format!("Registret är giltigt: {count} avtal."),
                    &format!("The register is valid: {count} contracts.")
                )
            )
            .into_bytes()
        }
    };
    context.emit(args.output.as_deref(), &output)?;
    Ok(Status::Success)
}
