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
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin
  avtal report skoladmin -o skoladmin.html --format html
  avtal -C contracts check --today 2026-11-22   the demo register on its demo day";

/// The `Examples:` sections of the subcommands' `--help` (and man pages). Each line is a real
/// command against the demo register `contracts/`; a test parses every one with the real CLI.
pub mod examples {
    /// `avtal init`.
    pub const INIT: &str = "\
Examples:
  avtal init                           a new register in ./contracts
  avtal init avtalsregister --organisation \"Sjöviks kommun\"";

    /// `avtal new`.
    pub const NEW: &str = "\
Examples:
  avtal new lokalvard --title Lokalvård --supplier \"Städ AB\" --start 2027-01-01 --end 2029-12-31
  avtal new it --title IT --supplier \"IT AB\" --start 2029-01-01 --end 2030-12-31 --kind framework";

    /// `avtal list`.
    pub const LIST: &str = "\
Examples:
  avtal list                           every contract, sorted by key
  avtal -C contracts list --format json";

    /// `avtal show`.
    pub const SHOW: &str = "\
Examples:
  avtal show skoladmin                 facts, term, options, KPIs and journal of one contract
  avtal -C contracts show skolmat --lang en";

    /// `avtal check`.
    pub const CHECK: &str = "\
Examples:
  avtal check                          what needs attention today; exit 1 on errors
  avtal -C contracts check --today 2026-11-22
  avtal check --fail-on warning --format json -o check.json
  avtal check --format github          annotations in a GitHub Actions job
  avtal check --within 30 --controller \"Anna Berg\"   one controller's next 30 days";

    /// `avtal priority`.
    pub const PRIORITY: &str = "\
Examples:
  avtal priority                       this year's groups 1, 2 and 3 with reasons
  avtal -C contracts priority --year 2027
  avtal priority --format csv -o prioritering.csv";

    /// `avtal plan`.
    pub const PLAN: &str = "\
Examples:
  avtal -C contracts plan --year 2027  the 2027 schedule, month by month, with the workload
  avtal plan --year 2027 --controller \"Anna Berg\"
  avtal plan --within 30               what falls due in the next 30 days, with its status
  avtal plan --from 2026-12-01 --within 60
  avtal plan --year 2027 --format ics -o uppfoljning-2027.ics
  avtal plan --year 2027 --format xlsx -o plan-2027.xlsx";

    /// `avtal price`.
    pub const PRICE: &str = "\
Examples:
  avtal -C contracts price stadtjanster   what the index clause allows, with the formula
  avtal price stadtjanster --claim 2.3 --date 2025-06-01   exit 0: within the index
  avtal price matdistribution --format json --lang en";

    /// `avtal escalation`.
    pub const ESCALATION: &str = "\
Examples:
  avtal escalation                     contracts at step 1 or higher, with who does what
  avtal -C contracts escalation skoladmin --today 2026-11-22
  avtal escalation --format json --lang en";

    /// `avtal digest`.
    pub const DIGEST: &str = "\
Examples:
  avtal digest                         per controller: overdue and due in the next 30 days
  avtal -C contracts digest --within 14 --controller \"Anna Berg\"
  avtal digest --format md -o digest
  avtal digest --format eml -o outbox --mail-from avtal@sjovik.example";

    /// `avtal log`.
    pub const LOG: &str = "\
Examples:
  avtal log skoladmin followup --note \"Uppföljningsmöte med Edu AB\"
  avtal log skoladmin deviation --ref AV-3 --note \"Sena leveranser i november\"
  avtal log skoladmin action --ref AV-3 --due 2027-01-31 --note \"Handlingsplan från leverantören\"
  avtal log skoladmin resolved --ref AV-2 --note \"Lasttest redovisat, åtgärdat\"
  avtal log skoladmin sanction --ref AV-3 --amount 25000 --note \"Vite enligt avtalet\"";

    /// `avtal kpi`.
    pub const KPI: &str = "\
Examples:
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin
  avtal -C contracts kpi show skoladmin";

    /// `avtal kpi import`.
    pub const KPI_IMPORT: &str = "\
Examples:
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin --dry-run
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin
  avtal kpi import examples/supplier-files/edu-ab-2026.xlsx --contract skoladmin --replace";

    /// `avtal kpi show`.
    pub const KPI_SHOW: &str = "\
Examples:
  avtal -C contracts kpi show skoladmin   the last 12 periods with targets and breaches
  avtal kpi show skoladmin --last 24 --format csv";

