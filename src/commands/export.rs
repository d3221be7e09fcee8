//! `avtal export followup` and `avtal export kpi-sheet` (SPEC §8).

use crate::commands::shared::contract_key::{KeyHint, find_contract};
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
fn xlsx_output<'a>(
    context: &Context,
    output: Option<&'a Path>,
    lang: Language,
) -> Result<&'a Path, Error> {
    let path = context.require_output(output, "a workbook")?;
    let is_xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !is_xlsx {
        let m = crate::messages::of(lang);
        return Err(Error::input_with_hint(
            m.not_xlsx(&path.display().to_string()),
            m.name_output_xlsx_hint(),
        ));
    }
    Ok(path)
}

/// Says on standard output what was written where (the file itself went to `-o`).
fn wrote(context: &Context, output: &Path, what: &str, lang: Language) -> Result<(), Error> {
    let line = crate::messages::of(lang).wrote_to(what, &output.display().to_string());
    context.emit(None, line.as_bytes())
}

/// Runs an export subcommand.
pub fn run(context: &Context, command: &ExportCommand) -> Result<Status, Error> {
    match command {
        ExportCommand::Followup(args) => {
            // The register first: the output's error is in its language.
            let register = context.load_priority_facts(&args.key)?;
            let lang = context.language(&register.settings);
            let output = xlsx_output(context, args.output.as_deref(), lang)?;
            let m = crate::messages::of(lang);
            let contract = find_contract(&register, &args.key, KeyHint::ListEveryContract, m)?;
            let pack = meeting_pack(&register, contract, context.today, lang);
            let bytes = followup::workbook(&pack, &register.settings)?;
            context.emit(Some(output), &bytes)?;
            let what = crate::messages::of(lang).followup_workbook_of(&contract.key);
            wrote(context, output, &what, lang)?;
        }
        ExportCommand::KpiSheet(args) => {
            let register = context.load_one(&args.key)?;
            let lang = context.language(&register.settings);
            let m = crate::messages::of(lang);
            let output = xlsx_output(context, args.output.as_deref(), lang)?;
            let contract = find_contract(&register, &args.key, KeyHint::ListEveryContract, m)?;
            if contract.kpis.is_empty() {
                return Err(Error::input_with_hint(
                    m.no_kpis_to_report(&contract.key),
                    m.add_kpis_hint(&contract.file()),
                ));
            }
            let year = args.year.unwrap_or(context.today.year());
            if !(1900..=9999).contains(&year) {
                return Err(Error::input_with_hint(
                    m.year_out_of_range(year),
                    m.year_range_hint(),
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
            let what = m.kpi_sheet_of(year, &contract.key);
            wrote(context, output, &what, lang)?;
        }
    }
    Ok(Status::Success)
}
