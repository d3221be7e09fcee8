//! `avtal kpi import` over the real binary: every fixture file's exact rows, and every kind of
//! bad input (message, location, exit code 2, kpi.csv unchanged).

mod common;

use assert_cmd::Command;
use common::{avtal_inside, import_fixture_register, root, stderr_text, stdout_text, zip_bomb};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Formula, Workbook};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/import")
}

fn kpi_csv(register: &Path) -> String {
    std::fs::read_to_string(register.join("skoladmin/kpi.csv")).unwrap()
}

/// Runs `avtal kpi import FILE --contract skoladmin ARGS` in `register`.
fn import(register: &Path, file: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    import_with(register, file, &[], args)
}

/// [`import`] with global options (`--lang en` where a test checks the English wording).
fn import_with(
    register: &Path,
    file: &Path,
    globals: &[&str],
    args: &[&str],
) -> assert_cmd::assert::Assert {
    avtal_inside(register)
        .args(globals)
        .args([
            "kpi",
            "import",
            file.to_str().unwrap(),
            "--contract",
            "skoladmin",
        ])
        .args(args)
        .assert()
}

/// The rows of kpi.csv that an import added, without the two stored ones.
fn imported_rows(register: &Path) -> Vec<String> {
    kpi_csv(register)
        .lines()
        .skip(1)
        .filter(|line| !line.starts_with("2025-12,") && !line.starts_with("2025-Q4,"))
        .map(str::to_string)
        .collect()
}

const STORED: &str = "period,kpi,value,source,note\n2025-12,leveransprecision,94.0,leverantor-dec.xlsx,\n2025-Q4,nki,69,,enkät december\n";

/// Imports a file that must fail: exit code 2, the message, and kpi.csv byte-for-byte unchanged.
fn import_fails(file: &Path, args: &[&str]) -> String {
    let register = import_fixture_register();
    let before = std::fs::read(register.path().join("skoladmin/kpi.csv")).unwrap();
    // The failure cases check the English wording; the Swedish is checked by the catalogue.
    let assert = import_with(register.path(), file, &["--lang", "en"], args).code(2);
    assert_eq!(
        std::fs::read(register.path().join("skoladmin/kpi.csv")).unwrap(),
        before,
        "kpi.csv changed"
    );
    let leftovers: Vec<_> = std::fs::read_dir(register.path().join("skoladmin"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "kpi.csv" && name != "contract.toml")
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
    assert!(stdout_text(&assert).is_empty());
    stderr_text(&assert)
}

// ---------------------------------------------------------------- fixtures, exact rows

const XLSX_ROWS: [&str; 8] = [
    "2026-01,incidenter,2,leveransrapport.xlsx,",
    "2026-01,leveransprecision,93.5,leveransrapport.xlsx,",
    "2026-02,incidenter,1,leveransrapport.xlsx,Inventering i februari",
    "2026-02,leveransprecision,95.9,leveransrapport.xlsx,Inventering i februari",
    "2026-03,incidenter,4,leveransrapport.xlsx,",
    "2026-03,leveransprecision,96.5,leveransrapport.xlsx,",
    "2026-04,incidenter,1234.5,leveransrapport.xlsx,",
    "2026-04,leveransprecision,97,leveransrapport.xlsx,",
];

#[test]
fn xlsx_with_title_dates_percent_and_text_numbers() {
    let register = import_fixture_register();
    let assert = import(
        register.path(),
        &fixtures().join("leveransrapport.xlsx"),
        &[],
    )
    .success();
    assert_eq!(imported_rows(register.path()), XLSX_ROWS);
    assert!(kpi_csv(register.path()).starts_with(STORED.lines().next().unwrap()));
    insta::assert_snapshot!("kpi_import_xlsx_stdout", stdout_text(&assert));
    assert_eq!(stderr_text(&assert), "");
}

#[test]
fn the_same_data_as_xls_and_ods_warns_about_fractions() {
    for name in ["leveransrapport.xls", "leveransrapport.ods"] {
        let register = import_fixture_register();
        let assert = import(register.path(), &fixtures().join(name), &[]).success();
        // The fixture's Kommentar column: "Inventering i februari" on the February row.
        let expected: Vec<String> = [
            ("2026-01,incidenter,2", ""),
            ("2026-01,leveransprecision,0.935", ""),
            ("2026-02,incidenter,1", "Inventering i februari"),
            ("2026-02,leveransprecision,0.959", "Inventering i februari"),
            ("2026-03,incidenter,4", ""),
            ("2026-03,leveransprecision,96.5", ""),
            ("2026-04,incidenter,1234.5", ""),
            ("2026-04,leveransprecision,97", ""),
        ]
        .iter()
        .map(|(row, note)| format!("{row},{name},{note}"))
        .collect();
        assert_eq!(imported_rows(register.path()), expected, "{name}");
        let stderr = stderr_text(&assert);
        assert!(
            stderr.starts_with(&format!(
                "warning: {name}: alla värden för `leveransprecision` ligger mellan 0 och 1"
            )),
            "{stderr}"
        );
    }
}

#[test]
fn windows_1252_csv_with_semicolons() {
    let register = import_fixture_register();
    let file = fixtures().join("leverantor-2026.csv");
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must be Windows-1252"
    );
    let assert = import(register.path(), &file, &[]).success();
    assert_eq!(
        imported_rows(register.path()),
        [
            "2026-01,incidenter,2,leverantor-2026.csv,",
            "2026-01,leveransprecision,93.5,leverantor-2026.csv,",
            "2026-02,incidenter,1,leverantor-2026.csv,",
            "2026-02,leveransprecision,95.9,leverantor-2026.csv,",
            "2026-03,incidenter,0,leverantor-2026.csv,",
            "2026-04,incidenter,1234,leverantor-2026.csv,",
            "2026-04,leveransprecision,96,leverantor-2026.csv,",
        ]
    );
    insta::assert_snapshot!("kpi_import_csv_stdout", stdout_text(&assert));
}

