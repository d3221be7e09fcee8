//! Readers: one per file type, each producing [`Grid`]s of typed cells, and the choice of the
//! sheet to import (SPEC §7).

pub mod csv_file;
pub mod guard;
pub mod workbook;

use super::cell::Grid;
use super::error::ImportError;
use super::header::{Layout, detect_layout, expected_names, likely_headers};
use crate::model::Kpi;
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

/// Checks `path` (size, type, archive size), then finds the sheet to import: `sheet` when given,
/// else the first visible sheet with a header row. `file` names the file in messages.
pub fn locate(
    path: &Path,
    file: &str,
    kind: FileKind,
    sheet: Option<&str>,
    kpis: &[Kpi],
    progress: Option<&ProgressBar>,
) -> Result<Located, ImportError> {
    guard::check(path, file, kind)?;
    let cells_error = |problems| ImportError::Cells {
        file: file.to_string(),
        problems,
    };
    let no_header = |seen: Vec<(String, Vec<String>)>| ImportError::NoHeader {
        file: file.to_string(),
        seen,
        expected: expected_names(kpis),
    };
    let detect = |grid: &Grid| detect_layout(grid, kpis).map_err(cells_error);
    let (grid, layout) = locate_with(path, file, kind, sheet, progress, detect, |grids| {
        no_header(
            grids
                .iter()
                .map(|(name, grid)| (name.clone(), likely_headers(grid)))
                .collect(),
        )
    })?;
    Ok(Located { grid, layout })
}

/// The reading and sheet choice shared by every importer (the file must have passed
/// [`guard::check`]): `sheet` when given, else the first visible sheet where `detect` finds a
/// layout. `no_header` gets every sheet read (a CSV file is one sheet named `""`).
pub fn locate_with<L>(
    path: &Path,
    file: &str,
    kind: FileKind,
    sheet: Option<&str>,
    progress: Option<&ProgressBar>,
    detect: impl Fn(&Grid) -> Result<Option<L>, ImportError>,
    no_header: impl FnOnce(&[(String, Grid)]) -> ImportError,
) -> Result<(Grid, L), ImportError> {
    if kind == FileKind::Csv {
        let bytes = std::fs::read(path).map_err(|e| ImportError::Unreadable {
            file: file.to_string(),
            reason: format!("cannot read the file: {e}"),
            hint: None,
        })?;
        let grid = csv_file::read(&bytes, file)?;
        return match detect(&grid)? {
            Some(layout) => Ok((grid, layout)),
            None => Err(no_header(&[(String::new(), grid)])),
        };
    }
    let mut book = workbook::Workbook::open(path, file, kind)?;
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
        let grid = book.read_sheet(&name, file, progress)?;
        match detect(&grid)? {
            Some(layout) => return Ok((grid, layout)),
            None => seen.push((name, grid)),
        }
    }
    Err(no_header(&seen))
}
