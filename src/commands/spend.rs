//! `avtal spend` and `avtal spend import` (SPEC §12): thin shells around
//! [`crate::rules::spend`] and [`crate::import::spend`].

use crate::commands::shared::import_run::Import;
use crate::commands::shared::progress::progress_bar;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::i18n;
use crate::import::error::{CellProblem, ImportError};
use crate::import::spend::columns::{Chosen, Field};
use crate::import::spend::merge::{Incoming, YearCounts, plan_year};
use crate::import::spend::rows::Reading;
use crate::import::spend::{FileLines, Options, read_file};
use crate::messages::prelude::*;
use crate::model::{Language, Register};
use crate::money::Money;
use crate::render::{self, table::TableCell, table::Tone};
use crate::rules::spend::{SpendSummary, summarise};
use crate::store;
use crate::store::spend::SpendLine;
use chrono::Datelike;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Arguments of `avtal spend`: the summary, or the `import` subcommand.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SpendArgs {
    #[command(subcommand)]
    pub command: Option<SpendCommand>,
    #[command(flatten)]
    pub summary: SummaryArgs,
}

/// `avtal spend` subcommands.
#[derive(Debug, Subcommand)]
pub enum SpendCommand {
    /// Import accounts-payable exports (.xlsx, .xls, .ods, .csv) and e-invoices (.xml) into spend/
    Import(ImportArgs),
}

/// Arguments of the summary.
#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// The year [default: today's year]
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(i32).range(1900..=9999))]
    pub year: Option<i32>,
    /// Output format
    #[arg(long, value_enum, default_value_t = SpendFormat::Table)]
    pub format: SpendFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `avtal spend`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SpendFormat {
    /// Total, loyalty and what to look at, for people
    Table,
    /// The object of SPEC §12
    Json,
    /// One row per contract, supplier outside contract, department and ranked framework
    Csv,
    /// A workbook with one sheet per part and a loyalty chart (needs -o)
    Xlsx,
}

/// Arguments of `avtal spend import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Exports or e-invoices; a folder means all its .xml files
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Read this sheet [default: the first visible sheet with a header row]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Read FIELD (date, org_no, supplier, amount, department, account, invoice, contract) from the column HEADER
    #[arg(long = "column", value_name = "FIELD=HEADER")]
    pub columns: Vec<String>,
    /// Date every row of a file without a date column (a monthly export)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::context::args::parse_date_arg)]
    pub date: Option<chrono::NaiveDate>,
    /// Store an org number that cannot be read as empty, with a warning, instead of failing
    #[arg(long)]
    pub lenient: bool,
    /// Print what would be written and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Output format of the summary
    #[arg(long, value_enum, default_value_t = ImportFormat::Text)]
    pub format: ImportFormat,
}

/// Output formats of `avtal spend import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// Counts per year, for people
    Text,
    /// Counts per year and warnings as one object
    Json,
}

/// Runs `avtal spend`.
pub fn run(context: &Context, args: &SpendArgs) -> Result<Status, Error> {
    match &args.command {
        Some(SpendCommand::Import(import_args)) => import(context, import_args),
        None => summary(context, &args.summary),
    }
}

fn summary(context: &Context, args: &SummaryArgs) -> Result<Status, Error> {
    let register = context.load_facts()?;
    let lang = context.language(&register.settings);
    let year = args.year.unwrap_or_else(|| context.today.year());
    let result = summarise(&register, year);
    let bytes = match args.format {
        SpendFormat::Json => render::json(&summary_json(&register, &result))?,
        SpendFormat::Csv => summary_csv(&register, &result)?,
        SpendFormat::Table => crate::sanitize::terminal(
            summary_table(&register, &result, lang, context.color),
            context.color,
        ),
        SpendFormat::Xlsx => {
            let output = context.require_output(args.output.as_deref(), "--format xlsx")?;
            let bytes = render::spend_xlsx::workbook(&register, &result, lang)?;
            context.emit(Some(output), &bytes)?;
            return Ok(Status::Success);
        }
    };
    context.emit(args.output.as_deref(), &bytes)?;
    Ok(Status::Success)
}

