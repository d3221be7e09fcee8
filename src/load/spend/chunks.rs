//! A plain spend file (the exact header, no quote, no carriage return, valid UTF-8: every line
//! end a record end and every `,` a field end, as avtal writes it) read in parts, each part in chunks through one
//! small buffer of its own: a million-row file is never held whole. Reading 100 MB into fresh
//! memory was half the time of `show KEY` and most of `check` with a million spend rows on a
//! 2-core VM, where the kernel zeroes every new page and the copy misses the cache (issue 10).
//!
//! Only the plain form is read this way; anything else (a quote, a carriage return, invalid
//! UTF-8, another header) gives `None`, and the caller reads the whole file with the general CSV
//! reader, whose diagnostics stay exactly as they were. A text already in memory takes the same
//! path (`[u8]` is a [`ReadAt`]), so there is one plain reader.

use super::{PARALLEL_BYTES, Reading, SPEND_HEADER, parts_for, plain_rows};
use crate::diag::Diagnostic;
use crate::spend::Spend;
use rayon::prelude::*;
use std::io;

/// Bytes read at a time into a part's buffer (it grows only for a longer line).
pub(super) const CHUNK: usize = 1 << 20;

/// What a spend file can be read from at any offset, by several threads at once.
pub(super) trait ReadAt: Sync {
    /// Reads into `buf` from `offset`; the count read, 0 at the end.
    fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize>;
}

#[cfg(unix)]
impl ReadAt for std::fs::File {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        loop {
            match std::os::unix::fs::FileExt::read_at(self, buf, offset) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                result => return result,
            }
        }
    }
}

/// Bytes in memory: a text already read (`parse_spend_csv`), and tests with any chunk size.
impl ReadAt for [u8] {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.len());
        let count = buf.len().min(self.len() - start);
        buf[..count].copy_from_slice(&self[start..start + count]);
        Ok(count)
    }
}

/// One part's rows and errors (lines counted as if the part began on line 2) and its newlines.
struct Part {
    spend: Spend,
    diagnostics: Vec<Diagnostic>,
    newlines: u32,
}

/// How many parts a file of `size` bytes is read in.
pub(super) fn parts_of(size: u64) -> usize {
    if size < PARALLEL_BYTES as u64 {
        1
    } else {
        parts_for()
    }
}

/// [`parse_plain`] in the parts this machine uses ([`parts_of`]) and [`CHUNK`]-byte reads.
pub(super) fn parse_plain_here(
    reading: Reading<'_>,
    year: i32,
    file: &(impl ReadAt + ?Sized),
    size: u64,
    spend: &mut Spend,
) -> Option<Vec<Diagnostic>> {
    parse_plain(reading, year, file, (size, parts_of(size), CHUNK), spend)
}

/// Parses the `size` bytes of `file` into `spend` in `parts` parts (fewer when lines are long),
/// `chunk` bytes per read; every error, or `None` (and `spend` untouched) when the file is not
/// plain or cannot be read.
pub(super) fn parse_plain(
    reading: Reading<'_>,
    year: i32,
    file: &(impl ReadAt + ?Sized),
    (size, parts, chunk): (u64, usize, usize),
    spend: &mut Spend,
) -> Option<Vec<Diagnostic>> {
    let header = SPEND_HEADER.join(",") + "\n";
    let mut first = vec![0; header.len()];
    if read_fully(file, &mut first, 0).ok()? != header.len() || first != header.as_bytes() {
        return None;
    }
    let size = usize::try_from(size)
        .ok()
        .filter(|&size| size >= header.len())?;
    let starts = part_starts(file, header.len(), size, parts, chunk).ok()?;
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([size]).collect();
    let parsed: Vec<Option<Part>> = (starts.par_iter().zip(&ends))
        .map(|(&start, &end)| parse_part(reading, year, file, (start, end), chunk))
        .collect();
    let parsed: Vec<Part> = parsed.into_iter().collect::<Option<_>>()?;
    let mut diagnostics = Vec::new();
    let mut lines_before = 0u32;
    for part in parsed {
        diagnostics.extend(part.diagnostics.into_iter().map(|mut d| {
            d.line = d.line.saturating_add(lines_before);
            d
        }));
        lines_before = lines_before.saturating_add(part.newlines);
        spend.absorb(part.spend);
    }
    Some(diagnostics)
}

