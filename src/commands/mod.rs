//! The subcommands: the command line ([`Cli`], [`Command`]; their doc comments are the
//! `--help` text), one module per subcommand with its arguments, and [`run`], which dispatches.
//! Helpers that several commands use live in [`shared`]; no command module uses another's items.

pub mod check;
pub mod completions;
pub mod contracts;
pub mod digest;
pub mod escalation;
pub mod examples;
pub mod export;
pub mod index;
pub mod init;
pub mod kpi;
pub mod list;
pub mod log;
pub mod man;
pub mod new;
pub mod plan;
pub mod price;
pub mod priority;
pub mod report;
pub mod schema;
pub mod shared;
pub mod show;
pub mod site;
pub mod spend;

use crate::context::Context;
use crate::context::args::GlobalArgs;
use crate::error::{Error, Status};
use clap::{Parser, Subcommand};

/// Follow up public-sector contracts: priorities, the yearly plan, overdue checks, deviations,
/// supplier KPIs and meeting documents, from a register of TOML and CSV files.
#[derive(Debug, Parser)]
#[command(name = "avtal", version, after_help = examples::TOP_LEVEL, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new register with a commented avtal.toml and one example contract
    #[command(after_help = examples::INIT)]
    Init(init::InitArgs),
    /// Create a contract folder from a commented template
    #[command(after_help = examples::NEW)]
    New(new::NewArgs),
    /// List contracts, with filters
    #[command(after_help = examples::LIST)]
    List(list::ListArgs),
    /// Show everything about one contract
    #[command(after_help = examples::SHOW)]
    Show(show::ShowArgs),
    /// Validate the register and list what needs attention today (for CI too)
    #[command(after_help = examples::CHECK)]
    Check(check::CheckArgs),
    /// Priority groups by SKR's 10/30/60 model
    #[command(after_help = examples::PRIORITY)]
    Priority(priority::PriorityArgs),
    /// The year's follow-up schedule
    #[command(after_help = examples::PLAN)]
    Plan(plan::PlanArgs),
    /// Price adjustment against an index: what the clause allows, claims checked
    #[command(after_help = examples::PRICE)]
    Price(price::PriceArgs),
    /// Contracts on the escalation ladder, with who does what
    #[command(after_help = examples::ESCALATION)]
    Escalation(escalation::EscalationArgs),
    /// Per controller: what is overdue and what falls due soon, as text or e-mail messages
    #[command(after_help = examples::DIGEST)]
    Digest(digest::DigestArgs),
    /// Append an entry to a contract's follow-up journal (log.csv)
    #[command(after_help = examples::LOG)]
    Log(log::LogArgs),
    /// Import and show KPI values
    #[command(
        subcommand,
        after_help = examples::KPI,
        mut_subcommand("import", |c| c.after_help(examples::KPI_IMPORT)),
        mut_subcommand("show", |c| c.after_help(examples::KPI_SHOW))
    )]
    Kpi(kpi::KpiCommand),
    /// Import price index series (SCB's KPI, AKI, PPI …) for index clauses
    #[command(
        subcommand,
        after_help = examples::INDEX,
        mut_subcommand("import", |c| c.after_help(examples::INDEX_IMPORT))
    )]
    Index(index::IndexCommand),
    /// Import an existing contract register from a contract database export
    #[command(
        subcommand,
        after_help = examples::CONTRACTS,
        mut_subcommand("import", |c| c.after_help(examples::CONTRACTS_IMPORT))
    )]
    Contracts(contracts::ContractsCommand),
    /// The pack before a supplier meeting
    #[command(after_help = examples::REPORT)]
    Report(report::ReportArgs),
    /// Excel workbooks: the follow-up workbook and the supplier's KPI sheet
    #[command(
        subcommand,
        after_help = examples::EXPORT,
        mut_subcommand("followup", |c| c.after_help(examples::EXPORT_FOLLOWUP)),
        mut_subcommand("kpi-sheet", |c| c.after_help(examples::EXPORT_KPI_SHEET))
    )]
    Export(export::ExportCommand),
    /// Spend and contract loyalty (avtalstrohet) from accounts-payable exports
    #[command(
        after_help = examples::SPEND,
        mut_subcommand("import", |c| c.after_help(examples::SPEND_IMPORT))
    )]
    Spend(spend::SpendArgs),
    /// Shell completions
    #[command(after_help = examples::COMPLETIONS)]
    Completions(completions::CompletionsArgs),
    /// Man pages
    #[command(after_help = examples::MAN)]
    Man(man::ManArgs),
    /// JSON Schema for contract.toml and avtal.toml
    #[command(after_help = examples::SCHEMA)]
    Schema(schema::SchemaArgs),
    /// The contract catalogue as a static website; --internal adds the dashboard
    #[command(after_help = examples::SITE)]
    Site(site::SiteArgs),
}

/// Runs one subcommand.
pub fn run(context: &Context, command: &Command) -> Result<Status, Error> {
    match command {
        Command::Init(args) => init::run(context, args),
        Command::New(args) => new::run(context, args),
        Command::List(args) => list::run(context, args),
        Command::Show(args) => show::run(context, args),
        Command::Check(args) => check::run(context, args),
        Command::Priority(args) => priority::run(context, args),
        Command::Plan(args) => plan::run(context, args),
        Command::Price(args) => price::run(context, args),
        Command::Escalation(args) => escalation::run(context, args),
        Command::Digest(args) => digest::run(context, args),
        Command::Log(args) => log::run(context, args),
        Command::Kpi(command) => kpi::run(context, command),
        Command::Index(command) => index::run(context, command),
        Command::Contracts(command) => contracts::run(context, command),
        Command::Report(args) => report::run(context, args),
        Command::Export(command) => export::run(context, command),
        Command::Completions(args) => completions::run(context, args),
        Command::Man(args) => man::run(context, args),
        Command::Schema(args) => schema::run(context, args),
        Command::Site(args) => site::run(context, args),
        Command::Spend(args) => spend::run(context, args),
    }
}
