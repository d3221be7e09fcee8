//! `avtal contracts import` (SPEC §15) over the real binary: the sample export, re-import,
//! `--update`, `--dry-run`, JSON, and every bad input of the issue (message with sheet and cell,
//! exit 2, nothing written).

mod common;

use common::avtal_in;
use rust_xlsxwriter::Workbook;
use std::collections::BTreeMap;
use std::path::Path;

const HEADER: [&str; 8] = [
    "Avtalsnamn",
    "Leverantör",
    "Org.nr",
    "Startdatum",
    "Slutdatum",
    "Förlängning",
    "Uppsägningstid",
    "Årsvärde",
];

/// An empty register in a temporary folder (`language` "sv" or "en").
fn register(language: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("reg")).unwrap();
    std::fs::write(
        dir.path().join("reg/avtal.toml"),
        format!("organisation = \"Testkommun\"\nlanguage = \"{language}\"\n"),
    )
    .unwrap();
    dir
}

/// Every file of the register and its content.
fn files(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, found: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, found);
            } else {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                found.insert(name, std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(dir, dir, &mut found);
    found
}

/// A workbook with the sheet `Avtal`: a title row, then `rows` (the header first).
fn xlsx(path: &Path, rows: &[Vec<String>]) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Avtal").unwrap();
    sheet.write_string(0, 0, "Avtalsdatabas").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32 + 2, c as u16, text).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

fn header() -> Vec<String> {
    HEADER.iter().map(|h| h.to_string()).collect()
}

fn good_row(n: usize) -> Vec<String> {
    vec![
        format!("Avtal nummer {n}"),
        "Leverantör AB".into(),
        "556677-8899".into(),
        "2025-01-01".into(),
        "2026-12-31".into(),
        "2+1+1".into(),
        "6 mån".into(),
        "850 tkr".into(),
    ]
}

/// Imports `rows` (under the header) into a fresh register; returns stderr and asserts exit 2
/// and that nothing was written.
fn fails(rows: Vec<Vec<String>>) -> String {
    let mut all = vec![header()];
    all.extend(rows);
    fails_with(all)
}