/// Where the parts start: the first after the header, each other at the first line start after
/// its share of the bytes (fewer parts when lines are long).
pub(super) fn part_starts(
    file: &(impl ReadAt + ?Sized),
    header_len: usize,
    size: usize,
    parts: usize,
    chunk: usize,
) -> io::Result<Vec<usize>> {
    let mut starts = vec![header_len];
    let mut window = vec![0; chunk.clamp(1, 64 << 10)];
    for part in 1..parts {
        let mut at = (part * (size / parts)).max(header_len);
        // The line start after `at`: the byte after the next newline.
        let start = loop {
            let count = file.read_at(&mut window, at as u64)?;
            if count == 0 {
                break None;
            }
            if let Some(i) = memchr::memchr(b'\n', &window[..count]) {
                break Some(at + i + 1);
            }
            at += count;
        };
        match start {
            Some(start) if start < size && start > starts[starts.len() - 1] => starts.push(start),
            _ => {}
        }
    }
    Ok(starts)
}

/// Reads and parses the bytes `start..end` (whole lines) chunk by chunk; `None` when they are
/// not plain text or cannot be read.
fn parse_part(
    reading: Reading<'_>,
    year: i32,
    file: &(impl ReadAt + ?Sized),
    (start, end): (usize, usize),
    chunk: usize,
) -> Option<Part> {
    let mut part = Part {
        spend: Spend::default(),
        diagnostics: Vec::new(),
        newlines: 0,
    };
    let chunk = chunk.max(1);
    let mut buf = vec![0; chunk.min(end - start)];
    // `buf[..kept]` holds the start of a line not yet complete.
    let (mut pos, mut kept) = (start, 0usize);
    while pos < end || kept > 0 {
        if pos < end {
            if kept == buf.len() {
                // A line longer than the buffer: make room for more of it.
                buf.resize((buf.len() * 2).max(chunk).min(end - start), 0);
            }
            let want = (buf.len() - kept).min(end - pos);
            let count = file.read_at(&mut buf[kept..kept + want], pos as u64).ok()?;
            if count == 0 {
                // The file shrank while it was read: what is there is all there is.
                pos = end;
            }
            pos += count;
            kept += count;
        }
        let filled = &buf[..kept];
        // The complete lines so far, or everything at the end of the part.
        let upto = if pos >= end {
            kept
        } else {
            match memchr::memrchr(b'\n', filled) {
                Some(i) => i + 1,
                None => continue,
            }
        };
        let bytes = &filled[..upto];
        if memchr::memchr2(b'"', b'\r', bytes).is_some() {
            return None;
        }
        let text = std::str::from_utf8(bytes).ok()?;
        let line = 2u32.saturating_add(part.newlines);
        plain_rows(
            reading,
            year,
            text,
            (0, line),
            &mut part.diagnostics,
            &mut part.spend,
        );
        part.newlines =
            (part.newlines).saturating_add(memchr::memchr_iter(b'\n', bytes).count() as u32);
        buf.copy_within(upto..kept, 0);
        kept -= upto;
    }
    Some(part)
}

