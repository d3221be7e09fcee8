//! *Fakta och avtalsinformation*: contract facts, key people and roles, KPIs decided, spend.

use super::super::style::{Styles, a4};
use super::cells::*;
use crate::model::{Direction, Party};
use crate::render::facts as shared;
use crate::rules::meeting::MeetingPack;
use chrono::Datelike;
use rust_xlsxwriter::{Worksheet, XlsxError};

/// Writes the facts sheet.
pub(super) fn sheet(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    s: &Styles,
) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let c = pack.contract;
    let l = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    a4(sheet, false);
    for (col, width) in [26.0, 24.0, 18.0, 30.0, 18.0, 16.0].into_iter().enumerate() {
        sheet.set_column_width(col as u16, width)?;
    }
    let mut row = heading(
        sheet,
        pack,
        &l(
            "Fakta och avtalsinformation",
            "Facts and contract information",
        ),
        s,
    )?;
    sheet.set_freeze_panes(3, 0)?;
    row = section(
        sheet,
        row,
        &l("Avtalsinformation", "Contract information"),
        s,
    )?;
    let options: Vec<String> = c
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let status = if o.exercised {
                l("utnyttjad", "exercised")
            } else if o.declined {
                l("avböjd", "declined")
            } else {
                l("ej beslutad", "not decided")
            };
            format!("{}: {} {} ({status})", i + 1, o.months, l("mån", "months"))
        })
        .collect();
    let mut info = shared::identity(c, lang);
    info.extend(shared::suppliers(c, lang));
    info.extend([
        (l("Avtalsstart", "Start"), c.start.to_string()),
        (
            l("Avtalsslut (ursprunglig)", "End of initial term"),
            c.end.to_string(),
        ),
        (
            l(
                "Slutdatum inkl. utnyttjade optioner",
                "End with exercised options",
            ),
            pack.effective_end.to_string(),
        ),
        (
            l("Optioner", "Options"),
            if options.is_empty() {
                none()
            } else {
                options.join("; ")
            },
        ),
        (
            l("Nästa option, besked senast", "Next option, notice by"),
            pack.next_option
                .as_ref()
                .map(|o| format!("{} ({} {})", o.deadline, l("option", "option"), o.number))
                .unwrap_or_else(none),
        ),
    ]);
    info.extend(shared::values(c, &pack.change, lang));
    info.extend([
        (
            l("Verksamhetskritiskt", "Business-critical"),
            if c.business_critical {
                l("ja", "yes")
            } else {
                l("nej", "no")
            },
        ),
        (
            l("Prioritetsgrupp", "Priority group"),
            pack.group
                .as_ref()
                .map(|g| format!("{} – {}", g.group, g.reason))
                .unwrap_or_else(none),
        ),
    ]);
    row = fields(sheet, row, &info, s, 90.0)?;
    row += 1;
    row = price_adjustment(sheet, row, pack, s)?;

    row = section(
        sheet,
        row,
        &l("Nyckelpersoner och roller", "Key people and roles"),
        s,
    )?;
    row = header_row(
        sheet,
        row,
        &[
            l("Roll", "Role"),
            l("Namn", "Name"),
            l("Part", "Party"),
            l("E-post", "Email"),
            l("Telefon", "Phone"),
            l("Eskaleringsväg", "Escalation path"),
        ],
        s,
    )?;
    let roles = [
        (
            l("Avtalscontroller", "Contract controller"),
            &c.roles.controller,
            Some(Party::Buyer),
        ),
        (
            l("Avtalsägare (verksamhet)", "Owner (department)"),
            &c.roles.owner,
            Some(Party::Buyer),
        ),
        (
            l("Partneransvarig", "Partner owner"),
            &c.roles.partner_owner,
            Some(Party::Buyer),
        ),
    ];
    for (role, name, side) in roles {
        // A role held by a listed contact is shown once, on the contact's row.
        let listed = |name: &String| c.contacts.iter().any(|p| &p.name == name);
        if let Some(name) = name.as_ref().filter(|n| !listed(n)) {
            sheet.write_string_with_format(row, 0, &role, &s.text)?;
            sheet.write_string_with_format(row, 1, name, &s.text)?;
            sheet.write_string_with_format(row, 2, party(side, lang), &s.text)?;
            input_cells(sheet, row, 3, 5, s)?;
            row += 1;
        }
    }
    for contact in &c.contacts {
        sheet.write_string_with_format(
            row,
            0,
            contact.role.clone().unwrap_or_else(none),
            &s.text,
        )?;
        sheet.write_string_with_format(row, 1, &contact.name, &s.text)?;
        sheet.write_string_with_format(row, 2, party(contact.party, lang), &s.text)?;
        sheet.write_string_with_format(
            row,
            3,
            contact.email.clone().unwrap_or_default(),
            &s.text,
        )?;
        sheet.write_string_with_format(
            row,
            4,
            contact.phone.clone().unwrap_or_default(),
            &s.text,
        )?;
        let on_path = if contact.escalation {
            l("ja", "yes")
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

    row = section(
        sheet,
        row,
        &l("Beslutade nyckeltal (KPI)", "KPIs decided"),
        s,
    )?;
    if c.kpis.is_empty() {
        sheet.write_string(
            row,
            0,
            l("Avtalet har inga nyckeltal.", "The contract has no KPIs."),
        )?;
        row += 1;
    } else {
        row = header_row(
            sheet,
            row,
            &[
                l("Nyckeltal", "KPI"),
                l("Id", "Id"),
                l("Enhet", "Unit"),
                l("Mål", "Target"),
                l("Bättre när", "Better when"),
                l("Rapporteras", "Reported"),
            ],
            s,
        )?;
        for kpi in &c.kpis {
            sheet.write_string_with_format(row, 0, &kpi.name, &s.text)?;
            sheet.write_string_with_format(row, 1, &kpi.id, &s.text)?;
            sheet.write_string_with_format(row, 2, &kpi.unit, &s.text)?;
            sheet.write_number_with_format(row, 3, kpi.target, &s.number)?;
            let better = match kpi.direction {
                Direction::Higher => l("högre", "higher"),
                Direction::Lower => l("lägre", "lower"),
            };
            sheet.write_string_with_format(row, 4, better, &s.text)?;
            sheet.write_string_with_format(row, 5, frequency_word(kpi.frequency, lang), &s.text)?;
            row += 1;
        }
    }
    row += 1;

    row = section(sheet, row, &l("Spend per år", "Spend per year"), s)?;
    row = header_row(
        sheet,
        row,
        &[
            l("År", "Year"),
            l("Uppskattat årsvärde (kr)", "Estimated annual value (SEK)"),
            l("Faktisk spend (kr)", "Actual spend (SEK)"),
            l("Kommentar", "Comment"),
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
        sheet.write_string_with_format(
            row,
            0,
            l("Förbrukat av takvolym", "Maximum value used"),
            &s.text,
        )?;
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
    let row = section(
        sheet,
        row,
        lang.pick("Indexreglering av pris", "Price adjustment"),
        s,
    )?;
    let mut rows = vec![
        (
            lang.pick("Klausul", "Clause").to_string(),
            view::clause_line(clause, lang),
        ),
        (
            lang.pick("Regel", "Rule").to_string(),
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
