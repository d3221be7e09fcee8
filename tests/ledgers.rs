//! Real accounts-payable ledgers through `avtal spend import` (SPEC §2.5, §12, issue 23):
//! identical lines kept, overlapping exports adding only what is new, the open-data names,
//! `--column`, `--date`, `NULL`/`SAKNAS`, `--lenient`, every error in JSON, the dry run's
//! preview, the contract reference column, and the real files of the shared `realdata` folder
//! next to the checkout (`shared/realdata/spend/`).

mod common;

use common::{avtal_inside, demo_register_copy, files_under, root, stderr_text, stdout_text};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The real files' folder, or `None` (with a message) when it is absent; with `CI=true` a
/// missing folder fails the test.
fn realdata() -> Option<PathBuf> {
    // Built from its parts: the repository itself points nowhere outside (tests/self_contained.rs).
    let dir = root()
        .join("..")
        .join("shared")
        .join("realdata")
        .join("spend");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|ci| ci == "true") {
        panic!("{} is missing and CI=true", dir.display());
    }
    eprintln!("skipped: {} is not here", dir.display());
    None
}

/// Every file under `spend/` (the demo register has one), with its bytes.
fn spend_files(register: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files_under(&register.join("spend"))
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// The rows of a stored spend file and the exact sum of their amounts in öre.
fn stored_rows_and_sum(file: &Path) -> (usize, i64) {
    let text = std::fs::read_to_string(file).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut rows = 0;
    let mut sum = 0i64;
    for record in reader.records() {
        let record = record.unwrap();
        let amount = &record[3];
        let (whole, cents) = amount.split_once('.').unwrap();
        let ore = whole.trim_start_matches('-').parse::<i64>().unwrap() * 100
            + cents.parse::<i64>().unwrap();
        sum += if amount.starts_with('-') { -ore } else { ore };
        rows += 1;
    }
    (rows, sum)
}

/// Runs `spend import ARGS` in English on `register`: expects exit 2 and spend/ unchanged;
/// returns (stdout, stderr).
fn import_fails(register: &Path, args: &[&str]) -> (String, String) {
    let before = spend_files(register);
    let assert = avtal_inside(register)
        .args(["--lang", "en", "spend", "import"])
        .args(args)
        .assert()
        .code(2);
    assert_eq!(spend_files(register), before, "spend/ changed");
    (stdout_text(&assert), stderr_text(&assert))
}

#[test]
fn the_orebro_ledger_imports_every_line_and_every_krona_and_again_changes_nothing() {
    let Some(dir) = realdata() else { return };
    let file = dir.join("Orebro.2016-03.xlsx");
    // The expected figures from the file itself: the rows under the header and the exact sum
    // of UTFALL in öre.
    use calamine::{Data, Reader, open_workbook_auto};
    let mut book = open_workbook_auto(&file).unwrap();
    let mut expected = None;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let mut rows = range.rows();
        let Some(header) = rows.next() else { continue };
        let Some(col) = header.iter().position(|c| c.to_string().trim() == "UTFALL") else {
            continue;
        };
        let (mut count, mut ore) = (0usize, 0i64);
        for row in rows {
            if row.iter().all(|c| matches!(c, Data::Empty)) {
                continue;
            }
            let value = match &row[col] {
                Data::Float(f) => *f,
                Data::Int(i) => *i as f64,
                other => panic!("UTFALL holds {other:?}"),
            };
            ore += (value * 100.0).round() as i64;
            count += 1;
        }
        expected = Some((count, ore));
    }
    let (count, ore) = expected.expect("a sheet with UTFALL");
    assert_eq!(count, 68_021);

    let register = demo_register_copy();
    let path = file.to_str().unwrap();
    let args = ["spend", "import", path, "--date", "2016-03-31", "--lenient"];
    let first = avtal_inside(register.path()).args(args).assert().success();
    assert!(
        stdout_text(&first).starts_with("spend/2016.csv: 68021 nya ("),
        "{}",
        stdout_text(&first)
    );
    assert!(stderr_text(&first).contains("kunde inte läsas och lagrades tomma (--lenient)"));
    let stored = register.path().join("spend/2016.csv");
    assert_eq!(stored_rows_and_sum(&stored), (count, ore));
    let before = spend_files(register.path());
    let again = avtal_inside(register.path())
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_str(&stdout_text(&again)).unwrap();
    assert_eq!(json["total"]["new"], 0);
    assert_eq!(json["total"]["unchanged"], 68_021);
    assert_eq!(json["written"], serde_json::json!([]));
    assert_eq!(spend_files(register.path()), before);
}

