//! `avtal spend import` (SPEC §12): accounts-payable exports through the one reader stack of
//! [`crate::import::read`], and PEPPOL e-invoices. [`columns`] finds the header, [`rows`] reads
//! the cells, [`ubl`] reads an XML invoice, [`store`] merges the lines into `spend/<YYYY>.csv`.

pub mod columns;
pub mod rows;
pub mod store;
pub mod ubl;

use crate::import::cell::Grid;
use crate::import::error::{ImportError, MAX_FILE_BYTES};
use crate::import::read::{FileKind, find_sheet_checked, guard};
use crate::load::normalise_org_no;
use crate::money::Money;
use chrono::NaiveDate;
use columns::{Field, best_guess, find_header};
use indicatif::ProgressBar;
use std::path::Path;

/// Largest CSV file `spend import` reads (SPEC §12).
pub const MAX_CSV_BYTES: u64 = 500 * 1024 * 1024;

/// One imported spend row, before it is stored.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpendLine {
    pub date: NaiveDate,
    /// `NNNNNN-NNNN` or empty.
    pub org_no: String,
    pub supplier: String,
    pub amount: Money,
    pub department: String,
    pub account: String,
    pub invoice: String,
}

/// What one input file gave.
#[derive(Debug)]
pub struct FileLines {
    /// The file's name, stored as `source`.
    pub file: String,
    /// The sheet read, for workbooks.
    pub sheet: Option<String>,
    pub lines: Vec<SpendLine>,
    /// Rows skipped, with their date when it could be read.
    pub skipped: Vec<Option<NaiveDate>>,
    /// Rendered warnings.
    pub warnings: Vec<String>,
}

/// An org number in any form of SPEC §12 (`5566778899`, `556677-8899`, `SE556677889901`,
/// `16556677-8899`), normalised to `NNNNNN-NNNN`; `Ok(None)` when empty.
pub fn org_no_of_text(text: &str) -> Result<Option<String>, &'static str> {
    let compact: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if compact.is_empty() {
        return Ok(None);
    }
    let plain = if let Some(vat) = compact.strip_prefix("SE") {
        vat.strip_suffix("01")
            .ok_or("a Swedish VAT number is SE, ten digits and 01")?
    } else if compact.len() == 12 || (compact.len() == 13 && compact.contains('-')) {
        compact
            .strip_prefix("16")
            .ok_or("a twelve-digit organisation number starts with 16")?
    } else {
        compact.as_str()
    };
    normalise_org_no(plain).map(Some)
}

/// Reads one accounts-payable export or e-invoice at `path`, named `file` in messages.
pub fn read_file(
    path: &Path,
    file: &str,
    sheet: Option<&str>,
    progress: Option<&ProgressBar>,
) -> Result<FileLines, ImportError> {
    let is_xml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"));
    if is_xml {
        return read_xml(path, file);
    }
    let kind = FileKind::of(path).ok_or_else(|| ImportError::Unreadable {
        file: file.to_string(),
        reason: "unknown file type".to_string(),
        hint: Some("avtal reads .xlsx, .xlsm, .xls, .ods, .csv, .txt and .xml files".to_string()),
    })?;
    if kind == FileKind::Csv {
        guard::check_limited(path, file, kind, MAX_CSV_BYTES).map_err(|e| match e {
            ImportError::TooLarge { bytes, .. } => ImportError::Unreadable {
                file: file.to_string(),
                reason: format!(
                    "the file is {} MB; CSV files over 500 MB are not imported",
                    bytes / (1024 * 1024)
                ),
                hint: Some("split the export by month or by year".to_string()),
            },
            other => other,
        })?;
        refuse_utf16_without_bom(path, file)?;
    } else {
        guard::check(path, file, kind)?;
    }
    let detect = |grid: &Grid| {
        Ok(match find_header(grid) {
            Some(columns) => Ok(columns),
            None => Err(vec![why_no_header(grid)]),
        })
    };
    // A ledger CSV may hold millions of rows (up to 500 MB); workbooks keep the usual limits.
    let limits = crate::import::read::csv_file::Limits::LEDGER;
    let (grid, columns) = find_sheet_checked(path, file, kind, sheet, progress, limits, detect)?
        .map_err(|seen| no_header(file, &seen))?;
    let extracted = rows::extract(&grid, &columns);
    if !extracted.problems.is_empty() {
        return Err(ImportError::Cells {
            file: file.to_string(),
            problems: extracted.problems,
        });
    }
    Ok(FileLines {
        file: file.to_string(),
        sheet: (kind != FileKind::Csv).then(|| grid.sheet.clone()),
        lines: extracted.lines,
        skipped: extracted.skipped,
        warnings: extracted.warnings.iter().map(|w| w.render(file)).collect(),
    })
}