#[test]
fn xlsm_and_tab_separated_utf8_text_with_bom() {
    let dir = tempfile::tempdir().unwrap();
    let xlsm = dir.path().join("rapport.xlsm");
    std::fs::copy(fixtures().join("leveransrapport.xlsx"), &xlsm).unwrap();
    let first = import_fixture_register();
    import(first.path(), &xlsm, &[]).success();
    let expected: Vec<String> = XLSX_ROWS
        .iter()
        .map(|row| row.replace("leveransrapport.xlsx", "rapport.xlsm"))
        .collect();
    assert_eq!(imported_rows(first.path()), expected);

    let txt = dir.path().join("export.txt");
    std::fs::write(
        &txt,
        "\u{feff}Datum\tAndel leveranser i tid\tNöjd kund-index\n2026-01-31\t93,5\t\n2026-03-31\t1\u{a0}000\t71\n",
    )
    .unwrap();
    let second = import_fixture_register();
    import(second.path(), &txt, &[]).success();
    assert_eq!(
        imported_rows(second.path()),
        [
            "2026-01,leveransprecision,93.5,export.txt,",
            "2026-Q1,nki,71,export.txt,",
            "2026-03,leveransprecision,1000,export.txt,",
        ]
    );
}

#[test]
fn long_format_sheet() {
    let register = import_fixture_register();
    import(register.path(), &fixtures().join("lang-format.xlsx"), &[]).success();
    assert_eq!(
        imported_rows(register.path()),
        [
            "2026-01,incidenter,2,lang-format.xlsx,",
            "2026-01,leveransprecision,93.5,lang-format.xlsx,",
            "2026-Q1,nki,71,lang-format.xlsx,",
            "2026-02,incidenter,0,lang-format.xlsx,",
            "2026-02,leveransprecision,96,lang-format.xlsx,",
        ]
    );
}

#[test]
fn quarterly_report_with_k1_periods() {
    let register = import_fixture_register();
    import(
        register.path(),
        &fixtures().join("kvartalsrapport.xlsx"),
        &[],
    )
    .success();
    assert_eq!(
        imported_rows(register.path()),
        [
            "2026-Q1,nki,71,kvartalsrapport.xlsx,",
            "2026-Q2,nki,68.5,kvartalsrapport.xlsx,",
            "2026-Q3,nki,72,kvartalsrapport.xlsx,",
        ]
    );
}

#[test]
fn sample_supplier_files_import() {
    let examples = root().join("examples/supplier-files");
    let register = import_fixture_register();
    import(register.path(), &examples.join("edu-ab-2026.xlsx"), &[]).success();
    import(register.path(), &examples.join("edu-ab-kvartal.csv"), &[]).success();
    insta::assert_snapshot!("kpi_import_examples_kpi_csv", kpi_csv(register.path()));
}

