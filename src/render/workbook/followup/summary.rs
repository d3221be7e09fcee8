//! *Sammanfattning*: today's status, the KPI summary, findings, the suggested agenda and room
//! for the overall assessment.

use super::super::style::{Styles, a4};
use super::cells::*;
use crate::i18n;
use crate::render::report::build::target_text;
use crate::rules::meeting::MeetingPack;
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Writes the summary sheet.
pub(super) fn sheet(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    s: &Styles,
) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let m = crate::messages::of(lang);
    a4(sheet, false);
    sheet.set_column_width(0, 30)?;
    for col in 1..=6 {
        sheet.set_column_width(col, 14)?;
    }
    let mut row = heading(sheet, pack, m.summary(), s)?;
    sheet.set_freeze_panes(3, 0)?;
    row = section(sheet, row, m.status_today(), s)?;
    let overdue = pack
        .deviations
        .iter()
        .flat_map(|d| d.actions.iter())
        .filter(|a| a.overdue)
        .count();
    let status = vec![
        (
            m.escalation_step().to_string(),
            format!(
                "{} – {}",
                pack.escalation.step,
                pack.step
                    .as_ref()
                    .map(|x| x.name.clone())
                    .unwrap_or_default()
            ),
        ),
        (
            m.open_deviations().to_string(),
            pack.deviations.len().to_string(),
        ),
        (m.overdue_actions().to_string(), overdue.to_string()),
        (
            m.sanctions_claimed().to_string(),
            i18n::sek(pack.sanctions_total, lang),
        ),
        (
            m.next_option_notice_by().to_string(),
            pack.next_option
                .as_ref()
                .map(|o| o.deadline.to_string())
                .unwrap_or_else(none),
        ),
        (
            m.end_with_exercised_options().to_string(),
            pack.effective_end.to_string(),
        ),
        (
            m.latest_follow_up_meeting().to_string(),
            pack.last_meeting
                .map(|e| e.date.to_string())
                .unwrap_or_else(none),
        ),
    ];
    row = fields(sheet, row, &status, s, 56.0)?;
    row += 1;

    if !pack.kpis.is_empty() {
        row = section(sheet, row, m.kpis(), s)?;
        row = header_row(
            sheet,
            row,
            &[
                m.kpi().to_string(),
                m.target().to_string(),
                m.latest().to_string(),
                "Trend".to_string(),
                m.missed_target().to_string(),
                m.in_a_row().to_string(),
            ],
            s,
        )?;
        for k in &pack.kpis {
            sheet.write_string_with_format(row, 0, &k.kpi.name, &s.wrap)?;
            fit(sheet, row, &[(&k.kpi.name, 30.0)])?;
            sheet.write_string_with_format(row, 1, target_text(k.kpi, lang), &s.text)?;
            let latest_breach = k.latest.is_some_and(|v| k.kpi.is_breach(v));
            match k.latest {
                Some(v) => sheet.write_number_with_format(
                    row,
                    2,
                    v,
                    if latest_breach { &s.alert } else { &s.number },
                )?,
                None => sheet.write_string_with_format(row, 2, none(), &s.text)?,
            };
            let trend = k
                .trend
                .map(|t| format!("{} {}", t.arrow(k.kpi.direction), t.word(lang)))
                .unwrap_or_else(none);
            sheet.write_string_with_format(row, 3, trend, &s.text)?;
            sheet.write_string_with_format(
                row,
                4,
                format!("{} / {}", k.breaches, k.points.len()),
                &s.text,
            )?;
            sheet.write_number_with_format(
                row,
                5,
                k.streak as f64,
                if k.streak > 0 { &s.alert } else { &s.number },
            )?;
            row += 1;
        }
        row += 1;
    }

    row = section(sheet, row, m.to_act_on(), s)?;
    if pack.findings.is_empty() {
        sheet.write_string(row, 0, m.nothing_to_act_on().to_string())?;
        row += 1;
    }
    for finding in &pack.findings {
        sheet.merge_range(row, 0, row, 6, "", &s.wrap)?;
        let message = finding.message(lang);
        sheet.write_string_with_format(row, 0, &message, &s.wrap)?;
        fit(sheet, row, &[(&message, 114.0)])?;
        row += 1;
    }
    row += 1;
    row = section(sheet, row, m.suggested_agenda(), s)?;
    for (i, item) in pack.agenda.iter().enumerate() {
        sheet.merge_range(row, 0, row, 6, "", &s.wrap)?;
        let text = format!("{}. {item}", i + 1);
        sheet.write_string_with_format(row, 0, &text, &s.wrap)?;
        fit(sheet, row, &[(&text, 114.0)])?;
        row += 1;
    }
    row += 1;
    row = section(sheet, row, m.overall_assessment(), s)?;
    sheet.merge_range(row, 0, row, 6, "", &s.input_wrap)?;
    sheet.set_row_height(row, 90)?;
    Ok(())
}
