//! Shared reading of the register's CSV files: header check, records with their line, and the
//! column of a field for diagnostics.

use crate::diag::Diagnostic;

/// One CSV record with its 1-based line and byte offset in the file.
pub struct Row<'r> {
    pub line: u32,
    pub offset: usize,
    pub fields: &'r csv::StringRecord,
}

/// Reads `source` (already UTF-8, BOM removed) as CSV with the exact `header`. Calls `each` for
/// every data row; problems with the header or the CSV syntax go to `diagnostics`.
pub fn for_each_row(
    file: &str,
    source: &str,
    header: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
    mut each: impl FnMut(&Row, &mut Vec<Diagnostic>),
) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(source.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut first = true;
    // Lines are counted from byte offsets: the csv crate's own count is off with CRLF endings.
    let (mut counted_to, mut line) = (0usize, 1u32);
    loop {
        let offset = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => {
                let at = error.position().map_or(offset, |p| p.byte() as usize);
                diagnostics.push(Diagnostic::at_span(
                    file,
                    source,
                    at..at,
                    format!("invalid CSV: {error}"),
                ));
                break;
            }
        }
        let mut offset = record
            .position()
            .map_or(offset, |p| p.byte() as usize)
            .min(source.len());
        // After a CRLF the reported start is the `\n`; skip line-ending bytes to the record itself.
        while offset < source.len() && matches!(source.as_bytes()[offset], b'\r' | b'\n') {
            offset += 1;
        }
        line += source.as_bytes()[counted_to.min(offset)..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32;
        counted_to = offset;
        if first {
            first = false;
            let names: Vec<&str> = record.iter().map(str::trim).collect();
            if names != header {
                let expected = header.join(",");
                let diagnostic = Diagnostic::at_span(
                    file,
                    source,
                    offset..line_end(source, offset),
                    format!("missing or wrong header; the first line must be `{expected}`"),
                )
                .with_hint(format!(
                    "add the header line `{expected}` at the top of the file"
                ));
                diagnostics.push(diagnostic);
                return;
            }
            continue;
        }
        if record.len() == 1 && record.get(0).is_some_and(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            let message = format!(
                "expected {} fields ({}), found {}",
                header.len(),
                header.join(","),
                record.len()
            );
            diagnostics.push(Diagnostic::at_span(
                file,
                source,
                offset..line_end(source, offset),
                message,
            ));
            continue;
        }
        each(
            &Row {
                line,
                offset,
                fields: &record,
            },
            diagnostics,
        );
    }
    if first {
        let expected = header.join(",");
        diagnostics.push(
            Diagnostic::new(
                file,
                1,
                1,
                format!("empty file; the first line must be `{expected}`"),
            )
            .with_hint("delete the file if there is nothing to record, or add the header line"),
        );
    }
}

fn line_end(source: &str, offset: usize) -> usize {
    let offset = offset.min(source.len());
    source[offset..]
        .find(['\r', '\n'])
        .map_or(source.len(), |i| offset + i)
}

/// A diagnostic for field `index` of the row starting at `offset`.
pub fn field_error(
    file: &str,
    source: &str,
    row: &Row,
    index: usize,
    message: impl Into<String>,
) -> Diagnostic {
    let (start, end) = field_span(source, row.offset, index);
    Diagnostic::at_span(file, source, start..end, message)
}

/// Byte span of field `index` in the raw line starting at `offset` (quote-aware).
fn field_span(source: &str, offset: usize, index: usize) -> (usize, usize) {
    let bytes = source.as_bytes();
    let end_of_line = line_end(source, offset);
    let mut field = 0;
    let mut start = offset;
    let mut quoted = false;
    let mut i = offset;
    while i < end_of_line {
        match bytes[i] {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                if field == index {
                    return (start, i);
                }
                field += 1;
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if field == index {
        (start, end_of_line)
    } else {
        (end_of_line, end_of_line)
    }
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
    fn field_spans_respect_quotes() {
        let source = "a,\"b,c\",d\n";
        assert_eq!(field_span(source, 0, 0), (0, 1));
        assert_eq!(field_span(source, 0, 1), (2, 7));
        assert_eq!(field_span(source, 0, 2), (8, 9));
    }
}
