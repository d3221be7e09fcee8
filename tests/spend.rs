//! `avtal spend import` and `avtal spend` over the real binary: the fixtures of
//! `examples/supplier-files/spend/` into the demo register, the summary of SPEC §12, and every
//! kind of bad input (message with file, sheet and cell; exit 2; spend/ byte for byte unchanged).

mod common;

use common::{
    avtal_inside, demo_register, demo_register_copy, root, stderr_text, stdout_text, zip_bomb,
};
use rust_xlsxwriter::Workbook;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    root().join("examples/supplier-files/spend")
}

/// Every file under `spend/`, with its bytes.
fn spend_files(register: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(register.join("spend")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            files.insert(name, std::fs::read(entry.path()).unwrap());
        }
    }
    files
}

/// Standard output with no-break spaces (Swedish thousands) as plain spaces.
fn plain_stdout(assert: &assert_cmd::assert::Assert) -> String {
    stdout_text(assert).replace('\u{a0}', " ")
}

/// Imports `file` into a copy of the demo register, expects exit 2 and an unchanged spend/;
/// returns stderr.
fn import_fails(file: &Path) -> String {
    let register = demo_register_copy();
    let before = spend_files(register.path());
    // The failure cases check the English wording; the Swedish is checked by the catalogue.
    let assert = avtal_inside(register.path())
        .args(["--lang", "en", "spend", "import", file.to_str().unwrap()])
        .assert();
    let assert = assert.code(2);
    assert_eq!(spend_files(register.path()), before, "spend/ changed");
    stderr_text(&assert)
}

fn every_fixture() -> Vec<String> {
    [
        "reskontra-2026-h1.xlsx",
        "reskontra-2026-q3.csv",
        "reskontra-2026-okt.ods",
        "e-fakturor",
    ]
    .iter()
    .map(|f| fixtures().join(f).to_string_lossy().into_owned())
    .collect()
}

#[test]
fn every_fixture_imports_into_an_empty_spend_folder_as_the_demo_register_holds_it() {
    let register = demo_register_copy();
    std::fs::remove_dir_all(register.path().join("spend")).unwrap();
    let files = every_fixture();
    let mut args = vec!["spend", "import"];
    args.extend(files.iter().map(String::as_str));
    let first = avtal_inside(register.path()).args(&args).assert().success();
    assert_eq!(
        plain_stdout(&first),
        "spend/2026.csv: 35 nya (18 799 500 kr), 0 redan lagrade (0 kr), 0 överhoppade (0 kr)\n\
         Totalt: 35 nya (18 799 500 kr), 0 redan lagrade (0 kr), 1 överhoppade (10 635 000 kr)\n"
    );
    assert!(stderr_text(&first).contains("Reskontra!A22: hoppade över en summarad (\"Summa\")"));
    assert_eq!(
        std::fs::read(register.path().join("spend/2026.csv")).unwrap(),
        std::fs::read(root().join("contracts/spend/2026.csv")).unwrap()
    );
    // Idempotent: the same files again change nothing.
    let before = spend_files(register.path());
    args.extend(["--format", "json"]);
    let again = avtal_inside(register.path()).args(&args).assert().success();
    let json: serde_json::Value = serde_json::from_str(&stdout_text(&again)).unwrap();
    assert_eq!(json["total"]["new"], 0);
    assert_eq!(json["total"]["unchanged"], 35);
    assert_eq!(json["written"], serde_json::json!([]));
    assert_eq!(spend_files(register.path()), before);
}

#[test]
fn dry_run_writes_nothing() {
    let register = demo_register_copy();
    std::fs::remove_dir_all(register.path().join("spend")).unwrap();
    let file = fixtures().join("reskontra-2026-q3.csv");
    let assert = avtal_inside(register.path())
        .args(["spend", "import", file.to_str().unwrap(), "--dry-run"])
        .assert()
        .success();
    assert!(stdout_text(&assert).contains("Provkörning: inget skrevs."));
    assert!(!register.path().join("spend").exists());
}

#[test]
fn summary_json_of_the_demo_register() {
    let assert = avtal_inside(&demo_register())
        .args(["spend", "--year", "2026", "--format", "json"])
        .assert()
        .success();
    insta::assert_snapshot!("spend_demo_2026_json", stdout_text(&assert));
}