    /// `avtal index`.
    pub const INDEX: &str = "\
Examples:
  avtal index import examples/index/kpi-demo.csv --series KPI-demo --dry-run
  avtal index import examples/index/kpi-demo.json --series KPI-demo";

    /// `avtal index import`.
    pub const INDEX_IMPORT: &str = "\
Examples:
  avtal index import examples/index/kpi-demo.csv --series KPI-demo --dry-run
  avtal index import examples/index/kpi-demo.json --series KPI-demo
  avtal index import examples/index/kpi-demo.csv --series KPI-demo --replace --format json";
    /// `avtal contracts`.
    pub const CONTRACTS: &str = "\
Examples:
  avtal contracts import examples/avtalsdatabas/avtalsexport.xlsx --dry-run
  avtal -C contracts contracts import examples/avtalsdatabas/avtalsexport.csv --format json";

    /// `avtal contracts import`.
    pub const CONTRACTS_IMPORT: &str = "\
Examples:
  avtal contracts import examples/avtalsdatabas/avtalsexport.xlsx --dry-run
  avtal contracts import examples/avtalsdatabas/avtalsexport.xlsx
  avtal contracts import examples/avtalsdatabas/avtalsexport.csv --update --format json";

    /// `avtal report`.
    pub const REPORT: &str = "\
Examples:
  avtal report skoladmin                  the meeting pack as text
  avtal report skoladmin --format html -o skoladmin.html
  avtal -C contracts report skolmat --format md --lang en";

    /// `avtal export`.
    pub const EXPORT: &str = "\
Examples:
  avtal export followup skoladmin -o uppfoljning-skoladmin.xlsx
  avtal export kpi-sheet skoladmin --year 2027 -o nyckeltal-skoladmin-2027.xlsx";

    /// `avtal export followup`.
    pub const EXPORT_FOLLOWUP: &str = "\
Examples:
  avtal export followup skoladmin -o uppfoljning-skoladmin.xlsx
  avtal -C contracts export followup skolmat -o skolmat.xlsx --lang en";

    /// `avtal export kpi-sheet`.
    pub const EXPORT_KPI_SHEET: &str = "\
Examples:
  avtal export kpi-sheet skoladmin --year 2027 -o nyckeltal-skoladmin-2027.xlsx
  avtal -C contracts export kpi-sheet skolmat -o skolmat-nyckeltal.xlsx";

    /// `avtal spend`.
    pub const SPEND: &str = "\
Examples:
  avtal -C contracts spend --year 2026  total, contract loyalty, purchases outside contract
  avtal spend --year 2026 --format json -o spend-2026.json
  avtal spend --year 2026 --format xlsx -o avtalstrohet-2026.xlsx";

    /// `avtal spend import`.
    pub const SPEND_IMPORT: &str = "\
Examples:
  avtal spend import examples/supplier-files/spend/reskontra-2026-h1.xlsx --dry-run
  avtal spend import examples/supplier-files/spend/reskontra-2026-q3.csv --format json
  avtal spend import examples/supplier-files/spend/reskontra-2026-okt.ods
  avtal spend import examples/supplier-files/spend/e-fakturor   every .xml invoice in the folder";

    /// `avtal completions`.
    pub const COMPLETIONS: &str = "\
Examples:
  avtal completions bash > ~/.local/share/bash-completion/completions/avtal
  avtal completions zsh > ~/.zfunc/_avtal
  avtal completions fish > ~/.config/fish/completions/avtal.fish
  avtal completions powershell >> $PROFILE";

    /// `avtal man`.
    pub const MAN: &str = "\
Examples:
  avtal man | man -l -                 read the main page now
  avtal man -o ~/.local/share/man/man1   install every page, then `man avtal-plan`";

    /// `avtal site`.
    pub const SITE: &str = "\
Examples:
  avtal site -o public                 the contract catalogue for orderers, to publish
  avtal -C contracts site -o intern --internal   the dashboard for controllers and management
  avtal site -o public --lang en --today 2026-11-22";

    /// `avtal schema`.
    pub const SCHEMA: &str = "\
Examples:
  avtal schema contract -o contract.schema.json   for editors (Taplo): see docs/editors.md
  avtal schema register -o avtal.schema.json      the same for avtal.toml
  avtal schema                                    the contract schema on standard output";
}

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
        value_name = "DIR",
        value_hint = clap::ValueHint::DirPath
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

