//! The command line (clap derive). Each subcommand's arguments live in its module under
//! [`crate::commands`]; doc comments here are the `--help` text.

use crate::commands;
use crate::model::Language;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Examples shown at the end of `avtal --help`.
const EXAMPLES: &str = "\
Examples:
  avtal check                          what needs attention today (exit 1 if something is overdue)
  avtal plan --year 2027               the year's follow-up meetings, month by month
  avtal priority                       the 10/30/60 priority groups
  avtal kpi import rapport.xlsx --contract skoladmin
  avtal report skoladmin -o skoladmin.html --format html";

/// Follow up public-sector contracts: priorities, the yearly plan, overdue checks, deviations,
/// supplier KPIs and meeting documents, from a register of TOML and CSV files.
#[derive(Debug, Parser)]
#[command(name = "avtal", version, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The register folder [default: nearest folder upwards with avtal.toml, else ./contracts]
    #[arg(
        short = 'C',
        long,
        global = true,
        env = "AVTAL_REGISTER",
        value_name = "DIR"
    )]
    pub register: Option<PathBuf>,
    /// The date rules are evaluated on [default: the local date]
    #[arg(long, global = true, env = "AVTAL_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub today: Option<NaiveDate>,
    /// Language of tables and documents, overriding the register's `language`
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// `--lang` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Svenska
    Sv,
    /// English
    En,
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Language {
        match lang {
            LangArg::Sv => Language::Sv,
            LangArg::En => Language::En,
        }
    }
}

/// `--color` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour on a terminal unless NO_COLOR is set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

/// Parses a strict `YYYY-MM-DD` command-line date.
pub fn parse_date_arg(text: &str) -> Result<NaiveDate, String> {
    crate::dates::parse_date(text.trim()).ok_or_else(|| {
        format!("`{text}` is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-22")
    })
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new register with a commented avtal.toml and one example contract
    Init(commands::init::InitArgs),
    /// Create a contract folder from a commented template
    New(commands::new::NewArgs),
    /// List contracts, with filters
    List(commands::list::ListArgs),
    /// Show everything about one contract
    Show(commands::show::ShowArgs),
    /// Validate the register and list what needs attention today (for CI too)
    Check(commands::check::CheckArgs),
    /// Priority groups by SKR's 10/30/60 model
    Priority(commands::priority::PriorityArgs),
    /// The year's follow-up schedule
    Plan(commands::plan::PlanArgs),
    /// Contracts on the escalation ladder, with who does what
    Escalation(commands::escalation::EscalationArgs),
    /// Append an entry to a contract's follow-up journal (log.csv)
    Log(commands::log::LogArgs),
    /// Import and show KPI values
    #[command(subcommand)]
    Kpi(commands::kpi::KpiCommand),
    /// The pack before a supplier meeting
    Report(commands::report::ReportArgs),
    /// Excel workbooks: the follow-up workbook and the supplier's KPI sheet
    #[command(subcommand)]
    Export(commands::export::ExportCommand),
    /// Shell completions
    Completions(commands::completions::CompletionsArgs),
    /// Man pages
    Man(commands::man::ManArgs),
    /// JSON Schema for contract.toml and avtal.toml
    Schema(commands::schema::SchemaArgs),
}
