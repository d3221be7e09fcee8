//! `avtal export followup` and `avtal export kpi-sheet` over the real binary: every workbook is
//! read back with calamine and its XML checked for sheet names, contents, data validations,
//! conditional formats, charts, page setup, document properties and that untrusted text stayed
//! text. The KPI sheet is filled in and read back with the import code.

mod common;

use avtal::import::read::{FileKind, locate};
use calamine::{Data, Reader};
use common::{TODAY, avtal, avtal_on, demo_register, outcome};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// `avtal -C <register> --today 2026-11-22 export <args>`: (stdout, stderr, exit code).
fn export(register: &str, args: &[&str]) -> (String, String, i32) {
    outcome(avtal_on(Path::new(register)).arg("export").args(args))
}

/// Exports into a temporary folder and returns the workbook's path (the folder lives on).
fn exported(register: &str, args: &[&str], name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    let mut all: Vec<&str> = args.to_vec();
    let path_text = path.to_str().unwrap().to_string();
    all.extend(["-o", &path_text]);
    let (stdout, stderr, code) = export(register, &all);
    assert_eq!(code, 0, "export {args:?} failed: {stderr}");
    assert_eq!(stderr, "");
    // The command says what it wrote, and where.
    assert!(
        stdout.starts_with("Skrev ") || stdout.starts_with("Wrote the "),
        "{stdout}"
    );
    assert!(
        stdout.ends_with(&format!(" till {path_text}\n"))
            || stdout.ends_with(&format!(" to {path_text}\n")),
        "{stdout}"
    );
    (dir, path)
}

fn sheet_names(path: &Path) -> Vec<String> {
    calamine::open_workbook_auto(path).unwrap().sheet_names()
}

/// A sheet as rows of display strings ("" for empty cells).
fn cells(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::Empty => String::new(),
                    Data::String(s) => s.clone(),
                    Data::Float(f) => f.to_string(),
                    Data::Int(i) => i.to_string(),
                    other => format!("{other:?}"),
                })
                .collect()
        })
        .collect()
}

fn contains(rows: &[Vec<String>], text: &str) -> bool {
    rows.iter().flatten().any(|cell| cell == text)
}

/// Every entry of the xlsx zip as text, by name.
fn xml(path: &Path) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut entries = BTreeMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut text = String::new();
        if file.read_to_string(&mut text).is_ok() {
            entries.insert(name, text);
        }
    }
    entries
}

const FOLLOWUP_SV: [&str; 4] = [
    "Fakta och avtalsinformation",
    "Samarbetsmodell",
    "Leverans och prestation",
    "Sammanfattning",
];
const FOLLOWUP_EN: [&str; 4] = [
    "Facts and contract information",
    "Cooperation model",
    "Delivery and performance",
    "Summary",
];

#[test]
fn followup_workbook_has_nackas_sheets_filled_from_the_register() {
    let (_dir, path) = exported("contracts", &["followup", "skoladmin"], "f.xlsx");
    assert_eq!(sheet_names(&path), FOLLOWUP_SV);
    let facts = cells(&path, FOLLOWUP_SV[0]);
    for text in [
        "Skoladministrativt system",
        "Edu AB",
        "556687-4458",
        "KS 2024/173",
        "2028-02-29",
        "Lena Sundin",
        "lena.sundin@edu.example",
        "Leveransprecision",
        "Nöjd kund-index",
    ] {
        assert!(contains(&facts, text), "facts lack {text}");
    }
    let cooperation = cells(&path, FOLLOWUP_SV[1]);
    assert!(contains(&cooperation, "strategisk"));
    assert!(
        contains(&cooperation, "var 2:e månad"),
        "group 1's first-year cadence"
    );
    assert!(contains(&cooperation, "var 4:e månad"), "group 1's cadence");
    assert!(contains(
        &cooperation,
        "3 – Fortgående avvikelser (nuvarande)"
    ));
    let delivery = cells(&path, FOLLOWUP_SV[2]);
    assert!(contains(&delivery, "Leveransprecision (%)"));
    assert!(contains(&delivery, "2026-08"));
    assert!(contains(&delivery, "91.4"));
    assert!(contains(
        &delivery,
        "Leverantören rättar betygsmodulen och redovisar lasttest"
    ));
    assert!(contains(
        &delivery,
        "Vite ska krävas för augusti enligt avtalets § 14.2 (beslut av upphandlingschef)"
    ));
    for quadrant in ["Styrkor", "Svagheter", "Möjligheter", "Hot"] {
        assert!(contains(&delivery, quadrant));
    }
    let summary = cells(&path, FOLLOWUP_SV[3]);
    assert!(contains(&summary, "3 – Fortgående avvikelser"));
    assert!(contains(
        &summary,
        "6. Beslut om option 1 senast 2027-05-29"
    ));
}

