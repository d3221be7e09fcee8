//! `avtal log`: append one entry to a contract's follow-up journal (`KEY/log.csv`, SPEC §2.4).
//!
//! The entry is validated against the journal first; nothing is written when it is wrong. The
//! file is rewritten atomically with every existing row kept byte for byte: the new row goes
//! after the last row dated on or before its date, in the file's own line-ending style.

use crate::commands::shared::contract_key::{KeyHint, find_contract};
use crate::context::Context;
use crate::context::args::parse_date_arg;
use crate::diag::did_you_mean;
use crate::error::{Error, Status};
use crate::fsutil::{LockFile, atomic_write};
use crate::messages::prelude::*;
use crate::model::{Contract, LogType, Register};
use chrono::NaiveDate;
use clap::Args;
use std::time::Duration;

/// The header of a new `log.csv`.
const HEADER: [&str; 6] = ["date", "type", "ref", "due", "amount", "note"];

/// Arguments of `avtal log`.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// The contract's key (its folder name)
    pub key: String,
    /// start-meeting, followup, qualification-check, deviation, action, resolved, sanction,
    /// decision, note or change
    #[arg(value_name = "TYPE")]
    pub kind: String,
    /// Date of the entry [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub date: Option<NaiveDate>,
    /// Reference of the deviation (required for deviation, action and resolved)
    #[arg(long = "ref", value_name = "REF")]
    pub reference: Option<String>,
    /// When an action is due (required for action)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date_arg)]
    pub due: Option<NaiveDate>,
    /// Amount in SEK (sanction; required for change: the net change, negative for a reduction)
    #[arg(long, value_name = "SEK", allow_hyphen_values = true)]
    pub amount: Option<String>,
    /// Free text
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Log a date after today, or outside the contract's term, anyway
    #[arg(long)]
    pub force: bool,
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
    fn field(&self, column: &str) -> String {
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

/// Runs `avtal log`.
pub fn run(context: &Context, args: &LogArgs) -> Result<Status, Error> {
    let register = context.load_one(&args.key)?;
    let lang = context.language(&register.settings);
    let m = crate::messages::of(lang);
    let entry = validate(&register, args, context.today, m)?;
    if let Some(contract) = register.contract(&args.key) {
        safeguards(contract, &entry, args.force, context.today, m)?;
    }
    let path = register.root.join(&args.key).join("log.csv");
    let _lock = LockFile::acquire(&path, Duration::from_secs(5))?;
    let existing = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&path, e)),
    };
    let (bytes, line) = match &existing {
        Some(bytes) => insert_entry(bytes, &entry, m).map_err(|problem| {
            Error::input(m.nothing_changed(&format!("{}/log.csv", args.key), &problem))
        })?,
        None => new_file(&entry)?,
    };
    atomic_write(&path, &bytes)?;
    let written = row_text(&bytes, line);
    let summary = m.log_line_written(line, &args.key, &written);
    context.emit(None, summary.as_bytes())?;
    Ok(Status::Success)
}

/// Checks the entry against SPEC §2.4 and the contract's journal.
pub fn validate(
    register: &Register,
    args: &LogArgs,
    today: NaiveDate,
    m: &dyn Messages,
) -> Result<NewEntry, Error> {
    let contract = find_contract(register, &args.key, KeyHint::SeeKeys, m)?;
    let kind = LogType::parse(args.kind.trim()).ok_or_else(|| unknown_type(&args.kind, m))?;
    let reference = args
        .reference
        .as_deref()
        .map(str::trim)
        .unwrap_or("")
        .to_string();
    use crate::load::bounds::{check_option_date, check_option_text};
    check_option_text("--ref", &reference, false)?;
    check_option_text("--note", args.note.as_deref().unwrap_or(""), true)?;
    for (option, date) in [("--date", args.date), ("--due", args.due)] {
        date.map_or(Ok(()), |date| check_option_date(option, date))?;
    }
    let needs_ref = matches!(
        kind,
        LogType::Deviation | LogType::Action | LogType::Resolved
    );
    if needs_ref && reference.is_empty() {
        return Err(Error::input_with_hint(
            m.entry_needs_reference(kind.as_str()),
            m.add_reference_hint(),
        ));
    }
    let has_deviation = |r: &str| {
        contract
            .log
            .iter()
            .any(|e| e.kind == LogType::Deviation && e.reference.as_deref() == Some(r))
    };
    match kind {
        LogType::Deviation if has_deviation(&reference) => {
            return Err(Error::input_with_hint(
                m.deviation_reference_taken(&contract.key, &reference),
                m.choose_another_reference(&deviation_refs(contract)),
            ));
        }
        LogType::Action | LogType::Resolved if !has_deviation(&reference) => {
            return Err(Error::input_with_hint(
                m.no_deviation_to_attach(&contract.key, &reference, kind.as_str()),
                match deviation_refs(contract) {
                    refs if refs.is_empty() => {
                        m.register_deviation_first(&contract.key, &reference)
                    }
                    refs => m.deviations_of(&contract.key, &refs),
                },
            ));
        }
        _ => {}
    }
    if kind == LogType::Action && args.due.is_none() {
        return Err(Error::input_with_hint(
            m.action_needs_due(),
            m.add_due_hint(),
        ));
    }
    if kind != LogType::Action && args.due.is_some() {
        return Err(Error::input(m.due_only_for_action(kind.as_str())));
    }
    if kind == LogType::Change && args.amount.is_none() {
        return Err(Error::input_with_hint(
            m.change_needs_amount(),
            m.change_amount_hint(),
        ));
    }
    let amount = match args.amount.as_deref() {
        // Only a change may reduce the contract's value; a sanction is always claimed.
        Some(text) if kind == LogType::Change && text.trim().starts_with('-') => {
            parse_amount(&text.trim()[1..])
                .map(|digits| format!("-{digits}"))
                .ok_or_else(|| {
                    Error::input_with_hint(m.not_an_amount(text), m.negative_amount_hint())
                })?
        }
        Some(text) => parse_amount(text)
            .ok_or_else(|| Error::input_with_hint(m.not_an_amount(text), m.amount_hint()))?,
        None => String::new(),
    };
    Ok(NewEntry {
        date: args.date.unwrap_or(today),
        kind,
        reference,
        due: args.due,
        amount,
        note: args.note.clone().unwrap_or_default(),
    })
}

