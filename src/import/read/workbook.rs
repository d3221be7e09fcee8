//! Workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`) read with calamine into [`Grid`]s. `.xlsx` is
//! streamed cell by cell with each cell's number format, so percent cells are known and memory
//! stays proportional to the cells actually used.

use super::FileKind;
use super::repeat::{MAX_CELLS, MAX_ROWS};
use crate::import::cell::{CellNaming, CellValue, Grid};
use crate::import::error::ImportError;
use crate::import::period::date_from_ymd;
use crate::messages::prelude::*;
use crate::model::Language;
use calamine::{Data, DataRef, Ods, Reader, SheetVisible, Xls, Xlsx};
use indicatif::ProgressBar;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

/// Cells beyond this column are ignored (Excel's own limit is 16,384 columns).
const MAX_COLUMNS: u32 = 16_384;

/// An open workbook.
pub enum Workbook {
    Xlsx(Box<Xlsx<BufReader<File>>>),
    Xls(Box<Xls<BufReader<File>>>),
    Ods(Box<Ods<BufReader<File>>>),
}

impl Workbook {
    /// Opens `path` as `kind`; `file` names it in errors.
    pub fn open(
        path: &Path,
        file: &str,
        kind: FileKind,
        lang: Language,
    ) -> Result<Workbook, ImportError> {
        let m = crate::messages::of(lang);
        let damaged = |reason: String| ImportError::Unreadable {
            file: file.to_string(),
            reason,
            hint: Some(m.hint_save_again().to_string()),
        };
        match kind {
            FileKind::Xlsx => match calamine::open_workbook::<Xlsx<_>, _>(path) {
                Ok(book) => Ok(Workbook::Xlsx(Box::new(book))),
                Err(calamine::XlsxError::Password) => Err(ImportError::Encrypted {
                    file: file.to_string(),
                }),
                Err(e) => Err(damaged(m.workbook_unreadable(".xlsx", &e.to_string()))),
            },
            FileKind::Xls => match calamine::open_workbook::<Xls<_>, _>(path) {
                Ok(book) => Ok(Workbook::Xls(Box::new(book))),
                Err(calamine::XlsError::Password) => Err(ImportError::Encrypted {
                    file: file.to_string(),
                }),
                Err(e) => Err(damaged(m.workbook_unreadable(".xls", &e.to_string()))),
            },
            FileKind::Ods => match calamine::open_workbook::<Ods<_>, _>(path) {
                Ok(book) => Ok(Workbook::Ods(Box::new(book))),
                Err(e) => {
                    let text = e.to_string();
                    if text.to_lowercase().contains("password")
                        || text.to_lowercase().contains("encrypt")
                    {
                        Err(ImportError::Encrypted {
                            file: file.to_string(),
                        })
                    } else {
                        Err(damaged(m.workbook_unreadable(".ods", &text)))
                    }
                }
            },
            FileKind::Csv => Err(damaged(m.not_a_workbook().to_string())),
        }
    }

    /// Every sheet name, and whether it is visible, in workbook order.
    pub fn sheets(&self) -> Vec<(String, bool)> {
        let metadata = match self {
            Workbook::Xlsx(book) => book.sheets_metadata(),
            Workbook::Xls(book) => book.sheets_metadata(),
            Workbook::Ods(book) => book.sheets_metadata(),
        };
        metadata
            .iter()
            .map(|sheet| (sheet.name.clone(), sheet.visible == SheetVisible::Visible))
            .collect()
    }

    /// Reads the sheet `name`.
    pub fn read_sheet(
        &mut self,
        name: &str,
        file: &str,
        progress: Option<&ProgressBar>,
        lang: Language,
    ) -> Result<Grid, ImportError> {
        let m = crate::messages::of(lang);
        let unreadable = |e: String| ImportError::Unreadable {
            file: file.to_string(),
            reason: m.sheet_unreadable(name, &e),
            hint: Some(m.hint_save_again().to_string()),
        };
        match self {
            Workbook::Xlsx(book) => read_xlsx_sheet(book, name, progress, m).map_err(unreadable),
            Workbook::Xls(book) => {
                let range = book
                    .worksheet_range(name)
                    .map_err(|e| unreadable(e.to_string()))?;
                Ok(grid_of_range(name, &range))
            }
            Workbook::Ods(book) => {
                let range = book
                    .worksheet_range(name)
                    .map_err(|e| unreadable(e.to_string()))?;
                Ok(grid_of_range(name, &range))
            }
        }
    }
}

fn put(rows: &mut Vec<Vec<CellValue>>, row: u32, col: u32, value: CellValue) {
    if value == CellValue::Empty || col >= MAX_COLUMNS {
        return;
    }
    let (row, col) = (row as usize, col as usize);
    if rows.len() <= row {
        rows.resize_with(row + 1, Vec::new);
    }
    let cells = &mut rows[row];
    if cells.len() <= col {
        cells.resize(col + 1, CellValue::Empty);
    }
    cells[col] = value;
}

