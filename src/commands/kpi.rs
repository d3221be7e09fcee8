//! `avtal kpi import` and `avtal kpi show` (SPEC §7): thin shells around [`crate::import`].

use crate::commands::shared::contract_key::{KeyHint, find_contract};
use crate::commands::shared::import_run::{Import, dry_run_diff};
use crate::commands::shared::progress::progress_bar;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::i18n;
use crate::import::error::ImportError;
use crate::import::extract::extract;
use crate::import::plan::{ImportPlan, plan};
use crate::import::read::{FileKind, locate};
use crate::model::{Contract, Direction, Kpi, Language};
use crate::render::{self, table::TableCell, table::Tone};
use crate::rules::kpi_overview::{KpiOverview, PeriodState, overview};
use crate::store;
use crate::store::format_value;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;
use std::path::PathBuf;

/// KPI subcommands.
#[derive(Debug, Subcommand)]
pub enum KpiCommand {
    /// Import KPI values from a supplier's spreadsheet or CSV into kpi.csv
    Import(ImportArgs),
    /// KPI values by period, with targets, breaches, streaks and missing periods
    Show(ShowArgs),
}

/// Arguments of `avtal kpi import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The supplier's file: .xlsx, .xlsm, .xls, .ods, .csv or .txt
    pub file: PathBuf,
    /// The contract the values belong to (its key)
    #[arg(long, value_name = "KEY")]
    pub contract: String,
    /// Read this sheet [default: the first visible sheet with a header row]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Print what would be written and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Overwrite stored values that differ from the file's
    #[arg(long)]
    pub replace: bool,
    /// Output format of the summary
    #[arg(long, value_enum, default_value_t = ImportFormat::Table)]
    pub format: ImportFormat,
}

/// Output formats of `avtal kpi import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A table per KPI and a closing line, for people
    Table,
    /// One object: counts per KPI, replaced values, whether kpi.csv was written
    Json,
}

/// Arguments of `avtal kpi show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The contract's key
    pub key: String,
    /// How many periods to show per KPI, counted back from today
    #[arg(long, value_name = "N", default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..))]
    pub last: u32,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Table)]
    pub format: ShowFormat,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `avtal kpi show`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// One table per KPI, for people
    Table,
    /// One object per KPI
    Json,
    /// kpi,period,value,… rows
    Csv,
}

/// Runs a KPI subcommand.
pub fn run(context: &Context, command: &KpiCommand) -> Result<Status, Error> {
    match command {
        KpiCommand::Import(args) => import(context, args),
        KpiCommand::Show(args) => show(context, args),
    }
}