#[test]
fn summary_table_of_the_demo_register() {
    let assert = avtal_inside(&demo_register())
        .args(["spend", "--year", "2026"])
        .assert()
        .success();
    insta::assert_snapshot!("spend_demo_2026_table", stdout_text(&assert));
}

#[test]
fn summary_csv_and_workbook() {
    let assert = avtal_inside(&demo_register())
        .args(["spend", "--year", "2026", "--format", "csv"])
        .assert()
        .success();
    let csv = stdout_text(&assert);
    assert!(csv.starts_with("part,year,contract,org_no,supplier,"));
    assert!(csv.contains("\noutside,2026,,559123-4561,Konsulthuset Öst AB,,960000.00,"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("spend.xlsx");
    avtal_inside(&demo_register())
        .args([
            "spend",
            "--year",
            "2026",
            "--format",
            "xlsx",
            "-o",
            out.to_str().unwrap(),
        ])
        .assert()
        .success();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"));
    avtal_inside(&demo_register())
        .args([
            "spend",
            "--year",
            "2026",
            "--format",
            "xlsx",
            "-o",
            out.to_str().unwrap(),
        ])
        .assert()
        .success();
    assert!(
        bytes == std::fs::read(&out).unwrap(),
        "the workbook differs between two runs"
    );
}

fn csv_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn text_in_an_amount_names_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let file = csv_file(
        dir.path(),
        "a.csv",
        "Datum;Orgnr;Leverantör;Belopp\n2026-01-15;556677-8899;Edu AB;ungefär 100\n",
    );
    assert_eq!(
        import_fails(&file),
        "error: a.csv:2:4: \"ungefär 100\" is not an amount\nhint: nothing was written; correct the cells and import again\n"
    );
}

#[test]
fn text_in_an_amount_of_a_workbook_names_sheet_and_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Reskontra").unwrap();
    for (col, text) in ["Datum", "Leverantör", "Belopp exkl. moms"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *text).unwrap();
    }
    sheet.write_string(1, 0, "2026-01-15").unwrap();
    sheet.write_string(1, 1, "Edu AB").unwrap();
    sheet.write_string(1, 2, "=SUM(A1)").unwrap();
    book.save(&path).unwrap();
    assert_eq!(
        import_fails(&path),
        "error: b.xlsx: Reskontra!C2: \"=SUM(A1)\" is not an amount\nhint: nothing was written; correct the cells and import again\n"
    );
}

#[test]
fn an_impossible_date_names_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let file = csv_file(
        dir.path(),
        "c.csv",
        "Datum,Leverantör,Belopp\n2026-02-30,Edu AB,100\n",
    );
    assert_eq!(
        import_fails(&file),
        "error: c.csv:2:1: \"2026-02-30\" is not a date (write 2026-01-15)\nhint: nothing was written; correct the cells and import again\n"
    );
}

#[test]
fn an_org_number_failing_luhn_names_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let file = csv_file(
        dir.path(),
        "d.csv",
        "Datum;Org.nr;Leverantör;Belopp\n2026-03-01;SE556677889801;Edu AB;100\n",
    );
    assert_eq!(
        import_fails(&file),
        "error: d.csv:2:2: \"SE556677889801\" is not a valid organisation number: the check digit is wrong\nhint: nothing was written; correct the cells and import again\n"
    );
}

#[test]
fn a_missing_amount_or_supplier_column_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = csv_file(
        dir.path(),
        "e.csv",
        "Rapport\nDatum;Orgnr;Leverantör;Konto\n2026-01-15;556677-8899;Edu AB;4010\n",
    );
    assert_eq!(
        import_fails(&file),
        "error: e.csv: no header row with a date, a supplier and an amount column: the header row at 2:1 has no amount (Belopp exkl. moms, Nettobelopp, Belopp) column\nhint: the columns are named e.g. Bokföringsdatum, Leverantör, Organisationsnummer, Belopp exkl. moms\n"
    );
    let file = csv_file(
        dir.path(),
        "f.csv",
        "Datum;Orgnr;Belopp\n2026-01-15;556677-8899;1\n",
    );
    assert!(
        import_fails(&file)
            .contains("the header row at 1:1 has no supplier (Leverantör, Leverantörsnamn) column")
    );
}

