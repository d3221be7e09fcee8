//! `spend/<YYYY>.csv` (SPEC §2.5): accounts-payable rows, validated with the rest of the
//! register. Files are parsed in parallel, one per year, and merged in year order.

use super::contract_schema::check_org_no;
use super::csv_rows::{Row, for_each_data_row, for_each_row};
use crate::dates::parse_date;
use crate::diag::Diagnostic;
use crate::messages::prelude::*;
use crate::model::Language;
use crate::money::Money;
use crate::spend::{NewRow, Spend};
use chrono::Datelike;
use rayon::prelude::*;
use std::path::Path;

mod chunks;

/// The reserved folder of the register that holds the spend files.
pub const SPEND_FOLDER: &str = "spend";

/// The header of a spend file.
pub const SPEND_HEADER: [&str; 8] = without_contract(SPEND_HEADER_WITH_CONTRACT);

/// The header of a spend file with a contract reference column (SPEC §2.5, §12).
pub const SPEND_HEADER_WITH_CONTRACT: [&str; 9] = [
    "date",
    "org_no",
    "supplier",
    "amount",
    "department",
    "account",
    "invoice",
    "contract",
    "source",
];

/// `header` without its `contract` column (the eighth).
const fn without_contract(h: [&'static str; 9]) -> [&'static str; 8] {
    [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[8]]
}

/// Which rows and fields of the spend files a load keeps: everything by default.
#[derive(Clone, Copy, Default)]
pub struct SpendScope<'a> {
    /// Only the rows whose `org_no` this accepts (all when `None`): a command about one contract
    /// needs only the rows of its suppliers (SPEC §12 matches by `org_no`), and skipping the
    /// others' parsing and checks keeps it fast on a million rows. The other rows are not
    /// validated.
    pub keep: Option<&'a (dyn Fn(&str) -> bool + Sync + 'a)>,
    /// Only what matching a row to a contract needs (date, amount, `org_no`, account): every row
    /// is validated as always, but supplier, department, invoice and source are left empty, which
    /// spares interning three texts per row. `check` sums matched spend and needs no more.
    pub matching_only: bool,
}

/// What every row of one spend file is read with: its name, the messages, and the scope.
#[derive(Clone, Copy)]
struct Reading<'a> {
    file: &'a str,
    m: &'a dyn Messages,
    scope: SpendScope<'a>,
}

/// Reads every `spend/<YYYY>.csv` of the register in `dir`. A register without `spend/` has no
/// rows. Other `.csv` names in the folder are errors; other files are ignored.
pub fn load_spend(dir: &Path, lang: Language) -> (Spend, Vec<Diagnostic>) {
    load_spend_of(dir, lang, SpendScope::default())
}

/// [`load_spend`] of what `scope` keeps.
pub fn load_spend_of(
    dir: &Path,
    lang: Language,
    scope: SpendScope<'_>,
) -> (Spend, Vec<Diagnostic>) {
    let m = crate::messages::of(lang);
    let folder = dir.join(SPEND_FOLDER);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return (Spend::default(), Vec::new());
    };
    let mut diagnostics = Vec::new();
    let mut years = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.to_ascii_lowercase().ends_with(".csv") {
            continue;
        }
        match year_of_file_name(&name) {
            Some(year) => years.push((year, name)),
            None => diagnostics.push(
                Diagnostic::new(format!("{SPEND_FOLDER}/{name}"), 1, 1, m.spend_file_name())
                    .with_hint(m.spend_file_hint()),
            ),
        }
    }
    years.sort();
    let parsed: Vec<(Spend, Vec<Diagnostic>)> = years
        .par_iter()
        .map(|(year, name)| {
            let file = format!("{SPEND_FOLDER}/{name}");
            let path = folder.join(name);
            let reading = Reading {
                file: &file,
                m,
                scope,
            };
            let mut spend = Spend::default();
            if let Some(errors) = read_plain(reading, *year, &path, &mut spend) {
                return (spend, errors);
            }
            // Not plain (or not readable): the whole file, by the general reader.
            let errors = match std::fs::read(&path) {
                Ok(bytes) => match super::decode_utf8(&file, bytes, lang) {
                    Ok(text) => parse_general(reading, *year, &text, &mut spend),
                    Err(diagnostic) => vec![diagnostic],
                },
                Err(e) => vec![Diagnostic::new(
                    &file,
                    1,
                    1,
                    m.cannot_read_file(&e.to_string()),
                )],
            };
            (spend, errors)
        })
        .collect();
    let mut merged: Option<Spend> = None;
    for (spend, errors) in parsed {
        diagnostics.extend(errors);
        match merged.as_mut() {
            None => merged = Some(spend),
            Some(all) => all.absorb(spend),
        }
    }
    (merged.unwrap_or_default(), diagnostics)
}

