//! *Fakta och avtalsinformation*: contract facts, key people and roles, KPIs decided, spend.

use super::super::style::{Styles, a4, word_width};
use super::cells::*;
use crate::model::{Direction, Party};
use crate::render::facts as shared;
use crate::rules::meeting::MeetingPack;
use chrono::Datelike;
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Width of the e-mail column (D) in characters when every address fits in it.
const EMAIL_WIDTH: f64 = 30.0;

/// Writes the facts sheet.
pub(super) fn sheet(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    s: &Styles,
) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let c = pack.contract;
    let m = crate::messages::of(lang);
    a4(sheet, false);
    // The e-mail column is as wide as the longest address (an address has no space to wrap
    // at), so that it never runs over the phone number beside it.
    let email_width = c
        .contacts
        .iter()
        .filter_map(|p| p.email.as_deref())
        .map(word_width)
        .fold(EMAIL_WIDTH, f64::max);
    for (col, width) in [26.0, 24.0, 18.0, email_width, 18.0, 16.0]
        .into_iter()
        .enumerate()
    {
        sheet.set_column_width(col as u16, width)?;
    }
    let mut row = heading(sheet, pack, m.facts_and_contract_information(), s)?;
    sheet.set_freeze_panes(3, 0)?;
    row = section(sheet, row, m.contract_information(), s)?;
    let options: Vec<String> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let status = if o.exercised {
                m.exercised().to_string()
            } else if o.declined {
                m.declined().to_string()
            } else {
                m.not_decided().to_string()
            };
            format!(
                "{}: {} {} ({status})",
                i + 1,
                o.months,
                m.months_abbreviated()
            )
        })
        .collect();
    let mut info = shared::identity(c, lang);
    info.extend(shared::suppliers(c, lang));
    info.extend([
        (m.contract_start().to_string(), c.start.to_string()),
        (m.end_of_initial_term().to_string(), c.end.to_string()),
        (
            m.end_with_exercised_options().to_string(),
            pack.effective_end.to_string(),
        ),
        (
            m.options().to_string(),
            if options.is_empty() {
                none()
            } else {
                options.join("; ")
            },
        ),
        (
            m.next_option_notice_by().to_string(),
            pack.next_option
                .as_ref()
                .map(|o| format!("{} ({} {})", o.deadline, "option", o.number))
                .unwrap_or_else(none),
        ),
    ]);
    info.extend(shared::values(c, &pack.change, lang));
    info.extend([
        (
            m.business_critical().to_string(),
            if c.business_critical {
                m.yes().to_string()
            } else {
                m.no().to_string()
            },
        ),
        (
            m.priority_group().to_string(),
            pack.group
                .as_ref()
                .map(|g| format!("{} – {}", g.group, g.reason))
                .unwrap_or_else(none),
        ),
    ]);
    row = fields(sheet, row, &info, s, 90.0)?;
    row += 1;
    row = price_adjustment(sheet, row, pack, s)?;

    row = section(sheet, row, m.key_people_and_roles(), s)?;
    row = header_row(
        sheet,
        row,
        &[
            m.role().to_string(),
            m.name().to_string(),
            m.party().to_string(),
            m.email().to_string(),
            m.phone().to_string(),
            m.workbook_escalation_path().to_string(),
        ],
        s,
    )?;
    let roles = [
        (
            m.contract_controller().to_string(),
            &c.roles.controller,
            Some(Party::Buyer),
        ),
        (
            m.owner_department().to_string(),
            &c.roles.owner,
            Some(Party::Buyer),
        ),
        (
            m.partner_owner().to_string(),
            &c.roles.partner_owner,
            Some(Party::Buyer),
        ),
    ];
    for (role, name, side) in roles {
        // A role held by a listed contact is shown once, on the contact's row.
        let listed = |name: &String| c.contacts.iter().any(|p| &p.name == name);
        if let Some(name) = name.as_ref().filter(|n| !listed(n)) {
            sheet.write_string_with_format(row, 0, &role, &s.wrap)?;
            sheet.write_string_with_format(row, 1, name, &s.wrap)?;
            sheet.write_string_with_format(row, 2, party(side, lang), &s.text)?;
            input_cells(sheet, row, 3, 5, s)?;
            fit(sheet, row, &[(&role, 26.0), (name, 24.0)])?;
            row += 1;
        }
    }
    for contact in &c.contacts {
        let role = contact.role.clone().unwrap_or_else(none);
        sheet.write_string_with_format(row, 0, &role, &s.wrap)?;
        sheet.write_string_with_format(row, 1, &contact.name, &s.wrap)?;
        sheet.write_string_with_format(row, 2, party(contact.party, lang), &s.text)?;
        let email = contact.email.clone().unwrap_or_default();
        sheet.write_string_with_format(row, 3, &email, &s.wrap)?;
        let cells = [
            (role.as_str(), 26.0),
            (&contact.name, 24.0),
            (&email, email_width),
        ];
        fit(sheet, row, &cells)?;
        sheet.write_string_with_format(
            row,
            4,
            contact.phone.clone().unwrap_or_default(),
            &s.text,
        )?;
        let on_path = if contact.escalation {
            m.yes().to_string()
        } else {
            String::new()
        };
        sheet.write_string_with_format(row, 5, on_path, &s.text)?;
        row += 1;
    }
    for _ in 0..BLANK_ROWS.min(3) {
        input_cells(sheet, row, 0, 5, s)?;
        row += 1;
    }
    row += 1;

    row = section(sheet, row, m.kpis_decided(), s)?;
    if c.kpis.is_empty() {
        sheet.write_string(row, 0, m.the_contract_has_no_kpis().to_string())?;
        row += 1;
    } else {
        row = header_row(
            sheet,
            row,
            &[
                m.kpi().to_string(),
                "Id".to_string(),
                m.unit().to_string(),
                m.target().to_string(),
                m.better_when().to_string(),
                m.reported().to_string(),
            ],
            s,
        )?;
        for kpi in &c.kpis {
            sheet.write_string_with_format(row, 0, &kpi.name, &s.text)?;
            sheet.write_string_with_format(row, 1, &kpi.id, &s.text)?;
            sheet.write_string_with_format(row, 2, &kpi.unit, &s.text)?;
            sheet.write_number_with_format(row, 3, kpi.target, &s.number)?;
            let better = match kpi.direction {
                Direction::Higher => m.higher().to_string(),
                Direction::Lower => m.lower().to_string(),
            };
            sheet.write_string_with_format(row, 4, better, &s.text)?;
            sheet.write_string_with_format(row, 5, frequency_word(kpi.frequency, lang), &s.text)?;
            row += 1;
        }
    }
    row += 1;

    row = section(sheet, row, m.spend_per_year(), s)?;
    row = header_row(
        sheet,
        row,
        &[
            m.year().to_string(),
            m.estimated_annual_value_sek().to_string(),
            m.actual_spend_sek().to_string(),
            m.comment().to_string(),
        ],
        s,
    )?;
    for year in c.start.year()..=pack.effective_end.year() {
        sheet.write_string_with_format(row, 0, year.to_string(), &s.text)?;
        sheet.write_number_with_format(row, 1, c.annual_value, &s.money)?;
        // SPEC §12: the matched spend from spend/, where there is some; else an input cell.
        match pack.spend.of_year(year) {
            Some(amount) => {
                sheet.write_number_with_format(row, 2, amount.as_sek(), &s.input_number)?
            }
            None => sheet.write_blank(row, 2, &s.input_number)?,
        };
        sheet.write_blank(row, 3, &s.input)?;
        row += 1;
    }
    if let (Some(max), Some(used)) = (c.max_value, pack.spend.ceiling_used) {
        sheet.write_string_with_format(row, 0, m.maximum_value_used().to_string(), &s.text)?;
        sheet.write_number_with_format(row, 1, max.as_sek(), &s.money)?;
        sheet.write_number_with_format(row, 2, pack.spend.to_date.as_sek(), &s.money)?;
        let used = crate::i18n::number(used * 100.0, 1, lang);
        sheet.write_string_with_format(row, 3, format!("{used} %"), &s.text)?;
    }
    Ok(())
}

/// SPEC §13: the index clause and, per adjustment date, the formula with its numbers (nothing
/// without a clause).
fn price_adjustment(
    sheet: &mut Worksheet,
    row: u32,
    pack: &MeetingPack,
    s: &Styles,
) -> Result<u32, XlsxError> {
    use crate::render::price as view;
    let lang = pack.lang;
    let Some(clause) = &pack.contract.price_adjustment else {
        return Ok(row);
    };
    let row = section(sheet, row, crate::messages::of(lang).price_adjustment(), s)?;
    let mut rows = vec![
        (
            crate::messages::of(lang).clause().to_string(),
            view::clause_line(clause, lang),
        ),
        (
            crate::messages::of(lang).rule().to_string(),
            view::rule_line(lang).to_string(),
        ),
    ];
    for adjustment in crate::rules::price::adjustments(pack.contract) {
        let line = view::formula_line(clause, &adjustment, lang);
        // The date is the label; the value keeps the rest of the line.
        let rest = line
            .split_once(": ")
            .map_or(line.clone(), |(_, rest)| rest.to_string());
        rows.push((adjustment.date.to_string(), rest));
    }
    let row = fields(sheet, row, &rows, s, 90.0)?;
    Ok(row + 1)
}
