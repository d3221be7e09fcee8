//! Typed errors and warnings of an import; each names the file and, where there is one, the
//! sheet and cell.

use super::cell::CellRef;
use crate::dates::Period;

/// Largest file `avtal kpi import` reads (SPEC §7).
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// Largest total an `.xlsx`/`.ods` archive may unpack to (SPEC §7).
pub const MAX_UNPACKED_BYTES: u64 = 500 * 1024 * 1024;

/// A problem with one cell.
#[derive(Clone, Debug, PartialEq)]
pub struct CellProblem {
    pub cell: CellRef,
    pub message: String,
}

impl CellProblem {
    /// A problem at `cell`.
    pub fn new(cell: CellRef, message: impl Into<String>) -> CellProblem {
        CellProblem {
            cell,
            message: message.into(),
        }
    }
}

/// A warning: something was skipped or looks suspicious, but the import goes on.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub cell: Option<CellRef>,
    pub message: String,
}

impl Warning {
    /// Renders the warning for the file named `file`.
    pub fn render(&self, file: &str) -> String {
        match &self.cell {
            Some(cell) => format!("{}: {}", cell.located(file), self.message),
            None => format!("{file}: {}", self.message),
        }
    }
}

/// A stored value that the file would change.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub kpi: String,
    pub period: Period,
    /// The value in kpi.csv, as written there.
    pub stored: String,
    pub imported: f64,
    pub cell: CellRef,
}

/// Why an import failed. Nothing is written when any of these happens.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is over [`MAX_FILE_BYTES`].
    #[error("{file}: the file is {} MB; files over 50 MB are not imported", .bytes / (1024 * 1024))]
    TooLarge { file: String, bytes: u64 },
    /// The archive would unpack to more than [`MAX_UNPACKED_BYTES`].
    #[error(
        "{file}: the workbook would unpack to {} MB, over the limit of 500 MB (a damaged file or a zip bomb); it was not read",
        .bytes / (1024 * 1024)
    )]
    ArchiveTooLarge { file: String, bytes: u64 },
    /// The workbook is encrypted with a password.
    #[error("{file}: the workbook is password-protected and cannot be read")]
    Encrypted { file: String },
    /// The file is not what its extension says, or is damaged.
    #[error("{file}: {reason}")]
    Unreadable {
        file: String,
        reason: String,
        hint: Option<String>,
    },
    /// `--sheet` names no sheet.
    #[error("{file}: there is no sheet named `{sheet}`; the sheets are: {}", .sheets.join(", "))]
    NoSuchSheet {
        file: String,
        sheet: String,
        sheets: Vec<String>,
    },
    /// No sheet has a header row with a period column and a KPI column.
    #[error("{file}: no header row with a period column and a KPI column in the first 20 rows{}", seen_text(.seen))]
    NoHeader {
        file: String,
        /// Per sheet (empty for a CSV file), the headers of its most header-like row.
        seen: Vec<(String, Vec<String>)>,
        /// The KPI names and aliases the contract expects.
        expected: Vec<String>,
    },
    /// Cells that cannot be imported.
    #[error("{}", cells_text(.file, .problems))]
    Cells {
        file: String,
        problems: Vec<CellProblem>,
    },
    /// Imported values differ from stored ones and `--replace` was not given.
    #[error("{}", conflicts_text(.file, .conflicts))]
    Conflicts {
        file: String,
        conflicts: Vec<Conflict>,
    },
    /// kpi.csv changed under us into something invalid.
    #[error("{file}:{line}: {message}")]
    KpiCsv {
        file: String,
        line: u64,
        message: String,
    },
}

impl ImportError {
    /// What the user can do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            ImportError::TooLarge { .. } => Some(
                "split the file, or copy the sheet with the KPIs into a new workbook".to_string(),
            ),
            ImportError::ArchiveTooLarge { .. } => {
                Some("ask the supplier for a new file, or save the sheet as CSV".to_string())
            }
            ImportError::Encrypted { .. } => Some(
                "open it in Excel, remove the password (File > Info > Protect Workbook) and save a copy"
                    .to_string(),
            ),
            ImportError::Unreadable { hint, .. } => hint.clone(),
            ImportError::NoSuchSheet { .. } => Some("check --sheet".to_string()),
            ImportError::NoHeader { expected, .. } => Some(format!(
                "the header row needs a period column (Period, Månad, Datum, Kvartal, År …) and a column named after a KPI: {}; add an alias to the KPI in contract.toml if the supplier uses another name",
                expected.join(", ")
            )),
            ImportError::Cells { .. } => {
                Some("nothing was written; correct the cells and import again".to_string())
            }
            ImportError::Conflicts { .. } => Some(
                "nothing was written; add --replace to overwrite the stored values".to_string(),
            ),
            ImportError::KpiCsv { .. } => None,
        }
    }
}

impl From<ImportError> for crate::Error {
    fn from(error: ImportError) -> crate::Error {
        crate::Error::Input {
            hint: error.hint(),
            message: error.to_string(),
        }
    }
}

/// Most problems listed in one error; the rest are counted.
const MAX_LISTED: usize = 20;

/// Longest header text quoted in a message, in characters.
const MAX_QUOTED_CHARS: usize = 60;

/// `text` cut to [`MAX_QUOTED_CHARS`], so a hostile cell cannot make a message huge.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

fn seen_text(seen: &[(String, Vec<String>)]) -> String {
    let mut text = String::new();
    for (sheet, headers) in seen.iter().take(MAX_LISTED) {
        let headers = if headers.is_empty() {
            "no text cells".to_string()
        } else {
            let mut listed: Vec<String> = headers
                .iter()
                .take(MAX_LISTED)
                .map(|h| format!("\"{}\"", shorten(h)))
                .collect();
            if headers.len() > MAX_LISTED {
                listed.push(format!("… and {} more", headers.len() - MAX_LISTED));
            }
            listed.join(", ")
        };
        let sheet = shorten(sheet);
        if sheet.is_empty() {
            text.push_str(&format!("\n  saw {headers}"));
        } else {
            text.push_str(&format!("\n  sheet {sheet}: saw {headers}"));
        }
    }
    text
}

fn cells_text(file: &str, problems: &[CellProblem]) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| format!("{}: {}", p.cell.located(file), p.message))
        .collect();
    if problems.len() > MAX_LISTED {
        lines.push(format!(
            "{file}: … and {} more cells",
            problems.len() - MAX_LISTED
        ));
    }
    lines.join("\nerror: ")
}

fn conflicts_text(file: &str, conflicts: &[Conflict]) -> String {
    let mut text = format!(
        "{file}: {} value(s) differ from those stored in kpi.csv:",
        conflicts.len()
    );
    for conflict in conflicts.iter().take(MAX_LISTED) {
        text.push_str(&format!(
            "\n  {} {}: stored {}, file has {} ({})",
            conflict.kpi,
            conflict.period,
            conflict.stored,
            super::value::format_value(conflict.imported),
            conflict.cell
        ));
    }
    if conflicts.len() > MAX_LISTED {
        text.push_str(&format!("\n  … and {} more", conflicts.len() - MAX_LISTED));
    }
    text
}