/// The object of SPEC §12, keys in its order.
#[derive(Serialize)]
pub struct SummaryJson<'a> {
    year: i32,
    total: f64,
    matched: f64,
    loyalty: Option<f64>,
    contracts: Vec<ContractJson<'a>>,
    outside: Vec<OutsideJson<'a>>,
    departments: Vec<DepartmentJson<'a>>,
    ranking: Vec<RankingJson<'a>>,
}

#[derive(Serialize)]
struct ContractJson<'a> {
    contract: &'a str,
    spend: f64,
    annual_value: Value,
    since_start: f64,
    max_value: Option<f64>,
}

#[derive(Serialize)]
struct OutsideJson<'a> {
    org_no: Option<&'a str>,
    supplier: &'a str,
    spend: f64,
    over_direct_award_limit: bool,
}

#[derive(Serialize)]
struct DepartmentJson<'a> {
    department: &'a str,
    total: f64,
    matched: f64,
    loyalty: Option<f64>,
}

#[derive(Serialize)]
struct RankingJson<'a> {
    contract: &'a str,
    spend: f64,
    rank1_share: Option<f64>,
}

/// The object of SPEC §12: amounts in kronor with two decimals at most.
pub fn summary_json<'a>(register: &'a Register, s: &'a SpendSummary) -> SummaryJson<'a> {
    let key = |i: usize| register.contracts[i].key.as_str();
    SummaryJson {
        year: s.year,
        total: s.total.as_sek(),
        matched: s.matched.as_sek(),
        loyalty: s.loyalty,
        contracts: s
            .contracts
            .iter()
            .map(|c| {
                let contract = &register.contracts[c.contract];
                ContractJson {
                    contract: &contract.key,
                    spend: c.spend.as_sek(),
                    annual_value: render::json_number(contract.annual_value),
                    since_start: c.since_start.as_sek(),
                    max_value: contract.max_value.map(Money::as_sek),
                }
            })
            .collect(),
        outside: s
            .outside
            .iter()
            .map(|o| OutsideJson {
                org_no: o.org_no.as_deref(),
                supplier: &o.supplier,
                spend: o.spend.as_sek(),
                over_direct_award_limit: o.over_direct_award_limit,
            })
            .collect(),
        departments: s
            .departments
            .iter()
            .map(|d| DepartmentJson {
                department: &d.department,
                total: d.total.as_sek(),
                matched: d.matched.as_sek(),
                loyalty: d.loyalty,
            })
            .collect(),
        ranking: s
            .ranking
            .iter()
            .map(|r| RankingJson {
                contract: key(r.contract),
                spend: r.spend.as_sek(),
                rank1_share: r.rank1_share,
            })
            .collect(),
    }
}

