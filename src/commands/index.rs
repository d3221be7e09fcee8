//! `avtal index import FILE --series NAME` (SPEC §13): a price index series into
//! `index/<NAME>.csv`, atomically, under the register's lock, idempotently.

use crate::commands::shared::import_run::Import;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::import::error::{ImportError, MAX_FILE_BYTES};
use crate::import::header::likely_headers;
use crate::import::index::{ImportedMonth, Merge, detect_columns, extract, merge, parse_json_stat};
use crate::import::read::{FileKind, find_sheet};
use crate::load::is_valid_series_name;
use crate::messages::prelude::*;
use crate::model::Language;
use crate::render;
use crate::store;
use crate::store::format_value;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;
use std::path::{Path, PathBuf};

/// Index subcommands.
#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Import a price index series (SCB download, spreadsheet or CSV) into index/NAME.csv
    Import(IndexImportArgs),
}

/// Arguments of `avtal index import`.
#[derive(Debug, Args)]
pub struct IndexImportArgs {
    /// The file: .xlsx, .xlsm, .xls, .ods, .csv, .txt, or SCB's JSON-stat (.json)
    pub file: PathBuf,
    /// The series name: the file index/NAME.csv that contracts name in [price_adjustment] index
    #[arg(long, value_name = "NAME")]
    pub series: String,
    /// Read this sheet [default: the first visible sheet with a month column]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Print what would be written and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Overwrite stored values that differ from the file's
    #[arg(long)]
    pub replace: bool,
    /// Output format of the summary
    #[arg(long, value_enum, default_value_t = IndexFormat::Table)]
    pub format: IndexFormat,
}

/// Output formats of `avtal index import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum IndexFormat {
    /// A summary for people
    Table,
    /// One object with the counts
    Json,
}

/// Runs an index subcommand.
pub fn run(context: &Context, command: &IndexCommand) -> Result<Status, Error> {
    match command {
        IndexCommand::Import(args) => import(context, args),
    }
}

fn import(context: &Context, args: &IndexImportArgs) -> Result<Status, Error> {
    // Only avtal.toml and the series itself are read: a contract whose clause names the series
    // that is being imported must not block the import that makes it valid.
    let root = context.register_dir()?;
    let lang = match context.lang {
        Some(lang) => lang,
        None => crate::load::load_settings(&root, context.languages())?.language,
    };
    let m = crate::messages::of(lang);
    if !is_valid_series_name(&args.series) {
        return Err(Error::input_with_hint(
            m.import_invalid_series_name(&args.series),
            m.hint_series_name(),
        ));
    }
    let path = if args.file.is_absolute() {
        args.file.clone()
    } else {
        context.cwd.join(&args.file)
    };
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.file.display().to_string());
    let (imported, warnings) = read(&path, &file, args.sheet.as_deref(), lang)?;
    for warning in &warnings {
        eprintln!(
            "warning: {}",
            crate::sanitize::sanitize(&warning.to_string())
        );
    }
    if imported.is_empty() {
        eprintln!(
            "warning: {}",
            m.no_index_values(&crate::sanitize::sanitize(&file))
        );
    }

    let folder = store::index::folder(&root);
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    let target = store::index::path(&root, &args.series);
    let name = store::index::name(&args.series);
    let mut import = Import::new(args.dry_run);
    import.lock(&target)?;
    let stored = store::index::parse(&args.series, &target, lang)?;
    let result = merge(&stored, &imported, args.replace);
    if !result.conflicts.is_empty() && !args.replace {
        return Err(conflicts_error(&file, &name, &result, m));
    }
    let written = import.write(&target, result.content.as_bytes(), result.changed)?;
    let out = match args.format {
        IndexFormat::Json => {
            let value = json!({
                "series": args.series,
                "file": file,
                "dry_run": args.dry_run,
                "written": written,
                "new": result.new,
                "unchanged": result.unchanged,
                "replaced": if args.replace { result.conflicts.len() } else { 0 },
                "first": result.span.map(|s| s.0.to_string()),
                "last": result.span.map(|s| s.1.to_string()),
                "warnings": warnings,
                "content": args.dry_run.then_some(result.content.as_str()),
            });
            String::from_utf8_lossy(&render::json(&value)?).into_owned()
        }
        IndexFormat::Table => summary(&import, &file, &name, &result, args, written, lang),
    };
    context.emit(None, &crate::sanitize::terminal(out, false))?;
    Ok(Status::Success)
}