/// The file at `path` read in chunks if it is plain (see [`chunks`]); `None` otherwise, and then
/// `spend` is untouched.
#[cfg(unix)]
fn read_plain(
    reading: Reading<'_>,
    year: i32,
    path: &Path,
    spend: &mut Spend,
) -> Option<Vec<Diagnostic>> {
    let file = std::fs::File::open(path).ok()?;
    let size = file.metadata().ok().filter(|m| m.is_file())?.len();
    chunks::parse_plain_here(reading, year, &file, size, spend)
}

/// Elsewhere (no `pread`) a plain file is read whole, then by the same plain reader.
#[cfg(not(unix))]
fn read_plain(
    reading: Reading<'_>,
    year: i32,
    path: &Path,
    spend: &mut Spend,
) -> Option<Vec<Diagnostic>> {
    let bytes = std::fs::read(path).ok()?;
    chunks::parse_plain_here(reading, year, &bytes[..], bytes.len() as u64, spend)
}

/// `2026.csv` → 2026.
pub fn year_of_file_name(name: &str) -> Option<i32> {
    let stem = name.strip_suffix(".csv")?;
    if stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit()) {
        stem.parse().ok().filter(|y| *y >= 1900)
    } else {
        None
    }
}

/// Files at least this large are parsed in parts on every core.
const PARALLEL_BYTES: usize = 4 << 20;
/// The number of parts of a large file per core: each part interns its texts anew, so more parts
/// than the cores can keep busy cost more than they balance.
const PARTS_PER_CORE: usize = 2;

/// Parses the spend file `file` of `year` into `spend`; returns every error, in `lang`.
pub fn parse_spend_csv(
    file: &str,
    year: i32,
    source: &str,
    spend: &mut Spend,
    lang: Language,
) -> Vec<Diagnostic> {
    let m = crate::messages::of(lang);
    let reading = Reading {
        file,
        m,
        scope: SpendScope::default(),
    };
    parse_reading(reading, year, source, spend)
}

/// [`parse_spend_csv`] of `bytes` the way a plain file on disk is read: in `parts` parts of
/// `chunk`-byte reads; `None` when the bytes are not plain (for the fuzz target, which checks
/// that both ways agree).
pub fn parse_spend_chunked(
    file: &str,
    year: i32,
    bytes: &[u8],
    (parts, chunk): (usize, usize),
    spend: &mut Spend,
    lang: Language,
) -> Option<Vec<Diagnostic>> {
    let reading = Reading {
        file,
        m: crate::messages::of(lang),
        scope: SpendScope::default(),
    };
    chunks::parse_plain(
        reading,
        year,
        bytes,
        (bytes.len() as u64, parts, chunk),
        spend,
    )
}

/// [`parse_spend_csv`] with what [`Reading`] says: a plain file by the chunked reader, any other
/// by the general CSV reader.
fn parse_reading(
    reading: Reading<'_>,
    year: i32,
    source: &str,
    spend: &mut Spend,
) -> Vec<Diagnostic> {
    let bytes = source.as_bytes();
    match chunks::parse_plain_here(reading, year, bytes, bytes.len() as u64, spend) {
        Some(diagnostics) => diagnostics,
        None => parse_general(reading, year, source, spend),
    }
}

