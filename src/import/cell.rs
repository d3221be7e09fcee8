//! The typed cells every reader produces, with their sheet and A1 coordinates.

use chrono::NaiveDate;
use std::fmt;

/// The value of one cell as the file stores it.
#[derive(Clone, Debug, PartialEq)]
pub enum CellValue {
    /// An empty cell.
    Empty,
    /// A number; `percent` when an `.xlsx` cell is formatted as a percentage.
    Number { value: f64, percent: bool },
    /// Text (also formulas and hyperlinks written as text: they stay text).
    Text(String),
    /// A cell whose stored type is a date.
    Date(NaiveDate),
    /// A spreadsheet error value such as `#N/A`.
    Error(String),
    /// A boolean.
    Bool(bool),
}

impl CellValue {
    /// A plain number.
    pub fn number(value: f64) -> CellValue {
        CellValue::Number {
            value,
            percent: false,
        }
    }

    /// The cell as header text (numbers and dates are never headers).
    pub fn header_text(&self) -> Option<&str> {
        match self {
            CellValue::Text(text) => Some(text.as_str()),
            _ => None,
        }
    }

    /// The cell as it would be shown, for messages.
    pub fn display(&self) -> String {
        match self {
            CellValue::Empty => String::new(),
            CellValue::Number { value, .. } => format!("{value}"),
            CellValue::Text(text) => text.clone(),
            CellValue::Date(date) => date.to_string(),
            CellValue::Error(text) => text.clone(),
            CellValue::Bool(value) => value.to_string(),
        }
    }
}

/// How cells of a file are named in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellNaming {
    /// `Sheet!C7` for workbooks.
    A1,
    /// `LINE:COLUMN` for CSV and text files.
    LineColumn,
}

/// One sheet of a file: its name and its rows of cells (row 0 is the first row of the sheet).
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub sheet: String,
    pub naming: CellNaming,
    /// Rows in sheet order; a short row means the rest of its cells are empty.
    pub rows: Vec<Vec<CellValue>>,
    /// Whether the file's number formats are unknown (`.ods`, `.xls`): percent columns may hold
    /// fractions.
    pub formats_unknown: bool,
}

impl Grid {
    /// The cell at 0-based `row` and `col` (empty when outside).
    pub fn cell(&self, row: usize, col: usize) -> &CellValue {
        const EMPTY: CellValue = CellValue::Empty;
        self.rows
            .get(row)
            .and_then(|cells| cells.get(col))
            .unwrap_or(&EMPTY)
    }

    /// The name of the cell at 0-based `row` and `col`: `Blad1!C7` or `7:3`.
    pub fn cell_ref(&self, row: usize, col: usize) -> CellRef {
        CellRef {
            sheet: match self.naming {
                CellNaming::A1 => Some(self.sheet.clone()),
                CellNaming::LineColumn => None,
            },
            row: row as u32,
            col: col as u32,
        }
    }
}

/// Where a cell is: `Sheet!C7` in a workbook, `7:3` (line:column) in a CSV file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CellRef {
    /// The sheet, for workbooks.
    pub sheet: Option<String>,
    /// 0-based row.
    pub row: u32,
    /// 0-based column.
    pub col: u32,
}

impl CellRef {
    /// `file:LINE:COLUMN` for a CSV cell, like every other located error (SPEC §9), and
    /// `file: Sheet!C7` for a workbook cell.
    pub fn located(&self, file: &str) -> String {
        match &self.sheet {
            Some(_) => format!("{file}: {self}"),
            None => format!("{file}:{self}"),
        }
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sheet {
            Some(sheet) if needs_quotes(sheet) => {
                write!(
                    f,
                    "'{}'!{}{}",
                    sheet.replace('\'', "''"),
                    column_name(self.col),
                    self.row + 1
                )
            }
            Some(sheet) => write!(f, "{sheet}!{}{}", column_name(self.col), self.row + 1),
            None => write!(f, "{}:{}", self.row + 1, self.col + 1),
        }
    }
}

/// Sheet names with spaces or punctuation are quoted the way Excel writes them.
fn needs_quotes(sheet: &str) -> bool {
    !sheet.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// The letters of 0-based column `col`: 0 → A, 25 → Z, 26 → AA.
pub fn column_name(col: u32) -> String {
    let mut name = Vec::new();
    let mut n = col as u64 + 1;
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        name.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// A grid of text cells named like a workbook's (`Sheet!A1`), empty strings as empty cells: the
/// input of the importers' unit tests.
#[cfg(test)]
pub(crate) fn text_grid(sheet: &str, rows: &[&[&str]]) -> Grid {
    Grid {
        sheet: sheet.into(),
        naming: CellNaming::A1,
        rows: rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|t| {
                        if t.is_empty() {
                            CellValue::Empty
                        } else {
                            CellValue::Text(t.to_string())
                        }
                    })
                    .collect()
            })
            .collect(),
        formats_unknown: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(2), "C");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
    }

    #[test]
    fn cell_names() {
        let cell = CellRef {
            sheet: Some("Blad1".into()),
            row: 6,
            col: 2,
        };
        assert_eq!(cell.to_string(), "Blad1!C7");
        let cell = CellRef {
            sheet: Some("KPI 2026".into()),
            row: 0,
            col: 0,
        };
        assert_eq!(cell.to_string(), "'KPI 2026'!A1");
        let cell = CellRef {
            sheet: None,
            row: 6,
            col: 2,
        };
        assert_eq!(cell.to_string(), "7:3");
    }
}