fn read_xml(path: &Path, file: &str) -> Result<FileLines, ImportError> {
    let unreadable = |reason: String| ImportError::Unreadable {
        file: file.to_string(),
        reason,
        hint: None,
    };
    let metadata =
        std::fs::metadata(path).map_err(|e| unreadable(format!("cannot read the file: {e}")))?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            file: file.to_string(),
            bytes: metadata.len(),
        });
    }
    let bytes =
        std::fs::read(path).map_err(|e| unreadable(format!("cannot read the file: {e}")))?;
    let text = crate::import::read::csv_file::decode(bytes);
    let line = ubl::parse(file, &text)?;
    Ok(FileLines {
        file: file.to_string(),
        sheet: None,
        lines: vec![line],
        skipped: Vec::new(),
        warnings: Vec::new(),
    })
}

/// A UTF-16 file without a BOM would read as garbage: refuse it with a clear error.
fn refuse_utf16_without_bom(path: &Path, file: &str) -> Result<(), ImportError> {
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
            reason:
                "is not a text file avtal can read (it looks like UTF-16 without a byte-order mark)"
                    .to_string(),
            hint: Some(
                "save it as \"CSV UTF-8\" or with a BOM (Excel: \"Unicode text\")".to_string(),
            ),
        });
    }
    Ok(())
}

/// The error when no sheet has a header row with date, supplier and amount columns: names the
/// most header-like row and the columns it lacks.
/// Why a sheet has no usable header: the required columns its best header row lacks.
fn why_no_header(grid: &Grid) -> String {
    match best_guess(grid) {
        Some(columns) => {
            let lacking: Vec<&str> = Field::REQUIRED
                .iter()
                .filter(|f| columns.get(**f).is_none())
                .map(|f| f.name())
                .collect();
            format!(
                "the header row at {} has no {} column",
                grid.cell_ref(columns.header_row, 0),
                lacking.join(" and no ")
            )
        }
        None => "no header row in the first 20 rows".to_string(),
    }
}

/// The error for a file in which no sheet has a header row; `seen` holds, per sheet read (an
/// empty name for a CSV file), why not.
fn no_header(file: &str, seen: &[(String, Vec<String>)]) -> ImportError {
    let reasons: Vec<String> = seen
        .iter()
        .flat_map(|(name, why)| {
            why.iter().map(move |why| {
                if name.is_empty() {
                    why.clone()
                } else {
                    format!("sheet {name}: {why}")
                }
            })
        })
        .collect();
    ImportError::Unreadable {
        file: file.to_string(),
        reason: format!(
            "no header row with a date, a supplier and an amount column: {}",
            reasons.join("; ")
        ),
        hint: Some(
            "the columns are named e.g. Bokföringsdatum, Leverantör, Organisationsnummer, Belopp exkl. moms".to_string(),
        ),
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
        assert!(org_no_of_text("556677-8898").is_err());
        assert!(org_no_of_text("SE5566778899").is_err());
        assert!(org_no_of_text("17556677-8899").is_err());
    }
}
