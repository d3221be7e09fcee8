//! `avtal spend import` (SPEC §12): accounts-payable exports through the one reader stack of
//! [`crate::import::read`], and PEPPOL e-invoices. [`columns`] finds the header, [`rows`] reads
//! the cells, [`ubl`] reads an XML invoice, [`merge`] merges the lines into `spend/<YYYY>.csv`.

pub mod columns;
pub mod merge;
pub mod rows;
pub mod ubl;

use crate::import::cell::Grid;
use crate::import::cell::{CellNaming, column_name};
use crate::import::error::CellProblem;
use crate::import::error::{ImportError, MAX_FILE_BYTES};
use crate::import::read::{FileKind, find_sheet_checked, guard};
use crate::load::check_org_no;
use crate::messages::prelude::*;
use crate::model::Language;
use crate::money::Money;
use crate::store::spend::SpendLine;
use chrono::NaiveDate;
use columns::{Chosen, Field, best_guess, find_header, header_key, headers_found};
use indicatif::ProgressBar;
use rows::Reading;
use std::path::Path;

/// Largest CSV file `spend import` reads (SPEC §12).
pub const MAX_CSV_BYTES: u64 = 500 * 1024 * 1024;

/// What one input file gave.
#[derive(Debug)]
pub struct FileLines {
    /// The file's name, stored as `source`.
    pub file: String,
    /// The sheet read, for workbooks.
    pub sheet: Option<String>,
    /// Which column was read as which field: (field, the header as written, its column).
    pub columns: Vec<(Field, String, String)>,
    pub lines: Vec<SpendLine>,
    /// Rows skipped, with their date when it could be read and their amount (zero when none).
    pub skipped: Vec<(Option<NaiveDate>, Money)>,
    /// Rendered warnings.
    pub warnings: Vec<String>,
}

/// How the files of one `spend import` are read (SPEC §12).
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// `--sheet`.
    pub sheet: Option<&'a str>,
    /// `--column FIELD=HEADER`.
    pub columns: &'a [Chosen],
    /// `--date` and `--lenient`.
    pub reading: Reading,
}

/// Why an org number cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgNoProblem {
    /// `SE…` without ten digits and `01`.
    Vat,
    /// Twelve digits that do not start with 16.
    TwelveDigits,
    /// What the register's own check (`load::check_org_no`) finds in the ten digits.
    Number(crate::load::OrgNoProblem),
}

impl OrgNoProblem {
    /// The reason in the language of `m`.
    pub fn message(self, m: &dyn Messages) -> &'static str {
        match self {
            OrgNoProblem::Vat => m.org_no_vat(),
            OrgNoProblem::TwelveDigits => m.org_no_twelve_digits(),
            OrgNoProblem::Number(problem) => problem.message(m),
        }
    }
}

/// An org number in any form of SPEC §12 (`5566778899`, `556677-8899`, `SE556677889901`,
/// `16556677-8899`), normalised to `NNNNNN-NNNN`; `Ok(None)` when empty.
pub fn org_no_of_text(text: &str) -> Result<Option<String>, OrgNoProblem> {
    let compact: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if compact.is_empty() {
        return Ok(None);
    }
    if let Some(foreign) = foreign_vat(&compact) {
        return Ok(Some(foreign));
    }
    let plain = if let Some(vat) = compact.strip_prefix("SE") {
        vat.strip_suffix("01").ok_or(OrgNoProblem::Vat)?
    } else if compact.len() == 12 || (compact.len() == 13 && compact.contains('-')) {
        compact
            .strip_prefix("16")
            .ok_or(OrgNoProblem::TwelveDigits)?
    } else {
        compact.as_str()
    };
    check_org_no(plain).map(Some).map_err(OrgNoProblem::Number)
}

/// A VAT number of another country (`DK33357915`, Greece's `EL…`) as `CC:ID` (SPEC §12): two
/// letters other than `SE`, then two to twelve letters and digits, at least two of them digits.
fn foreign_vat(compact: &str) -> Option<String> {
    let (prefix, id) = (compact.get(..2)?, compact.get(2..)?);
    let letters = prefix.bytes().all(|b| b.is_ascii_uppercase());
    let id_ok = (2..=12).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric())
        && id.bytes().filter(u8::is_ascii_digit).count() >= 2;
    if !letters || prefix == "SE" || !id_ok {
        return None;
    }
    let country = if prefix == "EL" { "GR" } else { prefix };
    Some(format!("{country}:{id}"))
}

