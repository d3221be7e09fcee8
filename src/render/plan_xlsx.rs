//! The plan as an Excel workbook: a schedule sheet (one filterable row per item) and a workload
//! sheet (follow-ups per controller and month). Text is always written as text, so a supplier
//! named `=HYPERLINK(...)` never becomes a formula.

use crate::error::Error;
use crate::model::{Language, Register};
use crate::render::workbook::{failed, style};
use crate::rules::plan::{PlanItem, workload};
use crate::rules::schedule::{kraljic_focus, month_abbreviation};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

/// Columns of the schedule sheet holding small numbers (week, group), shown centred.
const NUMBER_COLUMNS: [u16; 2] = [1, 6];

/// A4 in Excel's paper-size numbering.
const PAPER_A4: u8 = 9;

/// Excel's page-header codes start with `&`; a literal ampersand is written `&&`.
fn header_text(text: &str) -> String {
    text.replace('&', "&&")
}

fn excel_date(date: NaiveDate, lang: Language) -> Result<ExcelDateTime, Error> {
    let failed = |e| failed(e, lang);
    let year = u16::try_from(date.year()).map_err(|_| {
        Error::input(crate::messages::of(lang).date_not_in_excel(&date.to_string()))
    })?;
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8).map_err(failed)
}

/// Page setup shared by both sheets: A4 landscape, one page wide, header row on every page.
fn print_setup(sheet: &mut Worksheet, title: &str, lang: Language) -> Result<(), Error> {
    let failed = |e| failed(e, lang);
    sheet.set_paper_size(PAPER_A4);
    sheet.set_landscape();
    // Fit to the width only: with the columns below, text prints at 9 pt or more.
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_margins(0.3, 0.3, 0.6, 0.6, 0.3, 0.3);
    sheet.set_repeat_rows(0, 0).map_err(failed)?;
    sheet.set_header(format!("&L&\"-,Bold\"{}", header_text(title)));
    sheet.set_footer(crate::messages::of(lang).page_of_pages_right());
    Ok(())
}

/// The activity as the schedule shows it; an option decision names the option and its length
/// and says that the date is the last day for the notice.
fn activity(contract: &crate::model::Contract, item: &PlanItem, lang: Language) -> String {
    let label = item.kind.label(lang);
    if item.kind != crate::rules::schedule::DueKind::OptionDecision {
        return label.to_string();
    }
    let months = contract
        .options
        .get(item.seq.saturating_sub(1))
        .map(|o| o.months);
    let m = crate::messages::of(lang);
    match months {
        Some(months) => m.option_notice(item.seq, months),
        None => m.notice_deadline(label),
    }
}

