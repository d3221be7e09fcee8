//! `KEY/log.csv`, the follow-up journal (SPEC §2.4): reading is the loader's
//! ([`crate::load::parse_log_csv`]); writing is [`append`], which adds one entry and keeps every
//! existing row byte for byte: the new row goes after the last row dated on or before its date,
//! in the file's own column order and line-ending style.
//!
//! The optional columns `owner, party, level, dnr, file` (SPEC §2.4) belong here: [`NewEntry`]
//! gains them and [`NewEntry::field`] names them; [`append`] keeps the file's header when the
//! entry fits it and otherwise rewrites the header with all eleven columns.

use crate::error::Error;
use crate::load::LOG_HEADER;
use crate::messages::prelude::*;
use crate::model::LogType;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long `avtal log` waits for another writer of the same journal.
const LOCK_WAIT: Duration = Duration::from_secs(5);

/// The journal of the contract `key` in the register at `root`.
pub fn path(root: &Path, key: &str) -> PathBuf {
    root.join(key).join("log.csv")
}

/// The journal's name in messages: `KEY/log.csv`.
pub fn name(key: &str) -> String {
    format!("{key}/log.csv")
}

/// Where [`append`] put an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Appended {
    /// The 1-based line the entry starts on.
    pub line: usize,
    /// The text of that line, without its line ending.
    pub text: String,
}

/// Adds `entry` to the journal of `key` under its lock: a new file with the header when there is
/// none. Nothing is written when the stored file cannot be read as CSV.
pub fn append(
    root: &Path,
    key: &str,
    entry: &NewEntry,
    m: &dyn Messages,
) -> Result<Appended, Error> {
    let path = path(root, key);
    let _lock = super::lock(&path, LOCK_WAIT)?;
    let (bytes, line) = match super::read(&path)? {
        Some(bytes) => insert_entry(&bytes, entry, m)
            .map_err(|problem| Error::input(m.nothing_changed(&name(key), &problem)))?,
        None => new_file(entry)?,
    };
    super::write(&path, &bytes)?;
    Ok(Appended {
        line,
        text: row_text(&bytes, line),
    })
}

/// A validated journal entry, as the fields of one CSV row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    pub date: NaiveDate,
    pub kind: LogType,
    pub reference: String,
    pub due: Option<NaiveDate>,
    /// The amount as written to the file (digits with an optional `.` and decimals).
    pub amount: String,
    pub note: String,
}

impl NewEntry {
    /// The value of the column named `column` (empty for columns avtal does not know).
    pub fn field(&self, column: &str) -> String {
        match column.trim() {
            "date" => self.date.to_string(),
            "type" => self.kind.as_str().to_string(),
            "ref" => self.reference.clone(),
            "due" => self.due.map(|d| d.to_string()).unwrap_or_default(),
            "amount" => self.amount.clone(),
            "note" => self.note.clone(),
            _ => String::new(),
        }
    }
}

/// One CSV record (no terminator), quoted only where needed.
fn record(fields: &[String]) -> Result<String, Error> {
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to memory fails only on a bug; the writer's own error says why.
    writer
        .write_record(fields)
        .map_err(|e| Error::Output(e.into()))?;
    let bytes = writer
        .into_inner()
        .map_err(|e| Error::Output(e.into_error()))?;
    let mut text = String::from_utf8_lossy(&bytes).into_owned();
    text.pop();
    Ok(text)
}

/// A new `log.csv` with the header and the entry; the entry is on line 2.
fn new_file(entry: &NewEntry) -> Result<(Vec<u8>, usize), Error> {
    let header: Vec<String> = LOG_HEADER.iter().map(|h| h.to_string()).collect();
    let row: Vec<String> = LOG_HEADER.iter().map(|h| entry.field(h)).collect();
    let text = format!("{}\n{}\n", record(&header)?, record(&row)?);
    Ok((text.into_bytes(), 2))
}

/// Inserts `entry` into the existing file `bytes` after the last row dated on or before its
/// date. Returns the new file and the 1-based line the entry starts on. Every existing byte is
/// kept; the row follows the file's header order and line-ending style.
fn insert_entry(
    bytes: &[u8],
    entry: &NewEntry,
    m: &dyn Messages,
) -> Result<(Vec<u8>, usize), String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| m.log_header_unreadable(&e.to_string()))?
        .clone();
    let columns: Vec<String> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    if columns.iter().all(|c| c.is_empty()) {
        return Err(m.log_header_missing().into());
    }
    let date_column = columns.iter().position(|c| c == "date");
    // Byte offset where the new row goes; by default right after the header.
    let mut insert_at: Option<usize> = None;
    let mut first_row: Option<usize> = None;
    let mut previous_dated_before = false;
    for result in reader.records() {
        let row = result.map_err(|e| m.log_unreadable(&e.to_string()))?;
        let mut start = row
            .position()
            .map_or(bytes.len(), |p| p.byte() as usize)
            .min(bytes.len());
        // After a CRLF the csv crate reports the `\n` as the record's start; skip to the record.
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        first_row.get_or_insert(start);
        if previous_dated_before {
            insert_at = Some(start);
        }
        let date = date_column
            .and_then(|i| row.get(i))
            .and_then(|t| crate::dates::parse_date(t.trim()));
        previous_dated_before = date.is_none_or(|d| d <= entry.date);
    }
    let crlf = bytes.windows(2).any(|w| w == b"\r\n");
    let newline: &[u8] = if crlf { b"\r\n" } else { b"\n" };
    let insert_at = if previous_dated_before {
        bytes.len()
    } else {
        insert_at.or(first_row).unwrap_or(bytes.len())
    };
    let fields: Vec<String> = columns.iter().map(|c| entry.field(c)).collect();
    let mut row = record(&fields).map_err(|e| e.to_string())?.into_bytes();
    if crlf {
        row = String::from_utf8_lossy(&row)
            .replace('\n', "\r\n")
            .into_bytes();
    }
    let mut out = Vec::with_capacity(bytes.len() + row.len() + 4);
    out.extend_from_slice(&bytes[..insert_at]);
    // A file without a trailing newline gets one before the appended row.
    if insert_at > 0 && !bytes[..insert_at].ends_with(b"\n") {
        out.extend_from_slice(newline);
    }
    let line = out.iter().filter(|&&b| b == b'\n').count() + 1;
    out.extend_from_slice(&row);
    out.extend_from_slice(newline);
    out.extend_from_slice(&bytes[insert_at..]);
    Ok((out, line))
}

