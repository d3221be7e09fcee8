//! Typed errors and warnings of an import; each names the file and, where there is one, the
//! sheet and cell.

use super::cell::CellRef;
use crate::dates::Period;
use crate::messages::prelude::*;
use crate::model::Language;

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

/// Why an import failed. Nothing is written when any of these happens. People read it through
/// [`ImportError::message`] in the register's language; `Display` is the English text.
#[derive(Debug)]
pub enum ImportError {
    /// The file is over [`MAX_FILE_BYTES`].
    TooLarge { file: String, bytes: u64 },
    /// The archive would unpack to more than [`MAX_UNPACKED_BYTES`].
    ArchiveTooLarge { file: String, bytes: u64 },
    /// The workbook is encrypted with a password.
    Encrypted { file: String },
    /// The file is not what its extension says, or is damaged (`reason` and `hint` are already
    /// in the register's language).
    Unreadable {
        file: String,
        reason: String,
        hint: Option<String>,
    },
    /// `--sheet` names no sheet.
    NoSuchSheet {
        file: String,
        sheet: String,
        sheets: Vec<String>,
    },
    /// No sheet has a header row with a period column and a KPI column.
    NoHeader {
        file: String,
        /// Per sheet (empty for a CSV file), the headers of its most header-like row.
        seen: Vec<(String, Vec<String>)>,
        /// The KPI names and aliases the contract expects.
        expected: Vec<String>,
    },
    /// A header cell that cannot be read as the command line says (`spend import --column`,
    /// `--date`), with what to do.
    Column {
        file: String,
        problem: CellProblem,
        hint: String,
    },
    /// Cells that cannot be imported.
    Cells {
        file: String,
        problems: Vec<CellProblem>,
    },
    /// Imported values differ from stored ones and `--replace` was not given.
    Conflicts {
        file: String,
        conflicts: Vec<Conflict>,
    },
}

impl ImportError {
    /// The error in the language of `m`.
    pub fn message(&self, m: &dyn Messages) -> String {
        const MB: u64 = 1024 * 1024;
        match self {
            ImportError::TooLarge { file, bytes } => m.file_too_large(file, bytes / MB),
            ImportError::ArchiveTooLarge { file, bytes } => m.archive_too_large(file, bytes / MB),
            ImportError::Encrypted { file } => m.workbook_encrypted(file),
            ImportError::Unreadable { file, reason, .. } => format!("{file}: {reason}"),
            ImportError::NoSuchSheet {
                file,
                sheet,
                sheets,
            } => m.no_such_sheet(file, sheet, &sheets.join(", ")),
            ImportError::NoHeader { file, seen, .. } => {
                format!("{}{}", m.kpi_no_header(file), seen_text(seen, m))
            }
            ImportError::Column { file, problem, .. } => {
                format!("{}: {}", problem.cell.located(file), problem.message)
            }
            ImportError::Cells { file, problems } => cells_text(file, problems, m),
            ImportError::Conflicts { file, conflicts } => conflicts_text(file, conflicts, m),
        }
    }

    /// The name of the file the error is about.
    pub fn file(&self) -> &str {
        match self {
            ImportError::TooLarge { file, .. }
            | ImportError::ArchiveTooLarge { file, .. }
            | ImportError::Encrypted { file }
            | ImportError::Unreadable { file, .. }
            | ImportError::NoSuchSheet { file, .. }
            | ImportError::NoHeader { file, .. }
            | ImportError::Column { file, .. }
            | ImportError::Cells { file, .. }
            | ImportError::Conflicts { file, .. } => file,
        }
    }

    /// What the user can do about it, in the language of `m`.
    pub fn hint(&self, m: &dyn Messages) -> Option<String> {
        let text = match self {
            ImportError::TooLarge { .. } => m.hint_split_file(),
            ImportError::ArchiveTooLarge { .. } => m.hint_new_file_or_csv(),
            ImportError::Encrypted { .. } => m.hint_remove_password(),
            ImportError::Unreadable { hint, .. } => return hint.clone(),
            ImportError::NoSuchSheet { .. } => m.hint_check_sheet(),
            ImportError::NoHeader { expected, .. } => {
                return Some(m.hint_kpi_header(&expected.join(", ")));
            }
            ImportError::Column { hint, .. } => return Some(hint.clone()),
            ImportError::Cells { .. } => m.hint_correct_cells(),
            ImportError::Conflicts { .. } => m.hint_kpi_replace(),
        };
        Some(text.to_string())
    }

    /// The error a command reports, in `lang`.
    pub fn into_error(self, lang: Language) -> crate::Error {
        let m = crate::messages::of(lang);
        crate::Error::Input {
            hint: self.hint(m),
            message: self.message(m),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::messages::of(Language::En)))
    }
}

impl std::error::Error for ImportError {}

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

fn seen_text(seen: &[(String, Vec<String>)], m: &dyn Messages) -> String {
    let mut text = String::new();
    for (sheet, headers) in seen.iter().take(MAX_LISTED) {
        let headers = if headers.is_empty() {
            m.seen_no_text_cells().to_string()
        } else {
            let mut listed: Vec<String> = headers
                .iter()
                .take(MAX_LISTED)
                .map(|h| format!("\"{}\"", shorten(h)))
                .collect();
            if headers.len() > MAX_LISTED {
                listed.push(m.seen_more(headers.len() - MAX_LISTED));
            }
            listed.join(", ")
        };
        let sheet = shorten(sheet);
        if sheet.is_empty() {
            text.push_str(&m.saw_headers(&headers));
        } else {
            text.push_str(&m.sheet_saw_headers(&sheet, &headers));
        }
    }
    text
}

fn cells_text(file: &str, problems: &[CellProblem], m: &dyn Messages) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| format!("{}: {}", p.cell.located(file), p.message))
        .collect();
    if problems.len() > MAX_LISTED {
        lines.push(m.more_cells(file, problems.len() - MAX_LISTED));
    }
    lines.join("\nerror: ")
}

fn conflicts_text(file: &str, conflicts: &[Conflict], m: &dyn Messages) -> String {
    let mut text = m.kpi_conflicts(file, conflicts.len());
    for conflict in conflicts.iter().take(MAX_LISTED) {
        text.push_str(&m.kpi_conflict(
            &conflict.kpi,
            &conflict.period.to_string(),
            &conflict.stored,
            &crate::store::format_value(conflict.imported),
            &conflict.cell.to_string(),
        ));
    }
    if conflicts.len() > MAX_LISTED {
        text.push_str(&m.listed_more(conflicts.len() - MAX_LISTED));
    }
    text
}
