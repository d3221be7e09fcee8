//! Cell-writing helpers shared by the follow-up workbook's sheets.

use super::super::style::Styles;
pub(super) use super::super::style::fit;
use crate::dates::Frequency;
use crate::model::{Language, Party};
use crate::rules::meeting::MeetingPack;
use rust_xlsxwriter::{Worksheet, XlsxError};

/// How many empty input rows follow pre-filled lists (activity plan, decision log, contacts).
pub(super) const BLANK_ROWS: u32 = 5;

pub(super) fn none() -> String {
    "–".to_string()
}

/// Writes the title rows every sheet starts with; returns the next free row.
pub(super) fn heading(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    title: &str,
    s: &Styles,
) -> Result<u32, XlsxError> {
    let c = pack.contract;
    sheet.write_string_with_format(0, 0, title, &s.title)?;
    let names = crate::render::facts::supplier_names(c);
    let mut line = format!("{} ({}) · {names}", c.title, c.key);
    if let Some(org) = pack.organisation {
        line = format!("{org} · {line}");
    }
    line.push_str(&format!(
        " · {} {}",
        crate::messages::of(pack.lang).as_of(),
        pack.today
    ));
    super::super::style::footer(sheet, &format!("{} ({})", c.title, c.key), pack.lang);
    sheet.write_string_with_format(1, 0, &line, &s.subtitle)?;
    Ok(3)
}

pub(super) fn section(
    sheet: &mut Worksheet,
    row: u32,
    title: &str,
    s: &Styles,
) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, title, &s.section)?;
    Ok(row + 1)
}

pub(super) fn header_row(
    sheet: &mut Worksheet,
    row: u32,
    headers: &[String],
    s: &Styles,
) -> Result<u32, XlsxError> {
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, header, &s.header)?;
    }
    // Headers wrap; 15 characters is the narrowest column they sit in.
    let cells: Vec<(&str, f64)> = headers.iter().map(|h| (h.as_str(), 15.0)).collect();
    fit(sheet, row, &cells)?;
    Ok(row + 1)
}

/// Label–value rows; the value spans columns B–E (`value_width` characters in all).
pub(super) fn fields(
    sheet: &mut Worksheet,
    mut row: u32,
    fields: &[(String, String)],
    s: &Styles,
    value_width: f64,
) -> Result<u32, XlsxError> {
    for (label, value) in fields {
        sheet.write_string_with_format(row, 0, label, &s.label)?;
        // merge_range writes its text as a string, never as a formula.
        sheet.merge_range(row, 1, row, 4, value, &s.wrap)?;
        // Labels wrap in column A, which is at least 26 characters wide on every sheet.
        fit(sheet, row, &[(value, value_width), (label, 26.0)])?;
        row += 1;
    }
    Ok(row)
}

pub(super) fn input_cells(
    sheet: &mut Worksheet,
    row: u32,
    from: u16,
    to: u16,
    s: &Styles,
) -> Result<(), XlsxError> {
    for col in from..=to {
        sheet.write_blank(row, col, &s.input)?;
    }
    Ok(())
}

pub(super) fn party(party: Option<Party>, lang: Language) -> String {
    match party {
        Some(Party::Buyer) => crate::messages::of(lang).buyer().into(),
        Some(Party::Supplier) => crate::messages::of(lang).supplier().into(),
        None => none(),
    }
}

pub(super) fn frequency_word(frequency: Frequency, lang: Language) -> String {
    match frequency {
        Frequency::Monthly => crate::messages::of(lang).workbook_monthly(),
        Frequency::Quarterly => crate::messages::of(lang).workbook_quarterly(),
        Frequency::Yearly => crate::messages::of(lang).workbook_yearly(),
    }
    .to_string()
}
