//! Writes the spend fixtures of `examples/supplier-files/spend/` and the demo register's
//! `contracts/spend/2026.csv` from one list of rows, so that importing every fixture into the
//! demo register changes nothing (see `examples/supplier-files/spend/README.md`).
//!
//! ```text
//! cargo run --example spend_fixtures
//! ```

use avtal::money::Money;
use avtal::store::spend::SpendLine;
use avtal::store::spend::render;
use chrono::NaiveDate;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::io::Write as _;
use std::path::Path;

/// Where a row goes.
#[derive(Clone, Copy, PartialEq)]
enum Target {
    Xlsx,
    Csv,
    Ods,
    Xml,
}

const XLSX: &str = "reskontra-2026-h1.xlsx";
const CSV: &str = "reskontra-2026-q3.csv";
const ODS: &str = "reskontra-2026-okt.ods";

/// (fixture, date, org_no, supplier, amount in kronor, department, account, invoice)
type Row = (
    Target,
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static str,
    &'static str,
);

fn rows() -> Vec<Row> {
    use Target::*;
    let mut rows: Vec<Row> = Vec::new();
    // Avfall (avfall, Returkraft Norr AB) and bevakning: matched, monthly.
    let months = [
        (Xlsx, "01"),
        (Xlsx, "02"),
        (Xlsx, "03"),
        (Xlsx, "04"),
        (Xlsx, "05"),
        (Xlsx, "06"),
        (Csv, "07"),
        (Csv, "08"),
        (Csv, "09"),
        (Ods, "10"),
    ];
    let avfall = [
        "A-2601", "A-2602", "A-2603", "A-2604", "A-2605", "A-2606", "A-2607", "A-2608", "A-2609",
        "A-2610",
    ];
    let bevakning = [
        "B-2601", "B-2602", "B-2603", "B-2604", "B-2605", "B-2606", "B-2607", "B-2608", "B-2609",
        "B-2610",
    ];
    let dates = [
        "2026-01-28",
        "2026-02-25",
        "2026-03-27",
        "2026-04-28",
        "2026-05-27",
        "2026-06-26",
        "2026-07-28",
        "2026-08-27",
        "2026-09-28",
        "2026-10-28",
    ];
    for (i, (into, _)) in months.iter().enumerate() {
        rows.push((
            *into,
            dates[i],
            "556507-3888",
            "Returkraft Norr AB",
            1_150_000,
            "Tekniska förvaltningen",
            "6250",
            avfall[i],
        ));
        rows.push((
            *into,
            dates[i],
            "556599-2541",
            "Trygghetsbolaget Nord AB",
            105_000,
            "Kommunstyrelseförvaltningen",
            "6340",
            bevakning[i],
        ));
    }
    // Bemanning-ssk: a framework at 85 % of an assumed max_value of 4 000 000 kr.
    for (into, date, invoice, kronor) in [
        (Xlsx, "2026-02-16", "VB-1101", 620_000),
        (Xlsx, "2026-04-15", "VB-1102", 780_000),
        (Xlsx, "2026-06-15", "VB-1103", 900_000),
        (Csv, "2026-08-17", "VB-1104", 600_000),
        (Csv, "2026-09-15", "VB-1105", 500_000),
    ] {
        rows.push((
            into,
            date,
            "556290-3475",
            "Vårdbemanning Nord AB",
            kronor,
            "Socialförvaltningen",
            "4630",
            invoice,
        ));
    }
    // Byggkonsult: a ranked framework; the rank-2 supplier takes a third.
    for (into, date, org, name, invoice, kronor) in [
        (
            Xlsx,
            "2026-03-10",
            "559613-7272",
            "Projektfabriken Norr AB",
            "PF-301",
            400_000,
        ),
        (
            Csv,
            "2026-07-09",
            "559613-7272",
            "Projektfabriken Norr AB",
            "PF-302",
            400_000,
        ),
        (
            Xml,
            "2026-10-06",
            "559613-7272",
            "Projektfabriken Norr AB",
            "PF-303",
            400_000,
        ),
        (
            Xml,
            "2026-10-20",
            "556111-2227",
            "Konstruktörerna i Sjövik AB",
            "KS-88",
            650_000,
        ),
        (
            Xml,
            "2026-11-03",
            "556111-2227",
            "Konstruktörerna i Sjövik AB",
            "KS-88K",
            -50_000,
        ),
    ] {
        rows.push((
            into,
            date,
            org,
            name,
            kronor,
            "Tekniska förvaltningen",
            "4050",
            invoice,
        ));
    }
    // Outside contract: a consultancy over the direct-award limit, small purchases.
    for (into, date, invoice, kronor) in [
        (Xlsx, "2026-02-05", "KÖ-1", 320_000),
        (Csv, "2026-08-05", "KÖ-2", 330_000),
        (Xml, "2026-10-05", "KÖ-3", 310_000),
    ] {
        rows.push((
            into,
            date,
            "559123-4561",
            "Konsulthuset Öst AB",
            kronor,
            "Kommunstyrelseförvaltningen",
            "4600",
            invoice,
        ));
    }
    rows.push((
        Xlsx,
        "2026-03-18",
        "556333-4449",
        "Hantverkarna i Sjövik AB",
        85_000,
        "Grundskoleförvaltningen",
        "5170",
        "H-17",
    ));
    rows.push((
        Csv,
        "2026-09-02",
        "",
        "Kaffe & Kakor i Sjövik",
        4_500,
        "Grundskoleförvaltningen",
        "5460",
        "K-9",
    ));
    rows
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("fixture date")
}

