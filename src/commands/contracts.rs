//! `avtal contracts import` (SPEC §15): a thin shell around [`crate::import::contracts`] that
//! reads the export, validates every contract it would write, then writes them all or none.

use super::shared::templates::{ContractTemplate, contract_template};
use crate::commands::shared::import_run::Import;
use crate::context::Context;
use crate::error::{Error, Status};
use crate::import::cell::CellRef;
use crate::import::contracts::columns::find_header;
use crate::import::contracts::matching::{Outcome, plan};
use crate::import::contracts::rows::ContractRow;
use crate::import::contracts::update::update;
use crate::import::contracts::values::amount_toml;
use crate::import::contracts::{ContractsError, read_sheet};
use crate::import::read::{FileKind, find_sheet};
use crate::load::parse_contract;
use crate::messages::prelude::*;
use crate::model::{Language, Register};
use crate::render;
use crate::store;
use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// `avtal contracts` subcommands.
#[derive(Debug, Subcommand)]
pub enum ContractsCommand {
    /// Create contract folders from an export of an existing contract database
    Import(ImportArgs),
}

/// Arguments of `avtal contracts import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The export: .xlsx, .xlsm, .xls, .ods, .csv or .txt, one row per contract
    pub file: PathBuf,
    /// Read this sheet [default: the first visible sheet with a header row]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Print what would be created and changed, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Rewrite the fields of existing contracts that differ from the file
    #[arg(long)]
    pub update: bool,
    /// Output format of the summary
    #[arg(long, value_enum, default_value_t = ImportFormat::Text)]
    pub format: ImportFormat,
}

/// Output formats of `avtal contracts import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// A summary for people
    Text,
    /// One object: counts, the contracts per outcome, warnings
    Json,
}

/// Runs a `contracts` subcommand.
pub fn run(context: &Context, command: &ContractsCommand) -> Result<Status, Error> {
    match command {
        ContractsCommand::Import(args) => import(context, args),
    }
}

/// A file the import would write: a new contract or an updated one.
struct Write {
    key: String,
    text: String,
    new: bool,
}

fn import(context: &Context, args: &ImportArgs) -> Result<Status, Error> {
    // The register is read under its lock and the lock held until every file is written, so a
    // second import at the same time plans from this one's result (issue 31).
    let _lock = match args.dry_run {
        true => None,
        false => Some(store::contract::lock(
            &context.register_dir()?,
            crate::commands::shared::import_run::LOCK_WAIT,
        )?),
    };
    let register = context.load()?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
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
    let found = find_sheet(
        &path,
        &file,
        kind,
        args.sheet.as_deref(),
        None,
        lang,
        |grid| Ok(find_header(grid)),
    )
    .map_err(|e| e.into_error(lang))?;
    let (grid, columns) = found.map_err(|seen| ContractsError::NoHeader {
        file: file.clone(),
        seen,
        lang,
    })?;
    let sheet = read_sheet(&grid, columns, &file, lang)?;
    let rows = &sheet.rows.rows;
    let folder_taken = |key: &str| register.root.join(key).exists();
    let outcomes = plan(
        rows,
        &register.contracts,
        &folder_taken,
        &grid,
        &sheet.columns,
        lang,
    )
    .map_err(|problems| ContractsError::Cells {
        file: file.clone(),
        problems,
        lang,
    })?;
    let conflicts: Vec<(String, Vec<_>)> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Changed { key, diffs } => Some((key.clone(), diffs.clone())),
            _ => None,
        })
        .collect();
    if !conflicts.is_empty() && !args.update {
        return Err(ContractsError::Conflicts {
            file,
            conflicts,
            lang,
        }
        .into());
    }
    let sheet_name = (kind != FileKind::Csv).then_some(grid.sheet.as_str());
    let writes = prepare(&register, rows, &outcomes, &file, sheet_name, lang)?;
    Import::new(args.dry_run).write_with(|| write_all(&register.root, &writes, m))?;
    let out = match args.format {
        ImportFormat::Json => json_summary(
            args,
            &file,
            sheet_name,
            rows,
            &outcomes,
            &writes,
            sheet.rows.skipped,
            &grid,
        )?,
        ImportFormat::Text => text_summary(
            args,
            &file,
            sheet_name,
            rows,
            &outcomes,
            sheet.rows.skipped,
            lang,
        ),
    };
    // Like errors (SPEC §5.3): 3,000 rows without an org number print 50 warnings and a count
    // (issue 31); the JSON summary keeps every one.
    let shown = crate::diag::MAX_SHOWN_PER_FILE;
    let warnings = rows
        .iter()
        .zip(&outcomes)
        .flat_map(|(row, outcome)| row.warnings.iter().map(move |w| (row, outcome, w)));
    let mut count = 0;
    for (row, outcome, warning) in warnings {
        count += 1;
        if count <= shown {
            let message = format!(
                "warning: {file}: {}: {}: {warning}",
                row_ref(&grid, row),
                outcome.key()
            );
            eprintln!("{}", crate::sanitize::sanitize(&message));
        }
    }
    if count > shown {
        eprintln!("warning: {}", m.more_warnings(&file, count - shown));
    }
    context.emit(None, &crate::sanitize::terminal(out, false))?;
    Ok(Status::Success)
}

