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
    #[error("{file}: {header}: {}", .lang.pick("inga avtal under rubrikraden", "no contracts under the header row"))]
    NoRows {
        file: String,
        header: CellRef,
        lang: Language,
    },
    /// More rows than one import takes (bounded memory on any file).
    #[error("{file}: {rows} {}", .lang.pick("rader – fler än 20 000 avtal i en fil läses inte in", "rows – more than 20,000 contracts in one file are not imported"))]
    TooManyRows {
        file: String,
        rows: usize,
        lang: Language,
    },
    /// Cells that cannot be read.
    #[error("{}", cells_text(.file, .problems))]
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
            ContractsError::NoHeader { lang, .. } | ContractsError::MissingColumns { lang, .. } => lang.pick(
                "rubrikraden (bland de 20 första raderna) behöver kolumnerna Avtalsnamn, Leverantör, Startdatum och Slutdatum; se docs/reference.md §15 för fler namn",
                "the header row (within the first 20 rows) needs the columns Avtalsnamn, Leverantör, Startdatum and Slutdatum; see docs/reference.md §15 for other names",
            ),
            ContractsError::NoRows { lang, .. } => lang.pick(
                "exportera avtalen med en rad per avtal under rubrikraden",
                "export the contracts with one row per contract under the header row",
            ),
            ContractsError::TooManyRows { lang, .. } => lang.pick(
                "dela upp exporten, till exempel per förvaltning, och importera delarna en i taget",
                "split the export, for example by department, and import the parts one at a time",
            ),
            ContractsError::Cells { lang, .. } => lang.pick(
                "inget skrevs; rätta cellerna och importera igen",
                "nothing was written; correct the cells and import again",
            ),
            ContractsError::Conflicts { lang, .. } => lang.pick(
                "inget skrevs; lägg till --update för att skriva filens värden i de befintliga avtalen",
                "nothing was written; add --update to write the file's values into the existing contracts",
            ),
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
    let mut text = format!(
        "{file}: {}",
        lang.pick(
            "ingen rubrikrad med avtalsnamn, leverantör, startdatum och slutdatum bland de 20 första raderna",
            "no header row with title, supplier, start and end in the first 20 rows",
        )
    );
    for (sheet, headers) in seen {
        let headers: Vec<String> = headers.iter().map(|h| format!("\"{h}\"")).collect();
        let headers = if headers.is_empty() {
            lang.pick("ingen text", "no text").to_string()
        } else {
            headers.join(", ")
        };
        let saw = lang.pick("såg", "saw");
        if sheet.is_empty() {
            text.push_str(&format!("\n  {saw} {headers}"));
        } else {
            let label = lang.pick("blad", "sheet");
            text.push_str(&format!("\n  {label} {sheet}: {saw} {headers}"));
        }
    }
    text
}

fn missing_text(file: &str, header: &CellRef, missing: &[Field], lang: Language) -> String {
    let names: Vec<String> = missing
        .iter()
        .map(|field| format!("{} ({})", field.synonyms()[0], field.name()))
        .collect();
    let label = lang.pick("rubrikraden saknar kolumn", "the header row has no column");
    format!("{file}: {header}: {label} {}", names.join(", "))
}

fn cells_text(file: &str, problems: &[CellProblem]) -> String {
    let mut lines: Vec<String> = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| format!("{file}: {}: {}", p.cell, p.message))
        .collect();
    if problems.len() > MAX_LISTED {
        lines.push(format!("{file}: … {} more", problems.len() - MAX_LISTED));
    }
    lines.join("\nerror: ")
}

fn conflicts_text(file: &str, conflicts: &[(String, Vec<Diff>)], lang: Language) -> String {
    let fields: usize = conflicts.iter().map(|(_, diffs)| diffs.len()).sum();
    let mut text = match lang {
        Language::Sv => format!(
            "{file}: {} avtal skiljer sig från registret ({fields} fält):",
            conflicts.len()
        ),
        Language::En => format!(
            "{file}: {} contract(s) differ from the register ({fields} field(s)):",
            conflicts.len()
        ),
    };
    let (stored, imported) = (
        lang.pick("registret", "register"),
        lang.pick("filen", "file"),
    );
    for (key, diffs) in conflicts.iter().take(MAX_LISTED) {
        for diff in diffs {
            text.push_str(&format!(
                "\n  {key}: {}: {stored} \"{}\", {imported} \"{}\" ({})",
                diff.field.name(),
                diff.stored,
                diff.imported,
                diff.cell
            ));
        }
    }
    if conflicts.len() > MAX_LISTED {
        text.push_str(&format!("\n  … {}", conflicts.len() - MAX_LISTED));
    }
    text
}
