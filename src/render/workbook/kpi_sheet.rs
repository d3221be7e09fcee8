//! The KPI reporting sheet sent to the supplier: one row per period of a year (months, then
//! quarters, then the year, for the frequencies the contract's KPIs use), one column per KPI.
//! A note area above the header shows each KPI's unit, target and frequency; cells that apply
//! are input cells validated as decimal numbers, cells that do not apply are grey and empty.
//!
//! Everything is on the first sheet with the header row `Period | <KPI name (unit)> …` within
//! the first 20 rows, which is what `avtal kpi import` reads back.

use super::failed;
use super::style::{Styles, a4};
use crate::dates::{Frequency, Period};
use crate::error::Error;
use crate::kpi_match::matching_kpis;
use crate::model::{Contract, Kpi, Language};
use crate::render::report::build::{name_with_unit, target_text};
use crate::rules::meeting::FREQUENCIES;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Workbook, XlsxError,
};

/// The 0-based row of the header (`Period | KPI …`).
pub const HEADER_ROW: u32 = 7;

/// The column header of KPI `index`: "Name (unit)" when `avtal kpi import` reads that back as
/// exactly this KPI, else the plainest text that it does (the name, then the id). A name that
/// itself ends in a parenthesis or holds a comma would otherwise be cut by the importer.
pub fn column_header(kpis: &[Kpi], index: usize) -> String {
    let kpi = &kpis[index];
    let mut candidates = vec![name_with_unit(kpi), kpi.name.clone()];
    if !kpi.unit.is_empty() {
        candidates.push(format!("{} ({})", kpi.id, kpi.unit));
    }
    candidates.push(kpi.id.clone());
    candidates
        .into_iter()
        .find(|header| matching_kpis(header, kpis) == [index])
        .unwrap_or_else(|| kpi.id.clone())
}

/// The sheet's name in `lang`.
pub fn sheet_name(lang: Language) -> &'static str {
    crate::messages::of(lang).kpis()
}

/// The periods of `year` for the frequencies `kpis` use: months, then quarters, then the year.
pub fn periods(contract: &Contract, year: i32) -> Vec<Period> {
    let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX);
    FREQUENCIES
        .into_iter()
        .filter(|f| contract.kpis.iter().any(|k| k.frequency == *f))
        .flat_map(|f| Period::covering(from, to, f))
        .collect()
}

fn frequency_word(frequency: Frequency, lang: Language) -> &'static str {
    match frequency {
        Frequency::Monthly => crate::messages::of(lang).workbook_monthly(),
        Frequency::Quarterly => crate::messages::of(lang).workbook_quarterly(),
        Frequency::Yearly => crate::messages::of(lang).workbook_yearly(),
    }
}

/// The reporting sheet for `contract` and `year` as xlsx bytes.
pub fn workbook(
    contract: &Contract,
    organisation: Option<&str>,
    year: i32,
    today: NaiveDate,
    lang: Language,
) -> Result<Vec<u8>, Error> {
    build(contract, organisation, year, today, lang).map_err(|e| failed(e, lang))
}