/// Reads the months and values of `path`: JSON-stat for `.json`, else a two-column table
/// through the shared reader stack. Returns them with the warnings, rendered.
fn read(
    path: &Path,
    file: &str,
    sheet: Option<&str>,
    lang: Language,
) -> Result<(Vec<ImportedMonth>, Vec<String>), Error> {
    let m = crate::messages::of(lang);
    let cells_error = |problems| {
        ImportError::Cells {
            file: file.to_string(),
            problems,
        }
        .into_error(lang)
    };
    let is_json = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json {
        let metadata = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if metadata.len() > MAX_FILE_BYTES {
            return Err(ImportError::TooLarge {
                file: file.to_string(),
                bytes: metadata.len(),
            }
            .into_error(lang));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = crate::import::read::csv_file::decode(bytes);
        return Ok((parse_json_stat(&text, file, lang)?, Vec::new()));
    }
    let kind = FileKind::of(path).ok_or_else(|| {
        Error::input_with_hint(m.unknown_file_type(file), m.hint_index_file_types())
    })?;
    let found = find_sheet(
        path,
        file,
        kind,
        sheet,
        None,
        lang,
        |grid| match detect_columns(grid).map_err(|problems| ImportError::Cells {
            file: file.to_string(),
            problems,
        })? {
            Some(columns) => Ok(Ok(columns)),
            None => Ok(Err(likely_headers(grid))),
        },
    )
    .map_err(|e| e.into_error(lang))?;
    match found {
        Ok((grid, columns)) => {
            let (values, warnings) = extract(&grid, columns, lang).map_err(cells_error)?;
            Ok((values, warnings.iter().map(|w| w.render(file)).collect()))
        }
        Err(seen) => {
            let saw: Vec<String> = seen
                .iter()
                .map(|(sheet, headers)| {
                    let headers = headers
                        .iter()
                        .map(|h| format!("\"{}\"", crate::sanitize::one_line(h)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    if sheet.is_empty() {
                        m.saw_headers(&headers)
                    } else {
                        m.sheet_saw_headers(sheet, &headers)
                    }
                })
                .collect();
            Err(Error::input_with_hint(
                format!("{}{}", m.index_no_header(file), saw.concat()),
                m.hint_index_header(),
            ))
        }
    }
}

fn conflicts_error(file: &str, name: &str, result: &Merge, m: &dyn Messages) -> Error {
    let mut message = m.index_conflicts(file, result.conflicts.len(), name);
    for conflict in result.conflicts.iter().take(20) {
        message.push_str(&m.index_conflict(
            &conflict.month.to_string(),
            &format_value(conflict.stored),
            &format_value(conflict.imported),
            &conflict.place,
        ));
    }
    if result.conflicts.len() > 20 {
        message.push_str(&m.listed_more(result.conflicts.len() - 20));
    }
    Error::input_with_hint(message, m.hint_index_replace())
}

fn summary(
    import: &Import,
    file: &str,
    name: &str,
    result: &Merge,
    args: &IndexImportArgs,
    written: bool,
    lang: Language,
) -> String {
    let replaced = if args.replace {
        result.conflicts.len()
    } else {
        0
    };
    let span = result
        .span
        .map(|(first, last)| format!(" ({first} – {last})"))
        .unwrap_or_default();
    let m = crate::messages::of(lang);
    let mut out = m.index_summary(&args.series, file);
    out.push_str(&m.index_counts(result.new, result.unchanged, replaced));
    let months = result.content.lines().count().saturating_sub(1);
    out.push_str(&m.index_series_months(months, &span));
    if args.replace {
        for conflict in &result.conflicts {
            out.push_str(&m.replacing_month(
                &conflict.month.to_string(),
                &format_value(conflict.stored),
                &format_value(conflict.imported),
            ));
        }
    }
    out.push_str(&import.outcome(name, written, m, || {
        m.dry_run_would_be(name, &result.content)
    }));
    out
}