#[test]
fn the_orebro_ledger_without_lenient_lists_every_unreadable_org_number_in_json() {
    let Some(dir) = realdata() else { return };
    let register = demo_register_copy();
    let file = dir.join("Orebro.2016-03.xlsx");
    let (stdout, stderr) = import_fails(
        register.path(),
        &[
            file.to_str().unwrap(),
            "--date",
            "2016-03-31",
            "--format",
            "json",
        ],
    );
    assert_eq!(stderr, "");
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["ok"], false);
    let errors = json["errors"].as_array().unwrap();
    assert!(errors.len() > 20, "{}", errors.len());
    assert!(errors.iter().all(|e| e["file"] == "Orebro.2016-03.xlsx"));
    assert_eq!(errors[0]["cell"], "Blad2!C95");
    // The text lists the first 20 and counts the rest.
    let (_, text) = import_fails(
        register.path(),
        &[file.to_str().unwrap(), "--date", "2016-03-31"],
    );
    assert_eq!(text.matches("error: ").count(), 21);
    assert!(
        text.contains(&format!("and {} more cells", errors.len() - 20)),
        "{text}"
    );
}

#[test]
fn the_orebro_ledger_without_date_says_to_use_the_option() {
    let Some(dir) = realdata() else { return };
    let register = demo_register_copy();
    let file = dir.join("Orebro.2016-03.xlsx");
    let (_, stderr) = import_fails(register.path(), &[file.to_str().unwrap()]);
    insta::assert_snapshot!("ledgers_orebro_without_date", stderr);
}

#[test]
fn the_vgr_open_data_file_imports_with_no_option() {
    let Some(dir) = realdata() else { return };
    let register = demo_register_copy();
    let file = dir.join("vgr-leverantorsfakturor-2026-01-sample.csv");
    let dry = avtal_inside(register.path())
        .args(["spend", "import", file.to_str().unwrap(), "--dry-run"])
        .assert()
        .success();
    insta::assert_snapshot!(
        "ledgers_vgr_dry_run",
        stdout_text(&dry).replace('\u{a0}', " ")
    );
    let before = std::fs::read_to_string(register.path().join("spend/2026.csv")).unwrap();
    avtal_inside(register.path())
        .args(["spend", "import", file.to_str().unwrap()])
        .assert()
        .success();
    let after = std::fs::read_to_string(register.path().join("spend/2026.csv")).unwrap();
    assert_eq!(after.lines().count(), before.lines().count() + 4);
    assert!(after.contains(
        "2026-01-01,556459-4538,Västsvenska TuristRådet AB,5058332.75,Miljö- o regionalutv.nämnd,5831,3007244,vgr-leverantorsfakturor-2026-01-sample.csv\n"
    ));
}

#[test]
fn identical_lines_are_kept_and_an_overlapping_export_adds_only_its_new_lines() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let header = "Bokföringsdatum;Orgnr;Leverantör;Belopp;Fakturanummer\n";
    let line = "2025-03-02;556677-8899;Edu AB;100,50;F-1\n";
    let other = "2025-03-09;556677-8899;Edu AB;7;F-2\n";
    let jan = write(dir.path(), "jan.csv", &format!("{header}{line}{line}"));
    let ytd = write(
        dir.path(),
        "ytd.csv",
        &format!("{header}{line}{line}{line}{other}"),
    );
    let first = avtal_inside(register.path())
        .args(["spend", "import", &jan])
        .assert()
        .success();
    assert_eq!(
        stdout_text(&first).replace('\u{a0}', " "),
        "spend/2025.csv: 2 nya (201 kr), 0 redan lagrade (0 kr), 0 överhoppade (0 kr)\n\
         Totalt: 2 nya (201 kr), 0 redan lagrade (0 kr), 0 överhoppade (0 kr)\n"
    );
    let second = avtal_inside(register.path())
        .args(["--lang", "en", "spend", "import", &ytd])
        .assert()
        .success();
    assert_eq!(
        stdout_text(&second),
        "spend/2025.csv: 2 new (SEK 107.50), 2 already stored (SEK 201), 0 skipped (SEK 0)\n\
         Total: 2 new (SEK 107.50), 2 already stored (SEK 201), 0 skipped (SEK 0)\n"
    );
    let stored = register.path().join("spend/2025.csv");
    assert_eq!(stored_rows_and_sum(&stored), (4, 3 * 10050 + 700));
    // The same two files in one call, as if by separate calls: nothing new.
    let before = spend_files(register.path());
    avtal_inside(register.path())
        .args(["spend", "import", &jan, &ytd])
        .assert()
        .success();
    assert_eq!(spend_files(register.path()), before);
}