#[test]
fn importing_twice_changes_nothing() {
    let register = import_fixture_register();
    let file = fixtures().join("leveransrapport.xlsx");
    import(register.path(), &file, &[]).success();
    let first = kpi_csv(register.path());
    let assert = import(register.path(), &file, &[]).success();
    assert_eq!(kpi_csv(register.path()), first);
    let out = stdout_text(&assert);
    assert!(
        out.contains("Inget nytt: skoladmin/kpi.csv ändrades inte."),
        "{out}"
    );
}

#[test]
fn dry_run_prints_the_file_and_writes_nothing() {
    let register = import_fixture_register();
    let assert = import(
        register.path(),
        &fixtures().join("kvartalsrapport.xlsx"),
        &["--dry-run"],
    )
    .success();
    assert_eq!(kpi_csv(register.path()), STORED);
    insta::assert_snapshot!("kpi_import_dry_run", stdout_text(&assert));
}

#[test]
fn the_suppliers_comment_column_becomes_the_note() {
    let dir = tempfile::tempdir().unwrap();
    for header in ["Kommentar", "Anmärkning", "Note", "Notering", "Comment"] {
        let file = dir.path().join("jan.csv");
        std::fs::write(
            &file,
            format!("Månad;Leveransprecision;{header}\n2026-01;93,5;snöstorm v. 3\n2026-02;;ingen rapport\n2026-03;95;\n"),
        )
        .unwrap();
        let register = import_fixture_register();
        import(register.path(), &file, &[]).success();
        assert_eq!(
            imported_rows(register.path()),
            [
                "2026-01,leveransprecision,93.5,jan.csv,snöstorm v. 3",
                "2026-03,leveransprecision,95,jan.csv,",
            ],
            "{header}"
        );
    }
}

#[test]
fn dry_run_shows_only_the_changed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rattelse.csv");
    std::fs::write(
        &file,
        "Månad;NKI;Kommentar\n2025-12;70;omräknad\n2026-Q1;71;\n",
    )
    .unwrap();
    let register = import_fixture_register();
    let assert = import(register.path(), &file, &["--dry-run", "--replace"]).success();
    assert_eq!(kpi_csv(register.path()), STORED);
    let out = stdout_text(&assert);
    let diff: Vec<&str> = out
        .lines()
        .skip_while(|line| !line.starts_with("---"))
        .collect();
    assert_eq!(
        diff[..2],
        ["--- skoladmin/kpi.csv", "+++ skoladmin/kpi.csv"]
    );
    let changed: Vec<&str> = diff
        .iter()
        .copied()
        .filter(|l| l.starts_with(['-', '+']) && !l.starts_with("---") && !l.starts_with("+++"))
        .collect();
    assert_eq!(
        changed,
        [
            "+2025-Q4,nki,70,rattelse.csv,omräknad",
            "-2025-Q4,nki,69,,enkät december",
            "+2026-Q1,nki,71,rattelse.csv,",
        ]
    );
    assert!(
        !out.contains(" period,kpi,value,source,note\n 2025-12"),
        "{out}"
    );
}

#[test]
fn json_summary_for_scripts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rattelse.csv");
    std::fs::write(
        &file,
        "Månad;Leveransprecision;NKI\n2025-11;90,5;\n2025-12;;70\n",
    )
    .unwrap();
    let register = import_fixture_register();
    let assert = import(
        register.path(),
        &file,
        &["--replace", "--dry-run", "--format", "json"],
    )
    .success();
    assert_eq!(kpi_csv(register.path()), STORED);
    insta::assert_snapshot!("kpi_import_json", stdout_text(&assert));
}

#[test]
fn a_header_without_values_imports_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tom-mall.csv");
    std::fs::write(&file, "Rapport\nMånad;Leveransprecision\njan 2026;\n").unwrap();
    let register = import_fixture_register();
    let assert = import(register.path(), &file, &[]).success();
    assert_eq!(kpi_csv(register.path()), STORED);
    assert_eq!(
        stderr_text(&assert),
        "warning: tom-mall.csv: det finns inga värden för nyckeltalen under rubrikraden i 2:1\n"
    );
}

