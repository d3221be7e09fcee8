//! `avtal priority`: the priority groups of a year (SKR's 10/30/60 model, SPEC §4).

use crate::context::Context;
use crate::error::{Error, Status};
use crate::i18n;
use crate::model::{Language, Register};
use crate::render::{self, table::TableCell, table::Tone};
use crate::rules::priority::{Priorities, priorities};
use chrono::Datelike;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

/// Arguments of `avtal priority`.
#[derive(Debug, Args)]
pub struct PriorityArgs {
    /// The year to prioritise [default: the year of --today]
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Output format
    #[arg(long, value_enum, default_value_t = PriorityFormat::Table)]
    pub format: PriorityFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Show every column of the table, however wide (else a table on a terminal fits its width)
    #[arg(long)]
    pub wide: bool,
}

/// Output formats of `avtal priority`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PriorityFormat {
    /// A table for people
    Table,
    /// JSON (docs/reference.md §5.4)
    Json,
    /// CSV with a header row
    Csv,
}

/// One element of `avtal priority --format json` (SPEC §5.4, with extra keys).
#[derive(Serialize)]
struct PriorityJson<'a> {
    contract: &'a str,
    group: u8,
    rank: usize,
    reason: String,
    pinned: bool,
    title: &'a str,
    supplier: &'a str,
    annual_value: serde_json::Value,
    business_critical: bool,
}

/// Runs `avtal priority`.
pub fn run(context: &Context, args: &PriorityArgs) -> Result<Status, Error> {
    let register = context.load()?;
    let year = args.year.unwrap_or_else(|| context.today.year());
    let lang = context.language(&register.settings);
    let result = priorities(&register, year);
    let bytes = match args.format {
        PriorityFormat::Json => render::json(&json_rows(&register, &result, lang))?,
        PriorityFormat::Csv => csv(&register, &result, lang)?,
        PriorityFormat::Table => crate::sanitize::terminal(
            table(
                &register,
                &result,
                lang,
                context.color,
                context.table_width(args.wide, args.output.as_deref()),
            ),
            context.color,
        ),
    };
    context.emit(args.output.as_deref(), &bytes)?;
    // The table ends with the warnings; machine formats keep their shape and warn on stderr.
    if args.format != PriorityFormat::Table {
        for overflow in &result.overflows {
            eprintln!("warning: {}", overflow.text(lang));
        }
    }
    // The process ends now: the OS frees the register at once, faster than dropping it (issue 15).
    std::mem::forget(register);
    Ok(Status::Success)
}

fn json_rows<'a>(
    register: &'a Register,
    result: &'a Priorities,
    lang: Language,
) -> Vec<PriorityJson<'a>> {
    // `items` is in rank order, which is group order then rank: exactly SPEC §5.4's sort.
    result
        .items
        .iter()
        .filter_map(|item| {
            let contract = register.contract(&item.key)?;
            Some(PriorityJson {
                contract: &item.key,
                group: item.group,
                rank: item.rank,
                reason: item.reason.text(lang),
                pinned: item.pinned,
                title: &contract.title,
                supplier: &contract.supplier().name,
                annual_value: render::json_number(contract.annual_value),
                business_critical: contract.business_critical,
            })
        })
        .collect()
}

fn csv(register: &Register, result: &Priorities, lang: Language) -> Result<Vec<u8>, Error> {
    let rows: Vec<Vec<String>> = json_rows(register, result, lang)
        .into_iter()
        .map(|row| {
            vec![
                row.contract.to_string(),
                row.group.to_string(),
                row.rank.to_string(),
                row.reason,
                row.pinned.to_string(),
                row.title.to_string(),
                row.supplier.to_string(),
                row.annual_value.to_string(),
                row.business_critical.to_string(),
            ]
        })
        .collect();
    render::csv(
        &[
            "contract",
            "group",
            "rank",
            "reason",
            "pinned",
            "title",
            "supplier",
            "annual_value",
            "business_critical",
        ],
        &rows,
    )
}

/// Share of `part` in `whole` as a whole percentage (0 when there is nothing).
fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

/// Columns left out, in this order, when the table is wider than the terminal: supplier,
/// annual value, title (the reason stays: it is why the rank is what it is).
const PRIORITY_DROP_ORDER: [usize; 3] = [4, 5, 3];

fn table(
    register: &Register,
    result: &Priorities,
    lang: Language,
    color: bool,
    width: Option<usize>,
) -> String {
    let year = result.year;
    let m = crate::messages::of(lang);
    let mut out = m.priority_heading(year);
    if let Some(organisation) = &register.settings.organisation {
        out.push_str(" — ");
        out.push_str(organisation);
    }
    out.push_str("\n\n");

    if result.items.is_empty() {
        out.push_str(&m.no_active_contracts(year));
        return out;
    }

    let headers = m.priority_headers();
    let rows: Vec<Vec<TableCell>> = result
        .items
        .iter()
        .filter_map(|item| {
            let contract = register.contract(&item.key)?;
            let reason_tone = if item.pinned { Tone::Dim } else { Tone::Plain };
            Some(vec![
                TableCell::right(item.rank.to_string()),
                TableCell::right(item.group.to_string()),
                item.key.clone().into(),
                contract.title.clone().into(),
                crate::render::facts::supplier_short(contract).into(),
                TableCell::right(i18n::sek(contract.annual_value, lang)),
                TableCell::from(item.reason.text(lang)).tone(reason_tone),
            ])
        })
        .collect();
    out.push_str(&render::table::render_fitted(
        &headers,
        rows,
        color,
        width,
        &PRIORITY_DROP_ORDER,
        m,
    ));
    out.push('\n');

    let n = result.items.len();
    let counts = result.counts();
    let per_group: Vec<String> = (0..3)
        .map(|g| m.group_share(g + 1, counts[g], percent(counts[g], n)))
        .collect();
    out.push_str(&m.priority_summary(n, year, &per_group.join(", ")));
    out.push('\n');
    for overflow in &result.overflows {
        out.push_str(m.warning_prefix());
        out.push_str(&overflow.text(lang));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
    }
}