fn read_xlsx_sheet(
    book: &mut Xlsx<BufReader<File>>,
    name: &str,
    progress: Option<&ProgressBar>,
    m: &dyn Messages,
) -> Result<Grid, String> {
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| e.to_string())?;
    let percent_styles: Vec<bool> = reader
        .styles()
        .iter()
        .map(|style| {
            style
                .number_format
                .as_ref()
                .is_some_and(|format| is_percent_format(&format.format_code))
        })
        .collect();
    let mut rows = Vec::new();
    let mut count: u64 = 0;
    while let Some((cell, style)) = reader
        .next_cell_with_style_id()
        .map_err(|e| e.to_string())?
    {
        let (row, col) = cell.get_position();
        let percent = percent_styles.get(style).copied().unwrap_or(false);
        put(
            &mut rows,
            row,
            col,
            cell_of_data_ref(cell.get_value(), percent),
        );
        count += 1;
        if count > MAX_CELLS || u64::from(row) >= MAX_ROWS {
            return Err(m.xlsx_too_large(MAX_CELLS, MAX_ROWS));
        }
        if count.is_multiple_of(super::PROGRESS_STEP)
            && let Some(bar) = progress
        {
            bar.set_position(row as u64);
        }
    }
    Ok(Grid {
        sheet: name.to_string(),
        naming: CellNaming::A1,
        rows,
        formats_unknown: false,
    })
}

fn grid_of_range(name: &str, range: &calamine::Range<Data>) -> Grid {
    let mut rows = Vec::new();
    let (top, left) = range.start().unwrap_or((0, 0));
    for (r, cells) in range.rows().enumerate() {
        for (c, data) in cells.iter().enumerate() {
            put(
                &mut rows,
                top + r as u32,
                left + c as u32,
                cell_of_data(data),
            );
        }
    }
    Grid {
        sheet: name.to_string(),
        naming: CellNaming::A1,
        rows,
        formats_unknown: true,
    }
}

/// A number format shows a percentage when it has a `%` outside quoted text and escapes.
pub fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

fn date_of_excel(datetime: &calamine::ExcelDateTime) -> Option<CellValue> {
    if !datetime.is_datetime() {
        return None;
    }
    let (year, month, day, ..) = datetime.to_ymd_hms_milli();
    date_from_ymd(year as i32, month as u32, day as u32).map(CellValue::Date)
}

fn date_of_iso(text: &str) -> CellValue {
    text.get(..10)
        .and_then(crate::import::period::parse_date)
        .map_or_else(|| CellValue::Text(text.to_string()), CellValue::Date)
}

fn cell_of_data_ref(data: &DataRef<'_>, percent: bool) -> CellValue {
    match data {
        DataRef::Int(value) => CellValue::Number {
            value: *value as f64,
            percent,
        },
        DataRef::Float(value) => CellValue::Number {
            value: *value,
            percent,
        },
        DataRef::String(text) => CellValue::Text(text.clone()),
        DataRef::SharedString(text) => CellValue::Text(text.to_string()),
        DataRef::Bool(value) => CellValue::Bool(*value),
        DataRef::DateTime(datetime) => {
            date_of_excel(datetime).unwrap_or(CellValue::number(datetime.as_f64()))
        }
        DataRef::DateTimeIso(text) => date_of_iso(text),
        DataRef::DurationIso(text) => CellValue::Text(text.clone()),
        DataRef::Error(error) => CellValue::Error(error.to_string()),
        DataRef::Empty => CellValue::Empty,
    }
}

fn cell_of_data(data: &Data) -> CellValue {
    match data {
        Data::Int(value) => CellValue::number(*value as f64),
        Data::Float(value) => CellValue::number(*value),
        Data::String(text) => CellValue::Text(text.clone()),
        Data::Bool(value) => CellValue::Bool(*value),
        Data::DateTime(datetime) => {
            date_of_excel(datetime).unwrap_or(CellValue::number(datetime.as_f64()))
        }
        Data::DateTimeIso(text) => date_of_iso(text),
        Data::DurationIso(text) => CellValue::Text(text.clone()),
        Data::Error(error) => CellValue::Error(error.to_string()),
        Data::Empty => CellValue::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_formats() {
        assert!(is_percent_format("0%"));
        assert!(is_percent_format("0.0%"));
        assert!(is_percent_format("0,0 %"));
        assert!(!is_percent_format("0.0\"%\""));
        assert!(!is_percent_format("0\\%"));
        assert!(!is_percent_format("General"));
        assert!(!is_percent_format("yyyy-mm-dd"));
    }
}
