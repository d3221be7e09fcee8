//! Renderers shared by the commands: plain tables, CSV and JSON. Document renderers (xlsx,
//! iCalendar, HTML, Markdown) live beside them in their own modules.

pub mod diff;
pub mod digest;
pub mod facts;
pub mod ics;
pub mod markup;
pub mod plan_xlsx;
pub mod price;
pub mod report;
pub mod site;
pub mod spend_xlsx;
pub mod table;
/// Excel workbooks for meetings: the follow-up workbook and the supplier KPI sheet.
pub mod workbook;

use crate::error::Error;
use serde::Serialize;

/// Pretty JSON with a trailing newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    json_sized(value, 128)
}

/// [`json`] into a buffer of `capacity` bytes at first: a large output sized ahead is written
/// once, instead of being copied into ever larger fresh buffers as it grows.
pub fn json_sized<T: Serialize + ?Sized>(value: &T, capacity: usize) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::with_capacity(capacity);
    // Serialising into memory fails only on a bug; the serialiser's own error says why.
    serde_json::to_writer_pretty(&mut bytes, value).map_err(|e| Error::Output(e.into()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// A whole number prints as an integer (`4500000`, not `4500000.0`), other numbers as they are.
pub fn json_number(value: f64) -> serde_json::Value {
    if value.fract() == 0.0 && value.abs() < 9e15 {
        serde_json::Value::from(value as i64)
    } else {
        serde_json::Value::from(value)
    }
}

/// CSV with a header row; fields are quoted only where needed, and a field a spreadsheet would
/// run as a formula is neutralised ([`crate::sanitize::csv_cell`], SPEC §9). Every CSV output goes here.
pub fn csv(headers: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, Error> {
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    let failed = |e: csv::Error| Error::Output(e.into());
    writer.write_record(headers).map_err(failed)?;
    for row in rows {
        writer
            .write_record(
                row.iter()
                    .map(|cell| crate::sanitize::csv_cell(cell).into_owned()),
            )
            .map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|e| Error::Output(e.into_error()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn whole_numbers_print_as_integers() {
        assert_eq!(super::json_number(4_500_000.0).to_string(), "4500000");
        assert_eq!(super::json_number(1234.5).to_string(), "1234.5");
    }
}
