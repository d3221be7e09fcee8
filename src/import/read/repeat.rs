//! Bounds an `.ods` sheet before calamine expands it: `table:number-rows-repeated` and
//! `table:number-columns-repeated` let 2 KB stand for a billion cells (834 MB in calamine,
//! issue 16). The content is scanned as a stream and the file refused when its filled cells,
//! repeats included, would pass the limits every reader keeps ([`MAX_ROWS`], [`MAX_CELLS`]).

use crate::messages::prelude::*;
use quick_xml::events::{BytesStart, Event};
use std::io::BufRead;

/// Most rows a sheet may have: Excel's own limit.
pub const MAX_ROWS: u64 = 1_048_576;
/// Most filled cells a file may have, repeats included (a KPI report has far fewer).
pub const MAX_CELLS: u64 = 5_000_000;

/// Scans `content.xml`; the error says what is too large.
pub fn check_ods_content(reader: impl BufRead, m: &dyn Messages) -> Result<(), String> {
    let mut xml = quick_xml::Reader::from_reader(reader);
    let mut buf = Vec::new();
    let (mut rows, mut cells) = (0u64, 0u64);
    // Within the current row: how often it repeats and its filled cells (with their repeats).
    let (mut row_repeat, mut row_cells) = (1u64, 0u64);
    loop {
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| m.sheet_not_xml(&e.to_string()))?;
        match event {
            Event::Start(ref tag) | Event::Empty(ref tag) => {
                let empty = matches!(event, Event::Empty(_));
                match tag.local_name().into_inner() {
                    "table-row" => {
                        row_repeat = repeat(tag, "number-rows-repeated");
                        row_cells = 0;
                        if empty {
                            row_repeat = 1;
                        }
                    }
                    "table-cell" | "covered-table-cell" if !empty || has(tag, "value-type") => {
                        let columns = repeat(tag, "number-columns-repeated");
                        row_cells = row_cells.saturating_add(columns);
                    }
                    "table" => rows = 0,
                    _ => {}
                }
            }
            Event::End(ref tag) if tag.local_name().into_inner() == "table-row" => {
                if row_cells > 0 {
                    rows = rows.saturating_add(row_repeat);
                    cells = cells.saturating_add(row_repeat.saturating_mul(row_cells));
                }
                if rows > MAX_ROWS {
                    return Err(m.ods_too_many_rows(MAX_ROWS, row_repeat));
                }
                if cells > MAX_CELLS {
                    return Err(m.ods_too_many_cells(MAX_CELLS));
                }
                row_repeat = 1;
                row_cells = 0;
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

fn attribute<'a>(tag: &'a BytesStart<'_>, name: &str) -> Option<std::borrow::Cow<'a, str>> {
    tag.attributes()
        .flatten()
        .find(|a| a.key.local_name().into_inner() == name)
        .map(|a| a.value)
}

fn has(tag: &BytesStart<'_>, name: &str) -> bool {
    attribute(tag, name).is_some()
}

/// A repeat count; a missing or unreadable one counts once, a huge one as huge.
fn repeat(tag: &BytesStart<'_>, name: &str) -> u64 {
    attribute(tag, name)
        .map(|v| v.trim().to_string())
        .and_then(|s| {
            if s.bytes().all(|b| b.is_ascii_digit()) && !s.is_empty() {
                Some(s.parse::<u64>().unwrap_or(u64::MAX))
            } else {
                None
            }
        })
        .unwrap_or(1)
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(rows: &str, cols: &str) -> String {
        format!(
            r#"<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="A">
<table:table-row table:number-rows-repeated="{rows}"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="{cols}"><text:p>1</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
    }

    #[test]
    fn ordinary_repeats_and_empty_padding_pass() {
        assert_eq!(
            check_ods_content(content("3", "2").as_bytes(), &crate::messages::English),
            Ok(())
        );
    }

    #[test]
    fn ods_rows_repeated_a_billion_times_is_refused() {
        let error = check_ods_content(
            content("1000000000", "1").as_bytes(),
            &crate::messages::English,
        )
        .unwrap_err();
        assert!(error.contains("a row repeated 1000000000 times"), "{error}");
    }

    #[test]
    fn ods_columns_repeated_a_billion_times_is_refused() {
        let error = check_ods_content(
            content("1", "1000000000").as_bytes(),
            &crate::messages::English,
        )
        .unwrap_err();
        assert!(error.contains("more than 5000000 filled cells"), "{error}");
    }
}
