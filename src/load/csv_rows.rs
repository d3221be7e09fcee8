//! Shared reading of the register's CSV files (RFC 4180: `,` separator, `"` quoting with `""`
//! for a quote, fields may span lines): header check, records with their line, and the exact
//! span of every field for diagnostics.
//!
//! A small splitter rather than the `csv` crate: a register holds tens of thousands of small CSV
//! files and the crate builds its parser tables for each one, which was a fifth of the load time.

use crate::diag::Diagnostic;
use crate::messages::prelude::*;
use std::borrow::Cow;
use std::ops::Range;

/// The fields of one record with their byte spans in the file.
#[derive(Default)]
pub struct Fields<'s> {
    texts: Vec<Cow<'s, str>>,
    spans: Vec<Range<usize>>,
}

impl<'s> Fields<'s> {
    /// The text of field `index` (unquoted), if the record has it.
    pub fn get(&self, index: usize) -> Option<&str> {
        self.texts.get(index).map(|t| t.as_ref())
    }

    /// The byte span of field `index` in the file (with its quotes).
    pub fn span(&self, index: usize) -> Option<Range<usize>> {
        self.spans.get(index).cloned()
    }

    /// Number of fields.
    pub(super) fn len(&self) -> usize {
        self.texts.len()
    }

    fn clear(&mut self) {
        self.texts.clear();
        self.spans.clear();
    }
}

/// One CSV record with its 1-based line and byte offset in the file.
pub struct Row<'r, 's> {
    pub line: u32,
    pub offset: usize,
    pub fields: &'r Fields<'s>,
}

/// Splits `source` into records, calling `each(line, offset, fields)`; returns an error message
/// and its byte offset for malformed quoting.
fn split<'s>(
    source: &'s str,
    each: impl FnMut(u32, usize, &Fields<'s>),
) -> Result<(), (usize, QuoteProblem)> {
    split_from(source, (0, 1), each)
}

/// [`split`] from the record that starts at byte `start` on line `line` to the end of `source`.
fn split_from<'s>(
    source: &'s str,
    (start, line): (usize, u32),
    mut each: impl FnMut(u32, usize, &Fields<'s>),
) -> Result<(), (usize, QuoteProblem)> {
    let bytes = source.as_bytes();
    let mut fields = Fields::default();
    let (mut pos, mut line) = (start, line);
    while pos < bytes.len() {
        let (record_start, record_line) = (pos, line);
        fields.clear();
        loop {
            let field_start = pos;
            if bytes.get(pos) == Some(&b'"') {
                let mut text = String::new();
                let mut segment = pos + 1;
                loop {
                    let Some(quote) = source[segment..].find('"').map(|i| segment + i) else {
                        return Err((field_start, QuoteProblem::NeverClosed));
                    };
                    line += bytes[segment..quote]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count() as u32;
                    if bytes.get(quote + 1) == Some(&b'"') {
                        text.push_str(&source[segment..=quote]);
                        segment = quote + 2;
                    } else {
                        text.push_str(&source[segment..quote]);
                        pos = quote + 1;
                        break;
                    }
                }
                if !matches!(bytes.get(pos), None | Some(b',' | b'\r' | b'\n')) {
                    return Err((pos, QuoteProblem::TextAfterClose));
                }
                fields.texts.push(Cow::Owned(text));
            } else {
                while !matches!(bytes.get(pos), None | Some(b',' | b'\r' | b'\n')) {
                    pos += 1;
                }
                fields.texts.push(Cow::Borrowed(&source[field_start..pos]));
            }
            fields.spans.push(field_start..pos);
            if bytes.get(pos) == Some(&b',') {
                pos += 1;
                continue;
            }
            match bytes.get(pos) {
                Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => pos += 2,
                Some(b'\r' | b'\n') => pos += 1,
                _ => {}
            }
            line += 1;
            break;
        }
        each(record_line, record_start, &fields);
    }
    Ok(())
}

/// Reads `source` (already UTF-8, BOM removed) as CSV with the exact `header`. Calls `each` for
/// every data row with the right number of fields; problems with the header, the field count or
/// the quoting go to `diagnostics`. Blank lines are skipped.
pub fn for_each_row<'s>(
    file: &str,
    source: &'s str,
    header: &[&str],
    m: &dyn Messages,
    diagnostics: &mut Vec<Diagnostic>,
    mut each: impl FnMut(&Row<'_, 's>, &mut Vec<Diagnostic>),
) {
    let mut seen_header = false;
    let mut header_ok = true;
    let result = split(source, |line, offset, fields| {
        if !header_ok {
            return;
        }
        if fields.len() == 1 && fields.get(0).is_some_and(|f| f.trim().is_empty()) {
            return;
        }
        if !seen_header {
            seen_header = true;
            let names: Vec<&str> = fields.texts.iter().map(|t| t.trim()).collect();
            if names != header {
                let expected = header.join(",");
                let message = m.wrong_csv_header(&expected);
                let hint = m.csv_header_hint(&expected);
                diagnostics.push(
                    Diagnostic::at_span_from(
                        file,
                        source,
                        offset..line_end(source, offset),
                        (offset, line),
                        message,
                    )
                    .with_hint(hint),
                );
                header_ok = false;
            }
            return;
        }
        data_row(
            file,
            source,
            header,
            (line, offset, fields),
            (m, diagnostics),
            &mut each,
        );
    });
    if let Err((at, problem)) = result {
        diagnostics.push(invalid_csv(file, source, at, problem, m));
    }
    if !seen_header {
        let expected = header.join(",");
        diagnostics.push(
            Diagnostic::new(file, 1, 1, m.empty_csv_file(&expected))
                .with_hint(m.empty_csv_file_hint()),
        );
    }
}