/// Reads one accounts-payable export or e-invoice at `path`, named `file` in messages.
pub fn read_file(
    path: &Path,
    file: &str,
    options: Options<'_>,
    progress: Option<&ProgressBar>,
    lang: Language,
) -> Result<FileLines, ImportError> {
    let m = crate::messages::of(lang);
    let is_xml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"));
    if is_xml {
        return read_xml(path, file, m);
    }
    let kind = FileKind::of(path).ok_or_else(|| ImportError::Unreadable {
        file: file.to_string(),
        reason: m.spend_unknown_file_type().to_string(),
        hint: Some(m.hint_spend_file_types().to_string()),
    })?;
    if kind == FileKind::Csv {
        guard::check_limited(path, file, kind, MAX_CSV_BYTES, lang).map_err(|e| match e {
            ImportError::TooLarge { bytes, .. } => ImportError::Unreadable {
                file: file.to_string(),
                reason: m.spend_csv_too_large(bytes / (1024 * 1024)),
                hint: Some(m.hint_split_export().to_string()),
            },
            other => other,
        })?;
        refuse_utf16_without_bom(path, file, m)?;
    } else {
        guard::check(path, file, kind, lang)?;
    }
    // The first sheet's reason why its header cannot be read as the options say (a `--column`
    // header that is not there, no date column without `--date`): reported when no sheet fits.
    let mut why_not: Option<ImportError> = None;
    let detect = |grid: &Grid| {
        if let Some(columns) = find_header(grid, options.columns, options.reading.date.is_some()) {
            if let (Some(_), Some(col)) = (options.reading.date, columns.get(Field::Date)) {
                return Err(column_error(
                    file,
                    grid,
                    (columns.header_row, col),
                    m.spend_date_and_date_column(&header_at(grid, columns.header_row, col)),
                    m.hint_spend_date_column(),
                ));
            }
            return Ok(Ok(columns));
        }
        if why_not.is_none() {
            why_not = header_problem(file, grid, options, m);
        }
        Ok(Err(vec![why_no_header(grid, m)]))
    };
    // A ledger CSV may hold millions of rows (up to 500 MB); workbooks keep the usual limits.
    let limits = crate::import::read::csv_file::Limits::LEDGER;
    let found = find_sheet_checked(
        path,
        file,
        kind,
        options.sheet,
        progress,
        limits,
        lang,
        detect,
    )?;
    let (grid, columns) = match (found, why_not) {
        (Ok(found), _) => found,
        (Err(_), Some(error)) => return Err(error),
        (Err(seen), None) => return Err(no_header(file, &seen, m)),
    };
    let extracted = rows::extract(&grid, &columns, options.reading, m);
    if !extracted.problems.is_empty() {
        return Err(ImportError::Cells {
            file: file.to_string(),
            problems: extracted.problems,
        });
    }
    Ok(FileLines {
        file: file.to_string(),
        sheet: (kind != FileKind::Csv).then(|| grid.sheet.clone()),
        columns: columns
            .chosen()
            .map(|(field, col)| {
                let header = header_at(&grid, columns.header_row, col);
                // A workbook's column by its letter, a text file's by its number (as in errors).
                let column = match grid.naming {
                    CellNaming::A1 => column_name(col as u32),
                    CellNaming::LineColumn => (col + 1).to_string(),
                };
                (field, header, column)
            })
            .collect(),
        lines: extracted.lines,
        skipped: extracted.skipped,
        warnings: extracted.warnings.iter().map(|w| w.render(file)).collect(),
    })
}

/// The header text at `row`, `col` of `grid`, trimmed.
fn header_at(grid: &Grid, row: usize, col: usize) -> String {
    grid.cell(row, col)
        .header_text()
        .unwrap_or("")
        .trim()
        .to_string()
}

/// An error at one cell of the header row.
fn column_error(
    file: &str,
    grid: &Grid,
    (row, col): (usize, usize),
    message: String,
    hint: &str,
) -> ImportError {
    ImportError::Column {
        file: file.to_string(),
        problem: CellProblem::new(grid.cell_ref(row, col), message),
        hint: hint.to_string(),
    }
}