#[test]
fn a_file_without_org_no_column_is_imported_with_a_warning() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let file = csv_file(
        dir.path(),
        "g.csv",
        "Datum,Leverantör,Belopp\n2026-01-15,Edu AB,\"1 000,50\"\n",
    );
    let assert = avtal_inside(register.path())
        .args(["spend", "import", file.to_str().unwrap()])
        .assert()
        .success();
    assert!(stderr_text(&assert).contains("warning: g.csv:1:1: det finns ingen kolumn för org_no"));
    let stored = std::fs::read_to_string(register.path().join("spend/2026.csv")).unwrap();
    assert!(
        stored.contains("\n2026-01-15,,Edu AB,1000.50,,,,g.csv\n"),
        "{stored}"
    );
}

#[test]
fn an_xml_file_that_is_not_an_invoice_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = csv_file(
        dir.path(),
        "order.xml",
        "<?xml version=\"1.0\"?><Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>",
    );
    assert_eq!(
        import_fails(&file),
        "error: order.xml: is not an invoice: its root element is <Order>, not a UBL <Invoice> or <CreditNote>\nhint: avtal reads PEPPOL BIS Billing 3 invoices and credit notes (UBL 2.1 XML)\n"
    );
}

#[test]
fn an_invoice_without_tax_exclusive_amount_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(fixtures().join("e-fakturor/pf-303.xml")).unwrap();
    let start = text.find("    <cbc:TaxExclusiveAmount").unwrap();
    let end = text[start..].find('\n').unwrap() + start + 1;
    let file = csv_file(
        dir.path(),
        "utan-belopp.xml",
        &format!("{}{}", &text[..start], &text[end..]),
    );
    assert_eq!(
        import_fails(&file),
        "error: utan-belopp.xml: is not a complete invoice: it has no cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount\nhint: avtal reads PEPPOL BIS Billing 3 invoices and credit notes (UBL 2.1 XML)\n"
    );
}

#[test]
fn a_zip_bomb_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bomb.xlsx");
    zip_bomb(&file);
    assert!(import_fails(&file).starts_with(
        "error: bomb.xlsx: the workbook would unpack to 600 MB, over the limit of 500 MB"
    ));
}

#[test]
fn a_60_mb_workbook_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stor.xlsx");
    std::fs::File::create(&file)
        .unwrap()
        .set_len(60 * 1024 * 1024)
        .unwrap();
    assert!(
        import_fails(&file).starts_with(
            "error: stor.xlsx: the file is 60 MB; files over 50 MB are not imported\n"
        )
    );
}

#[test]
fn a_utf16_csv_is_read_correctly_with_a_bom_and_refused_without() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Datum\tLeverantör\tBelopp\r\n2026-04-01\tÅkeri AB\t1 250,00\r\n";
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let file = dir.path().join("unicode.txt");
    std::fs::write(&file, &bytes).unwrap();
    let register = demo_register_copy();
    avtal_inside(register.path())
        .args(["spend", "import", file.to_str().unwrap()])
        .assert()
        .success();
    let stored = std::fs::read_to_string(register.path().join("spend/2026.csv")).unwrap();
    assert!(
        stored.contains("\n2026-04-01,,Åkeri AB,1250.00,,,,unicode.txt\n"),
        "{stored}"
    );
    let file = dir.path().join("utan-bom.csv");
    std::fs::write(&file, &bytes[2..]).unwrap();
    assert!(import_fails(&file).starts_with("error: utan-bom.csv: is not a text file avtal can read (it looks like UTF-16 without a byte-order mark)\n"));
}