/// Any spend file, by the general CSV reader (quotes, carriage returns, a BOM, another header).
fn parse_general(
    reading: Reading<'_>,
    year: i32,
    source: &str,
    spend: &mut Spend,
) -> Vec<Diagnostic> {
    let Reading { file, m, .. } = reading;
    let mut diagnostics = Vec::new();
    // A rough row count from the size keeps the vector from growing a million times.
    spend.rows.reserve(source.len() / 64);
    let header = source
        .trim_start_matches('\u{feff}')
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("");
    let with_contract = header
        .trim_end_matches('\r')
        .split(',')
        .map(str::trim)
        .eq(SPEND_HEADER_WITH_CONTRACT);
    let names: &[&str] = if with_contract {
        &SPEND_HEADER_WITH_CONTRACT
    } else {
        &SPEND_HEADER
    };
    for_each_row(file, source, names, m, &mut diagnostics, |row, d| {
        spend_row(
            reading,
            year,
            source,
            &Cells::of(row, with_contract),
            d,
            spend,
        )
    });
    diagnostics
}

/// How many parts a large file is read in on this machine.
fn parts_for() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    (cores * PARTS_PER_CORE).clamp(2, 32)
}

/// The rows of a plain file (see [`chunks`]) from byte `start` (a line start, after the
/// header) on line `line` to the end of `source`, split at `\n` and `,` in one pass over the
/// bytes without building a record. A line without eight fields goes to the general CSV reader,
/// which reports it exactly as for any other file; a blank line is skipped as it skips it.
fn plain_rows(
    reading: Reading<'_>,
    year: i32,
    source: &str,
    (start, line): (usize, u32),
    diagnostics: &mut Vec<Diagnostic>,
    spend: &mut Spend,
) {
    let bytes = source.as_bytes();
    let (mut pos, mut line) = (start, line);
    let mut cells = Cells {
        line,
        offset: pos,
        texts: [""; 9],
        spans: [(0, 0); 9],
    };
    // Every `,` and `\n` of the part, found by a vectorised search rather than byte by byte.
    let mut separators = memchr::memchr2_iter(b',', b'\n', &bytes[start..]).map(|i| start + i);
    while pos < bytes.len() {
        let (mut count, mut field_start) = (0, pos);
        let end = loop {
            match separators.next() {
                Some(at) if bytes[at] == b',' => {
                    if count < 8 {
                        cells.spans[count] = (field_start, at);
                    }
                    count += 1;
                    field_start = at + 1;
                }
                Some(at) => break at,
                None => break bytes.len(),
            }
        };
        if count < 8 {
            cells.spans[count] = (field_start, end);
        }
        count += 1;
        if count == 8 {
            for (text, &(from, to)) in cells.texts.iter_mut().zip(&cells.spans) {
                *text = &source[from..to];
            }
            (cells.line, cells.offset) = (line, pos);
            spend_row(reading, year, source, &cells, diagnostics, spend);
        } else if count != 1 || !source[pos..end].trim().is_empty() {
            let each = |row: &Row<'_, '_>, d: &mut Vec<Diagnostic>| {
                spend_row(reading, year, source, &Cells::of(row, false), d, spend)
            };
            let (text, at) = (&source[..end], (pos, line));
            for_each_data_row(
                reading.file,
                text,
                at,
                &SPEND_HEADER,
                reading.m,
                diagnostics,
                each,
            );
        }
        pos = end + 1;
        line += 1;
    }
}

/// The fields of one spend row with their byte spans in the file, from either reader: the
/// eight of SPEC §2.5 in their order, then the contract reference (empty in a file without it).
struct Cells<'s> {
    line: u32,
    offset: usize,
    texts: [&'s str; 9],
    spans: [(usize, usize); 9],
}

/// The place of the contract reference in [`Cells`].
const CONTRACT: usize = 8;

impl<'s> Cells<'s> {
    /// The fields of a record of the general CSV reader (which has checked their number); the
    /// record has the `contract` column before `source` when `with_contract`.
    fn of<'r>(row: &'r Row<'_, '_>, with_contract: bool) -> Cells<'r> {
        let mut cells = Cells {
            line: row.line,
            offset: row.offset,
            texts: [""; 9],
            spans: [(row.offset, row.offset); 9],
        };
        let order: &[usize] = if with_contract {
            &[0, 1, 2, 3, 4, 5, 6, CONTRACT, 7]
        } else {
            &[0, 1, 2, 3, 4, 5, 6, 7]
        };
        for (i, &at) in order.iter().enumerate() {
            cells.texts[at] = row.fields.get(i).unwrap_or("");
            if let Some(span) = row.fields.span(i) {
                cells.spans[at] = (span.start, span.end);
            }
        }
        cells
    }
}

