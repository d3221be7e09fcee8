//! The follow-up workbook, modelled on Nacka's template (seed 003): *Fakta och
//! avtalsinformation*, *Samarbetsmodell*, *Leverans och prestation* and *Sammanfattning*,
//! filled from the meeting pack, with input cells for what people add by hand.

use super::failed;
use super::style::{Styles, a4};
use crate::dates::Frequency;
use crate::error::Error;
use crate::i18n;
use crate::model::{Direction, Language, Party, Settings};
use crate::render::report::build::{name_with_unit, target_text};
use crate::rules::escalation::ladder;
use crate::rules::meeting::{FREQUENCIES, KpiSeries, MeetingPack};
use chrono::Datelike;
use rust_xlsxwriter::{
    Chart, ChartLine, ChartLineDashType, ConditionalFormatFormula, DataValidation, DocProperties,
    ExcelDateTime, Format, Workbook, Worksheet, XlsxError, utility::row_col_to_cell,
};

/// The four sheet names in `lang`, in workbook order.
pub fn sheet_names(lang: Language) -> [&'static str; 4] {
    [
        lang.pick(
            "Fakta och avtalsinformation",
            "Facts and contract information",
        ),
        lang.pick("Samarbetsmodell", "Cooperation model"),
        lang.pick("Leverans och prestation", "Delivery and performance"),
        lang.pick("Sammanfattning", "Summary"),
    ]
}

/// How many empty input rows follow pre-filled lists (activity plan, decision log, contacts).
const BLANK_ROWS: u32 = 5;

/// The follow-up workbook as xlsx bytes.
pub fn workbook(pack: &MeetingPack, settings: &Settings) -> Result<Vec<u8>, Error> {
    build(pack, settings).map_err(failed)
}

fn build(pack: &MeetingPack, settings: &Settings) -> Result<Vec<u8>, XlsxError> {
    let lang = pack.lang;
    let c = pack.contract;
    let styles = Styles::new();
    let mut book = Workbook::new();
    let names = sheet_names(lang);
    let today = pack.today;
    // The creation time is the report date, so the same inputs give the same bytes.
    let created = ExcelDateTime::from_ymd(
        u16::try_from(today.year()).unwrap_or(2000),
        today.month() as u8,
        today.day() as u8,
    )?;
    let mut properties = DocProperties::new()
        .set_title(format!(
            "{} – {}",
            lang.pick("Avtalsuppföljning", "Contract follow-up"),
            c.title
        ))
        .set_subject(format!(
            "{} {} ({}), {}",
            lang.pick("Uppföljning av avtal", "Follow-up of contract"),
            c.key,
            c.title,
            c.supplier.name
        ))
        .set_author("avtal")
        .set_creation_datetime(&created);
    if let Some(org) = pack.organisation {
        properties = properties.set_company(org);
    }
    book.set_properties(&properties);

    let sheet = book.add_worksheet();
    sheet.set_name(names[0])?;
    facts_sheet(sheet, pack, &styles)?;
    let sheet = book.add_worksheet();
    sheet.set_name(names[1])?;
    cooperation_sheet(sheet, pack, settings, &styles)?;
    let sheet = book.add_worksheet();
    sheet.set_name(names[2])?;
    delivery_sheet(sheet, pack, names[2], &styles)?;
    let sheet = book.add_worksheet();
    sheet.set_name(names[3])?;
    summary_sheet(sheet, pack, &styles)?;
    book.save_to_buffer()
}

fn none() -> String {
    "–".to_string()
}

/// Writes the title rows every sheet starts with; returns the next free row.
fn heading(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    title: &str,
    s: &Styles,
) -> Result<u32, XlsxError> {
    let c = pack.contract;
    sheet.write_string_with_format(0, 0, title, &s.title)?;
    let mut line = format!("{} ({}) · {}", c.title, c.key, c.supplier.name);
    if let Some(org) = pack.organisation {
        line = format!("{org} · {line}");
    }
    line.push_str(&format!(
        " · {} {}",
        pack.lang.pick("per", "as of"),
        pack.today
    ));
    sheet.write_string_with_format(1, 0, &line, &s.subtitle)?;
    Ok(3)
}

fn section(sheet: &mut Worksheet, row: u32, title: &str, s: &Styles) -> Result<u32, XlsxError> {
    sheet.write_string_with_format(row, 0, title, &s.section)?;
    Ok(row + 1)
}

fn header_row(
    sheet: &mut Worksheet,
    row: u32,
    headers: &[String],
    s: &Styles,
) -> Result<u32, XlsxError> {
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(row, col as u16, header, &s.header)?;
    }
    Ok(row + 1)
}