/// Like [`fails`], with the header row given.
fn fails_with(all: Vec<Vec<String>>) -> String {
    let dir = register("sv");
    xlsx(&dir.path().join("export.xlsx"), &all);
    let before = files(&dir.path().join("reg"));
    let output = avtal_in(dir.path())
        .args(["-C", "reg", "contracts", "import", "export.xlsx"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(
        files(&dir.path().join("reg")),
        before,
        "something was written"
    );
    stderr
}

fn with(n: usize, col: usize, text: &str) -> Vec<String> {
    let mut row = good_row(n);
    row[col] = text.to_string();
    row
}

#[test]
fn a_missing_required_column() {
    let dir = register("sv");
    let rows: Vec<Vec<String>> = vec![
        HEADER[..4].iter().map(|h| h.to_string()).collect(),
        good_row(1)[..4].to_vec(),
    ];
    xlsx(&dir.path().join("export.xlsx"), &rows);
    let output = avtal_in(dir.path())
        .args(["-C", "reg", "contracts", "import", "export.xlsx"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("export.xlsx: Avtal!A3: rubrikraden saknar kolumn slutdatum (end)"),
        "{stderr}"
    );
    assert_eq!(files(&dir.path().join("reg")).len(), 1);
}

#[test]
fn a_row_without_title() {
    let stderr = fails(vec![good_row(1), with(2, 0, "")]);
    assert!(
        stderr.contains("export.xlsx: Avtal!A5: raden har inget avtalsnamn"),
        "{stderr}"
    );
}

#[test]
fn an_impossible_date() {
    let stderr = fails(vec![with(1, 3, "2025-02-30")]);
    assert!(
        stderr.contains("Avtal!D4: \"2025-02-30\" är ett omöjligt datum"),
        "{stderr}"
    );
}

#[test]
fn end_before_start() {
    let stderr = fails(vec![with(1, 4, "2024-12-31")]);
    assert!(
        stderr.contains("Avtal!E4: slutdatum 2024-12-31 är före startdatum 2025-01-01"),
        "{stderr}"
    );
}

#[test]
fn text_in_a_value() {
    let stderr = fails(vec![with(1, 7, "enligt prislista")]);
    assert!(
        stderr.contains("Avtal!H4: \"enligt prislista\" är inget belopp"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: inget skrevs"), "{stderr}");
}

#[test]
fn unreadable_options() {
    let stderr = fails(vec![with(1, 5, "enligt avtal")]);
    assert!(
        stderr.contains("Avtal!F4: förlängningen \"enligt avtal\" kan inte läsas"),
        "{stderr}"
    );
}

#[test]
fn two_rows_with_the_same_explicit_key() {
    let keyed = |key: &str, n| [vec![key.to_string()], good_row(n)].concat();
    let stderr = fails_with(vec![
        [vec!["Nyckel".to_string()], header()].concat(),
        keyed("skolmat", 1),
        keyed("skolmat", 2),
    ]);
    assert!(
        stderr.contains("Avtal!A5: nyckeln `skolmat` finns redan på rad 4"),
        "{stderr}"
    );
}

#[test]
fn an_org_number_failing_luhn() {
    let stderr = fails(vec![with(1, 2, "556677-8898")]);
    assert!(
        stderr.contains(
            "Avtal!C4: ogiltigt organisationsnummer \"556677-8898\": kontrollsiffran stämmer inte"
        ),
        "{stderr}"
    );
}

#[test]
fn an_empty_file() {
    let dir = register("sv");
    std::fs::write(dir.path().join("export.csv"), "").unwrap();
    let output = avtal_in(dir.path())
        .args(["-C", "reg", "contracts", "import", "export.csv"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("export.csv: filen är tom"), "{stderr}");
    assert_eq!(files(&dir.path().join("reg")).len(), 1);
}

#[test]
fn a_workbook_with_only_a_header() {
    let stderr = fails(Vec::new());
    assert!(
        stderr.contains("export.xlsx: Avtal!A3: inga avtal under rubrikraden"),
        "{stderr}"
    );
}

#[test]
fn no_header_row_at_all() {
    let stderr = fails_with(vec![
        vec!["Namn".into(), "Firma".into()],
        vec!["A".into(), "B".into()],
    ]);
    assert!(
        stderr.contains("ingen rubrikrad med avtalsnamn"),
        "{stderr}"
    );
    assert!(
        stderr.contains("blad Avtal: såg \"Namn\", \"Firma\""),
        "{stderr}"
    );
}

#[test]
fn one_bad_row_among_500_writes_nothing() {
    let mut rows: Vec<Vec<String>> = (1..=500).map(good_row).collect();
    rows[321][3] = "2025-13-01".into();
    let stderr = fails(rows);
    assert!(
        stderr.contains("Avtal!D325: \"2025-13-01\" är ett omöjligt datum"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
}

#[test]
fn more_than_20000_rows_are_refused_before_anything_is_planned() {
    // Bounded memory (issue 16): 300,000 rows once took 1.5 GB; no register has 20,000 contracts.
    let rows: Vec<Vec<String>> = (1..=20_001).map(good_row).collect();
    let stderr = fails(rows);
    assert!(
        stderr.contains("export.xlsx: 20001 rader – fler än 20 000 avtal i en fil läses inte in"),
        "{stderr}"
    );
    assert!(stderr.contains("dela upp exporten"), "{stderr}");
}

/// Copies the sample export next to a fresh register.
fn with_sample(language: &str) -> tempfile::TempDir {
    let dir = register(language);
    common::copy_dir(
        Path::new("examples/avtalsdatabas"),
        &dir.path().join("export"),
    );
    dir
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = avtal_in(dir).args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_sample_export_imports_and_validates_and_twice_changes_nothing() {
    let dir = with_sample("sv");
    let (code, out, err) = run(
        dir.path(),
        &[
            "-C",
            "reg",
            "contracts",
            "import",
            "export/avtalsexport.xlsx",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("avtalsexport.xlsx (blad Avtal): 44 avtal. Nya 44, oförändrade 0, uppdaterade 0, överhoppade rader 1.\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "  Skapade skoladministrativt-system/contract.toml  Skoladministrativt system\n"
        ),
        "{out}"
    );
    assert!(err.contains("organisationsnummer saknas"), "{err}");
    assert!(
        err.contains("uppsägningstid saknas: optionerna fick notice_months = 3"),
        "{err}"
    );
    let written = files(&dir.path().join("reg"));
    assert_eq!(written.len(), 45);
    let toml = &written["skoladministrativt-system/contract.toml"];
    assert!(toml.starts_with("# Importerat från avtalsexport.xlsx, blad Avtal, rad 5.\n# Avtal: Skoladministrativt system\n"), "{toml}");
    assert!(toml.contains("kind = \"framework\""), "{toml}");
    assert!(toml.contains("org_no = \"550012-3459\""), "{toml}");
    assert!(
        toml.contains("[[options]]\nmonths = 12\nnotice_months = 9"),
        "{toml}"
    );
    // `avtal check` validates every contract written (exit 1 means findings, not errors).
    let (code, _, err) = run(dir.path(), &["-C", "reg", "check", "--fail-on", "never"]);
    assert_eq!(code, 0, "{err}");
    // The same file twice, and its CSV variant, change nothing.
    for file in ["export/avtalsexport.xlsx", "export/avtalsexport.csv"] {
        let (code, out, err) = run(dir.path(), &["-C", "reg", "contracts", "import", file]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains("Nya 0, oförändrade 44, uppdaterade 0"),
            "{out}"
        );
        assert!(
            out.ends_with("Inget nytt: registret ändrades inte.\n"),
            "{out}"
        );
        assert_eq!(files(&dir.path().join("reg")), written);
    }
}

#[test]
fn the_csv_variant_imports_like_the_workbook() {
    let dir = with_sample("en");
    let (code, out, err) = run(
        dir.path(),
        &[
            "-C",
            "reg",
            "contracts",
            "import",
            "export/avtalsexport.csv",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with(
            "avtalsexport.csv: 44 contracts. New 44, unchanged 0, updated 0, skipped rows 1.\n"
        ),
        "{out}"
    );
    assert!(err.contains("no organisation number"), "{err}");
    let (code, _, err) = run(
        dir.path(),
        &[
            "-C",
            "reg",
            "contracts",
            "import",
            "export/avtalsexport.xlsx",
        ],
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn dry_run_writes_nothing_and_json_shows_the_content() {
    let dir = with_sample("sv");
    let (code, out, _) = run(
        dir.path(),
        &[
            "-C",
            "reg",
            "contracts",
            "import",
            "export/avtalsexport.xlsx",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("  Skulle skapa parkskotsel/contract.toml  Parkskötsel\n"),
        "{out}"
    );
    assert!(out.ends_with("Provkörning: inget skrevs.\n"), "{out}");
    assert_eq!(files(&dir.path().join("reg")).len(), 1);
    let (code, out, _) = run(
        dir.path(),
        &[
            "-C",
            "reg",
            "contracts",
            "import",
            "export/avtalsexport.xlsx",
            "--dry-run",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["counts"]["new"], 44);
    assert_eq!(json["counts"]["skipped"], 1);
    assert_eq!(json["written"], false);
    assert_eq!(json["sheet"], "Avtal");
    assert_eq!(json["contracts"][0]["key"], "skoladministrativt-system");
    assert_eq!(json["contracts"][0]["row"], "Avtal!A5");
    assert!(
        json["contracts"][0]["content"]
            .as_str()
            .unwrap()
            .contains("title = \"Skoladministrativt system\"")
    );
    assert_eq!(files(&dir.path().join("reg")).len(), 1);
}

#[test]
fn conflicts_are_listed_per_field_and_update_keeps_comments() {
    let dir = register("sv");
    let csv = |value: &str, notice: &str| {
        format!(
            "Avtalsnamn;Leverantör;Startdatum;Slutdatum;Förlängning;Uppsägningstid;Årsvärde;Kategori\nSkolskjuts;Buss AB;2025-01-01;2026-12-31;2+1;{notice};{value};Transport\n"
        )
    };
    std::fs::write(dir.path().join("a.csv"), csv("850 tkr", "6")).unwrap();
    let (code, _, err) = run(dir.path(), &["-C", "reg", "contracts", "import", "a.csv"]);
    assert_eq!(code, 0, "{err}");
    // A person edits the file: a comment and a KPI the import does not own.
    let path = dir.path().join("reg/skolskjuts/contract.toml");
    let edited = std::fs::read_to_string(&path).unwrap().replace(
        "title = \"Skolskjuts\"",
        "title = \"Skolskjuts\" # enligt diariet",
    ) + "\n[[kpis]]\nid = \"punktlighet\"\nname = \"Punktlighet\"\ntarget = 95\n";
    std::fs::write(&path, &edited).unwrap();
    std::fs::write(dir.path().join("a.csv"), csv("1,2 Mkr", "9 mån")).unwrap();
    let before = files(&dir.path().join("reg"));
    let (code, _, err) = run(dir.path(), &["-C", "reg", "contracts", "import", "a.csv"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("error: a.csv: 1 avtal skiljer sig från registret (2 fält):"),
        "{err}"
    );
    assert!(
        err.contains("skolskjuts: options: registret \"12 mån (besked senast 6 mån före)\", filen \"12 mån (besked senast 9 mån före)\" (2:5)"),
        "{err}"
    );
    assert!(
        err.contains("skolskjuts: annual_value: registret \"850000\", filen \"1200000\" (2:7)"),
        "{err}"
    );
    assert!(
        err.contains("hint: inget skrevs; lägg till --update"),
        "{err}"
    );
    assert_eq!(files(&dir.path().join("reg")), before);
    let (code, out, err) = run(
        dir.path(),
        &["-C", "reg", "contracts", "import", "a.csv", "--update"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("uppdaterade 1"), "{out}");
    assert!(
        out.contains("  Uppdaterade skolskjuts/contract.toml: options, annual_value\n"),
        "{out}"
    );
    let updated = std::fs::read_to_string(&path).unwrap();
    assert!(
        updated.contains("title = \"Skolskjuts\" # enligt diariet"),
        "{updated}"
    );
    assert!(updated.contains("annual_value = 1200000"), "{updated}");
    assert!(updated.contains("notice_months = 9"), "{updated}");
    assert!(updated.contains("id = \"punktlighet\""), "{updated}");
    assert!(updated.contains("# [[requirements]]"), "{updated}");
    let (code, out, _) = run(dir.path(), &["-C", "reg", "contracts", "import", "a.csv"]);
    assert_eq!(code, 0);
    assert!(out.contains("oförändrade 1"), "{out}");
}