/// Control characters from the file shown as `?` in text output (SPEC §9).
fn visible(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

fn row_ref(grid: &crate::import::cell::Grid, row: &ContractRow) -> CellRef {
    grid.cell_ref(row.row, 0)
}

/// The text of every file to write, each validated with the loader; all errors at once.
fn prepare(
    register: &Register,
    rows: &[ContractRow],
    outcomes: &[Outcome],
    file: &str,
    sheet: Option<&str>,
    lang: Language,
) -> Result<Vec<Write>, Error> {
    let keys: BTreeSet<&str> = register
        .contracts
        .iter()
        .map(|c| c.key.as_str())
        .chain(outcomes.iter().map(Outcome::key))
        .collect();
    let is_key = |key: &str| keys.contains(key);
    let mut writes = Vec::new();
    let mut diagnostics = Vec::new();
    for (row, outcome) in rows.iter().zip(outcomes) {
        let (key, text, new) = match outcome {
            Outcome::New { key } => (key, new_contract(row, file, sheet, lang), true),
            Outcome::Changed { key, diffs } => {
                let source = store::contract::read(&register.root, key)?;
                let fields: Vec<_> = diffs.iter().map(|d| d.field).collect();
                let text = update(&source, row, &fields)
                    .map_err(|e| Error::input(format!("{key}/contract.toml: {e}")))?;
                (key, text, false)
            }
            Outcome::Unchanged { .. } => continue,
        };
        let name = store::contract::name(key);
        match parse_contract(key, &name, &text, Some(&is_key), lang) {
            Ok(_) => writes.push(Write {
                key: key.clone(),
                text,
                new,
            }),
            Err(mut found) => diagnostics.append(&mut found),
        }
    }
    if diagnostics.is_empty() {
        Ok(writes)
    } else {
        Err(Error::Invalid(diagnostics))
    }
}

/// The commented `contract.toml` of a new row, in `avtal new`'s style.
fn new_contract(row: &ContractRow, file: &str, sheet: Option<&str>, lang: Language) -> String {
    let m = crate::messages::of(lang);
    let origin = crate::messages::Templates::template_origin(m, file, sheet, row.row + 1);
    let annual = row.annual_value.map(amount_toml);
    let contract_value = row.contract_value.map(amount_toml);
    let max_value = row.max_value.map(amount_toml);
    let options: Vec<(u32, u32)> = row
        .options
        .iter()
        .map(|o| (o.months, o.notice_months))
        .collect();
    let suppliers = [row.supplier.clone()];
    let template = ContractTemplate {
        title: &row.title,
        suppliers: &suppliers,
        start: row.start,
        end: row.end,
        kind: row.kind.as_str(),
        controller: row.controller.as_deref(),
        origin: Some(&origin),
        diarienummer: row.diarienummer.as_deref(),
        category: row.category.as_deref(),
        annual_value: annual.as_deref(),
        contract_value: contract_value.as_deref(),
        max_value: max_value.as_deref(),
        business_critical: row.business_critical,
        keywords: &row.keywords,
        org_no: row.org_no.as_deref(),
        owner: row.owner.as_deref(),
        options: &options,
    };
    contract_template(&template, m)
}

/// Threads that write at once: each write waits for the disk (fsync), and concurrent syncs
/// share the file system's journal commits, so 5,000 new contracts take seconds, not half a
/// minute (SPEC §10).
const WRITERS: usize = 32;

/// Writes every file all-or-none: each is written and synced under a hidden name first (in
/// threads), and only when all are staged are they renamed into place. When one fails, the
/// staged files and the folders created so far are removed again and no contract changed.
fn write_all(root: &Path, writes: &[Write], m: &dyn Messages) -> Result<(), Error> {
    let chunk = writes.len().div_ceil(WRITERS).max(1);
    let results: Vec<Staging> = std::thread::scope(|scope| {
        let handles: Vec<_> = writes
            .chunks(chunk)
            .map(|part| scope.spawn(move || stage_part(root, part)))
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle.join().unwrap_or_else(|_| Staging {
                    created: Vec::new(),
                    staged: Vec::new(),
                    result: Err(Error::input(m.writer_thread_failed())),
                })
            })
            .collect()
    });
    let failed = results.iter().any(|part| part.result.is_err());
    if failed {
        let mut first_error = Ok(());
        for part in results {
            drop(part.staged);
            for folder in part.created {
                let _ = std::fs::remove_dir_all(folder);
            }
            if first_error.is_ok() && part.result.is_err() {
                first_error = part.result;
            }
        }
        return first_error;
    }
    results
        .into_iter()
        .flat_map(|part| part.staged)
        .try_for_each(crate::fsutil::Staged::commit)
}