/// Renders the workbook. `title` heads the printed pages ("Uppföljningsplan 2027 — Exempelstads
/// kommun"); `today` is the document's creation date so that the same inputs give the same bytes.
pub fn render(
    register: &Register,
    items: &[PlanItem],
    title: &str,
    today: NaiveDate,
    lang: Language,
) -> Result<Vec<u8>, Error> {
    let failed = |e| failed(e, lang);
    let mut workbook = Workbook::new();
    let mut properties = DocProperties::new()
        .set_title(title)
        .set_author("avtal")
        .set_creation_datetime(&excel_date(today, lang)?);
    if let Some(organisation) = &register.settings.organisation {
        properties = properties.set_company(organisation);
    }
    workbook.set_properties(&properties);

    let heading = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDE7F0))
        .set_border_bottom(FormatBorder::Thin);
    let heading_right = heading.clone().set_align(FormatAlign::Right);
    let date_format = Format::new()
        .set_num_format("yyyy-mm-dd")
        .set_align(FormatAlign::Left);
    let heading_center = heading.clone().set_align(FormatAlign::Center);
    let centered = Format::new().set_align(FormatAlign::Center);
    // Zero follow-ups show as an empty cell so the busy months stand out; the value stays 0.
    let count = Format::new().set_num_format("0;-0;;@");
    let total = count.clone().set_bold();

    // The schedule.
    let sheet = workbook.add_worksheet();
    sheet
        .set_name(crate::messages::of(lang).schedule())
        .map_err(failed)?;
    // Narrow enough for A4 landscape at about 95 % (long texts wrap and the row grows), so the
    // printed text is 9 pt or more, also where LibreOffice lacks Calibri's metrics.
    let m = crate::messages::of(lang);
    let columns: [(&str, f64); 11] = [
        (m.date(), 10.5),
        (m.week(), 5.5),
        (m.activity(), 20.0),
        (m.contract(), 12.0),
        (m.title(), 20.0),
        (m.supplier_title(), 16.0),
        (m.group(), 5.5),
        (m.focus(), 18.0),
        ("Controller", 12.0),
        (m.owner_column(), 15.0),
        ("Status", 10.0),
    ];
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let date_format = date_format.set_align(FormatAlign::Top);
    let centered = centered.set_align(FormatAlign::Top);
    for (col, (text, _)) in columns.iter().enumerate() {
        let col = col as u16;
        let format = if NUMBER_COLUMNS.contains(&col) {
            &heading_center
        } else {
            &heading
        };
        sheet
            .write_string_with_format(0, col, *text, format)
            .map_err(failed)?;
    }
    // A column is widened to its longest word, so that no name is broken in the middle of a
    // word ("Utbildningsförvaltningen"); longer texts wrap at spaces.
    let mut widths: Vec<f64> = columns.iter().map(|(_, width)| *width).collect();
    let mut rows = Vec::with_capacity(items.len());
    let mut row = 0u32;
    for item in items {
        let Some(contract) = register.contract(&item.key) else {
            continue;
        };
        row += 1;
        let focus = if item.kind.is_meeting() {
            kraljic_focus(contract.kraljic, lang)
        } else {
            "–"
        };
        sheet
            .write_datetime_with_format(row, 0, excel_date(item.date, lang)?, &date_format)
            .map_err(failed)?;
        sheet
            .write_number_with_format(row, 1, f64::from(item.date.iso_week().week()), &centered)
            .map_err(failed)?;
        let supplier = crate::render::facts::supplier_short(contract);
        let texts: [(u16, String); 8] = [
            (2, activity(contract, item, lang)),
            (3, item.key.clone()),
            (4, contract.title.clone()),
            (5, supplier),
            (7, focus.to_string()),
            (8, contract.roles.controller.clone().unwrap_or_default()),
            (9, contract.roles.owner.clone().unwrap_or_default()),
            (10, item.status.label(lang).to_string()),
        ];
        for (col, text) in &texts {
            sheet
                .write_string_with_format(row, *col, text, &wrap)
                .map_err(failed)?;
            let width = &mut widths[usize::from(*col)];
            *width = width.max(style::word_width(text));
        }
        sheet
            .write_number_with_format(row, 6, f64::from(item.group), &centered)
            .map_err(failed)?;
        rows.push((row, texts));
    }
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, *width).map_err(failed)?;
    }
    for (row, texts) in &rows {
        let cells: Vec<(&str, f64)> = texts
            .iter()
            .map(|(col, text)| (text.as_str(), widths[usize::from(*col)]))
            .collect();
        style::fit(sheet, *row, &cells).map_err(failed)?;
    }
    sheet
        .autofilter(0, 0, row, columns.len() as u16 - 1)
        .map_err(failed)?;
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    print_setup(sheet, title, lang)?;

    // The workload: controllers × months, with totals.
    let loads = workload(register, items);
    let sheet = workbook.add_worksheet();
    sheet
        .set_name(crate::messages::of(lang).workload())
        .map_err(failed)?;
    sheet
        .write_string_with_format(0, 0, "Controller", &heading)
        .map_err(failed)?;
    sheet.set_column_width(0, 24).map_err(failed)?;
    for month in 1..=12u32 {
        let col = month as u16;
        sheet
            .write_string_with_format(0, col, month_abbreviation(month, lang), &heading_right)
            .map_err(failed)?;
        sheet.set_column_width(col, 6).map_err(failed)?;
    }
    sheet
        .write_string_with_format(0, 13, crate::messages::of(lang).total(), &heading_right)
        .map_err(failed)?;
    sheet.set_column_width(13, 8).map_err(failed)?;
    let count_format = count;
    let mut column_totals = [0usize; 12];
    let mut row = 0u32;
    for load in &loads {
        row += 1;
        let name = load
            .controller
            .as_deref()
            .unwrap_or(crate::messages::of(lang).no_controller());
        sheet.write_string(row, 0, name).map_err(failed)?;
        for (month, count) in load.months.iter().enumerate() {
            column_totals[month] += count;
            sheet
                .write_number_with_format(row, month as u16 + 1, *count as f64, &count_format)
                .map_err(failed)?;
        }
        sheet
            .write_number_with_format(row, 13, load.total() as f64, &total)
            .map_err(failed)?;
    }
    row += 1;
    sheet
        .write_string_with_format(row, 0, crate::messages::of(lang).total(), &total)
        .map_err(failed)?;
    for (month, count) in column_totals.iter().enumerate() {
        sheet
            .write_number_with_format(row, month as u16 + 1, *count as f64, &total)
            .map_err(failed)?;
    }
    sheet
        .write_number_with_format(row, 13, column_totals.iter().sum::<usize>() as f64, &total)
        .map_err(failed)?;
    sheet.set_freeze_panes(1, 1).map_err(failed)?;
    let workload_title = format!(
        "{} — {title}",
        crate::messages::of(lang).follow_up_meetings_per_controller_and_month()
    );
    print_setup(sheet, &workload_title, lang)?;

    workbook.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Settings;
    use crate::model::test_support::{contract, d};
    use crate::rules::plan::plan;
    use std::path::PathBuf;

    #[test]
    fn same_inputs_give_the_same_bytes() {
        let mut c = contract("a", "2026-01-01", "2028-12-31");
        c.suppliers[0].name = "=HYPERLINK(\"http://x\")".into();
        let register = Register {
            root: PathBuf::from("."),
            settings: Settings::default(),
            contracts: vec![c],
            spend: Default::default(),
        };
        let items = plan(&register, 2026, d("2026-11-22"));
        let first = render(
            &register,
            &items,
            "Plan 2026",
            d("2026-11-22"),
            Language::Sv,
        )
        .unwrap();
        let second = render(
            &register,
            &items,
            "Plan 2026",
            d("2026-11-22"),
            Language::Sv,
        )
        .unwrap();
        assert_eq!(first, second);
        assert!(first.starts_with(b"PK"));
    }

    #[test]
    fn ampersands_in_page_headers_are_literal() {
        assert_eq!(header_text("Kök & Bad AB"), "Kök && Bad AB");
    }
}