#[test]
fn followup_workbook_structure() {
    let (_dir, path) = exported("contracts", &["followup", "skoladmin"], "f.xlsx");
    let xml = xml(&path);
    let delivery = &xml["xl/worksheets/sheet3.xml"];
    // The rating drop-down.
    assert!(
        delivery.contains("<dataValidation type=\"list\""),
        "{delivery}"
    );
    assert!(delivery.contains("<formula1>\"1,2,3,4,5\"</formula1>"));
    // Breaches highlighted, blank cells excluded; one rule per KPI.
    assert_eq!(delivery.matches("<conditionalFormatting ").count(), 3);
    assert!(delivery.contains("AND(ISNUMBER($B"));
    assert!(
        delivery.contains("&lt;95"),
        "higher is better: below 95 is a breach"
    );
    assert!(
        delivery.contains("&gt;3"),
        "lower is better: above 3 is a breach"
    );
    // A chart per KPI.
    assert!(xml.contains_key("xl/charts/chart1.xml"));
    assert!(xml.contains_key("xl/charts/chart3.xml"));
    assert!(xml["xl/charts/chart1.xml"].contains("prstDash val=\"dash\""));
    // A4, fit to width, portrait or landscape per sheet; frozen headers.
    for (i, orientation) in ["portrait", "landscape", "landscape", "portrait"]
        .iter()
        .enumerate()
    {
        let sheet = &xml[&format!("xl/worksheets/sheet{}.xml", i + 1)];
        assert!(sheet.contains("paperSize=\"9\""), "sheet {i}");
        assert!(
            sheet.contains(&format!("orientation=\"{orientation}\"")),
            "sheet {i}"
        );
        assert!(sheet.contains("fitToHeight=\"0\""), "sheet {i}");
        assert!(sheet.contains("<pane ySplit=\"3\""), "sheet {i}");
    }
    // Input cells: light yellow fill.
    assert!(xml["xl/styles.xml"].contains("FFFFF6C2"));
    // Document properties.
    let core = &xml["docProps/core.xml"];
    assert!(core.contains("<dc:title>Avtalsuppföljning – Skoladministrativt system</dc:title>"));
    assert!(core.contains("<dc:subject>Uppföljning av avtal skoladmin (Skoladministrativt system), Edu AB</dc:subject>"));
    assert!(core.contains("2026-11-22T00:00:00Z"));
    assert!(xml["docProps/app.xml"].contains("<Company>Sjöviks kommun</Company>"));
}

#[test]
fn followup_workbook_in_english() {
    let (_dir, path) = exported(
        "contracts",
        &["followup", "skoladmin", "--lang", "en"],
        "f.xlsx",
    );
    assert_eq!(sheet_names(&path), FOLLOWUP_EN);
    let cooperation = cells(&path, FOLLOWUP_EN[1]);
    assert!(contains(&cooperation, "every 4 months"));
    assert!(contains(&cells(&path, FOLLOWUP_EN[2]), "Strengths"));
    // The register's language setting works too.
    let (_dir, path) = exported(
        "tests/fixtures/report/future",
        &["followup", "plain"],
        "f.xlsx",
    );
    assert_eq!(sheet_names(&path), FOLLOWUP_EN);
}