fn line(row: &Row) -> SpendLine {
    SpendLine {
        date: date(row.1),
        org_no: row.2.to_string(),
        supplier: row.3.to_string(),
        amount: Money::from_kronor(row.4),
        department: row.5.to_string(),
        // SPEC §12: an e-invoice has no account.
        account: if row.0 == Target::Xml {
            String::new()
        } else {
            row.6.to_string()
        },
        invoice: row.7.to_string(),
        contract: String::new(),
    }
}

fn source(row: &Row) -> String {
    match row.0 {
        Target::Xlsx => XLSX.into(),
        Target::Csv => CSV.into(),
        Target::Ods => ODS.into(),
        Target::Xml => format!("{}.xml", row.7.to_lowercase().replace('ö', "o")),
    }
}

/// "1 150 000,00" with a no-break space, as a Swedish export writes it.
fn swedish(kronor: i64) -> String {
    let digits = kronor.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    format!("{}{out},00", if kronor < 0 { "-" } else { "" })
}

fn write_xlsx(dir: &Path, rows: &[&Row]) -> Result<(), Box<dyn std::error::Error>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Reskontra")?;
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let money = Format::new().set_num_format("#,##0.00");
    sheet.write_string_with_format(
        0,
        0,
        "Leverantörsreskontra Sjöviks kommun, januari–juni 2026",
        &bold,
    )?;
    let headers = [
        "Bokföringsdatum",
        "Verifikationsnummer",
        "Leverantörens organisationsnummer",
        "Leverantör",
        "Ansvar",
        "Konto",
        "Belopp inkl. moms",
        "Belopp exkl. moms",
    ];
    for (col, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(2, col as u16, *header, &bold)?;
    }
    let mut total = 0;
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 3;
        let d = date(row.1);
        use chrono::Datelike;
        let cell = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
        sheet.write_datetime_with_format(r, 0, &cell, &day)?;
        sheet.write_string(r, 1, row.7)?;
        // The org number written without hyphen, as a number would lose nothing.
        sheet.write_string(r, 2, row.2.replace('-', ""))?;
        sheet.write_string(r, 3, row.3)?;
        sheet.write_string(r, 4, row.5)?;
        sheet.write_number(r, 5, row.6.parse::<f64>()?)?;
        sheet.write_number_with_format(r, 6, row.4 as f64 * 1.25, &money)?;
        sheet.write_number_with_format(r, 7, row.4 as f64, &money)?;
        total += row.4;
    }
    let r = rows.len() as u32 + 3;
    sheet.write_string_with_format(r, 0, "Summa", &bold)?;
    sheet.write_number_with_format(r, 7, total as f64, &money)?;
    book.save(dir.join(XLSX))?;
    Ok(())
}

fn write_csv(dir: &Path, rows: &[&Row]) -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::from(
        "Fakturadatum;Org.nr;Leverantörsnamn;Nettobelopp;Förvaltning;Konto;Fakturanummer\r\n",
    );
    for (i, row) in rows.iter().enumerate() {
        // Every org number form of SPEC §12 in turn.
        let plain = row.2.replace('-', "");
        let org = match (row.2.is_empty(), i % 4) {
            (true, _) => String::new(),
            (_, 0) => row.2.to_string(),
            (_, 1) => plain.clone(),
            (_, 2) => format!("SE{plain}01"),
            _ => format!("16{}", row.2),
        };
        text.push_str(&format!(
            "{};{org};{};{};{};{};{}\r\n",
            row.1,
            row.3,
            swedish(row.4),
            row.5,
            row.6,
            row.7
        ));
    }
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy, "the CSV fixture must be Windows-1252");
    std::fs::write(dir.join(CSV), bytes)?;
    Ok(())
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn write_ods(dir: &Path, rows: &[&Row]) -> Result<(), Box<dyn std::error::Error>> {
    let cell = |text: &str| {
        format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
            xml_escape(text)
        )
    };
    let mut body = String::new();
    body.push_str("<table:table-row>");
    for header in [
        "Datum",
        "Orgnr",
        "Leverantör",
        "Belopp",
        "Verksamhet",
        "Konto",
        "Verifikation",
    ] {
        body.push_str(&cell(header));
    }
    body.push_str("</table:table-row>");
    for row in rows {
        body.push_str("<table:table-row>");
        body.push_str(&format!("<table:table-cell office:value-type=\"date\" office:date-value=\"{}\"><text:p>{}</text:p></table:table-cell>", row.1, row.1));
        body.push_str(&cell(row.2));
        body.push_str(&cell(row.3));
        body.push_str(&format!("<table:table-cell office:value-type=\"float\" office:value=\"{}\"><text:p>{}</text:p></table:table-cell>", row.4, swedish(row.4)));
        body.push_str(&cell(row.5));
        body.push_str(&cell(row.6));
        body.push_str(&cell(row.7));
        body.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Oktober">{body}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let file = std::fs::File::create(dir.join(ODS))?;
    let mut zip = zip::ZipWriter::new(file);
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    let deflated = stored.compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("mimetype", stored)?;
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")?;
    zip.start_file("META-INF/manifest.xml", deflated)?;
    zip.write_all(manifest.as_bytes())?;
    zip.start_file("content.xml", deflated)?;
    zip.write_all(content.as_bytes())?;
    zip.finish()?;
    Ok(())
}