/// What one writer thread staged: the folders it created, the files waiting to be renamed into
/// place, and whether all of its part was staged.
struct Staging {
    created: Vec<PathBuf>,
    staged: Vec<crate::fsutil::Staged>,
    result: Result<(), Error>,
}

/// Stages `part`: creates the folders of new contracts and writes every file under a hidden name.
fn stage_part(root: &Path, part: &[Write]) -> Staging {
    let mut created = Vec::new();
    let mut staged = Vec::new();
    let result = part.iter().try_for_each(|write| {
        if write.new {
            created.push(store::contract::create_folder(root, &write.key)?);
        }
        staged.push(store::contract::stage(root, &write.key, &write.text)?);
        Ok(())
    });
    Staging {
        created,
        staged,
        result,
    }
}

fn count(outcomes: &[Outcome], updated: bool) -> [usize; 3] {
    let mut counts = [0; 3];
    for outcome in outcomes {
        match outcome {
            Outcome::New { .. } => counts[0] += 1,
            Outcome::Unchanged { .. } => counts[1] += 1,
            Outcome::Changed { .. } if updated => counts[2] += 1,
            Outcome::Changed { .. } => {}
        }
    }
    counts
}

fn text_summary(
    args: &ImportArgs,
    file: &str,
    sheet: Option<&str>,
    rows: &[ContractRow],
    outcomes: &[Outcome],
    skipped: usize,
    lang: Language,
) -> String {
    let [new, unchanged, updated] = count(outcomes, args.update);
    let m = crate::messages::of(lang);
    let source = match sheet {
        Some(sheet) => m.file_with_sheet(file, sheet),
        None => file.to_string(),
    };
    let mut out = m.contracts_summary(&source, rows.len(), new, unchanged, updated, skipped);
    for (row, outcome) in rows.iter().zip(outcomes) {
        match outcome {
            Outcome::New { key } => {
                let (name, title) = (store::contract::name(key), visible(&row.title));
                out.push_str(&if args.dry_run {
                    m.would_create(&name, &title)
                } else {
                    m.created(&name, &title)
                });
            }
            Outcome::Changed { key, diffs } => {
                let name = store::contract::name(key);
                let fields: Vec<&str> = diffs.iter().map(|d| d.field.name()).collect();
                let fields = fields.join(", ");
                out.push_str(&if args.dry_run {
                    m.would_update(&name, &fields)
                } else {
                    m.updated(&name, &fields)
                });
            }
            Outcome::Unchanged { .. } => {}
        }
    }
    if args.dry_run {
        out.push_str(m.dry_run());
    } else if new + updated == 0 {
        out.push_str(m.register_nothing_new());
    } else {
        out.push_str(m.check_the_register());
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn json_summary(
    args: &ImportArgs,
    file: &str,
    sheet: Option<&str>,
    rows: &[ContractRow],
    outcomes: &[Outcome],
    writes: &[Write],
    skipped: usize,
    grid: &crate::import::cell::Grid,
) -> Result<String, Error> {
    let [new, unchanged, updated] = count(outcomes, args.update);
    let contracts: Vec<_> = rows
        .iter()
        .zip(outcomes)
        .map(|(row, outcome)| {
            let (status, fields) = match outcome {
                Outcome::New { .. } => ("new", Vec::new()),
                Outcome::Unchanged { .. } => ("unchanged", Vec::new()),
                Outcome::Changed { diffs, .. } => (
                    "updated",
                    diffs
                        .iter()
                        .map(|d| {
                            json!({
                                "field": d.field.name(),
                                "stored": d.stored,
                                "imported": d.imported,
                                "cell": d.cell.to_string(),
                            })
                        })
                        .collect(),
                ),
            };
            let content = args
                .dry_run
                .then(|| {
                    writes
                        .iter()
                        .find(|w| w.key == outcome.key())
                        .map(|w| w.text.clone())
                })
                .flatten();
            json!({
                "key": outcome.key(),
                "title": row.title,
                "row": row_ref(grid, row).to_string(),
                "status": status,
                "fields": fields,
                "warnings": row.warnings,
                "content": content,
            })
        })
        .collect();
    let value = json!({
        "file": file,
        "sheet": sheet,
        "dry_run": args.dry_run,
        "written": !args.dry_run && !writes.is_empty(),
        "counts": {"new": new, "unchanged": unchanged, "updated": updated, "skipped": skipped},
        "contracts": contracts,
    });
    Ok(String::from_utf8_lossy(&render::json(&value)?).into_owned())
}
