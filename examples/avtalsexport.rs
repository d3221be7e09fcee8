//! Generates the sample contract database export of `avtal contracts import` (SPEC §15) and the
//! 5,000-row export of its benchmark (SPEC §10). Everything is fictional.
//!
//! ```text
//! cargo run --example avtalsexport                      # examples/avtalsdatabas/avtalsexport.{xlsx,csv}
//! cargo run --release --example avtalsexport -- --rows 5000 /tmp/avtalsexport-5000.xlsx
//! ```
//!
//! The sample is messy the way real exports are: a title row merged across the columns, a
//! blank row before the header, merged comment cells, blank rows between areas, a totals row,
//! dates as date cells and as text in four styles, amounts as numbers and as `kr`, `tkr` and
//! `Mkr` text, options in every form of SPEC §15, missing org numbers and notice periods.

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};
use std::path::PathBuf;

const HEADER: [&str; 18] = [
    "Nr",
    "Avtalsnamn",
    "Leverantör",
    "Org.nr",
    "Avtalsområde",
    "Avtalstyp",
    "Startdatum",
    "Slutdatum",
    "Förlängning",
    "Uppsägningstid",
    "Uppskattat årsvärde (kr)",
    "Takvolym",
    "Dnr",
    "Avtalsansvarig",
    "Verksamhet",
    "Verksamhetskritisk",
    "Sökord",
    "Kommentar",
];

/// (area, title, supplier) of the sample's contracts.
const CONTRACTS: [(&str, &str, &str); 44] = [
    ("IT", "Skoladministrativt system", "Edu Nord AB"),
    ("IT", "Lärplattform grundskola", "Lärsystem i Sverige AB"),
    ("IT", "Drift av serverhall", "Hallkraft IT AB"),
    ("IT", "Licenser kontorsprogram", "Mjukvarulicens AB"),
    ("IT", "Ärendehanteringssystem", "Diarium Data AB"),
    ("IT", "Telefoni och växel", "Växelbolaget AB"),
    ("IT", "Datorer och surfplattor", "Datorhuset Norr AB"),
    ("IT", "Säkerhetskopiering", "Backupbolaget AB"),
    (
        "Fastighet",
        "Lokalvård förskolor",
        "Städexperten i Sjövik AB",
    ),
    ("Fastighet", "Lokalvård skolor", "Rent & Fint AB"),
    ("Fastighet", "Snöröjning centrum", "Plogbolaget AB"),
    (
        "Fastighet",
        "Hissar service och besiktning",
        "Hisservice Nord AB",
    ),
    (
        "Fastighet",
        "Fjärrvärme kommunala lokaler",
        "Sjöviks Energi AB",
    ),
    ("Fastighet", "Ventilation underhåll", "Luftteknik AB"),
    (
        "Fastighet",
        "Byggentreprenad Öckerö skola",
        "Byggare Bengtsson AB",
    ),
    ("Fastighet", "Låssmed och passersystem", "Låsgruppen AB"),
    ("Måltider", "Livsmedel torrvaror", "Grossisten Norr AB"),
    ("Måltider", "Mejeriprodukter", "Mejeriet i Dalen AB"),
    ("Måltider", "Frukt och grönt", "Grönsakshallen AB"),
    ("Måltider", "Kött och chark", "Chark & Kött AB"),
    ("Måltider", "Storköksutrustning", "Köksmaskiner AB"),
    ("Måltider", "Måltidsplanering, system", "Menysystem AB"),
    ("Transport", "Skolskjuts", "Norrskjuts Buss AB"),
    ("Transport", "Färdtjänst", "Taxi Sjövik AB"),
    ("Transport", "Leasing av bilar", "Billeasing Norr AB"),
    ("Transport", "Drivmedel", "Bränslebolaget AB"),
    ("Transport", "Budtjänster internpost", "Budbilen AB"),
    (
        "Vård och omsorg",
        "Inkontinenshjälpmedel",
        "Omsorgsprodukter AB",
    ),
    (
        "Vård och omsorg",
        "Larm trygghetslarm",
        "Trygglarm Sverige AB",
    ),
    (
        "Vård och omsorg",
        "Bemanning sjuksköterskor",
        "Vårdbemanning AB",
    ),
    ("Vård och omsorg", "Tolkförmedling", "Tolkcentralen AB"),
    ("Vård och omsorg", "Arbetskläder vård", "Textilservice AB"),
    (
        "Vård och omsorg",
        "Medicinsk förbrukning",
        "Medicinförråd AB",
    ),
    ("Konsulter", "Revisionstjänster", "Revisorerna i Norr AB"),
    (
        "Konsulter",
        "Juridisk rådgivning",
        "Advokatfirman Lag & Rätt AB",
    ),
    ("Konsulter", "Rekryteringstjänster", "Rekryteringshuset AB"),
    ("Konsulter", "Företagshälsovård", "Hälsopartner AB"),
    ("Konsulter", "Utbildning chefer", "Ledarskapsakademin AB"),
    ("Övrigt", "Kontorsmaterial", "Kontorsvaror AB"),
    ("Övrigt", "Tryckeritjänster", "Tryckeriet Sjövik AB"),
    ("Övrigt", "Försäkringar", "Kommunförsäkring AB"),
    ("Övrigt", "Café & konferens", "Konferensgården AB"),
    ("Övrigt", "Avfallshantering", "Återvinning Norr AB"),
    ("Övrigt", "Parkskötsel", "Grönyteservice AB"),
];

