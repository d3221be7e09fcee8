//! `avtal plan`: the yearly follow-up schedule (SPEC §5.2, §8).

use crate::context::Context;
use crate::error::{Error, Status};
use crate::model::{Language, Register};
use crate::render::{self, table::TableCell};
use crate::rules::schedule::{
    ControllerLoad, PlanItem, kraljic_focus, month_abbreviation, month_name, plan, workload,
};
use chrono::Datelike;
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Arguments of `avtal plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The year to plan [default: the year of --today]
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Only contracts with this controller ([roles] controller; case-insensitive)
    #[arg(long, value_name = "NAME")]
    pub controller: Option<String>,
    /// Output format (xlsx needs -o)
    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `avtal plan`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    /// Month by month, for people
    Table,
    /// JSON (SPEC §5.4)
    Json,
    /// CSV with a header row
    Csv,
    /// iCalendar: one all-day event per item, stable UIDs
    Ics,
    /// Excel workbook with schedule and workload sheets
    Xlsx,
}

/// One element of `avtal plan --format json` (SPEC §5.4, with extra keys).
#[derive(Serialize)]
struct PlanJson<'a> {
    contract: &'a str,
    date: String,
    kind: &'static str,
    group: u8,
    title: &'a str,
    supplier: &'a str,
    controller: Option<&'a str>,
}

/// Runs `avtal plan`.
pub fn run(context: &Context, args: &PlanArgs) -> Result<Status, Error> {
    // Refuse a binary format without a file before doing any work.
    if args.format == PlanFormat::Xlsx {
        context.require_output(args.output.as_deref(), "`avtal plan --format xlsx`")?;
    }
    let register = context.load()?;
    let year = args.year.unwrap_or_else(|| context.today.year());
    let lang = context.language(&register.settings);
    let mut items = plan(&register, year);
    let controller = match &args.controller {
        Some(name) => Some(controller_filter(&register, name)?),
        None => None,
    };
    if let Some(wanted) = &controller {
        items.retain(|item| {
            register
                .contract(&item.key)
                .and_then(|c| c.roles.controller.as_deref())
                .is_some_and(|c| same_name(c, wanted))
        });
    }
    let title = plan_title(&register, year, controller.as_deref(), lang);
    let bytes = match args.format {
        PlanFormat::Json => render::json(&json_rows(&register, &items))?,
        PlanFormat::Csv => csv(&register, &items)?,
        PlanFormat::Table => {
            let text = table(&register, &items, &title, year, lang, context.color);
            render::sanitize::terminal(text, context.color)
        }
        PlanFormat::Ics => {
            render::ics::render(&register, &items, &title, context.today, lang).into_bytes()
        }
        PlanFormat::Xlsx => {
            render::plan_xlsx::render(&register, &items, &title, context.today, lang)?
        }
    };
    context.emit(args.output.as_deref(), &bytes)?;
    Ok(Status::Success)
}

/// Names compare trimmed and case-insensitively: "anna berg" finds "Anna Berg".
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The controller `name` as the register spells it, or an error suggesting the closest one.
fn controller_filter(register: &Register, name: &str) -> Result<String, Error> {
    let known: BTreeSet<&str> = register
        .contracts
        .iter()
        .filter_map(|c| c.roles.controller.as_deref())
        .collect();
    if let Some(found) = known.iter().find(|k| same_name(k, name)) {
        return Ok(found.to_string());
    }
    let closest = known
        .iter()
        .map(|k| {
            (
                strsim::jaro_winkler(&k.to_lowercase(), &name.trim().to_lowercase()),
                *k,
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let hint = match closest {
        Some((_, k)) => format!("did you mean `{k}`?"),
        None if known.is_empty() => "no contract names a controller in [roles]".to_string(),
        None => format!(
            "controllers in the register: {}",
            known.into_iter().collect::<Vec<_>>().join(", ")
        ),
    };
    Err(Error::input_with_hint(
        format!("no contract has the controller `{name}`"),
        hint,
    ))
}

/// "Uppföljningsplan 2027 — Exempelstads kommun — Anna Berg": the heading of every format.
fn plan_title(register: &Register, year: i32, controller: Option<&str>, lang: Language) -> String {
    let mut title = format!("{} {year}", lang.pick("Uppföljningsplan", "Follow-up plan"));
    for part in [register.settings.organisation.as_deref(), controller]
        .into_iter()
        .flatten()
    {
        title.push_str(" — ");
        title.push_str(part.trim());
    }
    title
}

fn json_rows<'a>(register: &'a Register, items: &'a [PlanItem]) -> Vec<PlanJson<'a>> {
    items
        .iter()
        .filter_map(|item| {
            let contract = register.contract(&item.key)?;
            Some(PlanJson {
                contract: &item.key,
                date: item.date.to_string(),
                kind: item.kind.as_str(),
                group: item.group,
                title: &contract.title,
                supplier: &contract.supplier.name,
                controller: contract.roles.controller.as_deref(),
            })
        })
        .collect()
}

fn csv(register: &Register, items: &[PlanItem]) -> Result<Vec<u8>, Error> {
    let rows: Vec<Vec<String>> = json_rows(register, items)
        .into_iter()
        .map(|row| {
            vec![
                row.contract.to_string(),
                row.date,
                row.kind.to_string(),
                row.group.to_string(),
                row.title.to_string(),
                row.supplier.to_string(),
                row.controller.unwrap_or_default().to_string(),
            ]
        })
        .collect();
    render::csv(
        &[
            "contract",
            "date",
            "kind",
            "group",
            "title",
            "supplier",
            "controller",
        ],
        &rows,
    )
}

fn table(
    register: &Register,
    items: &[PlanItem],
    title: &str,
    year: i32,
    lang: Language,
    color: bool,
) -> String {
    let mut out = title.to_string();
    out.push_str("\n\n");
    if items.is_empty() {
        out.push_str(&match lang {
            Language::Sv => format!("Inget att planera {year}.\n"),
            Language::En => format!("Nothing to plan in {year}.\n"),
        });
        return out;
    }
    let headers = match lang {
        Language::Sv => [
            "Datum",
            "Avtal",
            "Leverantör",
            "Aktivitet",
            "Grupp",
            "Fokus",
            "Controller",
        ],
        Language::En => [
            "Date",
            "Contract",
            "Supplier",
            "Activity",
            "Group",
            "Focus",
            "Controller",
        ],
    };
    // `items` is sorted by date, so each month is one contiguous run.
    for month in 1..=12u32 {
        let rows: Vec<Vec<TableCell>> = items
            .iter()
            .filter(|item| item.date.month() == month)
            .filter_map(|item| {
                let contract = register.contract(&item.key)?;
                let focus = if item.kind.is_meeting() {
                    kraljic_focus(contract.kraljic, lang)
                } else {
                    "–"
                };
                Some(vec![
                    item.date.to_string().into(),
                    item.key.clone().into(),
                    contract.supplier.name.clone().into(),
                    item.kind.label(lang).into(),
                    TableCell::right(item.group.to_string()),
                    focus.into(),
                    contract.roles.controller.as_deref().unwrap_or("–").into(),
                ])
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("{} {year}\n", month_name(month, lang)));
        out.push_str(&render::table::render(&headers, rows, color));
        out.push('\n');
    }
    out.push_str(&workload_table(&workload(register, items), lang, color));
    out
}

/// The closing workload table: follow-ups per controller (rows) and month (columns).
fn workload_table(loads: &[ControllerLoad], lang: Language, color: bool) -> String {
    let mut out = String::from(lang.pick(
        "Arbetsbelastning: uppföljningsmöten per controller och månad\n",
        "Workload: follow-up meetings per controller and month\n",
    ));
    if loads.is_empty() {
        out.push_str(lang.pick("Inga uppföljningsmöten.\n", "No follow-up meetings.\n"));
        return out;
    }
    let total_label = lang.pick("Totalt", "Total");
    let mut headers = vec!["Controller"];
    headers.extend((1..=12).map(|m| month_abbreviation(m, lang)));
    headers.push(total_label);
    let count_cell = |n: usize| {
        // A dot for an empty month keeps the busy months easy to spot.
        TableCell::right(if n == 0 {
            "·".to_string()
        } else {
            n.to_string()
        })
    };
    let mut totals = [0usize; 12];
    let mut rows: Vec<Vec<TableCell>> = Vec::new();
    for load in loads {
        let mut row: Vec<TableCell> = vec![
            load.controller
                .as_deref()
                .unwrap_or(lang.pick("(ingen controller)", "(no controller)"))
                .into(),
        ];
        for (month, count) in load.months.iter().enumerate() {
            totals[month] += count;
            row.push(count_cell(*count));
        }
        row.push(TableCell::right(load.total().to_string()));
        rows.push(row);
    }
    let mut total_row: Vec<TableCell> = vec![total_label.into()];
    total_row.extend(totals.iter().map(|&n| count_cell(n)));
    total_row.push(TableCell::right(totals.iter().sum::<usize>().to_string()));
    rows.push(total_row);
    out.push_str(&render::table::render(&headers, rows, color));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_ignoring_case_and_spaces() {
        assert!(same_name(" Anna Berg", "anna berg "));
        assert!(!same_name("Anna Berg", "Anna Bergh"));
    }
}