fn import(context: &Context, args: &ImportArgs) -> Result<Status, Error> {
    let register = context.load_one(&args.contract)?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let contract = find_contract(&register, &args.contract, KeyHint::ListEveryContract, m)?;
    let path = if args.file.is_absolute() {
        args.file.clone()
    } else {
        context.cwd.join(&args.file)
    };
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.file.display().to_string());
    let kind = FileKind::of(&path).ok_or_else(|| {
        Error::input_with_hint(m.unknown_file_type(&file), m.hint_kpi_file_types())
    })?;
    if contract.kpis.is_empty() {
        return Err(Error::input_with_hint(
            m.contract_has_no_kpis(&contract.key),
            m.add_kpis_hint(&contract.file().to_string()),
        ));
    }
    let progress = progress_bar(&path, lang);
    let located = locate(
        &path,
        &file,
        kind,
        args.sheet.as_deref(),
        &contract.kpis,
        progress.as_ref(),
        lang,
    );
    if let Some(bar) = &progress {
        bar.finish_and_clear();
    }
    let located = located.map_err(|e| e.into_error(lang))?;
    let extracted =
        extract(&located.grid, &located.layout, contract, lang).map_err(|problems| {
            ImportError::Cells {
                file: file.clone(),
                problems,
            }
            .into_error(lang)
        })?;
    // Like errors (SPEC §5.3): a file of a million skipped rows prints 50 warnings and a count.
    let shown = crate::diag::MAX_SHOWN_PER_FILE;
    for warning in extracted.warnings.iter().take(shown) {
        eprintln!(
            "warning: {}",
            crate::sanitize::sanitize(&warning.render(&file))
        );
    }
    if extracted.warnings.len() > shown {
        let more = extracted.warnings.len() - shown;
        eprintln!("warning: {}", m.more_warnings(&file, more));
    }
    if extracted.values.is_empty() && extracted.skipped.is_empty() {
        let header = located
            .grid
            .cell_ref(located.layout.header_row(), 0)
            .to_string();
        eprintln!("warning: {}", m.no_kpi_values(&file, &header));
    }

    let kpi_path = store::kpi::path(&register.root, &contract.key);
    let kpi_name = store::kpi::name(&contract.key);
    // Read kpi.csv only under the lock, so that two imports never lose each other's rows.
    let mut import = Import::new(args.dry_run);
    import.lock(&kpi_path)?;
    let stored = store::kpi::read(&kpi_path)?;
    let existing = store::kpi::parse(&kpi_name, &stored, &contract.kpis, lang)?;
    let result = plan(existing, &extracted, &contract.kpis, &file, args.replace);
    if !result.conflicts.is_empty() && !args.replace {
        return Err(ImportError::Conflicts {
            file,
            conflicts: result.conflicts,
        }
        .into_error(lang));
    }
    let written = import.write(&kpi_path, &result.content, result.changed)?;
    let out = match args.format {
        ImportFormat::Json => {
            let content = args
                .dry_run
                .then(|| String::from_utf8_lossy(&result.content).into_owned());
            let sheet = (kind != FileKind::Csv).then_some(located.grid.sheet.as_str());
            let value = json!({
                "contract": contract.key,
                "file": file,
                "sheet": sheet,
                "dry_run": args.dry_run,
                "written": written,
                "kpis": result.counts,
                "replaced": result.conflicts.iter().map(|c| json!({
                    "kpi": c.kpi,
                    "period": c.period.to_string(),
                    "stored": c.stored,
                    "imported": c.imported,
                    "cell": c.cell.to_string(),
                })).collect::<Vec<_>>(),
                "warnings": extracted.warnings.iter().map(|w| w.render(&file)).collect::<Vec<_>>(),
                "content": content,
            });
            String::from_utf8_lossy(&render::json(&value)?).into_owned()
        }
        ImportFormat::Table => {
            let mut out = summary(
                contract,
                &result,
                &file,
                &located.grid.sheet,
                kind,
                lang,
                context.color,
            );
            out.push_str(&import.outcome(&kpi_name, written, m, || {
                let after = String::from_utf8_lossy(&result.content);
                dry_run_diff(&kpi_name, &stored, &after, m)
            }));
            out
        }
    };
    context.emit(None, &crate::sanitize::terminal(out, false))?;
    Ok(Status::Success)
}

fn summary(
    contract: &Contract,
    result: &ImportPlan,
    file: &str,
    sheet: &str,
    kind: FileKind,
    lang: Language,
    color: bool,
) -> String {
    let m = crate::messages::of(lang);
    let source = if kind == FileKind::Csv {
        file.to_string()
    } else {
        m.file_and_sheet(file, sheet)
    };
    let mut out = m.kpi_import_heading(&contract.key, &source);
    let headers = [
        m.column_kpi(),
        m.column_new(),
        m.column_unchanged(),
        m.column_replaced(),
        m.column_skipped(),
    ];
    let rows = result
        .counts
        .iter()
        .zip(&contract.kpis)
        .map(|(counts, kpi)| {
            vec![
                TableCell::from(kpi.name.clone()),
                TableCell::right(counts.new.to_string()),
                TableCell::right(counts.unchanged.to_string()),
                TableCell::right(counts.replaced.to_string()),
                TableCell::right(counts.skipped.to_string()),
            ]
        })
        .collect();
    out.push_str(&render::table::render(&headers, rows, color));
    // With --replace, say which stored values change, with both values.
    for conflict in &result.conflicts {
        out.push_str(&m.replacing_value(
            &conflict.kpi,
            &conflict.period.to_string(),
            &conflict.stored,
            &format_value(conflict.imported),
            &conflict.cell.to_string(),
        ));
    }
    out
}

fn show(context: &Context, args: &ShowArgs) -> Result<Status, Error> {
    let register = context.load_one(&args.key)?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let contract = find_contract(&register, &args.key, KeyHint::ListEveryContract, m)?;
    let view = overview(
        contract,
        context.today,
        register.settings.kpi_grace_days,
        args.last as usize,
    );
    let bytes = match args.format {
        ShowFormat::Table => crate::sanitize::terminal(
            show_table(contract, &view, lang, context.color),
            context.color,
        ),
        ShowFormat::Json => render::json(&show_json(contract, &view))?,
        ShowFormat::Csv => show_csv(contract, &view)?,
    };
    context.emit(args.output.as_deref(), &bytes)?;
    Ok(Status::Success)
}