#[test]
fn english_summary() {
    let register = import_fixture_register();
    let assert = Command::cargo_bin("avtal")
        .unwrap()
        .env("NO_COLOR", "1")
        .args([
            "--register",
            register.path().to_str().unwrap(),
            "--lang",
            "en",
        ])
        .args(["kpi", "import"])
        .arg(fixtures().join("kvartalsrapport.xlsx"))
        .args(["--contract", "skoladmin"])
        .assert()
        .success();
    insta::assert_snapshot!("kpi_import_english", stdout_text(&assert));
}

#[test]
fn a_named_sheet_and_an_unknown_one() {
    let register = import_fixture_register();
    import(
        register.path(),
        &fixtures().join("leveransrapport.xlsx"),
        &["--sheet", "Dold"],
    )
    .success();
    assert_eq!(
        imported_rows(register.path()),
        ["2026-05,leveransprecision,50,leveransrapport.xlsx,"]
    );
    let message = import_fails(
        &fixtures().join("leveransrapport.xlsx"),
        &["--sheet", "Finns inte"],
    );
    assert_eq!(
        message,
        "error: leveransrapport.xlsx: there is no sheet named `Finns inte`; the sheets are: Om rapporten, Dold, Rapport\nhint: check --sheet\n"
    );
}

// ---------------------------------------------------------------- conflicts and the term

#[test]
fn conflicts_are_listed_and_written_only_with_replace() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rattelse.csv");
    std::fs::write(
        &file,
        "Månad;Leveransprecision;NKI\n2025-12;94;\n2025-11;90;\n2025-12;;70\n",
    )
    .unwrap();
    let message = import_fails(&file, &[]);
    assert_eq!(
        message,
        "error: rattelse.csv: 1 value(s) differ from those stored in kpi.csv:\n  nki 2025-Q4: stored 69, file has 70 (4:3)\nhint: nothing was written; add --replace to overwrite the stored values\n"
    );
    let register = import_fixture_register();
    let assert = import(register.path(), &file, &["--replace"]).success();
    assert_eq!(
        kpi_csv(register.path()),
        "period,kpi,value,source,note\n2025-Q4,nki,70,rattelse.csv,enkät december\n2025-11,leveransprecision,90,rattelse.csv,\n2025-12,leveransprecision,94.0,leverantor-dec.xlsx,\n"
    );
    insta::assert_snapshot!("kpi_import_replace", stdout_text(&assert));
}

#[test]
fn periods_outside_the_term_are_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gammal.csv");
    std::fs::write(
        &file,
        "Period,Leveransprecision\n2024-02,90\n2024-03,91\n2028-03,92\n",
    )
    .unwrap();
    let register = import_fixture_register();
    let assert = import(register.path(), &file, &[]).success();
    assert_eq!(
        imported_rows(register.path()),
        ["2024-03,leveransprecision,91,gammal.csv,"]
    );
    assert_eq!(
        stderr_text(&assert),
        "warning: gammal.csv:2:2: leveransprecision 2024-02 ligger utanför avtalsperioden 2024-03-01 – 2028-02-29; hoppades över\n\
         warning: gammal.csv:4:2: leveransprecision 2028-03 ligger utanför avtalsperioden 2024-03-01 – 2028-02-29; hoppades över\n"
    );
    assert!(
        stdout_text(&assert)
            .contains(" Leveransprecision     1             0         0             2")
    );
}

// ---------------------------------------------------------------- bad cells

#[test]
fn error_cells_are_skipped_with_a_warning_naming_the_cell() {
    let register = import_fixture_register();
    let assert = import(register.path(), &fixtures().join("felvarden.xlsx"), &[]).success();
    assert_eq!(
        imported_rows(register.path()),
        ["2026-03,leveransprecision,96,felvarden.xlsx,"]
    );
    assert_eq!(
        stderr_text(&assert),
        "warning: felvarden.xlsx: Blad1!B2: felvärdet #N/A hoppades över\n\
         warning: felvarden.xlsx: Blad1!B3: felvärdet #DIV/0! hoppades över\n"
    );
}

#[test]
fn text_where_a_number_belongs_is_an_error_naming_the_cell() {
    let message = import_fails(&fixtures().join("text-i-cell.xlsx"), &[]);
    assert_eq!(
        message,
        "error: text-i-cell.xlsx: Blad1!B3: \"=HYPERLINK(\"http://x\",\"y\")\" is not a number (KPI `leveransprecision`); write e.g. 93,5 or leave the cell empty\n\
         error: text-i-cell.xlsx: Blad1!C4: \"ca 3\" is not a number (KPI `incidenter`); write e.g. 93,5 or leave the cell empty\n\
         hint: nothing was written; correct the cells and import again\n"
    );
}

