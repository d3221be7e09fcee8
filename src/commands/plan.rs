//! `avtal plan`: the yearly follow-up schedule (SPEC §5.2, §8).

use crate::commands::shared::controller::{
    MAX_WITHIN_DAYS, controller_filter, has_controller, horizon,
};
use crate::context::Context;
use crate::context::args::parse_date_arg;
use crate::error::{Error, Status};
use crate::messages::prelude::*;
use crate::model::{Language, Register};
use crate::render::{
    self,
    table::{TableCell, Tone},
};
use crate::rules::plan::{ControllerLoad, PlanItem, plan, workload};
use crate::rules::schedule::{kraljic_focus, month_abbreviation, month_name};
use crate::rules::status::ItemStatus;
use chrono::{Datelike, NaiveDate};
use clap::{Args, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

/// Arguments of `avtal plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The year to plan [default: the year of --today]
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Only items from this date on [default: 1 January of the plan's year]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub from: Option<NaiveDate>,
    /// Only items dated up to today + DAYS (the next DAYS days, across a year end)
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u64).range(0..=MAX_WITHIN_DAYS))]
    pub within: Option<u64>,
    /// Only contracts with this controller ([roles] controller; case-insensitive)
    #[arg(long, value_name = "NAME")]
    pub controller: Option<String>,
    /// Output format (xlsx needs -o)
    #[arg(long, value_enum, default_value_t = PlanFormat::Table)]
    pub format: PlanFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Show every column of the table, however wide (else a table on a terminal fits its width)
    #[arg(long)]
    pub wide: bool,
}

/// Output formats of `avtal plan`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    /// Month by month, for people
    Table,
    /// JSON (docs/reference.md §5.4)
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
    /// `done`, `overdue`, `missed` or `upcoming` on today (SPEC §16).
    status: &'static str,
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
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let span = Span::of(args, context.today, m)?;
    let controller = match &args.controller {
        Some(name) => Some(controller_filter(&register, name, m)?),
        None => None,
    };
    let mut items = Vec::new();
    for year in span.from.year()..=span.to.year() {
        items.extend(
            plan(&register, year, context.today)
                .into_iter()
                .filter(|item| span.from <= item.date && item.date <= span.to),
        );
    }
    if let Some(wanted) = &controller {
        items.retain(|item| {
            register
                .contract(&item.key)
                .is_some_and(|c| has_controller(c, wanted))
        });
    }
    let title = plan_title(&register, &span.label(), controller.as_deref(), lang);
    let bytes = match args.format {
        PlanFormat::Json => render::json(&json_rows(&register, &items))?,
        PlanFormat::Csv => csv(&register, &items)?,
        PlanFormat::Table => {
            let text = table(
                &register,
                &items,
                &title,
                &span.label(),
                lang,
                context.color,
                context.table_width(args.wide, args.output.as_deref()),
            );
            crate::sanitize::terminal(text, context.color)
        }
        PlanFormat::Ics => {
            render::ics::render(&register, &items, &title, context.today, lang).into_bytes()
        }
        PlanFormat::Xlsx => {
            render::plan_xlsx::render(&register, &items, &title, context.today, lang)?
        }
    };
    context.emit(args.output.as_deref(), &bytes)?;
    // The process ends now: the OS frees the register at once, faster than dropping it (issue 15).
    std::mem::forget(register);
    Ok(Status::Success)
}

/// The dates a plan covers: a calendar year, or what `--from` and `--within` make of it.
struct Span {
    from: NaiveDate,
    to: NaiveDate,
    /// The year alone when the span is one whole year.
    year: Option<i32>,
}

/// The most calendar years one plan spans (each year is planned with that year's groups).
const MAX_SPAN_YEARS: i32 = 100;

impl Span {
    fn of(args: &PlanArgs, today: NaiveDate, m: &dyn Messages) -> Result<Span, Error> {
        let year = args
            .year
            .unwrap_or_else(|| args.from.unwrap_or(today).year());
        let (Some(first), Some(last)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return Err(Error::input(m.year_cannot_be_planned(year)));
        };
        let mut from = args.from.unwrap_or(first);
        let mut to = args.within.map_or(last, |days| horizon(today, days));
        if args.year.is_some() {
            from = from.max(first);
            to = to.min(last);
        }
        if to.year() - from.year() > MAX_SPAN_YEARS {
            return Err(Error::input_with_hint(
                m.plan_span_too_long(from, to, MAX_SPAN_YEARS),
                m.narrow_plan_hint(),
            ));
        }
        let whole_year = args.from.is_none() && args.within.is_none();
        Ok(Span {
            from,
            to,
            year: whole_year.then_some(year),
        })
    }

    /// "2027", or "2026-12-02 – 2027-01-01".
    fn label(&self) -> String {
        match self.year {
            Some(year) => year.to_string(),
            None => format!("{} – {}", self.from, self.to),
        }
    }
}

