//! *Leverans och prestation*: KPI values by period with targets, breaches highlighted by
//! conditional formatting and a chart per KPI; supplier rating (drop-down 1–5); activity plan;
//! deviations and sanctions; decision log; SWOT.

use super::super::style::{Styles, a4};
use super::cells::*;
use crate::model::Direction;
use crate::render::report::build::{name_with_unit, target_text};
use crate::rules::meeting::{FREQUENCIES, KpiSeries, MeetingPack};
use rust_xlsxwriter::{
    Chart, ChartFont, ChartFormat, ChartLegendPosition, ChartLine, ChartLineDashType, ChartMarker,
    ChartMarkerType, ChartSolidFill, ConditionalFormatFormula, DataValidation, Format, Worksheet,
    XlsxError, utility::row_col_to_cell,
};

/// Columns a chart covers (460 pixels over columns 16 characters wide, with a margin).
const CHART_COLS: u16 = 5;

/// Columns printed at least: the widest merged ranges below the KPI blocks end in column G.
const PRINTED_COLS: u16 = 7;

/// Writes the delivery-and-performance sheet.
pub(super) fn sheet(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    sheet_name: &str,
    s: &Styles,
) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let m = crate::messages::of(lang);
    a4(sheet, true);
    sheet.set_column_width(0, 30)?;
    for col in 1..=8 {
        sheet.set_column_width(col, 16)?;
    }
    let mut row = heading(sheet, pack, m.delivery_and_performance(), s)?;
    sheet.set_freeze_panes(3, 0)?;

    row = section(sheet, row, m.kpi_values_by_period(), s)?;
    if pack.kpis.is_empty() {
        sheet.write_string(row, 0, m.the_contract_has_no_kpis().to_string())?;
        row += 2;
    }
    // A chart marks breached values with red points from a series of its own (Excel and
    // LibreOffice plot series only from cells): its values sit right of the printed area.
    let widest = FREQUENCIES
        .iter()
        .map(|f| pack.kpis.iter().filter(|k| k.kpi.frequency == *f).count() as u16)
        .max()
        .unwrap_or(0);
    let printed = PRINTED_COLS.max(2 * widest + 2 + CHART_COLS);
    let data_col = printed + 1;
    for frequency in FREQUENCIES {
        let series: Vec<&KpiSeries> = pack
            .kpis
            .iter()
            .filter(|k| k.kpi.frequency == frequency)
            .collect();
        if series.iter().all(|k| k.points.is_empty()) {
            continue;
        }
        row = kpi_block(sheet, row, &series, pack, (sheet_name, data_col), s)?;
        row += 1;
    }

    // The rating, plans and logs start a page of their own, so no heading is left alone at
    // the foot of the KPI page.
    if !pack.kpis.is_empty() {
        sheet.set_page_breaks(&[row])?;
    }
    row = section(sheet, row, m.supplier_rating(), s)?;
    sheet.write_string_with_format(row, 0, m.rating_1_5_5_very_good().to_string(), &s.label)?;
    sheet.write_blank(row, 1, &s.input)?;
    let rating = DataValidation::new()
        .allow_list_strings(&["1", "2", "3", "4", "5"])?
        .set_input_title(m.rating().to_string())?
        .set_input_message(m.choose_1_5().to_string())?;
    sheet.add_data_validation(row, 1, row, 1, &rating)?;
    row += 1;
    sheet.write_string_with_format(
        row,
        0,
        m.the_department_s_view_of_the_delivery().to_string(),
        &s.label,
    )?;
    sheet.merge_range(row, 1, row, 6, "", &s.input_wrap)?;
    sheet.set_row_height(row, 45)?;
    row += 2;

    row = section(sheet, row, m.action_plan_and_activities(), s)?;
    row = header_row(
        sheet,
        row,
        &[
            m.activity().to_string(),
            "Ref".to_string(),
            m.date().to_string(),
            m.owner().to_string(),
            "Status".to_string(),
        ],
        s,
    )?;
    for deviation in &pack.deviations {
        for action in &deviation.actions {
            let a = action.entry;
            sheet.write_string_with_format(row, 0, &a.note, &s.wrap)?;
            fit(sheet, row, &[(&a.note, 30.0)])?;
            sheet.write_string_with_format(
                row,
                1,
                a.reference.clone().unwrap_or_default(),
                &s.text,
            )?;
            sheet.write_string_with_format(
                row,
                2,
                a.due.map(|d| d.to_string()).unwrap_or_default(),
                &s.text,
            )?;
            sheet.write_string_with_format(row, 3, m.the_supplier().to_string(), &s.input)?;
            if action.overdue {
                sheet.write_string_with_format(row, 4, m.overdue().to_string(), &s.alert)?;
            } else {
                sheet.write_string_with_format(row, 4, m.in_progress().to_string(), &s.input)?;
            }
            row += 1;
        }
    }
    let controller = pack.contract.roles.controller.clone().unwrap_or_default();
    for due in &pack.next_dues {
        sheet.write_string_with_format(row, 0, due.kind.label(lang), &s.wrap)?;
        sheet.write_string_with_format(row, 1, "", &s.text)?;
        sheet.write_string_with_format(row, 2, due.date.to_string(), &s.text)?;
        sheet.write_string_with_format(row, 3, &controller, &s.input)?;
        sheet.write_string_with_format(row, 4, m.planned().to_string(), &s.input)?;
        row += 1;
    }
    for _ in 0..BLANK_ROWS {
        input_cells(sheet, row, 0, 4, s)?;
        row += 1;
    }
    row += 1;

    row = section(sheet, row, m.deviations_and_sanctions(), s)?;
    row = header_row(
        sheet,
        row,
        &[
            m.date().to_string(),
            m.type_label().to_string(),
            "Ref".to_string(),
            m.amount_sek().to_string(),
            m.note().to_string(),
        ],
        s,
    )?;
    for deviation in &pack.deviations {
        let e = deviation.entry;
        sheet.write_string_with_format(row, 0, e.date.to_string(), &s.text)?;
        sheet.write_string_with_format(row, 1, m.deviation_open().to_string(), &s.alert)?;
        sheet.write_string_with_format(row, 2, e.reference.clone().unwrap_or_default(), &s.text)?;
        sheet.write_string_with_format(row, 3, "", &s.text)?;
        sheet.write_string_with_format(row, 4, &e.note, &s.wrap)?;
        fit(sheet, row, &[(&e.note, 16.0)])?;
        row += 1;
    }
    for e in &pack.sanctions {
        sheet.write_string_with_format(row, 0, e.date.to_string(), &s.text)?;
        sheet.write_string_with_format(row, 1, m.sanction().to_string(), &s.text)?;
        sheet.write_string_with_format(row, 2, e.reference.clone().unwrap_or_default(), &s.text)?;
        match e.amount {
            Some(amount) => sheet.write_number_with_format(row, 3, amount, &s.money)?,
            None => sheet.write_string_with_format(row, 3, "", &s.text)?,
        };
        sheet.write_string_with_format(row, 4, &e.note, &s.wrap)?;
        fit(sheet, row, &[(&e.note, 16.0)])?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, m.total_sanctions().to_string(), &s.label)?;
    sheet.write_number_with_format(row, 3, pack.sanctions_total, &s.money)?;
    row += 2;

    row = section(sheet, row, m.decision_log(), s)?;
    row = header_row(
        sheet,
        row,
        &[m.date().to_string(), m.decision().to_string()],
        s,
    )?;
    for e in &pack.decisions {
        sheet.write_string_with_format(row, 0, e.date.to_string(), &s.text)?;
        sheet.merge_range(row, 1, row, 6, "", &s.wrap)?;
        sheet.write_string_with_format(row, 1, &e.note, &s.wrap)?;
        fit(sheet, row, &[(&e.note, 96.0)])?;
        row += 1;
    }
    for _ in 0..BLANK_ROWS {
        sheet.write_blank(row, 0, &s.input)?;
        sheet.merge_range(row, 1, row, 6, "", &s.input_wrap)?;
        row += 1;
    }
    row += 1;

    row = section(sheet, row, "SWOT", s)?;
    let quadrants = [
        (m.strengths().to_string(), m.weaknesses().to_string()),
        (m.opportunities().to_string(), m.threats().to_string()),
    ];
    for (left, right) in quadrants {
        sheet.merge_range(row, 0, row, 2, "", &s.header)?;
        sheet.write_string_with_format(row, 0, &left, &s.header)?;
        sheet.merge_range(row, 3, row, 6, "", &s.header)?;
        sheet.write_string_with_format(row, 3, &right, &s.header)?;
        row += 1;
        sheet.merge_range(row, 0, row, 2, "", &s.input_wrap)?;
        sheet.merge_range(row, 3, row, 6, "", &s.input_wrap)?;
        sheet.set_row_height(row, 70)?;
        row += 1;
    }
    sheet.set_print_area(0, 0, row, printed - 1)?;
    Ok(())
}