#[test]
fn no_header_row_lists_what_it_saw_and_expected() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fel-rubriker.csv");
    std::fs::write(
        &file,
        "Rapport\nMånad;Leveranser i tid;Fel\njan 2026;93;2\n",
    )
    .unwrap();
    let message = import_fails(&file, &[]);
    insta::assert_snapshot!("kpi_import_no_header", message);
}

#[test]
fn one_column_matching_two_kpis() {
    let register = import_fixture_register();
    let contract = register.path().join("skoladmin/contract.toml");
    let text = std::fs::read_to_string(&contract).unwrap().replace(
        "frequency = \"quarterly\"",
        "frequency = \"quarterly\"\naliases = [\"Andel leveranser i tid\"]",
    );
    std::fs::write(&contract, text).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("dubbel.csv");
    std::fs::write(&file, "Månad,Andel leveranser i tid (%)\n2026-01,93\n").unwrap();
    let before = kpi_csv(register.path());
    let assert = import(register.path(), &file, &[]).code(2);
    assert_eq!(kpi_csv(register.path()), before);
    assert_eq!(
        stderr_text(&assert),
        "error: dubbel.csv:1:2: kolumnen \"Andel leveranser i tid (%)\" matchar fler än ett nyckeltal: `leveransprecision`, `nki`; ge nyckeltalen olika namn och alias\nhint: inget skrevs; rätta cellerna och importera igen\n"
    );
}

// ---------------------------------------------------------------- bad files

#[test]
fn password_protected_workbooks() {
    for name in ["losenord.xlsx", "losenord.xls"] {
        let message = import_fails(&fixtures().join(name), &[]);
        assert_eq!(
            message,
            format!(
                "error: {name}: the workbook is password-protected and cannot be read\nhint: open it in Excel, remove the password (File > Info > Protect Workbook) and save a copy\n"
            )
        );
    }
}

#[test]
fn an_xlsx_that_is_really_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rapport.xlsx");
    std::fs::write(&file, "Månad;Leveransprecision\njan 2026;93,5\n").unwrap();
    assert_eq!(
        import_fails(&file, &[]),
        "error: rapport.xlsx: is not a .xlsx workbook: it is a text file\nhint: if it is a CSV export, rename it to .csv and import it again\n"
    );
}

#[test]
fn an_xls_that_is_a_web_page_or_an_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.xls");
    std::fs::write(&file, "<html><table><tr><td>Månad</td></tr></table></html>").unwrap();
    assert_eq!(
        import_fails(&file, &[]),
        "error: export.xls: is not a .xls workbook: it is a web page or XML file\nhint: open it in Excel or LibreOffice and save it as .xlsx, then import that file\n"
    );
    let file = dir.path().join("fel-namn.xls");
    std::fs::copy(fixtures().join("kvartalsrapport.xlsx"), &file).unwrap();
    assert_eq!(
        import_fails(&file, &[]),
        "error: fel-namn.xls: is not a .xls workbook: it is a zip archive (an .xlsx or .ods file?)\nhint: rename it to .xlsx (or .ods) and import it again\n"
    );
}

#[test]
fn random_bytes_and_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("brus.xlsx");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(&file, bytes).unwrap();
    assert_eq!(
        import_fails(&file, &[]),
        "error: brus.xlsx: is not a .xlsx workbook (damaged, or another format)\nhint: open it in Excel or LibreOffice and save it again\n"
    );
    let file = dir.path().join("tom.ods");
    std::fs::write(&file, "").unwrap();
    assert_eq!(
        import_fails(&file, &[]),
        "error: tom.ods: the file is empty\nhint: ask the supplier to send the report again\n"
    );
    let file = dir.path().join("tom.csv");
    std::fs::write(&file, "").unwrap();
    assert!(import_fails(&file, &[]).starts_with("error: tom.csv: the file is empty\n"));
}

#[test]
fn zip_bomb_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bomb.xlsx");
    zip_bomb(&file);
    assert!(std::fs::metadata(&file).unwrap().len() < 2000);
    assert_eq!(
        import_fails(&file, &[]),
        "error: bomb.xlsx: the workbook would unpack to 600 MB, over the limit of 500 MB (a damaged file or a zip bomb); it was not read\nhint: ask the supplier for a new file, or save the sheet as CSV\n"
    );
}