/// "Uppföljningsplan 2027 — Exempelstads kommun — Anna Berg": the heading of every format.
fn plan_title(register: &Register, span: &str, controller: Option<&str>, lang: Language) -> String {
    let m = crate::messages::of(lang);
    let mut title = format!("{} {span}", m.follow_up_plan());
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
                status: item.status.as_str(),
                title: &contract.title,
                supplier: &contract.supplier().name,
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
                row.status.to_string(),
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
            "status",
            "title",
            "supplier",
            "controller",
        ],
        &rows,
    )
}

/// Columns left out, in this order, when a month's table is wider than the terminal: focus,
/// group, controller, supplier.
const PLAN_DROP_ORDER: [usize; 4] = [5, 4, 6, 2];

fn table(
    register: &Register,
    items: &[PlanItem],
    title: &str,
    span: &str,
    lang: Language,
    color: bool,
    width: Option<usize>,
) -> String {
    let m = crate::messages::of(lang);
    let mut out = title.to_string();
    out.push_str("\n\n");
    if items.is_empty() {
        out.push_str(&m.nothing_to_plan(span));
        return out;
    }
    let headers = m.plan_headers();
    // One note under the last month for the columns any month's table left out.
    let mut hidden: Vec<String> = Vec::new();
    // `items` is sorted by date, so each month is one contiguous run.
    let month_of = |item: &PlanItem| (item.date.year(), item.date.month());
    for run in items.chunk_by(|a, b| month_of(a) == month_of(b)) {
        let rows: Vec<Vec<TableCell>> = run
            .iter()
            .filter_map(|item| {
                let contract = register.contract(&item.key)?;
                let focus = if item.kind.is_meeting() {
                    kraljic_focus(contract.kraljic, lang)
                } else {
                    "–"
                };
                // Overdue items stand out; the others are quiet.
                let tone = match item.status {
                    ItemStatus::Overdue => Tone::Error,
                    ItemStatus::Missed => Tone::Warning,
                    ItemStatus::Done => Tone::Good,
                    ItemStatus::Upcoming => Tone::Plain,
                };
                Some(vec![
                    item.date.to_string().into(),
                    item.key.clone().into(),
                    crate::render::facts::supplier_short(contract).into(),
                    item.kind.label(lang).into(),
                    TableCell::right(item.group.to_string()),
                    focus.into(),
                    contract.roles.controller.as_deref().unwrap_or("–").into(),
                    TableCell::from(item.status.label(lang)).tone(tone),
                ])
            })
            .collect();
        let Some(first) = run.first() else { continue };
        out.push_str(&format!(
            "{} {}\n",
            month_name(first.date.month(), lang),
            first.date.year()
        ));
        let (text, month_hidden) =
            render::table::fit(&headers, rows, color, width, &PLAN_DROP_ORDER);
        out.push_str(&text);
        out.push('\n');
        for column in month_hidden {
            if !hidden.contains(&column) {
                hidden.push(column);
            }
        }
    }
    hidden.sort_by_key(|h| headers.iter().position(|c| *c == h.as_str()));
    let note = render::table::hidden_note(&hidden, width, m);
    if !note.is_empty() {
        out.push_str(&note);
        out.push('\n');
    }
    out.push_str(&workload_table(
        &workload(register, items),
        lang,
        color,
        width,
    ));
    out
}

/// The closing workload table: follow-ups per controller (rows) and month (columns).
fn workload_table(
    loads: &[ControllerLoad],
    lang: Language,
    color: bool,
    width: Option<usize>,
) -> String {
    let m = crate::messages::of(lang);
    let mut out = String::from(m.workload_heading());
    if loads.is_empty() {
        out.push_str(m.no_follow_up_meetings());
        return out;
    }
    let total_label = m.total_label();
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
                .unwrap_or(m.no_controller())
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
    let plain = render::table::render(&headers, rows.clone(), false);
    if width.is_none_or(|w| render::table::widest_line(&plain) <= w) {
        out.push_str(&render::table::render(&headers, rows, color));
        return out;
    }
    // Too wide for the terminal: one table per half-year, the total in the second.
    for (index, months) in [1..7, 7..14].into_iter().enumerate() {
        let columns: Vec<usize> = std::iter::once(0).chain(months).collect();
        let half_headers: Vec<&str> = columns.iter().map(|&c| headers[c]).collect();
        let half_rows: Vec<Vec<TableCell>> = rows
            .iter()
            .map(|row| columns.iter().map(|&c| row[c].clone()).collect())
            .collect();
        if index > 0 {
            out.push('\n');
        }
        out.push_str(&render::table::render_fitted(
            &half_headers,
            half_rows,
            color,
            width,
            &[],
            m,
        ));
    }
    out
}