#[test]
fn a_hand_edited_date_of_another_year_is_a_register_error() {
    let register = demo_register_copy();
    let path = register.path().join("spend/2026.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen("2026-01-28,556507-3888", "2025-12-28,556507-3888", 1);
    std::fs::write(&path, &edited).unwrap();
    let before = spend_files(register.path());
    let assert = avtal_inside(register.path())
        .args(["check", "--format", "json"])
        .assert()
        .code(2);
    let json: serde_json::Value = serde_json::from_str(&stdout_text(&assert)).unwrap();
    assert_eq!(
        json["errors"],
        serde_json::json!([{"file": "spend/2026.csv", "line": 2, "column": 1,
            "message": "datumet 2025-12-28 ligger inte i 2026, filens år",
            "hint": "flytta raden till spend/2025.csv eller rätta datumet"}])
    );
    // An import refuses to write into an invalid register.
    let file = fixtures().join("reskontra-2026-q3.csv");
    let assert = avtal_inside(register.path())
        .args(["spend", "import", file.to_str().unwrap()])
        .assert()
        .code(2);
    assert!(
        stderr_text(&assert).contains("spend/2026.csv:2:1"),
        "{}",
        stderr_text(&assert)
    );
    assert_eq!(spend_files(register.path()), before);
}

#[test]
fn spend_is_a_reserved_folder_name() {
    let register = demo_register_copy();
    std::fs::write(
        register.path().join("spend/contract.toml"),
        "title = \"x\"\n",
    )
    .unwrap();
    let assert = avtal_inside(register.path())
        .args(["list"])
        .assert()
        .code(2);
    assert!(
        stderr_text(&assert).contains("mappnamnet `spend` är reserverat"),
        "{}",
        stderr_text(&assert)
    );
}

#[test]
fn show_report_and_the_followup_workbook_show_the_spend() {
    let register = root().join("contracts");
    let show = avtal_inside(&register)
        .args(["show", "avfall"])
        .assert()
        .success();
    assert!(
        plain_stdout(&show)
            .contains("Inköp 2026             11 500 000 kr av årsvärdet 14 000 000 kr\n"),
        "{}",
        stdout_text(&show)
    );
    let json = avtal_inside(&register)
        .args(["show", "avfall", "--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_str(&stdout_text(&json)).unwrap();
    assert_eq!(
        json["spend"],
        serde_json::json!([{"year": 2026, "spend": 11500000.0}])
    );
    let report = avtal_inside(&register)
        .args(["report", "bevakning"])
        .assert()
        .success();
    assert!(stdout_text(&report).contains("Inköp och takvolym"));
    assert!(plain_stdout(&report).contains(" 2026       1 050 000 kr          1 300 000 kr"));
    // A contract without spend rows has no spend section.
    let report = avtal_inside(&register)
        .args(["report", "skoladmin"])
        .assert()
        .success();
    assert!(!stdout_text(&report).contains("Inköp och takvolym"));

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("avfall.xlsx");
    avtal_inside(&register)
        .args(["export", "followup", "avfall", "-o", out.to_str().unwrap()])
        .assert()
        .success();
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    let row = range
        .rows()
        .position(|r| {
            r.first()
                .is_some_and(|c| *c == calamine::Data::String("2026".into()))
        })
        .expect("a 2026 row in the spend table");
    assert_eq!(
        range.rows().nth(row).unwrap()[2],
        calamine::Data::Float(11_500_000.0)
    );
}

#[test]
fn a_ranked_framework_and_a_framework_near_its_ceiling_in_the_demo_register() {
    let register = demo_register_copy();
    let assert = avtal_inside(register.path())
        .args(["spend", "--year", "2026", "--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_str(&stdout_text(&assert)).unwrap();
    assert_eq!(
        json["ranking"],
        serde_json::json!([{"contract": "byggkonsult", "spend": 1800000.0, "rank1_share": 0.6667}])
    );
    let ssk = json["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["contract"] == "bemanning-ssk")
        .unwrap();
    assert_eq!(ssk["max_value"], serde_json::json!(4000000.0));
    let outside: Vec<&str> = json["outside"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["supplier"].as_str().unwrap())
        .collect();
    assert_eq!(
        outside,
        [
            "Konsulthuset Öst AB",
            "Hantverkarna i Sjövik AB",
            "Kaffe & Kakor i Sjövik"
        ]
    );
    let check = avtal_inside(register.path())
        .args(["check", "--format", "json"])
        .assert();
    let json: serde_json::Value = serde_json::from_str(&stdout_text(&check)).unwrap();
    let ceiling: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"].as_str().unwrap().starts_with("framework-ceiling"))
        .collect();
    assert_eq!(ceiling.len(), 1);
    assert_eq!(ceiling[0]["contract"], "bemanning-ssk");
    assert_eq!(ceiling[0]["code"], "framework-ceiling-near");
    assert_eq!(ceiling[0]["amount"].as_f64(), Some(3400000.0));
    assert_eq!(ceiling[0]["limit"].as_f64(), Some(4000000.0));
    assert!(ceiling[0].get("date").is_none());
}
