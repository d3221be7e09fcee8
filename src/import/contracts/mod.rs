//! Importing an existing contract register from a contract database export (SPEC §15).
//!
//! A mapping on top of the reader stack of [`crate::import::read`]: [`columns`] finds the header
//! row and the column of each field, [`rows`] reads each row's cells ([`values`], [`options`]),
//! [`matching`] decides per row whether it names an existing contract or is new (with a key from
//! [`keys`]), and [`update`] rewrites the fields of an existing `contract.toml` that differ.
//! Everything here is pure; `avtal contracts import` reads the file and writes the folders.

pub mod columns;
pub mod error;
pub mod keys;
pub mod matching;
pub mod options;
pub mod rows;
pub mod update;
pub mod values;

use crate::import::cell::Grid;
use crate::model::Language;
pub use error::ContractsError;

/// A sheet read: its header, its rows and how many totals rows were skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub columns: columns::Columns,
    pub rows: rows::Rows,
}

/// The most rows one import reads: far above any municipality's register (300–1,500
/// contracts), and low enough that planning every file stays well inside 1 GiB (issue 16).
pub const MAX_ROWS: usize = 20_000;

/// Reads the rows of `grid` under its header `columns`; every problem of every row at once.
/// A sheet with only a header, or one with more than [`MAX_ROWS`] rows, is an error.
pub fn read_sheet(
    grid: &Grid,
    columns: columns::Columns,
    file: &str,
    lang: Language,
) -> Result<Sheet, ContractsError> {
    let missing = columns.missing();
    if !missing.is_empty() {
        return Err(ContractsError::MissingColumns {
            file: file.to_string(),
            header: grid.cell_ref(columns.header_row, 0),
            missing,
            lang,
        });
    }
    let data_rows = grid.rows.len().saturating_sub(columns.header_row + 1);
    if data_rows > MAX_ROWS {
        return Err(ContractsError::TooManyRows {
            file: file.to_string(),
            rows: data_rows,
            lang,
        });
    }
    let rows = rows::read_rows(grid, &columns, lang).map_err(|problems| ContractsError::Cells {
        file: file.to_string(),
        problems,
        lang,
    })?;
    if rows.rows.is_empty() {
        return Err(ContractsError::NoRows {
            file: file.to_string(),
            header: grid.cell_ref(columns.header_row, 0),
            lang,
        });
    }
    Ok(Sheet { columns, rows })
}