/// One block of KPI values for KPIs of the same frequency: a period column, then a value and a
/// target column per KPI; breached values highlighted by conditional formatting; a line chart
/// per KPI beside the block.
fn kpi_block(
    sheet: &mut Worksheet,
    mut row: u32,
    series: &[&KpiSeries],
    pack: &MeetingPack,
    (sheet_name, data_col): (&str, u16),
    s: &Styles,
) -> Result<u32, XlsxError> {
    let lang = pack.lang;
    let mut headers = vec!["Period".to_string()];
    for k in series {
        headers.push(name_with_unit(k.kpi));
        headers.push(format!(
            "{} {}",
            crate::messages::of(lang).target(),
            target_text(k.kpi, lang)
        ));
    }
    let header = row;
    row = header_row(sheet, row, &headers, s)?;
    let mut periods: Vec<_> = series
        .iter()
        .flat_map(|k| k.points.iter().map(|p| p.period))
        .collect();
    periods.sort();
    periods.dedup();
    let first = row;
    for period in &periods {
        sheet.write_string_with_format(row, 0, period.to_string(), &s.text)?;
        for (i, k) in series.iter().enumerate() {
            let col = 1 + 2 * i as u16;
            match k.points.iter().find(|p| p.period == *period) {
                Some(point) => {
                    match point.value {
                        Some(value) => {
                            sheet.write_number_with_format(row, col, value, &s.number)?
                        }
                        None => sheet.write_blank(row, col, &s.input_number)?,
                    };
                    sheet.write_number_with_format(row, col + 1, k.kpi.target, &s.number)?;
                }
                None => {
                    sheet.write_blank(row, col, &s.not_applicable)?;
                    sheet.write_blank(row, col + 1, &s.not_applicable)?;
                }
            }
        }
        row += 1;
    }
    let last = row.saturating_sub(1);
    if periods.is_empty() {
        return Ok(row);
    }
    let chart_col = 1 + 2 * series.len() as u16 + 1;
    let breach_label = crate::messages::of(lang).outside_the_target();
    for (i, k) in series.iter().enumerate() {
        let col = 1 + 2 * i as u16;
        let data_col = data_col + i as u16;
        sheet.set_column_width(data_col, 14)?;
        sheet.write_string_with_format(header, data_col, breach_label, &s.header)?;
        for (offset, period) in periods.iter().enumerate() {
            let breach = k
                .points
                .iter()
                .find(|p| p.period == *period && p.breach)
                .and_then(|p| p.value);
            if let Some(value) = breach {
                sheet.write_number(first + offset as u32, data_col, value)?;
            }
        }
        // Blank cells count as 0 in a plain "less than" rule, so test for a number first.
        let cell = row_col_to_cell(first, col);
        let cell = cell.replace(|ch: char| ch.is_ascii_digit(), "");
        let anchor = format!("${cell}{}", first + 1);
        let op = match k.kpi.direction {
            Direction::Higher => "<",
            Direction::Lower => ">",
        };
        let rule = format!("=AND(ISNUMBER({anchor}),{anchor}{op}{})", k.kpi.target);
        let format = ConditionalFormatFormula::new()
            .set_rule(rule.as_str())
            .set_format(
                Format::new()
                    .set_background_color(super::super::style::BREACH_FILL)
                    .set_font_color(super::super::style::BREACH_FONT),
            );
        sheet.add_conditional_format(first, col, last, col, &format)?;

        let mut chart = Chart::new_line();
        // Names refer to the header cells (written as text) rather than passing register text
        // to the chart, where a leading "=" would be read as a range.
        chart
            .title()
            .set_name((sheet_name, header, col))
            .set_font(ChartFont::new().set_size(10).set_bold());
        chart.legend().set_position(ChartLegendPosition::Bottom);
        chart
            .add_series()
            .set_name((sheet_name, header, col))
            .set_categories((sheet_name, first, 0, last, 0))
            .set_values((sheet_name, first, col, last, col));
        chart
            .add_series()
            .set_name((sheet_name, header, col + 1))
            .set_categories((sheet_name, first, 0, last, 0))
            .set_values((sheet_name, first, col + 1, last, col + 1))
            .set_format(
                ChartLine::new()
                    .set_dash_type(ChartLineDashType::Dash)
                    .set_color("#1F5F8B"),
            );
        let red = "#C00000";
        chart
            .add_series()
            .set_name((sheet_name, header, data_col))
            .set_categories((sheet_name, first, 0, last, 0))
            .set_values((sheet_name, first, data_col, last, data_col))
            .set_format(ChartFormat::new().set_no_line())
            .set_marker(
                ChartMarker::new()
                    .set_type(ChartMarkerType::Circle)
                    .set_size(8)
                    .set_format(
                        ChartFormat::new()
                            .set_solid_fill(ChartSolidFill::new().set_color(red))
                            .set_border(ChartLine::new().set_color(red)),
                    ),
            );
        chart.set_width(460).set_height(240);
        sheet.insert_chart(header + 16 * i as u32, chart_col, &chart)?;
    }
    // Leave room for the charts beside the block.
    let chart_rows = 16 * series.len() as u32;
    Ok(row.max(header + chart_rows))
}
