//! Readers: one per file type, each producing [`Grid`]s of typed cells, and the choice of the
//! sheet to import (SPEC §7).

pub mod cfb;
pub mod csv_file;
pub mod guard;
pub mod repeat;
pub mod workbook;

use super::cell::Grid;
use super::error::ImportError;
use super::header::{Layout, detect_layout, expected_names, likely_headers};
use crate::model::{Kpi, Language};
use indicatif::ProgressBar;
use std::path::Path;

/// The kinds of file `avtal kpi import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `.xlsx` and `.xlsm`.
    Xlsx,
    /// `.xls` (Excel 97–2003).
    Xls,
    /// `.ods` (OpenDocument).
    Ods,
    /// `.csv` and `.txt`.
    Csv,
}

impl FileKind {
    /// The kind of `path`, by its extension (case-insensitive).
    pub fn of(path: &Path) -> Option<FileKind> {
        let extension = path.extension()?.to_str()?.to_lowercase();
        match extension.as_str() {
            "xlsx" | "xlsm" => Some(FileKind::Xlsx),
            "xls" => Some(FileKind::Xls),
            "ods" => Some(FileKind::Ods),
            "csv" | "txt" => Some(FileKind::Csv),
            _ => None,
        }
    }

    /// The name used in messages.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Xlsx => ".xlsx",
            FileKind::Xls => ".xls",
            FileKind::Ods => ".ods",
            FileKind::Csv => ".csv",
        }
    }
}

/// The sheet to import and where its values are.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub grid: Grid,
    pub layout: Layout,
}

/// How often a reader moves the progress bar: every this many cells of a workbook, rows of a
/// text file.
pub(crate) const PROGRESS_STEP: u64 = 20_000;

/// Checks `path` (size, type, archive size), then finds the sheet to import: `sheet` when given,
/// else the first visible sheet with a header row. `file` names the file in messages.
pub fn locate(
    path: &Path,
    file: &str,
    kind: FileKind,
    sheet: Option<&str>,
    kpis: &[Kpi],
    progress: Option<&ProgressBar>,
    lang: Language,
) -> Result<Located, ImportError> {
    let cells_error = |problems| ImportError::Cells {
        file: file.to_string(),
        problems,
    };
    let found = find_sheet(
        path,
        file,
        kind,
        sheet,
        progress,
        lang,
        |grid| match detect_layout(grid, kpis, lang).map_err(cells_error)? {
            Some(layout) => Ok(Ok(layout)),
            None => Ok(Err(likely_headers(grid))),
        },
    )?;
    match found {
        Ok((grid, layout)) => Ok(Located { grid, layout }),
        Err(seen) => Err(ImportError::NoHeader {
            file: file.to_string(),
            seen,
            expected: expected_names(kpis),
        }),
    }
}

/// What [`find_sheet`] found: the grid and what `detect` made of it, or, per sheet tried (an
/// empty name for a CSV file), the texts `detect` saw instead of a header.
pub type Found<T> = Result<(Grid, T), Vec<(String, Vec<String>)>>;

/// Checks `path` (size, type, archive size), then reads sheets until `detect` finds its header
/// in one: `sheet` when given, else each visible sheet in order. `detect` returns what it found,
/// or the header-like texts it saw instead; its errors stop the search.
pub fn find_sheet<T>(
    path: &Path,
    file: &str,
    kind: FileKind,
    sheet: Option<&str>,
    progress: Option<&ProgressBar>,
    lang: Language,
    detect: impl FnMut(&Grid) -> Result<Result<T, Vec<String>>, ImportError>,
) -> Result<Found<T>, ImportError> {
    guard::check(path, file, kind, lang)?;
    find_sheet_checked(
        path,
        file,
        kind,
        sheet,
        progress,
        csv_file::Limits::DEFAULT,
        lang,
        detect,
    )
}

/// [`find_sheet`] for a file that has already passed a [`guard`] check of the caller's choice
/// (`spend import` allows larger CSV files than the other importers).
// Every argument is one the callers choose independently; a struct would only rename them.
#[allow(clippy::too_many_arguments)]
pub fn find_sheet_checked<T>(
    path: &Path,
    file: &str,
    kind: FileKind,
    sheet: Option<&str>,
    progress: Option<&ProgressBar>,
    csv_limits: csv_file::Limits,
    lang: Language,
    mut detect: impl FnMut(&Grid) -> Result<Result<T, Vec<String>>, ImportError>,
) -> Result<Found<T>, ImportError> {
    if kind == FileKind::Csv {
        let bytes = std::fs::read(path).map_err(|e| ImportError::Unreadable {
            file: file.to_string(),
            reason: crate::messages::of(lang).cannot_read_file(&e.to_string()),
            hint: None,
        })?;
        let grid = csv_file::read_within(bytes, file, csv_limits, progress, lang)?;
        return Ok(match detect(&grid)? {
            Ok(found) => Ok((grid, found)),
            Err(seen) => Err(vec![(String::new(), seen)]),
        });
    }
    let mut book = workbook::Workbook::open(path, file, kind, lang)?;
    let sheets = book.sheets();
    let candidates: Vec<String> = match sheet {
        Some(wanted) => {
            let found = sheets.iter().find(|(name, _)| name == wanted).or_else(|| {
                sheets
                    .iter()
                    .find(|(name, _)| name.to_lowercase() == wanted.to_lowercase())
            });
            match found {
                Some((name, _)) => vec![name.clone()],
                None => {
                    return Err(ImportError::NoSuchSheet {
                        file: file.to_string(),
                        sheet: wanted.to_string(),
                        sheets: sheets.into_iter().map(|(name, _)| name).collect(),
                    });
                }
            }
        }
        None => sheets
            .into_iter()
            .filter(|(_, visible)| *visible)
            .map(|(name, _)| name)
            .collect(),
    };
    let mut seen = Vec::new();
    for name in candidates {
        let grid = book.read_sheet(&name, file, progress, lang)?;
        match detect(&grid)? {
            Ok(found) => return Ok(Ok((grid, found))),
            Err(texts) => seen.push((name, texts)),
        }
    }
    Ok(Err(seen))
}