fn build(
    contract: &Contract,
    organisation: Option<&str>,
    year: i32,
    today: NaiveDate,
    lang: Language,
) -> Result<Vec<u8>, XlsxError> {
    let s = Styles::new();
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(
        u16::try_from(today.year()).unwrap_or(2000),
        today.month() as u8,
        today.day() as u8,
    )?;
    let title = crate::messages::of(lang).kpi_sheet_title(year, &contract.title);
    let mut properties = DocProperties::new()
        .set_title(&title)
        .set_subject(format!(
            "{} {} ({}), {}",
            crate::messages::of(lang).kpi_reporting_for_contract(),
            contract.key,
            contract.title,
            crate::render::facts::supplier_names(contract)
        ))
        .set_author("avtal")
        .set_creation_datetime(&created);
    if let Some(org) = organisation {
        properties = properties.set_company(org);
    }
    book.set_properties(&properties);
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(lang))?;
    a4(sheet, contract.kpis.len() > 4);
    sheet.set_column_width(0, 16)?;
    for col in 1..=contract.kpis.len() as u16 {
        sheet.set_column_width(col, 22)?;
    }

    sheet.write_string_with_format(0, 0, &title, &s.title)?;
    let mut line = format!(
        "{} ({}) · {}",
        contract.title,
        contract.key,
        crate::render::facts::supplier_names(contract)
    );
    if let Some(org) = organisation {
        line = format!("{org} · {line}");
    }
    super::style::footer(sheet, &title, lang);
    sheet.write_string_with_format(1, 0, &line, &s.subtitle)?;
    sheet.write_string(
        2,
        0,
        crate::messages::of(lang).fill_in_the_yellow_cells_with_one(),
    )?;
    // The note area: unit, target and frequency of every KPI above its column.
    let notes = [
        (3, "Id"),
        (4, crate::messages::of(lang).target()),
        (5, crate::messages::of(lang).reported()),
    ];
    for (row, label) in notes {
        sheet.write_string_with_format(row, 0, label, &s.label)?;
    }
    for (i, kpi) in contract.kpis.iter().enumerate() {
        let col = 1 + i as u16;
        sheet.write_string_with_format(3, col, &kpi.id, &s.text)?;
        sheet.write_string_with_format(4, col, target_text(kpi, lang), &s.text)?;
        sheet.write_string_with_format(5, col, frequency_word(kpi.frequency, lang), &s.text)?;
    }
    sheet.write_string_with_format(HEADER_ROW, 0, "Period", &s.header)?;
    for i in 0..contract.kpis.len() {
        let header = column_header(&contract.kpis, i);
        sheet.write_string_with_format(HEADER_ROW, 1 + i as u16, &header, &s.header)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;

    let validation = DataValidation::new()
        .allow_decimal_number(DataValidationRule::Between(-1.0e15, 1.0e15))
        .set_error_title(crate::messages::of(lang).not_a_number())?
        .set_error_message(crate::messages::of(lang).enter_a_number_e_g_93_5())?;
    let effective_end = contract.effective_end();
    let mut row = HEADER_ROW + 1;
    for period in periods(contract, year) {
        sheet.write_string_with_format(row, 0, period.to_string(), &s.label)?;
        for (i, kpi) in contract.kpis.iter().enumerate() {
            let col = 1 + i as u16;
            let applies = kpi.frequency == period.frequency()
                && period.end() >= contract.start
                && period.start() <= effective_end;
            if !applies {
                sheet.write_blank(row, col, &s.not_applicable)?;
                continue;
            }
            let stored = contract.kpi_rows.iter().find(|r| {
                r.period == period
                    && contract
                        .kpis
                        .get(r.kpi_index())
                        .is_some_and(|k| k.id == kpi.id)
            });
            match stored {
                Some(r) => sheet.write_number_with_format(row, col, r.value, &s.input_number)?,
                None => sheet.write_blank(row, col, &s.input_number)?,
            };
            sheet.add_data_validation(row, col, row, col, &validation)?;
        }
        row += 1;
    }
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Frequency;
    use crate::model::Direction;

    fn kpi(id: &str, name: &str, unit: &str) -> Kpi {
        Kpi {
            id: id.into(),
            name: name.into(),
            unit: unit.into(),
            target: 1.0,
            direction: Direction::Higher,
            frequency: Frequency::Monthly,
            aliases: Vec::new(),
            months: Vec::new(),
        }
    }

    #[test]
    fn headers_the_importer_reads_back() {
        let kpis = vec![
            kpi("lp", "Leveransprecision", "%"),
            kpi("kont", "Personalkontinuitet (antal per 14 dagar)", "st"),
            kpi("a", "Leveranser, andel", ""),
            kpi("b", "Leveranser, antal", ""),
        ];
        assert_eq!(column_header(&kpis, 0), "Leveransprecision (%)");
        // "Name (unit)" would lose the name's own parenthesis; the name alone is read back.
        assert_eq!(
            column_header(&kpis, 1),
            "Personalkontinuitet (antal per 14 dagar)"
        );
        // Both names are cut at the comma to the same text: only the ids tell them apart.
        assert_eq!(column_header(&kpis, 2), "a");
        assert_eq!(column_header(&kpis, 3), "b");
    }
}