/// The text of the row starting on 1-based `line`, without its line ending (a quoted note may
/// span lines; the first line is enough to show what was written).
fn row_text(bytes: &[u8], line: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.split('\n')
        .nth(line - 1)
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    fn entry(date: &str, kind: LogType, note: &str) -> NewEntry {
        NewEntry {
            date: d(date),
            kind,
            reference: String::new(),
            due: None,
            amount: String::new(),
            note: note.into(),
        }
    }

    fn insert(file: &str, e: &NewEntry) -> (String, usize) {
        let (bytes, line) = insert_entry(
            file.as_bytes(),
            e,
            crate::messages::of(crate::model::Language::En),
        )
        .unwrap();
        (String::from_utf8(bytes).unwrap(), line)
    }

    const FILE: &str = "date,type,ref,due,amount,note\n\
                        2026-02-10,followup,,,,Möte\n\
                        2026-03-01,deviation,AV-1,,,\"Sent, igen\"\n";

    #[test]
    fn appends_at_the_end_in_date_order() {
        let (text, line) = insert(FILE, &entry("2026-03-01", LogType::Note, "x"));
        assert_eq!(line, 4);
        assert_eq!(text, format!("{FILE}2026-03-01,note,,,,x\n"));
    }

    #[test]
    fn inserts_between_rows_by_date() {
        let (text, line) = insert(FILE, &entry("2026-02-20", LogType::Note, "mitt"));
        assert_eq!(line, 3);
        assert_eq!(
            text,
            "date,type,ref,due,amount,note\n\
             2026-02-10,followup,,,,Möte\n\
             2026-02-20,note,,,,mitt\n\
             2026-03-01,deviation,AV-1,,,\"Sent, igen\"\n"
        );
    }

    #[test]
    fn inserts_before_every_row_when_earliest() {
        let (text, line) = insert(FILE, &entry("2025-01-01", LogType::Note, "först"));
        assert_eq!(line, 2);
        assert!(
            text.starts_with("date,type,ref,due,amount,note\n2025-01-01,note,,,,först\n2026-02-10")
        );
    }

    #[test]
    fn header_only_file() {
        let (text, line) = insert(
            "date,type,ref,due,amount,note\n",
            &entry("2026-01-01", LogType::Note, ""),
        );
        assert_eq!(
            (text.as_str(), line),
            ("date,type,ref,due,amount,note\n2026-01-01,note,,,,\n", 2)
        );
    }

    #[test]
    fn keeps_crlf_and_adds_missing_trailing_newline() {
        let file = "date,type,ref,due,amount,note\r\n2026-02-10,followup,,,,Möte";
        let (text, _) = insert(file, &entry("2026-03-01", LogType::Note, "två\nrader"));
        assert_eq!(
            text,
            "date,type,ref,due,amount,note\r\n2026-02-10,followup,,,,Möte\r\n2026-03-01,note,,,,\"två\r\nrader\"\r\n"
        );
        let file = "date,type,ref,due,amount,note\n2026-02-10,followup,,,,Möte";
        let (text, _) = insert(file, &entry("2026-03-01", LogType::Note, "x"));
        assert_eq!(text, format!("{file}\n2026-03-01,note,,,,x\n"));
    }

    #[test]
    fn inserts_between_crlf_rows_without_splitting_line_endings() {
        let file =
            "date,type,ref,due,amount,note\r\n2026-01-01,note,,,,a\r\n2026-05-01,note,,,,b\r\n";
        let (text, line) = insert(file, &entry("2026-02-01", LogType::Note, "c"));
        assert_eq!(line, 3);
        assert_eq!(
            text,
            "date,type,ref,due,amount,note\r\n2026-01-01,note,,,,a\r\n2026-02-01,note,,,,c\r\n2026-05-01,note,,,,b\r\n"
        );
        let (text, line) = insert(file, &entry("2025-02-01", LogType::Note, "c"));
        assert_eq!(line, 2);
        assert!(
            text.starts_with("date,type,ref,due,amount,note\r\n2025-02-01,note,,,,c\r\n2026-01-01")
        );
    }

    #[test]
    fn quotes_only_where_needed_and_follows_header_order() {
        let file = "type,date,note\n";
        let mut e = entry("2026-03-01", LogType::Sanction, "Vite, \"dröjsmål\"");
        e.amount = "2500".into();
        let (text, _) = insert(file, &e);
        assert_eq!(
            text,
            "type,date,note\nsanction,2026-03-01,\"Vite, \"\"dröjsmål\"\"\"\n"
        );
    }

    #[test]
    fn rows_out_of_order_are_kept_and_new_row_follows_the_last_earlier_one() {
        let file = "date,type,ref,due,amount,note\n2026-05-01,note,,,,b\n2026-01-01,note,,,,a\n";
        let (text, line) = insert(file, &entry("2026-02-01", LogType::Note, "c"));
        assert_eq!(line, 4);
        assert!(
            text.ends_with("2026-01-01,note,,,,a\n2026-02-01,note,,,,c\n"),
            "{text}"
        );
    }
}
