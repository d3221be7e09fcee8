//! `avtal export followup` and `avtal export kpi-sheet` (SPEC §8).

use crate::context::Context;
use crate::error::{Error, Status};
use crate::model::Language;
use crate::render::workbook::{followup, kpi_sheet};
use crate::rules::meeting::meeting_pack;
use chrono::Datelike;
use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

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
pub struct FollowupArgs {
    /// The contract's key (its folder name)
    pub key: String,
    /// The workbook to write (.xlsx)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Arguments of `avtal export kpi-sheet`.
#[derive(Debug, Args)]
pub struct KpiSheetArgs {
    /// The contract's key (its folder name)
    pub key: String,
    /// The year to report [default: the year of --today]
    #[arg(long)]
    pub year: Option<i32>,
    /// The workbook to write (.xlsx)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Refuses an output file that is not `.xlsx`: Excel would not open it by that name.
fn xlsx_output<'a>(context: &Context, output: Option<&'a Path>) -> Result<&'a Path, Error> {
    let path = context.require_output(output, "a workbook")?;
    let is_xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !is_xlsx {
        return Err(Error::input_with_hint(
            format!("{} is not an .xlsx file", path.display()),
            "name the output FILE.xlsx",
        ));
    }
    Ok(path)
}

/// Says on standard output what was written where (the file itself went to `-o`).
fn wrote(context: &Context, output: &Path, what: &str, lang: Language) -> Result<(), Error> {
    let line = match lang {
        Language::Sv => format!("Skrev {what} till {}\n", output.display()),
        Language::En => format!("Wrote the {what} to {}\n", output.display()),
    };
    context.emit(None, line.as_bytes())
}

/// Runs an export subcommand.
pub fn run(context: &Context, command: &ExportCommand) -> Result<Status, Error> {
    match command {
        ExportCommand::Followup(args) => {
            let output = xlsx_output(context, args.output.as_deref())?;
            let register = context.load_priority_facts(&args.key)?;
            let lang = context.language(&register.settings);
            let contract = super::show::find(&register, &args.key)?;
            let pack = meeting_pack(&register, contract, context.today, lang);
            let bytes = followup::workbook(&pack, &register.settings)?;
            context.emit(Some(output), &bytes)?;
            let what = match lang {
                Language::Sv => format!("uppföljningsarbetsbok för {}", contract.key),
                Language::En => format!("follow-up workbook of {}", contract.key),
            };
            wrote(context, output, &what, lang)?;
        }
        ExportCommand::KpiSheet(args) => {
            let output = xlsx_output(context, args.output.as_deref())?;
            let register = context.load_one(&args.key)?;
            let lang = context.language(&register.settings);
            let contract = super::show::find(&register, &args.key)?;
            if contract.kpis.is_empty() {
                return Err(Error::input_with_hint(
                    format!("contract `{}` has no KPIs to report", contract.key),
                    format!("add [[kpis]] to {}", contract.file()),
                ));
            }
            let year = args.year.unwrap_or(context.today.year());
            if !(1900..=9999).contains(&year) {
                return Err(Error::input_with_hint(
                    format!("--year {year} is out of range"),
                    "give a year between 1900 and 9999, e.g. --year 2027",
                ));
            }
            let bytes = kpi_sheet::workbook(
                contract,
                register.settings.organisation.as_deref(),
                year,
                context.today,
                lang,
            )?;
            context.emit(Some(output), &bytes)?;
            let what = match lang {
                Language::Sv => format!("nyckeltalsblad {year} för {}", contract.key),
                Language::En => format!("KPI sheet {year} of {}", contract.key),
            };
            wrote(context, output, &what, lang)?;
        }
    }
    Ok(Status::Success)
}