/// A PEPPOL BIS Billing 3 invoice or credit note with one line at 25 % VAT.
fn ubl(row: &Row) -> String {
    let credit = row.4 < 0;
    let net = row.4.abs();
    let vat = net / 4;
    let (root, type_tag, type_code, line_tag, quantity_tag) = if credit {
        (
            "CreditNote",
            "CreditNoteTypeCode",
            "381",
            "CreditNoteLine",
            "CreditedQuantity",
        )
    } else {
        (
            "Invoice",
            "InvoiceTypeCode",
            "380",
            "InvoiceLine",
            "InvoicedQuantity",
        )
    };
    let plain = row.2.replace('-', "");
    let due = if credit {
        String::new()
    } else {
        format!(
            "\n  <cbc:DueDate>{}</cbc:DueDate>",
            date(row.1) + chrono::Days::new(30)
        )
    };
    let billing = if credit {
        "\n  <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>KS-88</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>"
    } else {
        ""
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>{id}</cbc:ID>
  <cbc:IssueDate>{date}</cbc:IssueDate>{due}
  <cbc:{type_tag}>{type_code}</cbc:{type_tag}>
  <cbc:DocumentCurrencyCode>SEK</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>{department}</cbc:BuyerReference>{billing}
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0007">{plain}</cbc:EndpointID>
      <cac:PartyName><cbc:Name>{name}</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>Storgatan 1</cbc:StreetName>
        <cbc:CityName>Sjövik</cbc:CityName>
        <cbc:PostalZone>90100</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>SE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>SE{plain}01</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>{name}</cbc:RegistrationName>
        <cbc:CompanyID schemeID="0007">{plain}</cbc:CompanyID>
        <cbc:CompanyLegalForm>Godkänd för F-skatt</cbc:CompanyLegalForm>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cbc:EndpointID schemeID="0007">2120001231</cbc:EndpointID>
      <cac:PostalAddress>
        <cbc:CityName>Sjövik</cbc:CityName>
        <cac:Country><cbc:IdentificationCode>SE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Sjöviks kommun</cbc:RegistrationName>
        <cbc:CompanyID schemeID="0007">2120001231</cbc:CompanyID>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="SEK">{vat}.00</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="SEK">{net}.00</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="SEK">{vat}.00</cbc:TaxAmount>
      <cac:TaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>25</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="SEK">{net}.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="SEK">{net}.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="SEK">{gross}.00</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="SEK">{gross}.00</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:{line_tag}>
    <cbc:ID>1</cbc:ID>
    <cbc:{quantity_tag} unitCode="HUR">{hours}</cbc:{quantity_tag}>
    <cbc:LineExtensionAmount currencyID="SEK">{net}.00</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>Konsulttimmar enligt avrop</cbc:Name>
      <cac:ClassifiedTaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>25</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="SEK">1000.00</cbc:PriceAmount></cac:Price>
  </cac:{line_tag}>
</{root}>
"#,
        id = row.7,
        date = row.1,
        department = xml_escape(row.5),
        name = xml_escape(row.3),
        gross = net + vat,
        hours = net / 1000,
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("examples/supplier-files/spend");
    let xml_dir = dir.join("e-fakturor");
    std::fs::create_dir_all(&xml_dir)?;
    let rows = rows();
    let of = |into: Target| rows.iter().filter(|r| r.0 == into).collect::<Vec<_>>();
    write_xlsx(&dir, &of(Target::Xlsx))?;
    write_csv(&dir, &of(Target::Csv))?;
    write_ods(&dir, &of(Target::Ods))?;
    for row in of(Target::Xml) {
        std::fs::write(xml_dir.join(source(row)), ubl(row))?;
    }
    // The demo register holds exactly what importing every fixture gives.
    let lines: Vec<(SpendLine, String)> = rows.iter().map(|r| (line(r), source(r))).collect();
    let mut refs: Vec<(&SpendLine, &str)> = lines.iter().map(|(l, s)| (l, s.as_str())).collect();
    refs.sort_by(|(a, _), (b, _)| {
        (a.date, &a.org_no, &a.invoice, a.amount).cmp(&(b.date, &b.org_no, &b.invoice, b.amount))
    });
    let spend = root.join("contracts/spend");
    std::fs::create_dir_all(&spend)?;
    std::fs::write(spend.join("2026.csv"), render(&refs))?;
    println!("wrote {} and contracts/spend/2026.csv", dir.display());
    Ok(())
}