/// One row of the export.
struct Row {
    area: String,
    title: String,
    supplier: String,
    org_no: Option<String>,
    kind: &'static str,
    start: (u16, u8, u8),
    end: (u16, u8, u8),
    date_style: usize,
    options: &'static str,
    notice: &'static str,
    value: Value,
    max: Option<&'static str>,
    dnr: String,
    controller: &'static str,
    owner: &'static str,
    critical: &'static str,
    keywords: String,
    comment: &'static str,
}

enum Value {
    Number(f64),
    Text(String),
    None,
}

/// A fictional organisation number with a correct Luhn check digit.
fn org_no(n: usize) -> String {
    let body = format!("55{:07}", (n * 7919 + 12345) % 10_000_000);
    let sum: u32 = body
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap_or(0);
            let w = if i % 2 == 0 { d * 2 } else { d };
            if w > 9 { w - 9 } else { w }
        })
        .sum();
    let check = (10 - sum % 10) % 10;
    format!("{}-{}{check}", &body[..6], &body[6..])
}

fn row(n: usize, area: &str, title: String, supplier: String) -> Row {
    const OPTIONS: [&str; 9] = [
        "2+1+1",
        "1+1 år",
        "2 x 12 mån",
        "24 mån",
        "nej",
        "-",
        "",
        "1 år",
        "1+1",
    ];
    const NOTICE: [&str; 5] = ["9 mån", "6", "", "3 månader", "6 mån"];
    const KINDS: [&str; 5] = [
        "Ramavtal",
        "Avtal",
        "Avrop",
        "Ramavtal",
        "Avrop nationellt ramavtal (Adda)",
    ];
    const PEOPLE: [&str; 4] = ["Anna Berg", "Johan Ek", "Sara Lind", "Per Holm"];
    const OWNERS: [&str; 4] = [
        "Utbildningsförvaltningen",
        "Samhällsbyggnad",
        "Socialförvaltningen",
        "Kommunledningskontoret",
    ];
    let year = 2023 + (n % 4) as u16;
    let month = (n % 12) as u8 + 1;
    let years = [2u16, 4, 3, 2, 1][n % 5];
    let start = (year, month, 1);
    // The day before the same date `years` later.
    let end = if month == 1 {
        (year + years - 1, 12, 31)
    } else {
        let last = [31u8, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month as usize - 2];
        let leap = (year + years).is_multiple_of(4) && month == 3;
        (year + years, month - 1, if leap { 29 } else { last })
    };
    let amount = ((n * 374_321) % 9_000_000 + 150_000) as f64;
    let value = match n % 6 {
        0 | 3 => Value::Number(amount.round()),
        1 => Value::Text(format!("{} kr", thousands(amount as u64))),
        2 => Value::Text(format!("{} tkr", (amount / 1000.0).round())),
        4 => Value::Text(format!("{:.1} Mkr", amount / 1e6).replace('.', ",")),
        _ => Value::None,
    };
    Row {
        area: area.to_string(),
        title,
        supplier,
        org_no: (n % 7 != 3).then(|| org_no(n)),
        kind: KINDS[n % KINDS.len()],
        start,
        end,
        date_style: n % 5,
        options: OPTIONS[n % OPTIONS.len()],
        notice: NOTICE[n % NOTICE.len()],
        value,
        max: [None, Some("12 Mkr"), None, Some("40 000 000")][n % 4],
        dnr: format!("KS {}/{}", year, 100 + n),
        controller: PEOPLE[n % PEOPLE.len()],
        owner: OWNERS[n % OWNERS.len()],
        critical: ["Ja", "", "Nej", "x", ""][n % 5],
        keywords: [area.to_lowercase(), "upphandlat".to_string()].join(", "),
        comment: ["", "Se bilaga", "", "Förlängt 2025", ""][n % 5],
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// A date as text in one of four styles.
fn date_text((y, m, d): (u16, u8, u8), style: usize) -> String {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    match style {
        1 => format!("{y}-{m:02}-{d:02}"),
        2 => format!("{d}/{m}/{y}"),
        3 => format!("{d} {} {y}", MONTHS[m as usize - 1]),
        _ => format!("{y}{m:02}{d:02}"),
    }
}

fn sample() -> Vec<Row> {
    CONTRACTS
        .iter()
        .enumerate()
        .map(|(n, (area, title, supplier))| row(n, area, title.to_string(), supplier.to_string()))
        .collect()
}

fn generated(count: usize) -> Vec<Row> {
    (0..count)
        .map(|n| {
            let (area, title, supplier) = CONTRACTS[n % CONTRACTS.len()];
            row(
                n,
                area,
                format!("{title} {}", n / CONTRACTS.len() + 1),
                supplier.to_string(),
            )
        })
        .collect()
}

fn cells(row: &Row, n: usize) -> Vec<String> {
    let value = match &row.value {
        Value::Number(v) => format!("{v}"),
        Value::Text(t) => t.clone(),
        Value::None => String::new(),
    };
    vec![
        (n + 1).to_string(),
        row.title.clone(),
        row.supplier.clone(),
        row.org_no.clone().unwrap_or_default(),
        row.area.clone(),
        row.kind.to_string(),
        date_text(row.start, 1 + n % 3),
        date_text(row.end, 1 + (n + 1) % 3),
        row.options.to_string(),
        row.notice.to_string(),
        value.replace('.', ","),
        row.max.unwrap_or_default().to_string(),
        row.dnr.clone(),
        row.controller.to_string(),
        row.owner.to_string(),
        row.critical.to_string(),
        row.keywords.clone(),
        row.comment.to_string(),
    ]
}

fn write_xlsx(rows: &[Row], path: &PathBuf, messy: bool) -> Result<(), Box<dyn std::error::Error>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Avtal")?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Left);
    let mut r: u32 = 0;
    if messy {
        sheet.merge_range(
            0,
            0,
            0,
            HEADER.len() as u16 - 1,
            "Avtalsdatabas – Sjöviks kommun",
            &title,
        )?;
        sheet.write_string(1, 0, "Export 2026-11-01, alla aktiva avtal")?;
        r = 3;
    }
    for (c, header) in HEADER.iter().enumerate() {
        sheet.write_string_with_format(r, c as u16, *header, &bold)?;
    }
    let mut total = 0.0;
    let mut area = String::new();
    for (n, row) in rows.iter().enumerate() {
        r += 1;
        if messy && row.area != area && !area.is_empty() {
            r += 1; // a blank row between areas
        }
        area = row.area.clone();
        let texts = cells(row, n);
        for (c, text) in texts.iter().enumerate() {
            let c16 = c as u16;
            match c {
                0 => {
                    sheet.write_number(r, c16, (n + 1) as f64)?;
                }
                6 | 7 => {
                    let (y, m, d) = if c == 6 { row.start } else { row.end };
                    if row.date_style == 0 || !messy {
                        sheet.write_datetime_with_format(
                            r,
                            c16,
                            ExcelDateTime::from_ymd(y, m, d)?,
                            &date,
                        )?;
                    } else {
                        sheet.write_string(r, c16, date_text((y, m, d), row.date_style))?;
                    }
                }
                10 => match &row.value {
                    Value::Number(v) => {
                        total += v;
                        sheet.write_number(r, c16, *v)?;
                    }
                    _ if !text.is_empty() => {
                        sheet.write_string(r, c16, text)?;
                    }
                    _ => {}
                },
                17 if messy && !text.is_empty() => {
                    sheet.merge_range(r, 17, r, 18, text, &Format::new())?;
                }
                _ if !text.is_empty() => {
                    sheet.write_string(r, c16, text)?;
                }
                _ => {}
            }
        }
    }
    if messy {
        r += 2;
        sheet.write_string_with_format(r, 0, "Summa", &bold)?;
        sheet.write_number(r, 10, total)?;
    }
    book.save(path)?;
    Ok(())
}

fn write_csv(rows: &[Row], path: &PathBuf) -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::from("Avtalsdatabas – Sjöviks kommun\n\n");
    text.push_str(&HEADER.join(";"));
    text.push('\n');
    for (n, row) in rows.iter().enumerate() {
        let mut cells = cells(row, n);
        cells[6] = date_text(row.start, row.date_style.max(1));
        cells[7] = date_text(row.end, (row.date_style + 1) % 4 + 1);
        let quoted: Vec<String> = cells
            .iter()
            .map(|c| {
                if c.contains([';', '"']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        text.push_str(&quoted.join(";"));
        text.push('\n');
    }
    text.push_str("Totalt;;;;;;;;;;;\n");
    std::fs::write(path, text)?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--rows") {
        let count: usize = args.get(at + 1).ok_or("--rows needs a number")?.parse()?;
        let path = PathBuf::from(
            args.get(at + 2)
                .ok_or("give the output file after --rows N")?,
        );
        write_xlsx(&generated(count), &path, false)?;
        println!("wrote {} ({count} contracts)", path.display());
        return Ok(());
    }
    let dir = PathBuf::from("examples/avtalsdatabas");
    std::fs::create_dir_all(&dir)?;
    let rows = sample();
    write_xlsx(&rows, &dir.join("avtalsexport.xlsx"), true)?;
    write_csv(&rows, &dir.join("avtalsexport.csv"))?;
    println!("wrote {} contracts to {}", rows.len(), dir.display());
    Ok(())
}
