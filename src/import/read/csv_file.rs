//! CSV and text files: UTF-8 with or without BOM, else Windows-1252; separator `,`, `;` or tab,
//! detected from the first lines (SPEC §7).

use super::repeat::{MAX_CELLS, MAX_ROWS};
use crate::import::cell::{CellNaming, CellValue, Grid};
use crate::import::error::ImportError;
use crate::model::Language;
use indicatif::ProgressBar;

/// Decodes the bytes of a text file: UTF-16 with a BOM, UTF-8 (a BOM is dropped), else
/// Windows-1252. UTF-8 is taken over without a copy, so a large file is held once.
pub fn decode(mut bytes: Vec<u8>) -> String {
    // Excel's "Unicode text" is UTF-16 with a BOM: read it, never as Windows-1252 garbage.
    for (bom, encoding) in [
        (&b"\xff\xfe"[..], encoding_rs::UTF_16LE),
        (&b"\xfe\xff"[..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return encoding.decode_without_bom_handling(rest).0.into_owned();
        }
    }
    if bytes.starts_with(b"\xef\xbb\xbf") {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => encoding_rs::WINDOWS_1252
            .decode(e.as_bytes())
            .0
            .into_owned(),
    }
}

/// The separator of `text`: tab, `;` or `,`, whichever is found on at least half of the first 20
/// non-empty records (in that order, because decimal commas are common in `;` files). A record
/// is a CSV row, not a physical line: a quoted cell may hold line breaks (a title over two
/// lines, issue 31), and what is inside quotes does not count.
pub fn detect_separator(text: &str) -> u8 {
    let records = first_records(text, 20);
    for (n, separator) in [b'\t', b';'].into_iter().enumerate() {
        let with = records.iter().filter(|seen| seen[n]).count();
        if with > 0 && with * 2 >= records.len() {
            return separator;
        }
    }
    b','
}

/// For each of the first `count` non-empty records of `text`: whether it has a tab, and a `;`,
/// outside quotes.
fn first_records(text: &str, count: usize) -> Vec<[bool; 2]> {
    let mut records = Vec::new();
    let (mut seen, mut filled, mut quoted) = ([false; 2], false, false);
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                if filled {
                    records.push(seen);
                    if records.len() == count {
                        return records;
                    }
                }
                (seen, filled) = ([false; 2], false);
                continue;
            }
            b'\t' if !quoted => seen[0] = true,
            b';' if !quoted => seen[1] = true,
            _ => {}
        }
        filled |= !byte.is_ascii_whitespace();
    }
    if filled {
        records.push(seen);
    }
    records
}

/// Reads a CSV or text file as one grid named after the file; row `n` is line `n + 1`, so cells
/// are named `LINE:COLUMN`.
pub fn read(bytes: Vec<u8>, file: &str, lang: Language) -> Result<Grid, ImportError> {
    read_within(bytes, file, Limits::DEFAULT, None, lang)
}

/// How much of a text file one import reads before refusing it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub rows: u64,
    pub cells: u64,
}

impl Limits {
    /// Every reader's limits ([`MAX_ROWS`], [`MAX_CELLS`]): a KPI report or contract list.
    pub const DEFAULT: Limits = Limits {
        rows: MAX_ROWS,
        cells: MAX_CELLS,
    };
    /// An accounts-payable export of up to 500 MB (SPEC §12): a year of a large municipality's
    /// invoices is millions of rows.
    pub const LEDGER: Limits = Limits {
        rows: 20_000_000,
        cells: 200_000_000,
    };
}

// A year of a large municipality's ledger must pass where a KPI report would be refused.
const _: () = assert!(Limits::LEDGER.rows > Limits::DEFAULT.rows * 10);
const _: () = assert!(Limits::LEDGER.cells > Limits::DEFAULT.cells * 10);