/// SPEC §9: a text cell that a spreadsheet would run as a formula gets a leading `'`.
fn csv_text(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && text.parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn plain(amount: Money) -> String {
    store::spend::amount_text(amount)
}

fn ratio(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// One CSV: `part` says which list of SPEC §12 a row belongs to.
fn summary_csv(register: &Register, s: &SpendSummary) -> Result<Vec<u8>, Error> {
    let headers = [
        "part",
        "year",
        "contract",
        "org_no",
        "supplier",
        "department",
        "spend",
        "total",
        "matched",
        "loyalty",
        "annual_value",
        "since_start",
        "max_value",
        "over_direct_award_limit",
        "rank1_share",
    ];
    let year = s.year.to_string();
    let mut rows = vec![row(
        &[
            ("part", "total".into()),
            ("year", year.clone()),
            ("total", plain(s.total)),
            ("matched", plain(s.matched)),
            ("loyalty", ratio(s.loyalty)),
        ],
        &headers,
    )];
    for c in &s.contracts {
        let contract = &register.contracts[c.contract];
        rows.push(row(
            &[
                ("part", "contract".into()),
                ("year", year.clone()),
                ("contract", contract.key.clone()),
                ("supplier", csv_text(&contract.supplier().name)),
                ("spend", plain(c.spend)),
                (
                    "annual_value",
                    render::json_number(contract.annual_value).to_string(),
                ),
                ("since_start", plain(c.since_start)),
                (
                    "max_value",
                    contract.max_value.map(plain).unwrap_or_default(),
                ),
            ],
            &headers,
        ));
    }
    for o in &s.outside {
        rows.push(row(
            &[
                ("part", "outside".into()),
                ("year", year.clone()),
                ("org_no", o.org_no.clone().unwrap_or_default()),
                ("supplier", csv_text(&o.supplier)),
                ("spend", plain(o.spend)),
                (
                    "over_direct_award_limit",
                    o.over_direct_award_limit.to_string(),
                ),
            ],
            &headers,
        ));
    }
    for d in &s.departments {
        rows.push(row(
            &[
                ("part", "department".into()),
                ("year", year.clone()),
                ("department", csv_text(&d.department)),
                ("total", plain(d.total)),
                ("matched", plain(d.matched)),
                ("loyalty", ratio(d.loyalty)),
            ],
            &headers,
        ));
    }
    for r in &s.ranking {
        rows.push(row(
            &[
                ("part", "ranking".into()),
                ("year", year.clone()),
                ("contract", register.contracts[r.contract].key.clone()),
                ("spend", plain(r.spend)),
                ("rank1_share", ratio(r.rank1_share)),
            ],
            &headers,
        ));
    }
    render::csv(&headers, &rows)
}

fn row(values: &[(&str, String)], headers: &[&str]) -> Vec<String> {
    headers
        .iter()
        .map(|h| {
            values
                .iter()
                .find(|(name, _)| name == h)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// Percent with one decimal: `80,0 %`.
fn percent(value: Option<f64>, lang: Language) -> String {
    value.map_or_else(
        || "–".to_string(),
        |v| format!("{}\u{a0}%", i18n::number(v * 100.0, 1, lang)),
    )
}

/// The table answers at a glance: total, loyalty, the largest suppliers outside contract, the
/// contracts above their annual value and the frameworks near their ceiling.
fn summary_table(register: &Register, s: &SpendSummary, lang: Language, color: bool) -> String {
    let m = crate::messages::of(lang);
    let kr = |amount: Money| i18n::sek(amount.as_sek(), lang);
    let mut out = m.spend_heading(
        s.year,
        &kr(s.total),
        &kr(s.matched),
        &percent(s.loyalty, lang),
    );
    let limit = register.settings.lou.direct_award_limit;
    if !s.outside.is_empty() {
        out.push_str(&m.largest_outside_contract(&kr(limit)));
        let rows = s
            .outside
            .iter()
            .take(10)
            .map(|o| {
                let mark = if o.over_direct_award_limit { "*" } else { "" };
                vec![
                    TableCell::from(o.org_no.clone().unwrap_or_default()),
                    TableCell::from(o.supplier.clone()),
                    TableCell::right(kr(o.spend)),
                    TableCell::from(mark.to_string()).tone(if o.over_direct_award_limit {
                        Tone::Error
                    } else {
                        Tone::Plain
                    }),
                ]
            })
            .collect();
        let headers = [
            m.column_org_no(),
            m.column_supplier(),
            m.column_amount(),
            "",
        ];
        out.push_str(&render::table::render(&headers, rows, color));
    }
    let contract_rows: Vec<Vec<TableCell>> = s
        .contracts
        .iter()
        .map(|c| {
            let contract = &register.contracts[c.contract];
            let above = contract.annual_value > 0.0 && c.spend.as_sek() > contract.annual_value;
            let ceiling = contract.max_value.filter(|max| *max > Money::ZERO);
            let near = ceiling.is_some_and(|max| c.since_start.reaches_share_of(max, 4, 5));
            let mut note = Vec::new();
            if above {
                note.push(m.above_annual_value());
            }
            if near {
                note.push(m.near_maximum_value());
            }
            vec![
                TableCell::from(contract.key.clone()),
                TableCell::right(kr(c.spend)),
                TableCell::right(i18n::sek(contract.annual_value, lang)),
                TableCell::right(kr(c.since_start)),
                TableCell::right(
                    ceiling
                        .map(|max| {
                            format!(
                                "{} ({})",
                                kr(max),
                                percent(crate::rules::spend::share(c.since_start, max), lang)
                            )
                        })
                        .unwrap_or_default(),
                ),
                TableCell::from(note.join(", ")).tone(if note.is_empty() {
                    Tone::Plain
                } else {
                    Tone::Warning
                }),
            ]
        })
        .collect();
    if !contract_rows.is_empty() {
        out.push_str(m.contracts_heading());
        let headers = [
            m.column_contract(),
            m.column_spend_this_year(),
            m.column_annual_value(),
            m.column_since_start(),
            m.column_maximum_value_used(),
            "",
        ];
        out.push_str(&render::table::render(&headers, contract_rows, color));
    }
    if !s.departments.is_empty() {
        out.push_str(m.departments_heading());
        let rows = s
            .departments
            .iter()
            .map(|d| {
                vec![
                    TableCell::from(if d.department.is_empty() {
                        "–".to_string()
                    } else {
                        d.department.clone()
                    }),
                    TableCell::right(kr(d.total)),
                    TableCell::right(kr(d.matched)),
                    TableCell::right(percent(d.loyalty, lang)),
                ]
            })
            .collect();
        let headers = [
            m.column_department(),
            m.column_total(),
            m.column_under_contract(),
            m.column_loyalty(),
        ];
        out.push_str(&render::table::render(&headers, rows, color));
    }
    if !s.ranking.is_empty() {
        out.push_str(m.ranked_frameworks_heading());
        let rows = s
            .ranking
            .iter()
            .map(|r| {
                vec![
                    TableCell::from(register.contracts[r.contract].key.clone()),
                    TableCell::right(kr(r.spend)),
                    TableCell::right(percent(r.rank1_share, lang)),
                ]
            })
            .collect();
        let headers = [
            m.column_framework(),
            m.column_spend(),
            m.column_rank1_share(),
        ];
        out.push_str(&render::table::render(&headers, rows, color));
    }
    out
}

/// The files named on the command line; a folder stands for its `.xml` files, sorted.
fn expand(context: &Context, files: &[PathBuf], m: &dyn Messages) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for file in files {
        let path = if file.is_absolute() {
            file.clone()
        } else {
            context.cwd.join(file)
        };
        if path.is_dir() {
            let entries = std::fs::read_dir(&path).map_err(|e| Error::io(&path, e))?;
            let mut xml: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("xml"))
                })
                .collect();
            if xml.is_empty() {
                return Err(Error::input(
                    m.folder_without_xml(&file.display().to_string()),
                ));
            }
            xml.sort();
            out.extend(xml);
        } else {
            out.push(path);
        }
    }
    Ok(out)
}

/// `--column FIELD=HEADER`, each field at most once.
fn chosen_columns(args: &ImportArgs, m: &dyn Messages) -> Result<Vec<Chosen>, Error> {
    let fields: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
    let mut chosen: Vec<Chosen> = Vec::new();
    for text in &args.columns {
        let parsed = text.split_once('=').and_then(|(field, header)| {
            let field = Field::of_key(field)?;
            let header = header.trim();
            (!header.is_empty()).then(|| Chosen {
                field,
                header: header.to_string(),
            })
        });
        let Some(choice) = parsed else {
            return Err(Error::input(
                m.spend_column_option(text, &fields.join(", ")),
            ));
        };
        if chosen.iter().any(|c| c.field == choice.field) {
            return Err(Error::input(m.spend_column_twice(choice.field.key())));
        }
        chosen.push(choice);
    }
    Ok(chosen)
}

/// The errors of the files that could not be read, as one error: the text lists the first 20
/// of each file; JSON lists every one on standard output.
fn read_failure(
    context: &Context,
    failed: Vec<ImportError>,
    format: ImportFormat,
    lang: Language,
) -> Result<Status, Error> {
    let m = crate::messages::of(lang);
    if format == ImportFormat::Json {
        let mut errors = Vec::new();
        for error in &failed {
            let file = error.file();
            let problems: Vec<&CellProblem> = match error {
                ImportError::Cells { problems, .. } => problems.iter().collect(),
                ImportError::Column { problem, .. } => vec![problem],
                _ => Vec::new(),
            };
            if problems.is_empty() {
                errors.push(json!({"file": file, "cell": null, "message": error.message(m), "hint": error.hint(m)}));
            }
            for problem in problems {
                errors.push(json!({
                    "file": file,
                    "cell": problem.cell.to_string(),
                    "message": problem.message,
                    "hint": error.hint(m),
                }));
            }
        }
        let value = json!({"ok": false, "errors": errors});
        let text = String::from_utf8_lossy(&render::json(&value)?).into_owned();
        context.emit(None, &crate::sanitize::terminal(text, false))?;
        return Err(Error::Reported);
    }
    let hint = failed.first().and_then(|e| e.hint(m));
    let message: Vec<String> = failed.iter().map(|e| e.message(m)).collect();
    Err(Error::Input {
        message: message.join("\nerror: "),
        hint,
    })
}

/// The first rows of a file as `spend/` would store them, in the file's order (`--dry-run`).
const SAMPLE_ROWS: usize = 5;

fn import(context: &Context, args: &ImportArgs) -> Result<Status, Error> {
    let register = context.load_facts()?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let chosen = chosen_columns(args, m)?;
    let options = Options {
        sheet: args.sheet.as_deref(),
        columns: &chosen,
        reading: Reading {
            date: args.date,
            lenient: args.lenient,
        },
    };
    let mut read: Vec<FileLines> = Vec::new();
    let mut failed: Vec<ImportError> = Vec::new();
    for path in expand(context, &args.files, m)? {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let progress = progress_bar(&path, lang);
        let result = read_file(&path, &file, options, progress.as_ref(), lang);
        if let Some(bar) = &progress {
            bar.finish_and_clear();
        }
        match result {
            Ok(lines) => read.push(lines),
            Err(error) => failed.push(error),
        }
    }
    if !failed.is_empty() {
        return read_failure(context, failed, args.format, lang);
    }
    for warning in read.iter().flat_map(|f| &f.warnings) {
        eprintln!(
            "warning: {}",
            crate::sanitize::sanitize(&warning.to_string())
        );
    }
    let mut by_year: BTreeMap<i32, Vec<Incoming<'_>>> = BTreeMap::new();
    let mut skipped: BTreeMap<Option<i32>, YearCounts> = BTreeMap::new();
    for (index, file) in read.iter().enumerate() {
        for line in &file.lines {
            by_year
                .entry(line.date.year())
                .or_default()
                .push((index, line, file.file.as_str()));
        }
        for (date, amount) in &file.skipped {
            let counts = skipped.entry(date.map(|d| d.year())).or_default();
            counts.skipped += 1;
            counts.skipped_sum += *amount;
        }
    }
    let folder = store::spend::folder(&register.root);
    // Take every year's lock first, in year order, so that nothing is written unless all of
    // the files could be planned. A dry run takes no lock and creates no folder.
    let mut import = Import::new(args.dry_run);
    let mut plans = Vec::new();
    for (year, lines) in &by_year {
        let path = store::spend::path(&register.root, *year);
        let name = store::spend::name(*year);
        if !import.dry_run() {
            std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
            import.lock(&path)?;
        }
        let stored = store::read_text(&path, &name, lang)?.unwrap_or_default();
        let mut plan = plan_year(&name, *year, &stored, lines, lang).map_err(Error::Invalid)?;
        if let Some(s) = skipped.get(&Some(*year)) {
            (plan.counts.skipped, plan.counts.skipped_sum) = (s.skipped, s.skipped_sum);
        }
        plans.push((path, plan));
    }
    let mut written = Vec::new();
    for (path, plan) in &plans {
        if import.write(path, &plan.content, plan.counts.new > 0)? {
            written.push(plan.counts.year);
        }
    }
    import.release();
    let counts: Vec<&YearCounts> = plans.iter().map(|(_, p)| &p.counts).collect();
    let mut total = YearCounts::default();
    for c in &counts {
        total.add(c);
    }
    // Skipped rows of a year without imported rows, and undated ones, count in the total.
    for (year, s) in &skipped {
        if year.is_none_or(|y| !by_year.contains_key(&y)) {
            total.add(s);
        }
    }
    let out = match args.format {
        ImportFormat::Json => {
            let files: Vec<Value> = read
                .iter()
                .map(|f| {
                    let mut file = json!({"file": f.file, "sheet": f.sheet, "rows": f.lines.len()});
                    if args.dry_run {
                        file["columns"] = f
                            .columns
                            .iter()
                            .map(|(field, header, column)| {
                                json!({"field": field.key(), "header": header, "column": column})
                            })
                            .collect();
                        file["sample"] = f
                            .lines
                            .iter()
                            .take(SAMPLE_ROWS)
                            .map(|l| sample_json(l, &f.file))
                            .collect();
                    }
                    file
                })
                .collect();
            let value = json!({
                "files": files,
                "dry_run": args.dry_run,
                "years": counts,
                "total": {
                    "new": total.new,
                    "unchanged": total.unchanged,
                    "skipped": total.skipped,
                    "new_sum": total.new_sum.as_sek(),
                    "unchanged_sum": total.unchanged_sum.as_sek(),
                    "skipped_sum": total.skipped_sum.as_sek(),
                },
                "written": written.iter().map(|y| store::spend::name(*y)).collect::<Vec<_>>(),
                "warnings": read.iter().flat_map(|f| f.warnings.clone()).collect::<Vec<_>>(),
            });
            String::from_utf8_lossy(&render::json(&value)?).into_owned()
        }
        ImportFormat::Text => {
            let mut out = String::new();
            if args.dry_run {
                for file in &read {
                    out.push_str(&preview_text(file, m));
                }
            }
            out.push_str(&import_text(&counts, &total, args.dry_run, &written, lang));
            out
        }
    };
    context.emit(None, &crate::sanitize::terminal(out, false))?;
    Ok(Status::Success)
}

/// One stored row of the dry run's sample, as JSON.
fn sample_json(line: &SpendLine, source: &str) -> Value {
    json!({
        "date": line.date.to_string(),
        "org_no": line.org_no,
        "supplier": line.supplier,
        "amount": line.amount.as_sek(),
        "department": line.department,
        "account": line.account,
        "invoice": line.invoice,
        "contract": line.contract,
        "source": source,
    })
}

/// The dry run's view of one file: which header was read as which field, and its first rows
/// as `spend/` would store them.
fn preview_text(file: &FileLines, m: &dyn Messages) -> String {
    let name = match &file.sheet {
        Some(sheet) => format!("{} ({sheet})", file.file),
        None => file.file.clone(),
    };
    let mut out = String::new();
    if !file.columns.is_empty() {
        out.push_str(&m.spend_columns_heading(&name));
        for (field, header, column) in &file.columns {
            out.push_str(&m.spend_column_read(field.key(), header, column));
        }
    }
    let sample: Vec<(&SpendLine, &str)> = file
        .lines
        .iter()
        .take(SAMPLE_ROWS)
        .map(|l| (l, file.file.as_str()))
        .collect();
    if !sample.is_empty() {
        out.push_str(&m.spend_sample_heading(&name, sample.len()));
        let text = String::from_utf8_lossy(&store::spend::render(&sample)).into_owned();
        for line in text.lines() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn import_text(
    counts: &[&YearCounts],
    total: &YearCounts,
    dry_run: bool,
    written: &[i32],
    lang: Language,
) -> String {
    let m = crate::messages::of(lang);
    let kr = |amount: Money| i18n::money(amount, lang);
    let mut out = String::new();
    let text = |c: &YearCounts| {
        m.spend_counts(
            c.new,
            &kr(c.new_sum),
            c.unchanged,
            &kr(c.unchanged_sum),
            c.skipped,
            &kr(c.skipped_sum),
        )
    };
    for c in counts {
        // `spend/2026.csv: 4 nya (…), …`: the file's name, then its counts.
        out.push_str(&format!("{}: {}\n", store::spend::name(c.year), text(c)));
    }
    out.push_str(&m.spend_total_counts(&text(total)));
    if dry_run {
        out.push_str(m.dry_run());
    } else if written.is_empty() {
        out.push_str(m.spend_nothing_new());
    }
    out
}