#[test]
fn null_and_saknas_are_empty_and_a_named_column_is_read() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "export.csv",
        "Datum;Org nr;Leverantör;Netto SEK;Belopp inkl moms;Ansvar\n\
         2025-04-01;NULL;Edu AB;80;100;SAKNAS\n\
         2025-04-02;N/A;Edu AB;8;10;-\n",
    );
    avtal_inside(register.path())
        .args(["spend", "import", &file, "--column", "amount=netto_sek"])
        .assert()
        .success();
    let text = std::fs::read_to_string(register.path().join("spend/2025.csv")).unwrap();
    assert!(
        text.contains("2025-04-01,,Edu AB,80.00,,,,export.csv\n"),
        "{text}"
    );
    assert!(
        text.contains("2025-04-02,,Edu AB,8.00,,,,export.csv\n"),
        "{text}"
    );
}

#[test]
fn a_column_option_naming_a_missing_header_lists_the_headers_found() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "g.csv",
        "Titel\nDatum;Leverantör;Belopp\n2025-01-01;Edu AB;1\n",
    );
    let (_, stderr) = import_fails(register.path(), &[&file, "--column", "amount=Netto"]);
    assert_eq!(
        stderr,
        "error: g.csv:2:1: --column amount=Netto: the file has no column \"Netto\"; its headers are \"Datum\", \"Leverantör\", \"Belopp\"\n\
         hint: write the header as it stands in the file (case, å/ä/ö, spaces, _ . - and parentheses do not matter)\n"
    );
    let (_, stderr) = import_fails(register.path(), &[&file, "--column", "belopp=Belopp"]);
    assert_eq!(
        stderr,
        "error: --column belopp=Belopp: write FIELD=HEADER, with FIELD one of date, org_no, supplier, amount, department, account, invoice, contract\n"
    );
    let (_, stderr) = import_fails(
        register.path(),
        &[
            &file,
            "--column",
            "amount=Belopp",
            "--column",
            "amount=Belopp",
        ],
    );
    assert_eq!(stderr, "error: --column amount is given twice\n");
}

#[test]
fn a_file_without_date_column_needs_the_date_option_and_one_with_refuses_it() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let monthly = write(
        dir.path(),
        "mars.csv",
        "Leverantör;Orgnr;Belopp\nEdu AB;556677-8899;10\n",
    );
    let (stdout, stderr) = import_fails(register.path(), &[&monthly]);
    assert_eq!(stdout, "");
    assert!(
        stderr.starts_with(
            "error: mars.csv:1:1: the file has no date column (Bokföringsdatum, Fakturadatum, Datum)\nhint: a monthly export without dates is read with --date YYYY-MM-DD"
        ),
        "{stderr}"
    );
    let dated = write(
        dir.path(),
        "dated.csv",
        "Leverantör;Bokförings-datum;Belopp\nEdu AB;2025-03-01;10\n",
    );
    let (_, stderr) = import_fails(register.path(), &[&dated, "--date", "2025-03-31"]);
    assert_eq!(
        stderr,
        "error: dated.csv:1:2: --date is only for a file without a date column, but this file has the date column \"Bokförings-datum\"\n\
         hint: leave out --date: each row is then dated by its own date cell\n"
    );
    // The JSON error list has the same, with its cell.
    let (stdout, _) = import_fails(register.path(), &[&monthly, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["errors"][0]["cell"], "1:1");
    assert_eq!(json["errors"][0]["file"], "mars.csv");
    avtal_inside(register.path())
        .args(["spend", "import", &monthly, "--date", "2025-03-31"])
        .assert()
        .success();
    let text = std::fs::read_to_string(register.path().join("spend/2025.csv")).unwrap();
    assert!(text.contains("2025-03-31,556677-8899,Edu AB,10.00,,,,mars.csv\n"));
}

