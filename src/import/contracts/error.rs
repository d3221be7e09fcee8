//! Why a contract import failed, in the register's language. Nothing is written when any of
//! these happens.

use super::columns::Field;
use super::matching::Diff;
use crate::import::cell::CellRef;
use crate::import::error::CellProblem;
use crate::model::Language;

/// Most problems or conflicts listed in one error; the rest are counted.
const MAX_LISTED: usize = 20;

/// A failed contract import.
#[derive(Debug, thiserror::Error)]
pub enum ContractsError {
    /// No sheet has a header row with the columns of a contract register.
    #[error("{}", no_header_text(.file, .seen, *.lang))]
    NoHeader {
        file: String,
        seen: Vec<(String, Vec<String>)>,
        lang: Language,
    },
    /// The header lacks a required column.
    #[error("{}", missing_text(.file, .header, .missing, *.lang))]
    MissingColumns {
        file: String,
        header: CellRef,
        missing: Vec<Field>,
        lang: Language,
    },
    /// There is a header but no contract under it.
    #[error("{}", crate::messages::of(*.lang).no_contract_rows(.file, &.header.to_string()))]
    NoRows {
        file: String,
        header: CellRef,
        lang: Language,
    },
    /// More rows than one import takes (bounded memory on any file).
    #[error("{}", crate::messages::of(*.lang).too_many_contract_rows(.file, *.rows))]
    TooManyRows {
        file: String,
        rows: usize,
        lang: Language,
    },
    /// Cells that cannot be read.
    #[error("{}", cells_text(.file, .problems, *.lang))]
    Cells {
        file: String,
        problems: Vec<CellProblem>,
        lang: Language,
    },
    /// Rows that name existing contracts differ from them and `--update` was not given.
    #[error("{}", conflicts_text(.file, .conflicts, *.lang))]
    Conflicts {
        file: String,
        /// Per contract key, the fields that differ.
        conflicts: Vec<(String, Vec<Diff>)>,
        lang: Language,
    },
}

impl ContractsError {
    /// What the user can do about it.
    pub fn hint(&self) -> Option<String> {
        let text = match self {
            ContractsError::NoHeader { lang, .. } | ContractsError::MissingColumns { lang, .. } => {
                crate::messages::of(*lang).hint_contracts_header()
            }
            ContractsError::NoRows { lang, .. } => crate::messages::of(*lang).hint_contract_rows(),
            ContractsError::TooManyRows { lang, .. } => {
                crate::messages::of(*lang).hint_split_contracts()
            }
            ContractsError::Cells { lang, .. } => crate::messages::of(*lang).hint_correct_cells(),
            ContractsError::Conflicts { lang, .. } => {
                crate::messages::of(*lang).hint_contracts_update()
            }
        };
        Some(text.to_string())
    }
}

impl From<ContractsError> for crate::Error {
    fn from(error: ContractsError) -> crate::Error {
        crate::Error::Input {
            hint: error.hint(),
            message: error.to_string(),
        }
    }
}

fn no_header_text(file: &str, seen: &[(String, Vec<String>)], lang: Language) -> String {
    let m = crate::messages::of(lang);
    let mut text = m.contracts_no_header(file);
    for (sheet, headers) in seen {
        let headers: Vec<String> = headers.iter().map(|h| format!("\"{h}\"")).collect();
        let headers = if headers.is_empty() {
            m.seen_no_text().to_string()
        } else {
            headers.join(", ")
        };
        if sheet.is_empty() {
            text.push_str(&m.saw_headers(&headers));
        } else {
            text.push_str(&m.sheet_saw_headers(sheet, &headers));
        }
    }
    text
}

fn missing_text(file: &str, header: &CellRef, missing: &[Field], lang: Language) -> String {
    let names: Vec<String> = missing
        .iter()
        .map(|field| format!("{} ({})", field.synonyms()[0], field.name()))
        .collect();
    crate::messages::of(lang).header_lacks_columns(file, &header.to_string(), &names.join(", "))
}

fn cells_text(file: &str, problems: &[CellProblem], lang: Language) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| format!("{file}: {}: {}", p.cell, p.message))
        .collect();
    if problems.len() > MAX_LISTED {
        let more = problems.len() - MAX_LISTED;
        lines.push(crate::messages::of(lang).more_contract_cells(file, more));
    }
    lines.join("\nerror: ")
}

fn conflicts_text(file: &str, conflicts: &[(String, Vec<Diff>)], lang: Language) -> String {
    let fields: usize = conflicts.iter().map(|(_, diffs)| diffs.len()).sum();
    let m = crate::messages::of(lang);
    let mut text = m.contract_conflicts(file, conflicts.len(), fields);
    for (key, diffs) in conflicts.iter().take(MAX_LISTED) {
        for diff in diffs {
            text.push_str(&m.contract_conflict(
                key,
                diff.field.name(),
                &diff.stored,
                &diff.imported,
                &diff.cell.to_string(),
            ));
        }
    }
    if conflicts.len() > MAX_LISTED {
        text.push_str(&m.contracts_more(conflicts.len() - MAX_LISTED));
    }
    text
}
