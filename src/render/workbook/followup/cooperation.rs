//! *Samarbetsmodell*: segment, meeting forms and frequency from the group's cadence, roles in
//! the follow-up team, and the escalation ladder with today's step marked.

use super::super::style::{Styles, a4};
use super::cells::*;
use crate::i18n;
use crate::model::{Language, Party, Settings};
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
    let l = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    a4(sheet, true);
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 28)?;
    for col in 2..=6 {
        sheet.set_column_width(col, 30)?;
    }
    let mut row = heading(sheet, pack, &l("Samarbetsmodell", "Cooperation model"), s)?;
    sheet.set_freeze_panes(3, 0)?;
    row = section(sheet, row, &l("Segmentering", "Segmentation"), s)?;
    let group = pack.group.as_ref().map(|g| g.group).unwrap_or(3);
    row = fields(
        sheet,
        row,
        &[
            (
                l("Kraljic-segment", "Kraljic segment"),
                pack.kraljic
                    .map(|k| i18n::kraljic_label(k, lang).to_string())
                    .unwrap_or_else(none),
            ),
            (
                l("Fokus i uppföljningen", "Focus of the follow-up"),
                pack.focus.to_string(),
            ),
            (l("Prioritetsgrupp", "Priority group"), group.to_string()),
        ],
        s,
        116.0,
    )?;
    row += 1;

    row = section(
        sheet,
        row,
        &l("Mötesformer och frekvens", "Meeting forms and frequency"),
        s,
    )?;
    row = header_row(
        sheet,
        row,
        &[
            l("Mötesform", "Meeting"),
            l("Frekvens", "Frequency"),
            l("Deltagare", "Participants"),
        ],
        s,
    )?;
    let index = usize::from(group.clamp(1, 3) - 1);
    let cadence = &settings.cadence;
    let every = |months: u32| match lang {
        Language::Sv => format!("var {months}:e månad"),
        Language::En => format!("every {months} months"),
    };
    let mut meetings = vec![
        (
            l("Startmöte", "Start meeting"),
            match lang {
                Language::Sv => format!(
                    "senast {} dagar efter avtalsstart",
                    cadence.start_meeting_days
                ),
                Language::En => format!("within {} days of the start", cadence.start_meeting_days),
            },
        ),
        (
            l(
                "Uppföljnings- och utvecklingsmöte, första avtalsåret",
                "Follow-up and development meeting, first year",
            ),
            every(cadence.first_year_interval_months[index]),
        ),
        (
            l(
                "Uppföljnings- och utvecklingsmöte, därefter",
                "Follow-up and development meeting, thereafter",
            ),
            every(cadence.interval_months[index]),
        ),
        (
            l(
                "Statistikuppföljning (nyckeltal)",
                "KPI statistics follow-up",
            ),
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
            l(
                "Kontroll av kvalificeringskrav",
                "Qualification requirements check",
            ),
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

    row = section(
        sheet,
        row,
        &l("Roller i uppföljningsteamet", "Roles in the follow-up team"),
        s,
    )?;
    row = header_row(
        sheet,
        row,
        &[
            l("Roll", "Role"),
            l("Namn", "Name"),
            l("Ansvar", "Responsibility"),
        ],
        s,
    )?;
    let team = [
        (
            l(
                "Avtalscontroller / processkoordinator",
                "Contract controller / process coordinator",
            ),
            &c.roles.controller,
            l(
                "Sammanställer nyckeltal, bokar uppföljningsmöten",
                "Compiles KPIs, books follow-up meetings",
            ),
        ),
        (
            l("Processägare (verksamhet)", "Process owner (department)"),
            &c.roles.owner,
            l(
                "Äger avtalet och uppföljningen, ger underlag om leveransen",
                "Owns the contract and the follow-up, gives input on delivery",
            ),
        ),
        (
            l("Partneransvarig", "Partner owner"),
            &c.roles.partner_owner,
            l(
                "Ansvarar för relationen med leverantören",
                "Owns the relationship with the supplier",
            ),
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
            Some(role) => format!("{} ({})", role, l("leverantör", "supplier")),
            None => l("Leverantör", "Supplier"),
        };
        sheet.write_string_with_format(row, 0, &role, &s.wrap)?;
        sheet.write_string_with_format(row, 1, &contact.name, &s.text)?;
        let duty = l(
            "Bistår med statistik, deltar i uppföljningsmötena",
            "Provides statistics, attends follow-up meetings",
        );
        sheet.write_string_with_format(row, 2, &duty, &s.wrap)?;
        fit(
            sheet,
            row,
            &[(&role, 28.0), (&contact.name, 28.0), (&duty, 30.0)],
        )?;
        row += 1;
    }
    row += 1;

    row = section(sheet, row, &l("Eskaleringstrappa", "Escalation ladder"), s)?;
    row = header_row(
        sheet,
        row,
        &[
            l("Steg", "Step"),
            l("Ansvariga", "Responsible"),
            l("Ger underlag", "Input from"),
            l("Åtgärder", "Actions"),
            l("Informera", "Inform"),
            l("Dokumentera", "Document in"),
        ],
        s,
    )?;
    for step in ladder(settings, lang) {
        let current = step.step == pack.escalation.step;
        let mut name = format!("{} – {}", step.step, step.name);
        if current {
            name.push_str(&format!(" ({})", l("nuvarande", "current")));
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
            l("Eskaleringsväg", "Escalation path"),
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