fn state_text(state: PeriodState, lang: Language) -> &'static str {
    let m = crate::messages::of(lang);
    match state {
        PeriodState::Ok => "OK",
        PeriodState::Breach => m.state_breach(),
        PeriodState::Missing => m.state_missing(),
        PeriodState::NotDue => m.state_not_due(),
    }
}

fn target_text(kpi: &Kpi, lang: Language) -> String {
    let sign = match kpi.direction {
        Direction::Higher => "≥",
        Direction::Lower => "≤",
    };
    with_unit(&format!("{sign} {}", i18n::value(kpi.target, lang)), kpi)
}

fn with_unit(text: &str, kpi: &Kpi) -> String {
    if kpi.unit.is_empty() {
        text.to_string()
    } else {
        format!("{text} {}", kpi.unit)
    }
}

fn show_table(contract: &Contract, view: &[KpiOverview], lang: Language, color: bool) -> String {
    let m = crate::messages::of(lang);
    let mut out = format!("{} – {}\n", contract.key, contract.title);
    if view.is_empty() {
        out.push_str(m.contract_without_kpis());
    }
    for item in view {
        let kpi = &contract.kpis[item.kpi];
        out.push('\n');
        out.push_str(&m.kpi_target(&kpi.name, &kpi.id, &target_text(kpi, lang)));
        let headers = [m.column_period(), m.column_value(), m.column_status()];
        let rows = item
            .periods
            .iter()
            .rev()
            .map(|line| {
                let value = line
                    .value
                    .map(|v| with_unit(&i18n::value(v, lang), kpi))
                    .unwrap_or_default();
                let tone = match line.state {
                    PeriodState::Ok => Tone::Good,
                    PeriodState::Breach => Tone::Error,
                    PeriodState::Missing => Tone::Warning,
                    PeriodState::NotDue => Tone::Dim,
                };
                vec![
                    TableCell::from(line.period.to_string()),
                    TableCell::right(value),
                    TableCell::from(state_text(line.state, lang)).tone(tone),
                ]
            })
            .collect();
        out.push_str(&render::table::render(&headers, rows, color));
        out.push_str(&m.breaches_in_a_row(item.streak));
        let missing: Vec<String> = item.missing.iter().map(|p| p.to_string()).collect();
        let missing = if missing.is_empty() {
            m.no_missing_periods().to_string()
        } else {
            missing.join(", ")
        };
        out.push_str(&m.missing_periods(&missing));
    }
    out
}

fn show_json(contract: &Contract, view: &[KpiOverview]) -> serde_json::Value {
    let kpis: Vec<serde_json::Value> = view
        .iter()
        .map(|item| {
            let kpi = &contract.kpis[item.kpi];
            json!({
                "kpi": kpi.id,
                "name": kpi.name,
                "unit": kpi.unit,
                "target": kpi.target,
                "direction": kpi.direction.as_str(),
                "frequency": kpi.frequency.as_str(),
                "streak": item.streak,
                "missing": item.missing.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
                "periods": item.periods.iter().map(|line| json!({
                    "period": line.period.to_string(),
                    "value": line.value,
                    "breach": line.state == PeriodState::Breach,
                    "status": line.state,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({"contract": contract.key, "kpis": kpis})
}

fn show_csv(contract: &Contract, view: &[KpiOverview]) -> Result<Vec<u8>, Error> {
    let mut rows = Vec::new();
    for item in view {
        let kpi = &contract.kpis[item.kpi];
        for line in &item.periods {
            let status = serde_json::to_value(line.state)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            rows.push(vec![
                kpi.id.clone(),
                line.period.to_string(),
                line.value
                    .map(crate::store::format_value)
                    .unwrap_or_default(),
                crate::store::format_value(kpi.target),
                kpi.unit.clone(),
                kpi.direction.as_str().to_string(),
                (line.state == PeriodState::Breach).to_string(),
                status,
            ]);
        }
    }
    render::csv(
        &[
            "kpi",
            "period",
            "value",
            "target",
            "unit",
            "direction",
            "breach",
            "status",
        ],
        &rows,
    )
}
