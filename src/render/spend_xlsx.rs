//! `avtal spend --format xlsx`: one sheet per part of SPEC §12 (summary, contracts, outside
//! contract, departments, ranking) with Swedish number formats and a chart of loyalty per
//! department. Text is always written as text.

use crate::error::Error;
use crate::model::{Language, Register};
use crate::money::Money;
use crate::render::workbook::failed;
use crate::rules::spend::SpendSummary;
use rust_xlsxwriter::{
    Chart, ChartType, Color, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook,
    Worksheet,
};

/// Formats shared by the sheets.
struct Formats {
    lang: Language,
    heading: Format,
    money: Format,
    share: Format,
}

/// Writes a heading row with column widths.
fn headings(sheet: &mut Worksheet, columns: &[(&str, f64)], f: &Formats) -> Result<(), Error> {
    let failed = |e| failed(e, f.lang);
    for (col, (text, width)) in columns.iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, *text, &f.heading)
            .map_err(failed)?;
        sheet.set_column_width(col as u16, *width).map_err(failed)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    Ok(())
}

fn money(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    amount: Money,
    f: &Formats,
) -> Result<(), Error> {
    let failed = |e| failed(e, f.lang);
    sheet
        .write_number_with_format(row, col, amount.as_sek(), &f.money)
        .map_err(failed)?;
    Ok(())
}

fn share(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<f64>,
    f: &Formats,
) -> Result<(), Error> {
    let failed = |e| failed(e, f.lang);
    if let Some(value) = value {
        sheet
            .write_number_with_format(row, col, value, &f.share)
            .map_err(failed)?;
    }
    Ok(())
}