#[test]
fn a_file_over_50_mb_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stor.xlsx");
    std::fs::File::create(&file)
        .unwrap()
        .set_len(51 * 1024 * 1024)
        .unwrap();
    assert_eq!(
        import_fails(&file, &[]),
        "error: stor.xlsx: the file is 51 MB; files over 50 MB are not imported\nhint: split the file, or copy the sheet with the KPIs into a new workbook\n"
    );
}

#[test]
fn unknown_contract_and_file_type() {
    let register = import_fixture_register();
    let assert = Command::cargo_bin("avtal")
        .unwrap()
        .args(["--register", register.path().to_str().unwrap()])
        .args(["kpi", "import", "x.pdf", "--contract", "skoladmn"])
        .assert()
        .code(2);
    assert_eq!(
        stderr_text(&assert),
        "error: inget avtal `skoladmn` i registret\nhint: menade du `skoladmin`? `avtal list` visar alla avtal\n"
    );
    assert_eq!(
        import_fails(Path::new("rapport.pdf"), &[]),
        "error: rapport.pdf: unknown file type\nhint: avtal reads .xlsx, .xlsm, .xls, .ods, .csv and .txt files\n"
    );
}

// ---------------------------------------------------------------- concurrency

#[test]
fn two_concurrent_imports_lose_no_rows() {
    let register = import_fixture_register();
    let dir = tempfile::tempdir().unwrap();
    let mut children = Vec::new();
    for (index, month) in ["01", "02", "03", "04"].iter().enumerate() {
        let file = dir.path().join(format!("del{index}.csv"));
        std::fs::write(
            &file,
            format!("Månad,Leveransprecision\n2026-{month},9{index}\n"),
        )
        .unwrap();
        let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("avtal"))
            .args(["--register", register.path().to_str().unwrap()])
            .args([
                "kpi",
                "import",
                file.to_str().unwrap(),
                "--contract",
                "skoladmin",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        children.push(child);
    }
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert_eq!(
        imported_rows(register.path()),
        [
            "2026-01,leveransprecision,90,del0.csv,",
            "2026-02,leveransprecision,91,del1.csv,",
            "2026-03,leveransprecision,92,del2.csv,",
            "2026-04,leveransprecision,93,del3.csv,",
        ]
    );
    assert!(!register.path().join("skoladmin/kpi.csv.lock").exists());
}

#[test]
fn a_held_lock_makes_the_import_wait_then_fail_cleanly() {
    let register = import_fixture_register();
    // An operating-system lock held by this process, as another avtal would hold it.
    let lock = std::fs::File::create(register.path().join("skoladmin/kpi.csv.lock")).unwrap();
    lock.lock().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.csv");
    std::fs::write(&file, "Månad,Leveransprecision\n2026-01,90\n").unwrap();
    let releaser = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(700));
        lock.unlock().unwrap();
    });
    import(register.path(), &file, &[]).success();
    releaser.join().unwrap();
    assert_eq!(
        imported_rows(register.path()),
        ["2026-01,leveransprecision,90,a.csv,"]
    );
}

// ---------------------------------------------------------------- fixture generator

/// Re-creates the workbook fixtures (`cargo test --test kpi_import -- --ignored make_fixtures`);
/// see tests/fixtures/import/README.md for the .xls, .ods and password-protected copies.
#[test]
#[ignore]
fn make_fixtures() {
    let dir = fixtures();
    leveransrapport(&dir.join("leveransrapport.xlsx"));
    lang_format(&dir.join("lang-format.xlsx"));
    kvartalsrapport(&dir.join("kvartalsrapport.xlsx"));
    felvarden(&dir.join("felvarden.xlsx"));
    text_i_cell(&dir.join("text-i-cell.xlsx"));
    let examples = root().join("examples/supplier-files");
    edu_ab_2026(&examples.join("edu-ab-2026.xlsx"));
    let mut csv = "Leveransuppföljning Edu AB – kvartal 2026\n\nKvartal;Nöjd kund-index;Antal incidenter;Kommentar\n"
        .to_string();
    csv.push_str("K1 2026;71;;Enkät i mars\nK2 2026;73;;\nK3 2026;69,5;;Enkät i september\nK4 2026;saknas;;Enkäten skickas i december\n");
    std::fs::write(
        examples.join("edu-ab-kvartal.csv"),
        encoding_rs::WINDOWS_1252.encode(&csv).0,
    )
    .unwrap();
    let mut csv =
        "Leveransrapport Edu AB;;\nMånad;Leveransprecision (%);Antal incidenter\n".to_string();
    csv.push_str("jan 2026;93,5 %;2\nfeb 2026;95,9;1\nmars 2026;–;0\napril 2026;96;1 234\n");
    std::fs::write(
        dir.join("leverantor-2026.csv"),
        encoding_rs::WINDOWS_1252.encode(&csv).0,
    )
    .unwrap();
}

