//! *Samarbetsmodell*: segment, meeting forms and frequency from the group's cadence, roles in
//! the follow-up team, and the escalation ladder with today's step marked.

use super::super::style::{Styles, a4};
use super::cells::*;
use crate::i18n;
use crate::model::{Party, Settings};
use crate::rules::escalation::ladder;
use crate::rules::meeting::MeetingPack;
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Writes the cooperation-model sheet.
pub(super) fn sheet(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    settings: &Settings,
    s: &Styles,
) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let c = pack.contract;
    let m = crate::messages::of(lang);
    a4(sheet, true);
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 28)?;
    for col in 2..=6 {
        sheet.set_column_width(col, 30)?;
    }
    let mut row = heading(sheet, pack, m.cooperation_model(), s)?;
    sheet.set_freeze_panes(3, 0)?;
    row = section(sheet, row, m.segmentation(), s)?;
    let group = pack.group.as_ref().map(|g| g.group).unwrap_or(3);
    row = fields(
        sheet,
        row,
        &[
            (
                m.kraljic_segment().to_string(),
                pack.kraljic
                    .map(|k| i18n::kraljic_label(k, lang).to_string())
                    .unwrap_or_else(none),
            ),
            (
                m.focus_of_the_follow_up().to_string(),
                pack.focus.to_string(),
            ),
            (m.priority_group().to_string(), group.to_string()),
        ],
        s,
        116.0,
    )?;
    row += 1;

    row = section(sheet, row, m.meeting_forms_and_frequency(), s)?;
    row = header_row(
        sheet,
        row,
        &[
            m.meeting_form().to_string(),
            m.frequency().to_string(),
            m.participants().to_string(),
        ],
        s,
    )?;
    let index = usize::from(group.clamp(1, 3) - 1);
    let cadence = &settings.cadence;
    let every = |months: u32| m.every_months(months);
    let mut meetings = vec![
        (
            m.start_meeting().to_string(),
            m.start_meeting_within(cadence.start_meeting_days),
        ),
        (
            m.follow_up_and_development_meeting_first_year().to_string(),
            every(cadence.first_year_interval_months[index]),
        ),
        (
            m.follow_up_and_development_meeting_thereafter().to_string(),
            every(cadence.interval_months[index]),
        ),
        (
            m.kpi_statistics_follow_up().to_string(),
            c.kpis
                .iter()
                .map(|k| k.frequency)
                .min()
                .map(|f| frequency_word(f, lang))
                .unwrap_or_else(none),
        ),
    ];
    if !c.requirements.is_empty() {
        meetings.push((
            m.qualification_requirements_check().to_string(),
            every(cadence.qualification_interval_months),
        ));
    }
    for (meeting, frequency) in meetings {
        sheet.write_string_with_format(row, 0, &meeting, &s.wrap)?;
        sheet.write_string_with_format(row, 1, &frequency, &s.wrap)?;
        sheet.write_blank(row, 2, &s.input_wrap)?;
        fit(sheet, row, &[(&meeting, 28.0), (&frequency, 28.0)])?;
        row += 1;
    }
    row += 1;

    row = section(sheet, row, m.roles_in_the_follow_up_team(), s)?;
    row = header_row(
        sheet,
        row,
        &[
            m.role().to_string(),
            m.name().to_string(),
            m.responsibility().to_string(),
        ],
        s,
    )?;
    let team = [
        (
            m.contract_controller_process_coordinator().to_string(),
            &c.roles.controller,
            m.compiles_kpis_books_follow_up_meetings().to_string(),
        ),
        (
            m.process_owner_department().to_string(),
            &c.roles.owner,
            m.owns_the_contract_and_the_follow_up().to_string(),
        ),
        (
            m.partner_owner().to_string(),
            &c.roles.partner_owner,
            m.owns_the_relationship_with_the_supplier().to_string(),
        ),
    ];
    for (role, name, duty) in team {
        sheet.write_string_with_format(row, 0, &role, &s.wrap)?;
        match name {
            Some(name) => sheet.write_string_with_format(row, 1, name, &s.text)?,
            None => sheet.write_blank(row, 1, &s.input)?,
        };
        sheet.write_string_with_format(row, 2, &duty, &s.wrap)?;
        fit(sheet, row, &[(&role, 28.0), (&duty, 30.0)])?;
        row += 1;
    }
    for contact in c
        .contacts
        .iter()
        .filter(|p| p.party == Some(Party::Supplier))
    {
        let role = match &contact.role {
            Some(role) => format!("{} ({})", role, m.supplier()),
            None => m.supplier_title().to_string(),
        };
        sheet.write_string_with_format(row, 0, &role, &s.wrap)?;
        sheet.write_string_with_format(row, 1, &contact.name, &s.text)?;
        let duty = m
            .provides_statistics_attends_follow_up_meetings()
            .to_string();
        sheet.write_string_with_format(row, 2, &duty, &s.wrap)?;
        fit(
            sheet,
            row,
            &[(&role, 28.0), (&contact.name, 28.0), (&duty, 30.0)],
        )?;
        row += 1;
    }
    row += 1;

    row = section(sheet, row, m.escalation_ladder(), s)?;
    row = header_row(
        sheet,
        row,
        &[
            m.step().to_string(),
            m.responsible().to_string(),
            m.input_from().to_string(),
            m.actions().to_string(),
            m.inform().to_string(),
            m.document_in().to_string(),
        ],
        s,
    )?;
    for step in ladder(settings, lang) {
        let current = step.step == pack.escalation.step;
        let mut name = format!("{} – {}", step.step, step.name);
        if current {
            name.push_str(&format!(" ({})", m.current()));
        }
        sheet.write_string_with_format(row, 0, &name, if current { &s.alert } else { &s.label })?;
        let mut texts = vec![(name.clone(), 28.0)];
        for (col, items) in [
            &step.responsible,
            &step.input,
            &step.actions,
            &step.inform,
            &step.document,
        ]
        .into_iter()
        .enumerate()
        {
            let text = items.join("\n");
            sheet.write_string_with_format(row, col as u16 + 1, &text, &s.wrap)?;
            texts.push((text, 30.0));
        }
        let cells: Vec<(&str, f64)> = texts.iter().map(|(t, w)| (t.as_str(), *w)).collect();
        fit(sheet, row, &cells)?;
        row += 1;
    }
    row += 1;
    let path: Vec<String> = pack
        .escalation_contacts
        .iter()
        .map(|p| match &p.role {
            Some(role) => format!("{} ({role})", p.name),
            None => p.name.clone(),
        })
        .collect();
    fields(
        sheet,
        row,
        &[(
            m.workbook_escalation_path().to_string(),
            if path.is_empty() {
                none()
            } else {
                path.join(" → ")
            },
        )],
        s,
        116.0,
    )?;
    Ok(())
}