/// Parses a strict `YYYY-MM-DD` command-line date. Arguments are parsed before the register is
/// found, so the error is in `LANG`'s language (English for `en…`, else Swedish).
pub fn parse_date_arg(text: &str) -> Result<NaiveDate, String> {
    crate::dates::parse_date(text.trim()).ok_or_else(|| {
        crate::messages::of(env_language().unwrap_or_default()).invalid_date_argument(text)
    })
}

/// English when the environment's `LANG` starts with `en` (SPEC §16), else no choice.
pub fn env_language() -> Option<crate::model::Language> {
    std::env::var("LANG")
        .is_ok_and(|lang| lang.starts_with("en"))
        .then_some(crate::model::Language::En)
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new register with a commented avtal.toml and one example contract
    #[command(after_help = examples::INIT)]
    Init(commands::init::InitArgs),
    /// Create a contract folder from a commented template
    #[command(after_help = examples::NEW)]
    New(commands::new::NewArgs),
    /// List contracts, with filters
    #[command(after_help = examples::LIST)]
    List(commands::list::ListArgs),
    /// Show everything about one contract
    #[command(after_help = examples::SHOW)]
    Show(commands::show::ShowArgs),
    /// Validate the register and list what needs attention today (for CI too)
    #[command(after_help = examples::CHECK)]
    Check(commands::check::CheckArgs),
    /// Priority groups by SKR's 10/30/60 model
    #[command(after_help = examples::PRIORITY)]
    Priority(commands::priority::PriorityArgs),
    /// The year's follow-up schedule
    #[command(after_help = examples::PLAN)]
    Plan(commands::plan::PlanArgs),
    /// Price adjustment against an index: what the clause allows, claims checked
    #[command(after_help = examples::PRICE)]
    Price(commands::price::PriceArgs),
    /// Contracts on the escalation ladder, with who does what
    #[command(after_help = examples::ESCALATION)]
    Escalation(commands::escalation::EscalationArgs),
    /// Per controller: what is overdue and what falls due soon, as text or e-mail messages
    #[command(after_help = examples::DIGEST)]
    Digest(commands::digest::DigestArgs),
    /// Append an entry to a contract's follow-up journal (log.csv)
    #[command(after_help = examples::LOG)]
    Log(commands::log::LogArgs),
    /// Import and show KPI values
    #[command(
        subcommand,
        after_help = examples::KPI,
        mut_subcommand("import", |c| c.after_help(examples::KPI_IMPORT)),
        mut_subcommand("show", |c| c.after_help(examples::KPI_SHOW))
    )]
    Kpi(commands::kpi::KpiCommand),
    /// Import price index series (SCB's KPI, AKI, PPI …) for index clauses
    #[command(
        subcommand,
        after_help = examples::INDEX,
        mut_subcommand("import", |c| c.after_help(examples::INDEX_IMPORT))
    )]
    Index(commands::index::IndexCommand),
    /// Import an existing contract register from a contract database export
    #[command(
        subcommand,
        after_help = examples::CONTRACTS,
        mut_subcommand("import", |c| c.after_help(examples::CONTRACTS_IMPORT))
    )]
    Contracts(commands::contracts::ContractsCommand),
    /// The pack before a supplier meeting
    #[command(after_help = examples::REPORT)]
    Report(commands::report::ReportArgs),
    /// Excel workbooks: the follow-up workbook and the supplier's KPI sheet
    #[command(
        subcommand,
        after_help = examples::EXPORT,
        mut_subcommand("followup", |c| c.after_help(examples::EXPORT_FOLLOWUP)),
        mut_subcommand("kpi-sheet", |c| c.after_help(examples::EXPORT_KPI_SHEET))
    )]
    Export(commands::export::ExportCommand),
    /// Spend and contract loyalty (avtalstrohet) from accounts-payable exports
    #[command(
        after_help = examples::SPEND,
        mut_subcommand("import", |c| c.after_help(examples::SPEND_IMPORT))
    )]
    Spend(commands::spend::SpendArgs),
    /// Shell completions
    #[command(after_help = examples::COMPLETIONS)]
    Completions(commands::completions::CompletionsArgs),
    /// Man pages
    #[command(after_help = examples::MAN)]
    Man(commands::man::ManArgs),
    /// JSON Schema for contract.toml and avtal.toml
    #[command(after_help = examples::SCHEMA)]
    Schema(commands::schema::SchemaArgs),
    /// The contract catalogue as a static website; --internal adds the dashboard
    #[command(after_help = examples::SITE)]
    Site(commands::site::SiteArgs),
}