/// Why the header of `grid` cannot be read with `options`, when the options are the reason: a
/// `--column` header that is not in the file (listing the headers found), or a file without a
/// date column and no `--date`.
fn header_problem(
    file: &str,
    grid: &Grid,
    options: Options<'_>,
    m: &dyn Messages,
) -> Option<ImportError> {
    let (row, headers) = headers_found(grid);
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    if let Some(missing) = options
        .columns
        .iter()
        .find(|c| !keys.contains(&header_key(&c.header)))
    {
        let listed: Vec<String> = headers.iter().map(|h| format!("\"{h}\"")).collect();
        return Some(column_error(
            file,
            grid,
            (row, 0),
            m.spend_column_not_found(missing.field.key(), &missing.header, &listed.join(", ")),
            m.hint_spend_column(),
        ));
    }
    if options.reading.date.is_none()
        && let Some(columns) = find_header(grid, options.columns, true)
    {
        return Some(column_error(
            file,
            grid,
            (columns.header_row, 0),
            m.spend_no_date_column().to_string(),
            m.hint_spend_date_option(),
        ));
    }
    None
}

fn read_xml(path: &Path, file: &str, m: &dyn Messages) -> Result<FileLines, ImportError> {
    let unreadable = |reason: String| ImportError::Unreadable {
        file: file.to_string(),
        reason,
        hint: None,
    };
    let metadata =
        std::fs::metadata(path).map_err(|e| unreadable(m.cannot_read_file(&e.to_string())))?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            file: file.to_string(),
            bytes: metadata.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(m.cannot_read_file(&e.to_string())))?;
    let text = crate::import::read::csv_file::decode(bytes);
    let line = ubl::parse(file, &text, m)?;
    Ok(FileLines {
        file: file.to_string(),
        sheet: None,
        columns: Vec::new(),
        lines: vec![line],
        skipped: Vec::new(),
        warnings: Vec::new(),
    })
}

/// A UTF-16 file without a BOM would read as garbage: refuse it with a clear error.
fn refuse_utf16_without_bom(path: &Path, file: &str, m: &dyn Messages) -> Result<(), ImportError> {
    use std::io::Read;
    let mut head = [0u8; 512];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let head = &head[..read];
    let has_bom = head.starts_with(b"\xff\xfe") || head.starts_with(b"\xfe\xff");
    if !has_bom && head.contains(&0) {
        return Err(ImportError::Unreadable {
            file: file.to_string(),
            reason: m.utf16_without_bom().to_string(),
            hint: Some(m.hint_save_as_utf8().to_string()),
        });
    }
    Ok(())
}

/// The error when no sheet has a header row with date, supplier and amount columns: names the
/// most header-like row and the columns it lacks.
/// Why a sheet has no usable header: the required columns its best header row lacks.
fn why_no_header(grid: &Grid, m: &dyn Messages) -> String {
    match best_guess(grid) {
        Some(columns) => {
            let lacking: Vec<&str> = Field::REQUIRED
                .iter()
                .filter(|f| columns.get(**f).is_none())
                .map(|f| f.name())
                .collect();
            m.spend_header_lacks(
                &grid.cell_ref(columns.header_row, 0).to_string(),
                &lacking.join(m.spend_lacks_separator()),
            )
        }
        None => m.spend_no_header_row().to_string(),
    }
}

/// The error for a file in which no sheet has a header row; `seen` holds, per sheet read (an
/// empty name for a CSV file), why not.
fn no_header(file: &str, seen: &[(String, Vec<String>)], m: &dyn Messages) -> ImportError {
    let reasons: Vec<String> = seen
        .iter()
        .flat_map(|(name, why)| {
            why.iter().map(move |why| {
                if name.is_empty() {
                    why.clone()
                } else {
                    m.sheet_reason(name, why)
                }
            })
        })
        .collect();
    ImportError::Unreadable {
        file: file.to_string(),
        reason: m.spend_no_header(&reasons.join("; ")),
        hint: Some(m.hint_spend_columns().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_numbers_in_every_form() {
        for form in [
            "5566778899",
            "556677-8899",
            "SE556677889901",
            "se 5566778899 01",
            "16556677-8899",
            "165566778899",
        ] {
            assert_eq!(
                org_no_of_text(form),
                Ok(Some("556677-8899".to_string())),
                "{form}"
            );
        }
        assert_eq!(org_no_of_text(" "), Ok(None));
        assert_eq!(
            org_no_of_text("DK33357915"),
            Ok(Some("DK:33357915".to_string()))
        );
        assert_eq!(
            org_no_of_text("el 801399030"),
            Ok(Some("GR:801399030".to_string()))
        );
        assert!(org_no_of_text("5566778899 5566778899").is_err());
        assert!(org_no_of_text("19121212-1212").is_err());
        assert!(org_no_of_text("SEX").is_err());
        assert!(org_no_of_text("556677-8898").is_err());
        assert!(org_no_of_text("SE5566778899").is_err());
        assert!(org_no_of_text("17556677-8899").is_err());
    }
}