fn leveransrapport(path: &Path) {
    let mut book = Workbook::new();
    let about = book.add_worksheet().set_name("Om rapporten").unwrap();
    about
        .write_string(0, 0, "Rapporten fylls i av leverantören varje månad.")
        .unwrap();
    let hidden = book.add_worksheet().set_name("Dold").unwrap();
    hidden.write_string(0, 0, "Månad").unwrap();
    hidden.write_string(0, 1, "Leveransprecision").unwrap();
    hidden.write_string(1, 0, "2026-05").unwrap();
    hidden.write_number(1, 1, 50).unwrap();
    hidden.set_hidden(true);
    let sheet = book.add_worksheet().set_name("Rapport").unwrap();
    let title = Format::new().set_bold().set_align(FormatAlign::Center);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let percent = Format::new().set_num_format("0.0%");
    sheet
        .merge_range(
            0,
            0,
            0,
            3,
            "Månadsrapport Edu AB – Skoladministrativt system",
            &title,
        )
        .unwrap();
    for (col, header) in [
        "Månad",
        "Leveransprecision (%)",
        "Antal incidenter, st",
        "Kommentar",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(2, col as u16, *header).unwrap();
    }
    let days = [(2026, 1, 31), (2026, 2, 28), (2026, 3, 31), (2026, 4, 30)];
    for (i, (y, m, d)) in days.iter().enumerate() {
        let row = 3 + i as u32;
        let day = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
        sheet
            .write_datetime_with_format(row, 0, &day, &date)
            .unwrap();
    }
    sheet
        .write_number_with_format(3, 1, 0.935, &percent)
        .unwrap();
    sheet
        .write_number_with_format(4, 1, 0.959, &percent)
        .unwrap();
    sheet.write_string(5, 1, "96,5 %").unwrap();
    sheet.write_string(6, 1, "97").unwrap();
    sheet.write_number(3, 2, 2).unwrap();
    sheet.write_number(4, 2, 1).unwrap();
    sheet.write_string(5, 2, "4").unwrap();
    sheet.write_string(6, 2, "1 234,5").unwrap();
    sheet.write_string(4, 3, "Inventering i februari").unwrap();
    sheet.write_string(7, 0, "2026-05-31").unwrap();
    sheet.write_string(7, 1, "–").unwrap();
    sheet.write_string(7, 2, "").unwrap();
    book.save(path).unwrap();
}

fn lang_format(path: &Path) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (col, header) in ["Period", "Nyckeltal", "Värde"].iter().enumerate() {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    let rows: [(&str, &str, f64); 5] = [
        ("2026-01", "Leveransprecision", 93.5),
        ("2026-01", "Antal incidenter", 2.0),
        ("2026-02", "leveransprecision", 96.0),
        ("2026-02", "incidenter", 0.0),
        ("2026-Q1", "NKI", 71.0),
    ];
    for (i, (period, kpi, value)) in rows.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, *period).unwrap();
        sheet.write_string(row, 1, *kpi).unwrap();
        sheet.write_number(row, 2, *value).unwrap();
    }
    book.save(path).unwrap();
}

fn kvartalsrapport(path: &Path) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Kvartal").unwrap();
    sheet.write_string(0, 0, "Kvartalsrapport 2026").unwrap();
    sheet.write_string(1, 0, "Kvartal").unwrap();
    sheet.write_string(1, 1, "Nöjd kund-index").unwrap();
    for (i, (period, value)) in [("K1 2026", "71"), ("K2 2026", "68,5"), ("K3 2026", "72")]
        .iter()
        .enumerate()
    {
        sheet.write_string(2 + i as u32, 0, *period).unwrap();
        sheet.write_string(2 + i as u32, 1, *value).unwrap();
    }
    sheet.write_string(5, 0, "K4 2026").unwrap();
    book.save(path).unwrap();
}