#[test]
fn errors_of_several_files_are_all_listed_and_nothing_is_written() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "ok.csv",
        "Datum;Leverantör;Belopp\n2025-01-01;A;1\n",
    );
    let bad = write(
        dir.path(),
        "bad.csv",
        "Datum;Leverantör;Belopp\n2025-01-01;A;x\n",
    );
    let worse = write(dir.path(), "worse.csv", "Datum;Leverantör;Belopp\nx;A;1\n");
    let (_, stderr) = import_fails(register.path(), &[&good, &bad, &worse]);
    assert!(
        stderr.contains("error: bad.csv:2:3: \"x\" is not an amount"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: worse.csv:2:1: \"x\" is not a date"),
        "{stderr}"
    );
    // In JSON, an error of a whole file names the file and no cell.
    let xml = write(dir.path(), "not-an-invoice.xml", "<Order/>");
    let (stdout, _) = import_fails(register.path(), &[&good, &xml, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["errors"][0]["file"], "not-an-invoice.xml");
    assert_eq!(json["errors"][0]["cell"], serde_json::Value::Null);
}

#[test]
fn the_dry_run_shows_columns_and_sample_in_json() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (1..=7)
        .map(|i| format!("2025-05-0{i};Edu AB;{i}\n"))
        .collect();
    let file = write(
        dir.path(),
        "h.csv",
        &format!("Datum;Leverantör;Belopp\n{rows}"),
    );
    let assert = avtal_inside(register.path())
        .args(["spend", "import", &file, "--dry-run", "--format", "json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_str(&stdout_text(&assert)).unwrap();
    let file = &json["files"][0];
    assert_eq!(
        file["columns"],
        serde_json::json!([
            {"field": "date", "header": "Datum", "column": "1"},
            {"field": "supplier", "header": "Leverantör", "column": "2"},
            {"field": "amount", "header": "Belopp", "column": "3"},
        ])
    );
    assert_eq!(file["sample"].as_array().unwrap().len(), 5);
    assert_eq!(file["sample"][4]["date"], "2025-05-05");
    assert_eq!(json["years"][0]["new_sum"], 28.0);
    assert!(!register.path().join("spend/2025.csv").exists());
}

#[test]
fn a_contract_reference_is_stored_in_a_ninth_column_and_matches_its_contract() {
    let register = demo_register_copy();
    let dir = tempfile::tempdir().unwrap();
    let spend_of = |key: &str| -> f64 {
        let assert = avtal_inside(register.path())
            .args(["spend", "--year", "2025", "--format", "json"])
            .assert()
            .success();
        let json: serde_json::Value = serde_json::from_str(&stdout_text(&assert)).unwrap();
        json["contracts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["contract"] == key)
            .map_or(0.0, |c| c["spend"].as_f64().unwrap())
    };
    let before = spend_of("skoladmin");
    let file = write(
        dir.path(),
        "ref.csv",
        "Datum;Orgnr;Leverantör;Belopp;Avtal\n\
         2025-06-01;559012-3450;Konsult AB;1000;SKOLADMIN\n\
         2025-06-02;559012-3450;Konsult AB;5;\n",
    );
    avtal_inside(register.path())
        .args(["spend", "import", &file])
        .assert()
        .success();
    let text = std::fs::read_to_string(register.path().join("spend/2025.csv")).unwrap();
    assert!(
        text.starts_with(
            "date,org_no,supplier,amount,department,account,invoice,contract,source\n"
        )
    );
    assert!(text.contains(",SKOLADMIN,ref.csv\n"), "{text}");
    assert_eq!(spend_of("skoladmin"), before + 1000.0);
    // The register with the ninth column still loads.
    let check = avtal_inside(register.path()).args(["check"]).assert();
    assert_ne!(check.get_output().status.code(), Some(2));
}