/// The workbook's bytes.
pub fn workbook(register: &Register, s: &SpendSummary, lang: Language) -> Result<Vec<u8>, Error> {
    let failed = |e| failed(e, lang);
    let mut book = Workbook::new();
    // A fixed creation date keeps the bytes the same for the same register and year.
    let created = ExcelDateTime::from_ymd(s.year.clamp(1900, 9999) as u16, 1, 1).map_err(failed)?;
    let title = crate::messages::of(lang).contract_loyalty();
    book.set_properties(
        &DocProperties::new()
            .set_title(format!("{title} {}", s.year))
            .set_author("avtal")
            .set_creation_datetime(&created),
    );
    // Number formats are stored locale-neutral; Excel shows them the reader's way
    // (`1 250 000 kr`, `80,0 %` in Swedish).
    let f = Formats {
        lang,
        heading: Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0xDDE7F0))
            .set_border_bottom(FormatBorder::Thin),
        money: Format::new().set_num_format("#,##0 \"kr\";-#,##0 \"kr\""),
        share: Format::new().set_num_format("0.0%"),
    };

    let sheet = book.add_worksheet();
    sheet
        .set_name(crate::messages::of(lang).summary())
        .map_err(failed)?;
    headings(
        sheet,
        &[
            (crate::messages::of(lang).measure(), 30.0),
            (crate::messages::of(lang).value(), 18.0),
        ],
        &f,
    )?;
    sheet
        .write_string(1, 0, crate::messages::of(lang).year())
        .map_err(failed)?;
    sheet
        .write_number(1, 1, f64::from(s.year))
        .map_err(failed)?;
    sheet
        .write_string(2, 0, crate::messages::of(lang).total())
        .map_err(failed)?;
    money(sheet, 2, 1, s.total, &f)?;
    sheet
        .write_string(3, 0, crate::messages::of(lang).under_contract())
        .map_err(failed)?;
    money(sheet, 3, 1, s.matched, &f)?;
    sheet
        .write_string(4, 0, crate::messages::of(lang).contract_loyalty())
        .map_err(failed)?;
    share(sheet, 4, 1, s.loyalty, &f)?;

    let sheet = book.add_worksheet();
    sheet
        .set_name(crate::messages::of(lang).contracts())
        .map_err(failed)?;
    headings(
        sheet,
        &[
            (crate::messages::of(lang).contract(), 20.0),
            (crate::messages::of(lang).title(), 36.0),
            (crate::messages::of(lang).spend(), 16.0),
            (crate::messages::of(lang).annual_value(), 16.0),
            (crate::messages::of(lang).since_start(), 16.0),
            (crate::messages::of(lang).maximum_value(), 16.0),
        ],
        &f,
    )?;
    for (i, c) in s.contracts.iter().enumerate() {
        let row = i as u32 + 1;
        let contract = &register.contracts[c.contract];
        sheet.write_string(row, 0, &contract.key).map_err(failed)?;
        sheet
            .write_string(row, 1, &contract.title)
            .map_err(failed)?;
        money(sheet, row, 2, c.spend, &f)?;
        sheet
            .write_number_with_format(row, 3, contract.annual_value, &f.money)
            .map_err(failed)?;
        money(sheet, row, 4, c.since_start, &f)?;
        if let Some(max) = contract.max_value {
            money(sheet, row, 5, max, &f)?;
        }
    }

    let sheet = book.add_worksheet();
    sheet
        .set_name(crate::messages::of(lang).outside_contract())
        .map_err(failed)?;
    headings(
        sheet,
        &[
            (crate::messages::of(lang).org_no(), 14.0),
            (crate::messages::of(lang).supplier_title(), 36.0),
            (crate::messages::of(lang).spend(), 16.0),
            (
                crate::messages::of(lang).over_the_direct_award_limit(),
                30.0,
            ),
        ],
        &f,
    )?;
    for (i, o) in s.outside.iter().enumerate() {
        let row = i as u32 + 1;
        sheet
            .write_string(row, 0, o.org_no.as_deref().unwrap_or(""))
            .map_err(failed)?;
        sheet.write_string(row, 1, &o.supplier).map_err(failed)?;
        money(sheet, row, 2, o.spend, &f)?;
        let mark = if o.over_direct_award_limit {
            crate::messages::of(lang).yes()
        } else {
            ""
        };
        sheet.write_string(row, 3, mark).map_err(failed)?;
    }

    let departments = crate::messages::of(lang).departments();
    let sheet = book.add_worksheet();
    sheet.set_name(departments).map_err(failed)?;
    headings(
        sheet,
        &[
            (crate::messages::of(lang).department(), 32.0),
            (crate::messages::of(lang).total(), 16.0),
            (crate::messages::of(lang).under_contract(), 16.0),
            (crate::messages::of(lang).loyalty(), 14.0),
        ],
        &f,
    )?;
    for (i, d) in s.departments.iter().enumerate() {
        let row = i as u32 + 1;
        sheet.write_string(row, 0, &d.department).map_err(failed)?;
        money(sheet, row, 1, d.total, &f)?;
        money(sheet, row, 2, d.matched, &f)?;
        share(sheet, row, 3, d.loyalty, &f)?;
    }
    if !s.departments.is_empty() {
        let last = s.departments.len() as u32;
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_name(crate::messages::of(lang).contract_loyalty())
            .set_categories((departments, 1, 0, last, 0))
            .set_values((departments, 1, 3, last, 3));
        chart.title().set_name(&format!(
            "{} {}",
            crate::messages::of(lang).contract_loyalty_per_department(),
            s.year
        ));
        chart.legend().set_hidden();
        sheet.insert_chart(1, 5, &chart).map_err(failed)?;
    }

    let sheet = book.add_worksheet();
    sheet
        .set_name(crate::messages::of(lang).ranking())
        .map_err(failed)?;
    headings(
        sheet,
        &[
            (crate::messages::of(lang).framework(), 20.0),
            (crate::messages::of(lang).spend(), 16.0),
            (crate::messages::of(lang).rank_1_share(), 14.0),
        ],
        &f,
    )?;
    for (i, r) in s.ranking.iter().enumerate() {
        let row = i as u32 + 1;
        sheet
            .write_string(row, 0, &register.contracts[r.contract].key)
            .map_err(failed)?;
        money(sheet, row, 1, r.spend, &f)?;
        share(sheet, row, 2, r.rank1_share, &f)?;
    }
    book.save_to_buffer().map_err(failed)
}