#[test]
fn followup_for_every_demo_contract_in_both_languages() {
    let root = demo_register();
    let mut keys: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            path.join("contract.toml")
                .is_file()
                .then(|| path.file_name().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    keys.sort();
    for key in &keys {
        for (lang, names) in [("sv", FOLLOWUP_SV), ("en", FOLLOWUP_EN)] {
            let (_dir, path) = exported("contracts", &["followup", key, "--lang", lang], "f.xlsx");
            assert_eq!(sheet_names(&path), names, "{key} {lang}");
        }
    }
}

/// Untrusted text never becomes a formula: no `<f>` element anywhere, and the text reads back.
fn assert_text_only(path: &Path, hostile: &[&str]) {
    for (name, text) in xml(path) {
        if name.starts_with("xl/worksheets/") {
            assert!(!text.contains("<f>"), "{name} has a formula");
            assert!(!text.contains("<f "), "{name} has a formula");
        }
    }
    let mut book = calamine::open_workbook_auto(path).unwrap();
    let mut seen = Vec::new();
    for sheet in book.sheet_names() {
        let range = book.worksheet_range(&sheet).unwrap();
        for cell in range.used_cells() {
            if let Data::String(s) = cell.2 {
                seen.push(s.clone());
            }
        }
    }
    for text in hostile {
        assert!(
            seen.iter().any(|s| s.contains(text)),
            "{text} not found as text"
        );
    }
}

#[test]
fn followup_keeps_hostile_text_as_text() {
    let (_dir, path) = exported(
        "tests/fixtures/report/nasty",
        &["followup", "evil"],
        "f.xlsx",
    );
    assert_text_only(
        &path,
        &[
            "=HYPERLINK(\"http://x\",\"y\")",
            "@SUM(1)",
            "=1+1",
            "+SUM(A1:A2)",
            "-2+3",
            "<script>alert(1)</script>",
        ],
    );
    let core = &xml(&path)["docProps/core.xml"];
    assert!(core.contains("&lt;script&gt;"));
}

#[test]
fn kpi_sheet_layout_and_validation() {
    let (_dir, path) = exported(
        "contracts",
        &["kpi-sheet", "skoladmin", "--year", "2026"],
        "k.xlsx",
    );
    assert_eq!(sheet_names(&path), ["Nyckeltal"]);
    let rows = cells(&path, "Nyckeltal");
    let header = rows.iter().position(|r| r[0] == "Period").unwrap();
    assert!(header < 20);
    assert_eq!(
        rows[header],
        [
            "Period",
            "Leveransprecision (%)",
            "Antal incidenter (st)",
            "Nöjd kund-index"
        ]
    );
    assert!(contains(&rows[..header], "≥\u{a0}95\u{a0}%"));
    assert!(contains(&rows[..header], "≤\u{a0}3\u{a0}st"));
    assert!(contains(&rows[..header], "per kvartal"));
    let periods: Vec<&str> = rows[header + 1..].iter().map(|r| r[0].as_str()).collect();
    let mut expected: Vec<String> = (1..=12).map(|m| format!("2026-{m:02}")).collect();
    expected.extend((1..=4).map(|q| format!("2026-Q{q}")));
    assert_eq!(periods, expected);
    // Values already reported are filled in; quarterly cells stay empty in month rows.
    let jan = &rows[header + 1];
    assert_eq!(jan[1], "96.3");
    assert_eq!(jan[3], "");
    let q3 = &rows[header + 15];
    assert_eq!((q3[1].as_str(), q3[3].as_str()), ("", "75"));
    let sheet = &xml(&path)["xl/worksheets/sheet1.xml"];
    assert!(sheet.contains("<dataValidation type=\"decimal\""));
    // 12 months × 2 monthly KPIs + 4 quarters × 1 quarterly KPI.
    assert_eq!(sheet.matches("<dataValidation ").count(), 28);
    // Periods are text cells, never dates or numbers.
    assert!(sheet.contains("t=\"s\""));
    assert!(!sheet.contains("<f>"));
}

/// Copies `from` into a new workbook, setting `fill` values (0-based row, col).
fn fill(from: &Path, to: &Path, sheet: &str, fill: &[(u32, u16, f64)]) {
    let mut book = calamine::open_workbook_auto(from).unwrap();
    let range = book.worksheet_range(sheet).unwrap();
    let (row0, col0) = range.start().unwrap();
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    ws.set_name(sheet).unwrap();
    for (r, row) in range.rows().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (row0 + r as u32, (col0 as usize + c) as u16);
            match cell {
                Data::String(s) => {
                    ws.write_string(r, c, s).unwrap();
                }
                Data::Float(f) => {
                    ws.write_number(r, c, *f).unwrap();
                }
                _ => {}
            }
        }
    }
    for &(r, c, value) in fill {
        ws.write_number(r, c, value).unwrap();
    }
    out.save(to).unwrap();
}

/// What the import code reads from `path` for `key`, as (period, kpi, value) sorted.
fn imported(path: &Path, key: &str) -> Vec<(String, String, f64)> {
    let register =
        avtal::load::load_register(&demo_register(), avtal::load::LanguageChoice::default())
            .unwrap();
    let contract = register.contract(key).unwrap();
    let located = locate(
        path,
        "filled.xlsx",
        FileKind::Xlsx,
        None,
        &contract.kpis,
        None,
        avtal::model::Language::En,
    )
    .unwrap();
    let extracted = avtal::import::extract::extract(
        &located.grid,
        &located.layout,
        contract,
        avtal::model::Language::En,
    )
    .unwrap();
    assert!(extracted.warnings.is_empty(), "{:?}", extracted.warnings);
    let mut values: Vec<(String, String, f64)> = extracted
        .values
        .iter()
        .map(|v| {
            (
                v.period.to_string(),
                contract.kpis[v.kpi].id.clone(),
                v.value,
            )
        })
        .collect();
    values.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    values
}