/// Label–value rows; the value spans columns B–E (`value_width` characters in all).
fn fields(
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
        fit(sheet, row, &[(value, value_width)])?;
        row += 1;
    }
    Ok(row)
}

/// How many lines `text` takes in a wrapped cell `width` characters wide.
fn lines(text: &str, width: f64) -> usize {
    text.split('\n')
        .map(|line| {
            ((line.chars().count() as f64 * 1.05) / width.max(1.0))
                .ceil()
                .max(1.0) as usize
        })
        .sum()
}

/// Sets the row height so wrapped text shows in full: spreadsheet programs do not grow a row
/// for wrapped text by themselves when the file is written by a library.
fn fit(sheet: &mut Worksheet, row: u32, cells: &[(&str, f64)]) -> Result<(), XlsxError> {
    let most = cells
        .iter()
        .map(|(text, width)| lines(text, *width))
        .max()
        .unwrap_or(1);
    if most > 1 {
        sheet.set_row_height(row, 15.0 * most as f64)?;
    }
    Ok(())
}

fn input_cells(
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

fn party(party: Option<Party>, lang: Language) -> String {
    match party {
        Some(Party::Buyer) => lang.pick("beställare", "buyer").into(),
        Some(Party::Supplier) => lang.pick("leverantör", "supplier").into(),
        None => none(),
    }
}

fn facts_sheet(sheet: &mut Worksheet, pack: &MeetingPack, s: &Styles) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let c = pack.contract;
    let l = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    a4(sheet, false);
    for (col, width) in [26.0, 24.0, 14.0, 30.0, 18.0, 16.0].into_iter().enumerate() {
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
    let info = vec![
        (l("Avtal", "Contract"), c.key.clone()),
        (l("Titel", "Title"), c.title.clone()),
        (
            l("Diarienummer", "Registry number"),
            c.diarienummer.clone().unwrap_or_else(none),
        ),
        (
            l("Kategori", "Category"),
            c.category.clone().unwrap_or_else(none),
        ),
        (l("Typ", "Kind"), i18n::kind_label(c.kind, lang).to_string()),
        (l("Leverantör", "Supplier"), c.supplier.name.clone()),
        (
            l("Organisationsnummer", "Company number"),
            c.supplier.org_no.clone().unwrap_or_else(none),
        ),
        (l("Avtalsstart", "Start"), c.start.to_string()),
        (
            l("Avtalsslut (ursprunglig)", "End of initial term"),
            c.end.to_string(),
        ),
        (
            l("Slutdatum inkl. optioner", "Effective end"),
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
    ];
    row = fields(sheet, row, &info, s, 86.0)?;
    row += 1;

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
        if let Some(name) = name {
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
        sheet.write_blank(row, 2, &s.input_number)?;
        sheet.write_blank(row, 3, &s.input)?;
        row += 1;
    }
    Ok(())
}

fn frequency_word(frequency: Frequency, lang: Language) -> String {
    match frequency {
        Frequency::Monthly => lang.pick("per månad", "monthly"),
        Frequency::Quarterly => lang.pick("per kvartal", "quarterly"),
        Frequency::Yearly => lang.pick("per år", "yearly"),
    }
    .to_string()
}

fn cooperation_sheet(
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
        sheet.write_string_with_format(
            row,
            2,
            l(
                "Bistår med statistik, deltar i uppföljningsmötena",
                "Provides statistics, attends follow-up meetings",
            ),
            &s.wrap,
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
        let mut most = lines(&name, 28.0);
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
            most = most.max(lines(&text, 30.0));
        }
        if most > 1 {
            sheet.set_row_height(row, 15.0 * most as f64)?;
        }
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

fn delivery_sheet(
    sheet: &mut Worksheet,
    pack: &MeetingPack,
    sheet_name: &str,
    s: &Styles,
) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let l = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    a4(sheet, true);
    sheet.set_column_width(0, 30)?;
    for col in 1..=8 {
        sheet.set_column_width(col, 16)?;
    }
    let mut row = heading(
        sheet,
        pack,
        &l("Leverans och prestation", "Delivery and performance"),
        s,
    )?;
    sheet.set_freeze_panes(3, 0)?;

    row = section(
        sheet,
        row,
        &l("Nyckeltal per period", "KPI values by period"),
        s,
    )?;
    if pack.kpis.is_empty() {
        sheet.write_string(
            row,
            0,
            l("Avtalet har inga nyckeltal.", "The contract has no KPIs."),
        )?;
        row += 2;
    }
    for frequency in FREQUENCIES {
        let series: Vec<&KpiSeries> = pack
            .kpis
            .iter()
            .filter(|k| k.kpi.frequency == frequency)
            .collect();
        if series.is_empty() {
            continue;
        }
        row = kpi_block(sheet, row, &series, pack, sheet_name, s)?;
        row += 1;
    }

    row = section(sheet, row, &l("Leverantörsbedömning", "Supplier rating"), s)?;
    sheet.write_string_with_format(
        row,
        0,
        l("Betyg 1–5 (5 = mycket bra)", "Rating 1–5 (5 = very good)"),
        &s.label,
    )?;
    sheet.write_blank(row, 1, &s.input)?;
    let rating = DataValidation::new()
        .allow_list_strings(&["1", "2", "3", "4", "5"])?
        .set_input_title(l("Betyg", "Rating"))?
        .set_input_message(l("Välj 1–5", "Choose 1–5"))?;
    sheet.add_data_validation(row, 1, row, 1, &rating)?;
    row += 1;
    sheet.write_string_with_format(
        row,
        0,
        l(
            "Verksamhetens syn på leveransen",
            "The department's view of the delivery",
        ),
        &s.label,
    )?;
    sheet.merge_range(row, 1, row, 6, "", &s.input_wrap)?;
    sheet.set_row_height(row, 45)?;
    row += 2;

    row = section(
        sheet,
        row,
        &l(
            "Handlingsplan och aktiviteter",
            "Action plan and activities",
        ),
        s,
    )?;
    row = header_row(
        sheet,
        row,
        &[
            l("Aktivitet", "Activity"),
            l("Ref", "Ref"),
            l("Datum", "Date"),
            l("Ansvarig", "Owner"),
            l("Status", "Status"),
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
            sheet.write_string_with_format(row, 3, l("Leverantören", "The supplier"), &s.input)?;
            if action.overdue {
                sheet.write_string_with_format(row, 4, l("förfallen", "overdue"), &s.alert)?;
            } else {
                sheet.write_string_with_format(row, 4, l("pågår", "in progress"), &s.input)?;
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
        sheet.write_string_with_format(row, 4, l("planerad", "planned"), &s.input)?;
        row += 1;
    }
    for _ in 0..BLANK_ROWS {
        input_cells(sheet, row, 0, 4, s)?;
        row += 1;
    }
    row += 1;

    row = section(
        sheet,
        row,
        &l("Avvikelser och viten", "Deviations and sanctions"),
        s,
    )?;
    row = header_row(
        sheet,
        row,
        &[
            l("Datum", "Date"),
            l("Typ", "Type"),
            l("Ref", "Ref"),
            l("Belopp (kr)", "Amount (SEK)"),
            l("Notering", "Note"),
        ],
        s,
    )?;
    for deviation in &pack.deviations {
        let e = deviation.entry;
        sheet.write_string_with_format(row, 0, e.date.to_string(), &s.text)?;
        sheet.write_string_with_format(
            row,
            1,
            l("avvikelse (öppen)", "deviation (open)"),
            &s.alert,
        )?;
        sheet.write_string_with_format(row, 2, e.reference.clone().unwrap_or_default(), &s.text)?;
        sheet.write_string_with_format(row, 3, "", &s.text)?;
        sheet.write_string_with_format(row, 4, &e.note, &s.wrap)?;
        fit(sheet, row, &[(&e.note, 16.0)])?;
        row += 1;
    }
    for e in &pack.sanctions {
        sheet.write_string_with_format(row, 0, e.date.to_string(), &s.text)?;
        sheet.write_string_with_format(row, 1, l("vite", "sanction"), &s.text)?;
        sheet.write_string_with_format(row, 2, e.reference.clone().unwrap_or_default(), &s.text)?;
        match e.amount {
            Some(amount) => sheet.write_number_with_format(row, 3, amount, &s.money)?,
            None => sheet.write_string_with_format(row, 3, "", &s.text)?,
        };
        sheet.write_string_with_format(row, 4, &e.note, &s.wrap)?;
        fit(sheet, row, &[(&e.note, 16.0)])?;
        row += 1;
    }
    sheet.write_string_with_format(row, 0, l("Summa viten", "Total sanctions"), &s.label)?;
    sheet.write_number_with_format(row, 3, pack.sanctions_total, &s.money)?;
    row += 2;

    row = section(sheet, row, &l("Beslutslogg", "Decision log"), s)?;
    row = header_row(
        sheet,
        row,
        &[l("Datum", "Date"), l("Beslut", "Decision")],
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
        (l("Styrkor", "Strengths"), l("Svagheter", "Weaknesses")),
        (l("Möjligheter", "Opportunities"), l("Hot", "Threats")),
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
    sheet_name: &str,
    s: &Styles,
) -> Result<u32, XlsxError> {
    let lang = pack.lang;
    let mut headers = vec![lang.pick("Period", "Period").to_string()];
    for k in series {
        headers.push(name_with_unit(k.kpi));
        headers.push(format!(
            "{} {}",
            lang.pick("Mål", "Target"),
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
    for (i, k) in series.iter().enumerate() {
        let col = 1 + 2 * i as u16;
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
                    .set_background_color(super::style::BREACH_FILL)
                    .set_font_color(super::style::BREACH_FONT),
            );
        sheet.add_conditional_format(first, col, last, col, &format)?;

        let mut chart = Chart::new_line();
        // Names refer to the header cells (written as text) rather than passing register text
        // to the chart, where a leading "=" would be read as a range.
        chart.title().set_name((sheet_name, header, col));
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
        chart.set_width(460).set_height(240);
        sheet.insert_chart(header + 16 * i as u32, chart_col, &chart)?;
    }
    // Leave room for the charts beside the block.
    let chart_rows = 16 * series.len() as u32;
    Ok(row.max(header + chart_rows))
}

fn summary_sheet(sheet: &mut Worksheet, pack: &MeetingPack, s: &Styles) -> Result<(), XlsxError> {
    let lang = pack.lang;
    let l = |sv: &str, en: &str| lang.pick(sv, en).to_string();
    a4(sheet, false);
    sheet.set_column_width(0, 30)?;
    for col in 1..=6 {
        sheet.set_column_width(col, 14)?;
    }
    let mut row = heading(sheet, pack, &l("Sammanfattning", "Summary"), s)?;
    sheet.set_freeze_panes(3, 0)?;
    row = section(sheet, row, &l("Läget i dag", "Status today"), s)?;
    let overdue = pack
        .deviations
        .iter()
        .flat_map(|d| d.actions.iter())
        .filter(|a| a.overdue)
        .count();
    let status = vec![
        (
            l("Eskaleringssteg", "Escalation step"),
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
            l("Öppna avvikelser", "Open deviations"),
            pack.deviations.len().to_string(),
        ),
        (
            l("Förfallna åtgärder", "Overdue actions"),
            overdue.to_string(),
        ),
        (
            l("Krävda viten", "Sanctions claimed"),
            i18n::sek(pack.sanctions_total, lang),
        ),
        (
            l("Nästa option, besked senast", "Next option, notice by"),
            pack.next_option
                .as_ref()
                .map(|o| o.deadline.to_string())
                .unwrap_or_else(none),
        ),
        (
            l("Slutdatum inkl. optioner", "Effective end"),
            pack.effective_end.to_string(),
        ),
        (
            l("Senaste uppföljningsmöte", "Latest follow-up meeting"),
            pack.last_meeting
                .map(|e| e.date.to_string())
                .unwrap_or_else(none),
        ),
    ];
    row = fields(sheet, row, &status, s, 56.0)?;
    row += 1;

    if !pack.kpis.is_empty() {
        row = section(sheet, row, &l("Nyckeltal", "KPIs"), s)?;
        row = header_row(
            sheet,
            row,
            &[
                l("Nyckeltal", "KPI"),
                l("Mål", "Target"),
                l("Senast", "Latest"),
                l("Trend", "Trend"),
                l("Under målet", "Breaches"),
                l("I rad", "In a row"),
            ],
            s,
        )?;
        for k in &pack.kpis {
            sheet.write_string_with_format(row, 0, &k.kpi.name, &s.text)?;
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

    row = section(sheet, row, &l("Att åtgärda", "To act on"), s)?;
    if pack.findings.is_empty() {
        sheet.write_string(row, 0, l("Inget att åtgärda.", "Nothing to act on."))?;
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
    row = section(
        sheet,
        row,
        &l("Förslag till dagordning", "Suggested agenda"),
        s,
    )?;
    for (i, item) in pack.agenda.iter().enumerate() {
        sheet.merge_range(row, 0, row, 6, "", &s.wrap)?;
        let text = format!("{}. {item}", i + 1);
        sheet.write_string_with_format(row, 0, &text, &s.wrap)?;
        fit(sheet, row, &[(&text, 114.0)])?;
        row += 1;
    }
    row += 1;
    row = section(
        sheet,
        row,
        &l("Sammanfattande bedömning", "Overall assessment"),
        s,
    )?;
    sheet.merge_range(row, 0, row, 6, "", &s.input_wrap)?;
    sheet.set_row_height(row, 90)?;
    Ok(())
}