/// SPEC §16: an action or resolution never precedes its deviation; a date after today or
/// outside the contract's term is a typing error unless `--force` says otherwise.
fn safeguards(
    contract: &Contract,
    entry: &NewEntry,
    force: bool,
    today: NaiveDate,
    m: &dyn Messages,
) -> Result<(), Error> {
    let key = &contract.key;
    let date = entry.date;
    if matches!(entry.kind, LogType::Action | LogType::Resolved) {
        let registered = contract
            .log
            .iter()
            .filter(|e| {
                e.kind == LogType::Deviation && e.reference.as_deref() == Some(&entry.reference)
            })
            .map(|e| e.date)
            .min();
        if let Some(registered) = registered.filter(|&d| date < d) {
            let (kind, reference) = (entry.kind.as_str(), &entry.reference);
            return Err(Error::input_with_hint(
                m.entry_before_deviation(kind, date, reference, registered),
                m.date_or_later_hint(registered),
            ));
        }
    }
    if force {
        return Ok(());
    }
    if date > today {
        return Err(Error::input_with_hint(
            m.date_after_today(date, today),
            m.date_after_today_hint(),
        ));
    }
    if !contract.is_active_on(date) {
        let (start, end) = (contract.start, contract.effective_end());
        return Err(Error::input_with_hint(
            m.not_in_force_on(key, date, start, end),
            m.not_in_force_hint(),
        ));
    }
    Ok(())
}

fn unknown_type(text: &str, m: &dyn Messages) -> Error {
    let known: Vec<&str> = LogType::ALL.iter().map(|t| t.as_str()).collect();
    let hint = match did_you_mean(text.trim(), &known) {
        Some(close) => m.did_you_mean(close),
        None => m.entry_types_are(&known.join(", ")),
    };
    Error::input_with_hint(m.unknown_entry_type(text), hint)
}

fn deviation_refs(contract: &Contract) -> String {
    let mut refs: Vec<&str> = contract
        .log
        .iter()
        .filter(|e| e.kind == LogType::Deviation)
        .filter_map(|e| e.reference.as_deref())
        .collect();
    refs.sort_unstable();
    refs.dedup();
    refs.join(", ")
}

/// A non-negative amount: digits, optionally a `.` or `,` and decimals; spaces between
/// thousands and a trailing `kr`, `SEK` or `:-` are allowed. Returns the text to write (with `.` as decimal point).
pub fn parse_amount(text: &str) -> Option<String> {
    let trimmed = text.trim();
    // "15 000 kr", "15 000 SEK", "15 000:-": the currency is SEK anyway.
    let number = ["kr", "sek", ":-"]
        .iter()
        .find_map(|suffix| {
            let cut = trimmed.len().checked_sub(suffix.len())?;
            let tail = trimmed.get(cut..)?;
            tail.eq_ignore_ascii_case(suffix).then(|| &trimmed[..cut])
        })
        .unwrap_or(trimmed);
    let cleaned: String = number
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let (integer, fraction) = match cleaned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (cleaned.as_str(), None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(integer) && fraction.is_none_or(digits)).then_some(cleaned)
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
    let header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
    let row: Vec<String> = HEADER.iter().map(|h| entry.field(h)).collect();
    let text = format!("{}\n{}\n", record(&header)?, record(&row)?);
    Ok((text.into_bytes(), 2))
}

/// Inserts `entry` into the existing file `bytes` after the last row dated on or before its
/// date. Returns the new file and the 1-based line the entry starts on. Every existing byte is
/// kept; the row follows the file's header order and line-ending style.
pub fn insert_entry(
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

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("25000").as_deref(), Some("25000"));
        assert_eq!(parse_amount("1 250,50").as_deref(), Some("1250.50"));
        assert_eq!(parse_amount("12.5").as_deref(), Some("12.5"));
        assert_eq!(parse_amount("15 000 kr").as_deref(), Some("15000"));
        assert_eq!(parse_amount("15 000 KR").as_deref(), Some("15000"));
        assert_eq!(parse_amount("1 250,50 SEK").as_deref(), Some("1250.50"));
        assert_eq!(parse_amount("12kr").as_deref(), Some("12"));
        assert_eq!(parse_amount("900:-").as_deref(), Some("900"));
        for bad in [
            "", "-5", "kr", "1.2.3", "abc", ".5", "5.", "5 kronor", "5 €", "İkr",
        ] {
            assert_eq!(parse_amount(bad), None, "{bad}");
        }
    }
}