#[test]
fn kpi_sheet_round_trip_through_the_importer() {
    let (dir, path) = exported(
        "contracts",
        &["kpi-sheet", "skoladmin", "--year", "2026"],
        "k.xlsx",
    );
    let register =
        avtal::load::load_register(&demo_register(), avtal::load::LanguageChoice::default())
            .unwrap();
    let contract = register.contract("skoladmin").unwrap();
    let mut expected: Vec<(String, String, f64)> = contract
        .kpi_rows
        .iter()
        .filter(|r| r.period.year() == 2026)
        .map(|r| {
            (
                r.period.to_string(),
                contract.kpis[r.kpi_index()].id.clone(),
                r.value,
            )
        })
        .collect();
    expected.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    // As exported: exactly the stored values come back.
    assert_eq!(imported(&path, "skoladmin"), expected);

    // The supplier fills in October and Q4.
    let rows = cells(&path, "Nyckeltal");
    let header = rows.iter().position(|r| r[0] == "Period").unwrap() as u32;
    let filled = dir.path().join("filled.xlsx");
    fill(
        &path,
        &filled,
        "Nyckeltal",
        &[
            (header + 10, 1, 97.5),
            (header + 10, 2, 1.0),
            (header + 16, 3, 80.25),
        ],
    );
    let mut more = expected.clone();
    more.push(("2026-10".into(), "incidenter".into(), 1.0));
    more.push(("2026-10".into(), "leveransprecision".into(), 97.5));
    more.push(("2026-Q4".into(), "nki".into(), 80.25));
    more.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    assert_eq!(imported(&filled, "skoladmin"), more);
}

#[test]
fn kpi_sheet_of_every_demo_contract_reads_back_unchanged() {
    let register =
        avtal::load::load_register(&demo_register(), avtal::load::LanguageChoice::default())
            .unwrap();
    let mut checked = 0;
    for contract in register.contracts.iter().filter(|c| !c.kpis.is_empty()) {
        for (year, lang) in [(2025, "sv"), (2026, "en")] {
            let (_dir, path) = exported(
                "contracts",
                &[
                    "kpi-sheet",
                    &contract.key,
                    "--year",
                    &year.to_string(),
                    "--lang",
                    lang,
                ],
                "k.xlsx",
            );
            let mut expected: Vec<(String, String, f64)> = contract
                .kpi_rows
                .iter()
                .filter(|r| r.period.year() == year)
                .map(|r| {
                    (
                        r.period.to_string(),
                        contract.kpis[r.kpi_index()].id.clone(),
                        r.value,
                    )
                })
                .collect();
            expected.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
            assert_eq!(
                imported(&path, &contract.key),
                expected,
                "{} {year}",
                contract.key
            );
            checked += 1;
        }
    }
    assert!(checked >= 40, "only {checked} sheets checked");
}

#[test]
fn kpi_sheet_in_english_and_hostile_names_stay_text() {
    let (_dir, path) = exported(
        "contracts",
        &["kpi-sheet", "skolmat", "--lang", "en"],
        "k.xlsx",
    );
    assert_eq!(sheet_names(&path), ["KPIs"]);
    let (_dir, path) = exported(
        "tests/fixtures/report/nasty",
        &["kpi-sheet", "evil"],
        "k.xlsx",
    );
    assert_text_only(
        &path,
        &[
            "=HYPERLINK(\"http://x\",\"y\") (<%>)",
            "<script>alert(1)</script>",
        ],
    );
}

#[test]
fn workbooks_are_byte_identical_across_runs() {
    for args in [["followup", "skoladmin"], ["kpi-sheet", "skoladmin"]] {
        let (_a, first) = exported("contracts", &args, "a.xlsx");
        let (_b, second) = exported("contracts", &args, "b.xlsx");
        assert_eq!(
            std::fs::read(first).unwrap(),
            std::fs::read(second).unwrap(),
            "{args:?}"
        );
    }
}

