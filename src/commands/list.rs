//! `avtal list`: one row per contract, with filters.

use crate::commands::shared::kind_arg::KindArg;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::i18n;
use crate::model::{Contract, Kind, Language};
use crate::render::facts;
use crate::render::{self, table::TableCell};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

/// Arguments of `avtal list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only contracts active on this date (start <= DATE <= effective end)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::context::args::parse_date_arg)]
    pub active_on: Option<NaiveDate>,
    /// Only contracts whose supplier name contains TEXT (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub supplier: Option<String>,
    /// Only contracts in this category (case-insensitive)
    #[arg(long, value_name = "CATEGORY")]
    pub category: Option<String>,
    /// Only contracts of this kind
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Free-text search in title, supplier, key, diarienummer and keywords (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Show every column of the table, however wide (else a table on a terminal fits its width)
    #[arg(long)]
    pub wide: bool,
}

/// Output formats of `avtal list`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table for people
    Table,
    /// JSON (docs/reference.md §5.4), sorted by contract key
    Json,
    /// CSV with one row per contract
    Csv,
}

/// One contract in `avtal list --format json|csv`.
#[derive(Debug, Serialize)]
pub struct ListItem {
    pub contract: String,
    pub title: String,
    pub supplier: String,
    pub kind: &'static str,
    pub start: String,
    pub end: String,
    pub effective_end: String,
    pub category: Option<String>,
    pub annual_value: serde_json::Value,
    pub kraljic: Option<&'static str>,
    pub controller: Option<String>,
    /// Every supplier with org_no and rank (SPEC §11).
    pub suppliers: serde_json::Value,
}

impl ListItem {
    /// The list view of a contract.
    pub fn new(contract: &Contract) -> ListItem {
        ListItem {
            contract: contract.key.clone(),
            title: contract.title.clone(),
            supplier: contract.supplier().name.clone(),
            kind: contract.kind.as_str(),
            start: contract.start.to_string(),
            end: contract.end.to_string(),
            effective_end: contract.effective_end().to_string(),
            category: contract.category.clone(),
            annual_value: render::json_number(contract.annual_value),
            kraljic: contract.kraljic.map(|k| k.as_str()),
            controller: contract.roles.controller.clone(),
            suppliers: facts::suppliers_json(contract),
        }
    }
}

/// Whether `contract` passes the filters of `args`.
pub fn matches(contract: &Contract, args: &ListArgs) -> bool {
    let contains =
        |haystack: &str, needle: &str| haystack.to_lowercase().contains(&needle.to_lowercase());
    if args
        .active_on
        .is_some_and(|day| !contract.is_active_on(day))
    {
        return false;
    }
    if args
        .supplier
        .as_deref()
        .is_some_and(|text| !contract.suppliers.iter().any(|s| contains(&s.name, text)))
    {
        return false;
    }
    if let Some(category) = &args.category {
        let own = contract.category.as_deref().unwrap_or("");
        if own.to_lowercase() != category.trim().to_lowercase() {
            return false;
        }
    }
    if args
        .kind
        .is_some_and(|kind| contract.kind != Kind::from(kind))
    {
        return false;
    }
    if let Some(text) = &args.search {
        let mut fields = vec![contract.key.as_str(), &contract.title];
        fields.extend(contract.suppliers.iter().map(|s| s.name.as_str()));
        fields.extend(contract.diarienummer.as_deref());
        fields.extend(contract.keywords.iter().map(String::as_str));
        if !fields.iter().any(|field| contains(field, text)) {
            return false;
        }
    }
    true
}

/// Runs `avtal list`.
pub fn run(context: &Context, args: &ListArgs) -> Result<Status, Error> {
    let register = context.load()?;
    let lang = context.language(&register.settings);
    let contracts: Vec<&Contract> = register
        .contracts
        .iter()
        .filter(|c| matches(c, args))
        .collect();
    let output = match args.format {
        ListFormat::Json => {
            let items: Vec<ListItem> = contracts.iter().map(|c| ListItem::new(c)).collect();
            render::json(&items)?
        }
        ListFormat::Csv => render::csv(
            &CSV_HEADERS,
            &contracts.iter().map(|c| csv_row(c)).collect::<Vec<_>>(),
        )?,
        ListFormat::Table => {
            let width = context.table_width(args.wide, args.output.as_deref());
            crate::sanitize::terminal(table(&contracts, lang, context.color, width), context.color)
        }
    };
    context.emit(args.output.as_deref(), &output)?;
    // The process ends now: the OS frees the register at once, faster than dropping it (issue 15).
    std::mem::forget(register);
    Ok(Status::Success)
}

const CSV_HEADERS: [&str; 11] = [
    "contract",
    "title",
    "supplier",
    "category",
    "kind",
    "start",
    "end",
    "effective_end",
    "annual_value",
    "kraljic",
    "controller",
];

fn csv_row(contract: &Contract) -> Vec<String> {
    vec![
        contract.key.clone(),
        contract.title.clone(),
        facts::supplier_names(contract),
        contract.category.clone().unwrap_or_default(),
        contract.kind.as_str().to_string(),
        contract.start.to_string(),
        contract.end.to_string(),
        contract.effective_end().to_string(),
        contract.annual_value.to_string(),
        contract
            .kraljic
            .map(|k| k.as_str().to_string())
            .unwrap_or_default(),
        contract.roles.controller.clone().unwrap_or_default(),
    ]
}

/// Columns left out, in this order, when the table is wider than the terminal.
const LIST_DROP_ORDER: [usize; 7] = [3, 8, 4, 5, 9, 7, 2];

fn table(contracts: &[&Contract], lang: Language, color: bool, width: Option<usize>) -> String {
    let m = crate::messages::of(lang);
    let headers = m.list_headers();
    let rows = contracts
        .iter()
        .map(|c| {
            vec![
                TableCell::from(c.key.as_str()),
                c.title.as_str().into(),
                facts::supplier_short(c).into(),
                c.category.as_deref().unwrap_or("–").into(),
                i18n::kind_label(c.kind, lang).into(),
                format!("{} – {}", c.start, c.end).into(),
                c.effective_end().to_string().into(),
                TableCell::right(i18n::sek(c.annual_value, lang)),
                c.kraljic
                    .map_or("–", |k| i18n::kraljic_label(k, lang))
                    .into(),
                c.roles.controller.as_deref().unwrap_or("–").into(),
            ]
        })
        .collect();
    let mut text = render::table::render_fitted(&headers, rows, color, width, &LIST_DROP_ORDER, m);
    text.push_str(&m.contract_count(contracts.len()));
    text
}