/// Reads until `buf` is full or the file ends; the count read.
fn read_fully(file: &(impl ReadAt + ?Sized), buf: &mut [u8], offset: u64) -> io::Result<usize> {
    let mut count = 0;
    while count < buf.len() {
        match file.read_at(&mut buf[count..], offset + count as u64)? {
            0 => break,
            n => count += n,
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::super::{Cells, SpendScope, spend_row};
    use super::*;
    use crate::load::csv_rows::for_each_row;
    use crate::model::Language;

    const FILE: &str = "spend/2026.csv";

    fn reading() -> Reading<'static> {
        Reading {
            file: FILE,
            m: crate::messages::of(Language::En),
            scope: SpendScope::default(),
        }
    }

    /// The rows (as text) and errors of the general CSV reader on the whole text.
    fn whole(text: &str) -> (Vec<String>, Vec<Diagnostic>) {
        let (mut spend, mut errors) = (Spend::default(), Vec::new());
        let r = reading();
        for_each_row(FILE, text, &SPEND_HEADER, r.m, &mut errors, |row, d| {
            spend_row(r, 2026, text, &Cells::of(row, false), d, &mut spend)
        });
        errors.sort();
        (rows(&spend), errors)
    }

    fn rows(spend: &Spend) -> Vec<String> {
        (spend.rows.iter())
            .map(|r| format!("{:?}", spend.new_row(r)))
            .collect()
    }

    fn chunked(text: &str, parts: usize, chunk: usize) -> Option<(Vec<String>, Vec<Diagnostic>)> {
        let mut spend = Spend::default();
        let size = (text.len() as u64, parts, chunk);
        let mut errors = parse_plain(reading(), 2026, text.as_bytes(), size, &mut spend)?;
        errors.sort();
        Some((rows(&spend), errors))
    }

    /// A plain file with every kind of row: good ones, errors in fields, too few and too many
    /// fields, blank lines, a line longer than small chunks, multi-byte letters.
    fn sample(rows: usize, trailing_newline: bool) -> String {
        let mut text = SPEND_HEADER.join(",") + "\n";
        for n in 0..rows {
            let line = match n % 11 {
                3 => "2025-12-31,556677-8899,Lev AB,10,Skola,4010,F-1,a.xlsx".to_string(),
                5 => "2026-02-30,556677-8890,Lev AB,1;5,Skola,4010,F-2,a.xlsx".to_string(),
                7 => "2026-01-01,too,few".to_string(),
                8 => String::new(),
                9 => format!(
                    "2026-03-01,,Åkeri {} AB,-7.25,Vård och omsorg,,{},,x",
                    n,
                    "Ö".repeat(40)
                ),
                _ => format!(
                    "2026-0{}-1{},556677-8899,Lev {} AB,{}.5,Skola,40{},F-{n},b.xlsx",
                    n % 9 + 1,
                    n % 10,
                    n % 7,
                    n * 3,
                    n % 4
                ),
            };
            text.push_str(&line);
            text.push('\n');
        }
        if !trailing_newline {
            text.pop();
        }
        text
    }

    #[test]
    fn parts_and_chunks_of_any_size_read_what_the_whole_text_gives() {
        for trailing_newline in [true, false] {
            let text = sample(300, trailing_newline);
            let expected = whole(&text);
            assert!(expected.1.len() > 50, "{:?}", expected.1);
            for parts in [1, 2, 3, 8, 64] {
                for chunk in [1, 2, 7, 64, 100, 4096, CHUNK] {
                    let got = chunked(&text, parts, chunk);
                    assert_eq!(
                        got.as_ref(),
                        Some(&expected),
                        "{parts} parts of {chunk}-byte chunks"
                    );
                }
            }
        }
    }

    #[test]
    fn what_is_not_plain_is_left_to_the_whole_file_reader() {
        let text = sample(40, true);
        let not_plain = [
            text.replacen("Lev 1 AB", "\"Lev, 1\"", 1),
            text.replacen("b.xlsx\n", "b.xlsx\r\n", 1),
            text.replacen("date,", "datum,", 1),
            format!("\u{feff}{text}"),
            SPEND_HEADER.join(","),
        ];
        for other in &not_plain {
            for chunk in [3, CHUNK] {
                assert_eq!(chunked(other, 3, chunk), None, "{other:.60}");
            }
        }
        let mut bytes = text.into_bytes();
        let at = bytes.len() - 20;
        bytes[at] = 0xff;
        let mut spend = Spend::default();
        let size = (bytes.len() as u64, 2, 16);
        assert!(parse_plain(reading(), 2026, &bytes[..], size, &mut spend).is_none());
        assert!(spend.rows.is_empty(), "spend is untouched");
    }

    #[test]
    fn a_header_alone_or_a_file_that_shrinks_reads_as_no_rows() {
        let header = SPEND_HEADER.join(",") + "\n";
        assert_eq!(chunked(&header, 4, 8), Some((vec![], vec![])));
        // Told a larger size than the bytes there are (the file was cut meanwhile).
        let text = sample(20, true);
        let mut spend = Spend::default();
        let size = (text.len() as u64 + 500, 3, 16);
        let errors = parse_plain(reading(), 2026, text.as_bytes(), size, &mut spend);
        assert!(errors.is_some());
        assert_eq!(rows(&spend), whole(&text).0);
    }
}