#[test]
fn workbook_needs_an_xlsx_output_file() {
    let (stdout, stderr, code) = export("contracts", &["followup", "skoladmin"]);
    assert_eq!((stdout.as_str(), code), ("", 2));
    assert!(
        stderr.contains("error: a workbook behöver en utdatafil"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: lägg till -o FIL"), "{stderr}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.csv");
    let (_, stderr, code) = export(
        "contracts",
        &["kpi-sheet", "skoladmin", "-o", path.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("är ingen .xlsx-fil"), "{stderr}");
    assert!(
        stderr.contains("hint: ge utfilen namnet FIL.xlsx"),
        "{stderr}"
    );
    assert!(!path.exists());
}

#[test]
fn unknown_contract_and_contract_without_kpis_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.xlsx");
    let out = path.to_str().unwrap();
    let (_, stderr, code) = export("contracts", &["followup", "skoladmn", "-o", out]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: inget avtal `skoladmn` i registret"),
        "{stderr}"
    );
    assert!(stderr.contains("menade du `skoladmin`?"), "{stderr}");
    assert!(!path.exists());

    let (_, stderr, code) = export(
        "tests/fixtures/report/future",
        &["kpi-sheet", "plain", "-o", out],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: contract `plain` has no KPIs to report"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: add [[kpis]] to plain/contract.toml"),
        "{stderr}"
    );
    assert!(!path.exists());
}

#[test]
fn invalid_register_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.xlsx");
    let (_, stderr, code) = export(
        "tests/fixtures/report/broken",
        &["followup", "bad", "-o", path.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: bad/contract.toml:4:1: okänd nyckel `colour`"),
        "{stderr}"
    );
    assert!(!path.exists());
}

/// A copy of the demo register's settings and one contract in a temporary folder.
fn register_copy(key: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let demo = demo_register();
    std::fs::copy(demo.join("avtal.toml"), dir.path().join("avtal.toml")).unwrap();
    std::fs::create_dir(dir.path().join(key)).unwrap();
    for entry in std::fs::read_dir(demo.join(key)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(key).join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn kpi_import_reads_the_filled_sheet_back() {
    let register = register_copy("skoladmin");
    let root = register.path().to_str().unwrap().to_string();
    let kpi_csv = register.path().join("skoladmin/kpi.csv");
    let before = std::fs::read_to_string(&kpi_csv).unwrap();
    let (dir, path) = exported(
        &root,
        &["kpi-sheet", "skoladmin", "--year", "2026"],
        "k.xlsx",
    );

    // As exported, nothing changes.
    let output = avtal()
        .args(["-C", &root, "--today", TODAY, "kpi", "import"])
        .arg(&path)
        .args(["--contract", "skoladmin"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(std::fs::read_to_string(&kpi_csv).unwrap(), before);

    // Filled in: exactly the new values are added, with the file as their source.
    let rows = cells(&path, "Nyckeltal");
    let header = rows.iter().position(|r| r[0] == "Period").unwrap() as u32;
    let filled = dir.path().join("edu-2026.xlsx");
    fill(
        &path,
        &filled,
        "Nyckeltal",
        &[
            (header + 10, 1, 97.5),
            (header + 10, 2, 1.0),
            (header + 16, 3, 80.25),
        ],
    );
    let output = avtal()
        .args(["-C", &root, "--today", TODAY, "kpi", "import"])
        .arg(&filled)
        .args(["--contract", "skoladmin"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let after = std::fs::read_to_string(&kpi_csv).unwrap();
    let old: Vec<&str> = before.lines().collect();
    let added: Vec<&str> = after.lines().filter(|l| !old.contains(l)).collect();
    assert_eq!(
        added,
        [
            "2026-10,incidenter,1,edu-2026.xlsx,",
            "2026-10,leveransprecision,97.5,edu-2026.xlsx,",
            "2026-Q4,nki,80.25,edu-2026.xlsx,",
        ]
    );
    assert_eq!(after.lines().count(), old.len() + 3);
}

#[test]
fn bad_year_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.xlsx");
    let out = path.to_str().unwrap();
    let (_, stderr, code) = export(
        "contracts",
        &["kpi-sheet", "skoladmin", "--year", "0", "-o", out],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: --year 0 ligger utanför det tillåtna intervallet"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: ange ett år mellan 1900 och 9999"),
        "{stderr}"
    );
    let (_, stderr, code) = export(
        "contracts",
        &["kpi-sheet", "skoladmin", "--year", "tjugo", "-o", out],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid value 'tjugo' for '--year <YEAR>'"),
        "{stderr}"
    );
    assert!(!path.exists());
}

#[test]
fn unwritable_output_is_an_error() {
    let (_, stderr, code) = export(
        "contracts",
        &[
            "followup",
            "skoladmin",
            "-o",
            "/nonexistent-avtal-dir/f.xlsx",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: /nonexistent-avtal-dir"),
        "{stderr}"
    );
}