fn felvarden(path: &Path) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Blad1").unwrap();
    sheet.write_string(0, 0, "Månad").unwrap();
    sheet.write_string(0, 1, "Leveransprecision").unwrap();
    for (row, month) in ["2026-01", "2026-02", "2026-03"].iter().enumerate() {
        sheet.write_string(row as u32 + 1, 0, *month).unwrap();
    }
    sheet
        .write_formula(1, 1, Formula::new("=NA()").set_result("#N/A"))
        .unwrap();
    sheet
        .write_formula(2, 1, Formula::new("=1/0").set_result("#DIV/0!"))
        .unwrap();
    sheet.write_number(3, 1, 96).unwrap();
    book.save(path).unwrap();
}

fn text_i_cell(path: &Path) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Blad1").unwrap();
    for (col, header) in ["Månad", "Leveransprecision", "Antal incidenter"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    for (row, month) in ["2026-01", "2026-02", "2026-03"].iter().enumerate() {
        sheet.write_string(row as u32 + 1, 0, *month).unwrap();
    }
    sheet.write_number(1, 1, 93).unwrap();
    sheet
        .write_string(2, 1, "=HYPERLINK(\"http://x\",\"y\")")
        .unwrap();
    sheet.write_number(3, 1, 94).unwrap();
    sheet.write_number(1, 2, 1).unwrap();
    sheet.write_number(2, 2, 2).unwrap();
    sheet.write_string(3, 2, "ca 3").unwrap();
    book.save(path).unwrap();
}

/// Month, last day, on-time share, incidents, NKI and comment of one row of the sample file.
type MonthRow = (u8, u8, f64, f64, Option<f64>, &'static str);

fn edu_ab_2026(path: &Path) {
    let mut book = Workbook::new();
    let sheet = book
        .add_worksheet()
        .set_name("Leveransuppföljning")
        .unwrap();
    let title = Format::new().set_bold().set_font_size(14);
    let header = Format::new().set_bold().set_background_color("#DDEBF7");
    let date = Format::new().set_num_format("mmm yyyy");
    let percent = Format::new().set_num_format("0.0%");
    sheet
        .merge_range(
            0,
            0,
            0,
            4,
            "Edu AB – leveransuppföljning Skoladministrativt system 2026",
            &title,
        )
        .unwrap();
    sheet
        .write_string(
            1,
            0,
            "Avtal KS 2024/173 · rapporteras senast den 10:e varje månad",
        )
        .unwrap();
    for (col, text) in [
        "Månad",
        "Leveransprecision (%)",
        "Antal incidenter",
        "Nöjd kund-index",
        "Kommentar",
    ]
    .iter()
    .enumerate()
    {
        sheet
            .write_string_with_format(3, col as u16, *text, &header)
            .unwrap();
    }
    let months: [MonthRow; 6] = [
        (1, 31, 0.962, 1.0, None, ""),
        (2, 28, 0.948, 3.0, None, "Sjukfrånvaro i supporten"),
        (3, 31, 0.951, 2.0, Some(71.0), "NKI-enkät mars"),
        (4, 30, 0.939, 4.0, None, "Driftstörning 14/4"),
        (5, 31, 0.957, 2.0, None, ""),
        (6, 30, 0.966, 1.0, Some(73.0), "NKI-enkät juni"),
    ];
    for (i, (month, day, precision, incidents, nki, note)) in months.iter().enumerate() {
        let row = 4 + i as u32;
        let when = ExcelDateTime::from_ymd(2026, *month, *day).unwrap();
        sheet
            .write_datetime_with_format(row, 0, &when, &date)
            .unwrap();
        sheet
            .write_number_with_format(row, 1, *precision, &percent)
            .unwrap();
        sheet.write_number(row, 2, *incidents).unwrap();
        if let Some(nki) = nki {
            sheet.write_number(row, 3, *nki).unwrap();
        }
        if !note.is_empty() {
            sheet.write_string(row, 4, *note).unwrap();
        }
    }
    sheet.set_column_width(0, 12).unwrap();
    sheet.set_column_width(1, 22).unwrap();
    sheet.set_column_width(2, 18).unwrap();
    sheet.set_column_width(3, 18).unwrap();
    sheet.set_column_width(4, 30).unwrap();
    book.save(path).unwrap();
}