/// Checks one row of a spend file and adds it to `spend` when it is valid.
fn spend_row(
    reading: Reading<'_>,
    year: i32,
    source: &str,
    row: &Cells<'_>,
    diagnostics: &mut Vec<Diagnostic>,
    spend: &mut Spend,
) {
    let Reading { file, m, scope } = reading;
    let text = |i: usize| row.texts[i];
    // A row with a contract reference may belong to any contract (SPEC §12): always kept.
    if scope.keep.is_some_and(|keep| !keep(text(1))) && text(CONTRACT).is_empty() {
        return;
    }
    let kept = |i: usize| if scope.matching_only { "" } else { text(i) };
    let error = |i: usize, message: String| field_diagnostic(file, source, row, i, message);
    let date = parse_date(text(0));
    let date = match date {
        Some(date) if date.year() == year => Some(date),
        Some(date) => {
            diagnostics.push(
                error(0, m.date_not_in_year(date, year)).with_hint(m.move_row_hint(date.year())),
            );
            None
        }
        None => {
            diagnostics.push(error(0, m.invalid_spend_date(text(0))));
            None
        }
    };
    let org_no = text(1);
    let org_ok = org_no.is_empty()
        || is_stored_org_no(org_no)
        || is_foreign_org_no(org_no)
        || match check_org_no(org_no) {
            Ok(normal) if normal == org_no => true,
            Ok(normal) => {
                diagnostics.push(error(1, m.org_no_written(org_no, &normal)));
                false
            }
            Err(reason) => {
                diagnostics.push(error(1, m.invalid_spend_org_no(org_no, reason.message(m))));
                false
            }
        };
    let amount = parse_amount(text(3));
    if amount.is_none() {
        diagnostics.push(error(3, m.invalid_spend_amount(text(3))));
    }
    if let (Some(date), Some(amount), true) = (date, amount, org_ok) {
        spend.push(NewRow {
            date,
            amount,
            org_no,
            supplier: kept(2),
            department: kept(4),
            account: text(5),
            invoice: kept(6),
            contract: text(CONTRACT),
            source: kept(7),
        });
    }
}

/// Whether `text` is an org number as stored, `NNNNNN-NNNN` with a valid check digit: the
/// common case, decided without the allocations of [`check_org_no`], which gives the
/// message when this is false.
fn is_stored_org_no(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 11 || bytes[6] != b'-' {
        return false;
    }
    let mut sum = 0;
    for (i, &b) in bytes[..6].iter().chain(&bytes[7..]).enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let digit = u32::from(b - b'0');
        let weighted = if i % 2 == 0 { digit * 2 } else { digit };
        sum += if weighted > 9 { weighted - 9 } else { weighted };
    }
    sum % 10 == 0
}

/// Whether `text` is the org number of a supplier of another country as stored, `CC:ID`
/// (SPEC §2.5, §12): two capital letters other than `SE`, a colon, and letters and digits.
fn is_foreign_org_no(text: &str) -> bool {
    let Some((country, id)) = text.split_once(':') else {
        return false;
    };
    country.len() == 2
        && country != "SE"
        && country.bytes().all(|b| b.is_ascii_uppercase())
        && !id.is_empty()
        && id.len() <= 30
        && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// An amount as stored: optional `-`, digits, optionally `.` and one or two decimals, read
/// exactly into öre. More decimals are rounded half away from zero.
pub fn parse_amount(text: &str) -> Option<Money> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 15 || !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    if digits.ends_with('.') {
        return None;
    }
    if fraction.len() > 2 {
        return super::parse_decimal(text).and_then(Money::from_sek);
    }
    let kronor: i64 = whole.parse().ok()?;
    // One or two decimals, without building a padded string per row.
    let ore = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(2)
        .fold(0i64, |ore, digit| ore * 10 + i64::from(digit - b'0'));
    let total = kronor.checked_mul(100)?.checked_add(ore)?;
    Some(Money::from_ore(if negative { -total } else { total }))
}