/// [`read`] with other limits, moving `progress` (when given) to the line read as it goes.
pub fn read_within(
    bytes: Vec<u8>,
    file: &str,
    limits: Limits,
    progress: Option<&ProgressBar>,
    lang: Language,
) -> Result<Grid, ImportError> {
    let m = crate::messages::of(lang);
    let (max_rows, max_cells) = (limits.rows, limits.cells);
    let text = decode(bytes);
    let too_large = |what: String| ImportError::Unreadable {
        file: file.to_string(),
        reason: m.csv_refused(&what),
        hint: Some(m.hint_split_csv().to_string()),
    };
    let mut filled: u64 = 0;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(detect_separator(&text))
        .from_reader(text.as_bytes());
    let bytes = text.as_bytes();
    let (mut counted, mut line) = (0usize, 1usize);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Unreadable {
            file: file.to_string(),
            reason: m.csv_unreadable(&e.to_string()),
            hint: None,
        })?;
        // Rows are lines, so that cells are named by their line even after blank lines (which
        // the CSV reader skips; its position is where it started reading, before them) and
        // quoted line breaks.
        let start = record.position().map_or(counted, |p| p.byte() as usize);
        let mut at = start.max(counted);
        while matches!(bytes.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        line += bytes[counted..at].iter().filter(|&&b| b == b'\n').count();
        counted = at;
        if line as u64 > max_rows {
            return Err(too_large(m.too_many_lines(max_rows)));
        }
        while rows.len() + 1 < line {
            rows.push(Vec::new());
        }
        // Trailing empty cells (`1;2;;;;;`) are not kept: a short row means empty cells.
        let used = (0..record.len())
            .rev()
            .find(|&i| !record[i].trim().is_empty())
            .map_or(0, |i| i + 1);
        filled += used as u64;
        if filled > max_cells {
            return Err(too_large(m.too_many_filled_cells(max_cells)));
        }
        if (rows.len() as u64).is_multiple_of(super::PROGRESS_STEP)
            && let Some(bar) = progress
        {
            bar.set_position(line as u64);
        }
        rows.push(
            record
                .iter()
                .take(used)
                .map(|field| {
                    if field.trim().is_empty() {
                        CellValue::Empty
                    } else {
                        CellValue::Text(field.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(Grid {
        sheet: file.to_string(),
        naming: CellNaming::LineColumn,
        rows,
        formats_unknown: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators() {
        assert_eq!(
            detect_separator("Månad;Leveransprecision\njan 2026;93,5\n"),
            b';'
        );
        assert_eq!(detect_separator("period,kpi\n2026-01,1\n"), b',');
        assert_eq!(detect_separator("a\tb\n1,5\t2\n"), b'\t');
        assert_eq!(detect_separator("Rapport\n\nMånad;A\nx;1\n"), b';');
    }

    #[test]
    fn separators_count_records_not_physical_lines() {
        // A title over five lines made `;` look rare: one line in six had it.
        let text = "Avtalsnamn;Leverantör\n\"Skol-\nskjuts\nför\nsärskolan\nm.m.\";Buss AB\n";
        assert_eq!(detect_separator(text), b';');
        // Separators inside quotes do not count.
        assert_eq!(detect_separator("a,b\n\"x;y\",1\n\"p;q\",2\n"), b',');
    }

    #[test]
    fn a_long_file_moves_the_progress_bar_as_it_is_read() {
        let mut text = String::from("Datum;Belopp\n");
        for day in 0..50_000 {
            text.push_str(&format!("2026-01-{:02};{day}\n", day % 28 + 1));
        }
        let bar = ProgressBar::hidden();
        let grid = read_within(
            text.into_bytes(),
            "f.csv",
            Limits::LEDGER,
            Some(&bar),
            Language::En,
        )
        .unwrap();
        assert_eq!(grid.rows.len(), 50_001);
        // Set at rows 0, 20,000 and 40,000: the last is line 40,001.
        assert_eq!(bar.position(), 40_001);
    }

    #[test]
    fn limits_are_the_callers() {
        let text = b"a;b\n1;2\n3;4\n".to_vec();
        let tight = Limits {
            rows: 2,
            cells: 100,
        };
        assert!(read_within(text.clone(), "f.csv", tight, None, Language::En).is_err());
        assert!(
            read_within(
                text.clone(),
                "f.csv",
                Limits { rows: 10, cells: 5 },
                None,
                Language::En
            )
            .is_err()
        );
        assert_eq!(
            read_within(text, "f.csv", Limits::DEFAULT, None, Language::En)
                .unwrap()
                .rows
                .len(),
            3
        );
    }

    #[test]
    fn encodings() {
        assert_eq!(decode(b"\xef\xbb\xbfM\xc3\xa5nad".to_vec()), "Månad");
        assert_eq!(decode(b"M\xe5nad;\x96".to_vec()), "Månad;–");
        assert_eq!(decode(b"\xff\xfeM\x00\xe5\x00".to_vec()), "Må");
    }

    #[test]
    fn reads_cells() {
        let grid = read(
            "Månad;Värde\n\"jan 2026\";\"93,5\"\n;\n"
                .as_bytes()
                .to_vec(),
            "a.csv",
            Language::En,
        )
        .unwrap();
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(grid.rows[1][1], CellValue::Text("93,5".into()));
        assert!(grid.rows[2].is_empty());
        assert_eq!(grid.cell_ref(1, 1).to_string(), "2:2");
    }

    #[test]
    fn rows_follow_lines_across_blank_lines_and_quoted_breaks() {
        let grid = read(
            "Titel\n\nMånad;Värde\n\"jan\n2026\";1\nfeb 2026;x\n"
                .as_bytes()
                .to_vec(),
            "a.csv",
            Language::En,
        )
        .unwrap();
        assert_eq!(
            grid.rows[2][0],
            CellValue::Text("Månad".into()),
            "{:?}",
            grid.rows
        );
        assert_eq!(grid.rows[5][1], CellValue::Text("x".into()));
        assert_eq!(grid.cell_ref(5, 1).to_string(), "6:2");
    }
}