/// [`for_each_row`] for the data rows from byte `start` (a record start on line `line`) to the
/// end of `source`, for a part of a large file read on its own thread: there is no header in
/// the part, and offsets and lines are those of the whole file.
pub fn for_each_data_row<'s>(
    file: &str,
    source: &'s str,
    start: (usize, u32),
    header: &[&str],
    m: &dyn Messages,
    diagnostics: &mut Vec<Diagnostic>,
    mut each: impl FnMut(&Row<'_, 's>, &mut Vec<Diagnostic>),
) {
    let result = split_from(source, start, |line, offset, fields| {
        if fields.len() == 1 && fields.get(0).is_some_and(|f| f.trim().is_empty()) {
            return;
        }
        data_row(
            file,
            source,
            header,
            (line, offset, fields),
            (m, diagnostics),
            &mut each,
        );
    });
    if let Err((at, problem)) = result {
        diagnostics.push(invalid_csv(file, source, at, problem, m));
    }
}

/// A record after the header: the field count is checked, then `each` sees it.
fn data_row<'s>(
    file: &str,
    source: &'s str,
    header: &[&str],
    (line, offset, fields): (u32, usize, &Fields<'s>),
    (m, diagnostics): (&dyn Messages, &mut Vec<Diagnostic>),
    each: &mut impl FnMut(&Row<'_, 's>, &mut Vec<Diagnostic>),
) {
    if fields.len() != header.len() {
        let message = m.csv_field_count(header.len(), &header.join(","), fields.len());
        diagnostics.push(Diagnostic::at_span_from(
            file,
            source,
            offset..line_end(source, offset),
            (offset, line),
            message,
        ));
        return;
    }
    each(
        &Row {
            line,
            offset,
            fields,
        },
        diagnostics,
    );
}

/// What is wrong with the quoting of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteProblem {
    /// A quoted field runs to the end of the file.
    NeverClosed,
    /// Text follows the closing quote of a field.
    TextAfterClose,
}

fn invalid_csv(
    file: &str,
    source: &str,
    at: usize,
    problem: QuoteProblem,
    m: &dyn Messages,
) -> Diagnostic {
    let message = match problem {
        QuoteProblem::NeverClosed => m.quote_not_closed(),
        QuoteProblem::TextAfterClose => m.text_after_quote(),
    };
    Diagnostic::at_span(file, source, at..at + 1, m.invalid_register_csv(message))
}

fn line_end(source: &str, offset: usize) -> usize {
    let offset = offset.min(source.len());
    source[offset..]
        .find(['\r', '\n'])
        .map_or(source.len(), |i| offset + i)
}

/// A diagnostic pointing at field `index` of `row`.
pub fn field_error(
    file: &str,
    source: &str,
    row: &Row<'_, '_>,
    index: usize,
    message: impl Into<String>,
) -> Diagnostic {
    let span = row.fields.span(index).unwrap_or(row.offset..row.offset);
    Diagnostic::at_span_from(file, source, span, (row.offset, row.line), message)
}

/// A strict decimal number with `.`: optional sign, digits, optional fraction. Rejects `nan`,
/// `inf`, exponents and decimal commas.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (integer, fraction) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let valid = match fraction {
        Some(f) => (all_digits(integer) || integer.is_empty()) && all_digits(f),
        None => all_digits(integer),
    };
    if valid { text.parse().ok() } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, offset, field texts, field spans) of every record.
    type Record = (u32, usize, Vec<String>, Vec<Range<usize>>);

    fn records(source: &str) -> Result<Vec<Record>, (usize, QuoteProblem)> {
        let mut out = Vec::new();
        split(source, |line, offset, fields| {
            out.push((
                line,
                offset,
                fields.texts.iter().map(|t| t.to_string()).collect(),
                fields.spans.clone(),
            ))
        })?;
        Ok(out)
    }

    #[test]
    fn decimals_are_strict() {
        assert_eq!(parse_decimal("93.5"), Some(93.5));
        assert_eq!(parse_decimal("-2"), Some(-2.0));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        for bad in ["93,5", "nan", "inf", "1e3", "", "-", "1.", "1 000"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn splits_quoted_fields_with_lines_and_spans() {
        let rows = records("a,\"b,\"\"c\"\"\",d\r\n\"multi\nline\",x\ny,\n").unwrap();
        assert_eq!(rows[0].2, ["a", "b,\"c\"", "d"]);
        assert_eq!(rows[0].3, [0..1, 2..11, 12..13]);
        assert_eq!((rows[1].0, rows[1].1), (2, 15));
        assert_eq!(rows[1].2, ["multi\nline", "x"]);
        assert_eq!(
            (rows[2].0, &rows[2].2),
            (4, &vec!["y".to_string(), String::new()])
        );
    }

    #[test]
    fn no_trailing_newline_and_lone_cr() {
        let rows = records("a,b\rc,d").unwrap();
        assert_eq!(
            rows.iter().map(|r| (r.0, r.2.clone())).collect::<Vec<_>>(),
            [
                (1, vec!["a".to_string(), "b".into()]),
                (2, vec!["c".into(), "d".into()])
            ]
        );
    }

    #[test]
    fn malformed_quotes() {
        assert_eq!(records("a,\"b\n").unwrap_err().0, 2);
        assert_eq!(records("\"a\"b,c\n").unwrap_err().0, 3);
    }
}