/// A diagnostic at field `index` of `row`, computed from the row's own line so that a file with
/// many bad rows is still reported in linear time.
fn field_diagnostic(
    file: &str,
    source: &str,
    row: &Cells<'_>,
    index: usize,
    message: String,
) -> Diagnostic {
    let span = row.spans[index].0..row.spans[index].1;
    let before = source.get(row.offset..span.start).unwrap_or("");
    let line = row.line + before.matches('\n').count() as u32;
    let line_start = row.offset + before.rfind('\n').map_or(0, |i| i + 1);
    let column = source
        .get(line_start..span.start)
        .map_or(0, |s| s.chars().count()) as u32
        + 1;
    let line_end = source[line_start..]
        .find('\n')
        .map_or(source.len(), |i| line_start + i);
    let mut diagnostic = Diagnostic::new(file, line, column, message);
    diagnostic.excerpt = Some(
        source[line_start..line_end]
            .trim_end_matches('\r')
            .to_string(),
    );
    diagnostic.width = source
        .get(span.clone())
        .map_or(1, |s| s.chars().count().max(1)) as u32;
    diagnostic
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    const HEADER: &str = "date,org_no,supplier,amount,department,account,invoice,source\n";

    #[test]
    fn a_large_file_read_in_parts_gives_the_rows_and_errors_of_one_read() {
        let mut text = String::from(HEADER);
        let mut n = 0;
        while text.len() < PARALLEL_BYTES + 1000 {
            n += 1;
            let (org, amount) = match n % 50_000 {
                7 => ("556677-8890", "10"),
                9_999 => ("556677-8899", "1,5"),
                _ => ("556677-8899", "1234.5"),
            };
            let department = ["Skola", "Vård", ""][n % 3];
            text.push_str(&format!(
                "2026-0{}-1{},{org},Lev {} AB,{amount},{department},40{},F-{n},a.xlsx\n",
                n % 9 + 1,
                n % 10,
                n % 37,
                n % 5
            ));
            if n == 60_000 {
                text.push_str("2026-01-01,too,few\n\n  \n2026-01-01,a,b,1,c,d,e,f,g\n,,,,,,,\n");
            }
        }
        // Parts as on a machine with many cores, whatever this one has.
        let size = text.len() as u64;
        let starts = chunks::part_starts(text.as_bytes(), HEADER.len(), text.len(), 16, 4096);
        assert!(starts.unwrap().len() > 8);
        assert!(chunks::parts_of(size) > 1);
        let file = "spend/2026.csv";
        let m = crate::messages::of(Language::En);
        let (mut one, mut parts, mut general) =
            (Spend::default(), Spend::default(), Spend::default());
        let reading = Reading {
            file,
            m,
            scope: SpendScope::default(),
        };
        let plain = |parts: usize, spend: &mut Spend| {
            chunks::parse_plain(
                reading,
                2026,
                text.as_bytes(),
                (size, parts, chunks::CHUNK),
                spend,
            )
        };
        let one_errors = plain(1, &mut one).expect("a plain file");
        let part_errors = plain(16, &mut parts).expect("a plain file");
        // The general CSV reader on the same text: the plain splitter must agree with it.
        let mut general_errors = Vec::new();
        for_each_row(
            file,
            &text,
            &SPEND_HEADER,
            m,
            &mut general_errors,
            |row, d| {
                spend_row(
                    reading,
                    2026,
                    &text,
                    &Cells::of(row, false),
                    d,
                    &mut general,
                )
            },
        );
        assert!(one_errors.len() >= 3, "{one_errors:?}");
        assert_eq!(part_errors, one_errors);
        assert_eq!(general_errors, one_errors);
        assert_eq!(parts.rows.len(), one.rows.len());
        assert_eq!(general.rows.len(), one.rows.len());
        for ((a, b), c) in parts.rows.iter().zip(&one.rows).zip(&general.rows) {
            assert_eq!(
                format!("{:?}", parts.new_row(a)),
                format!("{:?}", one.new_row(b))
            );
            assert_eq!(
                format!("{:?}", general.new_row(c)),
                format!("{:?}", one.new_row(b))
            );
        }
        // A quote or a carriage return anywhere sends the file to the general reader.
        for other in [
            text.replacen("Lev 1 AB", "\"Lev, 1\"", 1),
            text.replacen("a.xlsx\n", "a.xlsx\r\n", 1),
            text.replacen("date,", "datum,", 1),
        ] {
            let read = (other.len() as u64, 16, chunks::CHUNK);
            let parsed = chunks::parse_plain(reading, 2026, other.as_bytes(), read, &mut one);
            assert!(parsed.is_none());
        }
    }

    fn parse(year: i32, body: &str) -> (Spend, Vec<Diagnostic>) {
        let mut spend = Spend::default();
        let text = format!("{HEADER}{body}");
        let errors = parse_spend_csv("spend/2026.csv", year, &text, &mut spend, Language::En);
        (spend, errors)
    }

    #[test]
    fn reads_rows_exactly() {
        let (spend, errors) = parse(
            2026,
            "2026-01-15,556677-8899,Edu AB,125000.05,Grundskola,4010,F-1234,a.xlsx\n\
             2026-02-01,,Konsult AB,-12.5,,,,b.csv\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(spend.rows.len(), 2);
        assert_eq!(spend.rows[0].amount, Money::from_ore(12_500_005));
        assert_eq!(spend.rows[1].amount, Money::from_ore(-1250));
        assert_eq!(spend.rows[0].date, d("2026-01-15"));
        assert_eq!(spend.org_no(&spend.rows[1]), None);
        assert_eq!(spend.invoice(&spend.rows[0]), "F-1234");
    }

    #[test]
    fn a_date_of_another_year_is_an_error_at_its_cell() {
        let (_, errors) = parse(2026, "2025-12-31,,A,1.00,,,,\n");
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (2, 1));
        assert!(errors[0].message.contains("not in 2026"), "{errors:?}");
    }

    #[test]
    fn every_bad_field_is_reported_with_its_column() {
        let (spend, errors) = parse(
            2026,
            "2026-02-30,556677-8898,A,1,,,,\n2026-01-01,5566778899,B,12 kr,,,,\n",
        );
        assert!(spend.rows.is_empty());
        let at: Vec<(u32, u32)> = errors.iter().map(|e| (e.line, e.column)).collect();
        assert_eq!(at, [(2, 1), (2, 12), (3, 12), (3, 25)]);
    }

    #[test]
    fn the_contract_column_and_foreign_org_numbers() {
        let mut spend = Spend::default();
        let text = "date,org_no,supplier,amount,department,account,invoice,contract,source\n\
                    2026-01-15,DK:33357915,Dansk ApS,10.00,,,,AVT-7,a.csv\n\
                    2026-01-16,556677-8899,Edu AB,5.00,,,,,a.csv\n";
        let errors = parse_spend_csv("spend/2026.csv", 2026, text, &mut spend, Language::En);
        assert!(errors.is_empty(), "{errors:?}");
        let first = spend.new_row(&spend.rows[0]);
        assert_eq!(
            (first.org_no, first.contract, first.source),
            ("DK:33357915", "AVT-7", "a.csv")
        );
        assert_eq!(spend.new_row(&spend.rows[1]).contract, "");
        for bad in ["SE:5566778899", "dk:1", "DK:", "DKK:12", "DK:12 3"] {
            assert!(!is_foreign_org_no(bad), "{bad}");
        }
        let (_, errors) = parse(2026, "2026-01-15,DK:12-3,A,1.00,,,,a.csv\n");
        assert_eq!((errors[0].line, errors[0].column), (2, 12));
    }

    #[test]
    fn the_stored_org_number_check_agrees_with_normalising() {
        for text in [
            "556677-8899",
            "556677-8898",
            "5566778899",
            "556677-889",
            "55667-78899",
            "556677-88a9",
            "556677+8899",
            "000000-0000",
            "212000-0142",
        ] {
            let stored = check_org_no(text).is_ok_and(|n| n == text);
            assert_eq!(is_stored_org_no(text), stored, "{text}");
        }
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("0.1"), Some(Money::from_ore(10)));
        assert_eq!(parse_amount("7"), Some(Money::from_ore(700)));
        assert_eq!(parse_amount("0.125"), Some(Money::from_ore(13)));
        for bad in ["", "-", "1.", ".5", "1,5", "1e3", "nan", "1 000"] {
            assert_eq!(parse_amount(bad), None, "{bad}");
        }
    }

    #[test]
    fn file_names() {
        assert_eq!(year_of_file_name("2026.csv"), Some(2026));
        assert_eq!(year_of_file_name("26.csv"), None);
        assert_eq!(year_of_file_name("2026-01.csv"), None);
    }
}
