//! Entry points for fuzzing (`fuzz/`, cargo-fuzz) and for the stable test that replays the
//! committed corpus (`tests/fuzz_corpus.rs`): one per parser of outside input. Each takes raw
//! bytes, must never panic, and checks that every error it gets is located.

use crate::diag::Diagnostic;
use crate::import::read::{FileKind, find_sheet, locate};
use crate::model::{Kpi, Language};
use std::path::PathBuf;

/// The loaders run in Swedish, the default, so the Swedish catalogue is exercised too.
const FUZZ_LANG: Language = Language::Sv;

/// The targets, by name (the corpus folder names).
pub const TARGETS: [&str; 16] = [
    "contract_toml",
    "avtal_toml",
    "kpi_csv",
    "log_csv",
    "xlsx",
    "xls",
    "ods",
    "csv_import",
    "spend_csv",
    "index_csv",
    "price_adjustment",
    "ubl_xml",
    "json_stat",
    "spend_import",
    "index_import",
    "contracts_import",
];

/// Runs target `name` on `data`; unknown names do nothing.
pub fn run(name: &str, data: &[u8]) {
    match name {
        "contract_toml" => contract_toml(data),
        "avtal_toml" => avtal_toml(data),
        "kpi_csv" => kpi_csv(data),
        "log_csv" => log_csv(data),
        "xlsx" => workbook(data, FileKind::Xlsx),
        "xls" => workbook(data, FileKind::Xls),
        "ods" => workbook(data, FileKind::Ods),
        "csv_import" => workbook(data, FileKind::Csv),
        "spend_csv" => spend_csv(data),
        "index_csv" => index_csv(data),
        "price_adjustment" => price_adjustment(data),
        "ubl_xml" => ubl_xml(data),
        "json_stat" => json_stat(data),
        "spend_import" => spend_import(data),
        "index_import" => index_import(data),
        "contracts_import" => contracts_import(data),
        _ => {}
    }
}

fn located(result: Result<impl Sized, Vec<Diagnostic>>) {
    if let Err(diagnostics) = result {
        assert!(!diagnostics.is_empty(), "an error without diagnostics");
        for d in diagnostics {
            assert!(d.line >= 1 && d.column >= 1 && !d.file.is_empty(), "{d:?}");
        }
    }
}

/// `contract.toml` (SPEC §2.2).
pub fn contract_toml(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    located(crate::load::parse_contract(
        "fuzz",
        "fuzz/contract.toml",
        &text,
        None,
        FUZZ_LANG,
    ));
}

/// `avtal.toml` (SPEC §2.1).
pub fn avtal_toml(data: &[u8]) {
    located(crate::load::parse_settings(
        "avtal.toml",
        &String::from_utf8_lossy(data),
        FUZZ_LANG,
    ));
}

fn kpis() -> Vec<Kpi> {
    let source = "title = \"t\"\nstart = 2024-01-01\nend = 2027-12-31\n[supplier]\nname = \"s\"\n[[kpis]]\nid = \"leveransprecision\"\nname = \"Leveransprecision\"\nunit = \"%\"\ntarget = 95\n[[kpis]]\nid = \"nki\"\nname = \"NKI\"\ntarget = 70\nfrequency = \"quarterly\"\n";
    crate::load::parse_contract("k", "k/contract.toml", source, None, FUZZ_LANG)
        .map(|c| c.kpis)
        .unwrap_or_default()
}

/// `kpi.csv` (SPEC §2.3).
pub fn kpi_csv(data: &[u8]) {
    located(crate::load::parse_kpi_csv(
        "k/kpi.csv",
        &String::from_utf8_lossy(data),
        &kpis(),
        FUZZ_LANG,
    ));
}

/// `log.csv` (SPEC §2.4).
pub fn log_csv(data: &[u8]) {
    located(crate::load::parse_log_csv(
        "k/log.csv",
        &String::from_utf8_lossy(data),
        FUZZ_LANG,
    ));
}

/// Writes `data` to `name` in a fresh temporary folder (kept alive by the returned guard).
fn temp_file(name: &str, data: &[u8]) -> Option<(tempfile::TempDir, PathBuf)> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join(name);
    std::fs::write(&path, data).ok()?;
    Some((dir, path))
}

/// An import error names its file first, like every other error (`fuzz.csv: …`).
fn names_file(message: &str, file: &str) {
    assert!(
        message.starts_with(file),
        "an unlocated import error: {message}"
    );
}

/// A supplier file through the whole reader stack (guards, reader, header search).
pub fn workbook(data: &[u8], kind: FileKind) {
    let extension = match kind {
        FileKind::Xlsx => "xlsx",
        FileKind::Xls => "xls",
        FileKind::Ods => "ods",
        FileKind::Csv => "csv",
    };
    let Some((_dir, path)) = temp_file(&format!("fuzz.{extension}"), data) else {
        return;
    };
    let _ = locate(&path, "fuzz", kind, None, &kpis(), None, Language::En);
}

/// `spend/<YYYY>.csv` (SPEC §2.5).
pub fn spend_csv(data: &[u8]) {
    let mut spend = crate::spend::Spend::default();
    let text = String::from_utf8_lossy(data);
    let mut diagnostics =
        crate::load::parse_spend_csv("spend/2026.csv", 2026, &text, &mut spend, FUZZ_LANG);
    // The chunked reader of plain files must give what the whole text gives.
    let (parts, chunk) = (
        1 + data.len() % 5,
        1 + usize::from(data.first().copied().unwrap_or(0)),
    );
    let mut chunked = crate::spend::Spend::default();
    if let Some(mut errors) = crate::load::parse_spend_chunked(
        "spend/2026.csv",
        2026,
        data,
        (parts, chunk),
        &mut chunked,
        FUZZ_LANG,
    ) {
        errors.sort();
        diagnostics.sort();
        assert_eq!(errors, diagnostics, "chunked errors differ");
        let texts = |s: &crate::spend::Spend| -> Vec<String> {
            s.rows
                .iter()
                .map(|r| format!("{:?}", s.new_row(r)))
                .collect()
        };
        assert_eq!(texts(&chunked), texts(&spend), "chunked rows differ");
    }
    located(if diagnostics.is_empty() {
        Ok(())
    } else {
        Err(diagnostics)
    });
}

/// `index/<NAME>.csv` (SPEC §2.5).
pub fn index_csv(data: &[u8]) {
    located(crate::load::parse_index_csv(
        "KPI",
        "index/KPI.csv",
        &String::from_utf8_lossy(data),
        FUZZ_LANG,
    ));
}

/// The contract the `price_adjustment` target completes: everything but its index clause.
const PRICED_CONTRACT: &str = "title = \"t\"\nstart = 2024-01-01\nend = 2027-12-31\nannual_value = 1000000\n[supplier]\nname = \"s\"\n";

/// `[price_adjustment]` with its series, through the register loader and the price rules
/// (SPEC §13): `data` is the clause, a line `%%`, then `index/KPI.csv`.
pub fn price_adjustment(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (clause, series) = text.split_once("\n%%\n").unwrap_or((&text, ""));
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let root = dir.path();
    let written = std::fs::create_dir_all(root.join("k"))
        .and_then(|()| std::fs::create_dir_all(root.join("index")))
        .and_then(|()| std::fs::write(root.join("avtal.toml"), ""))
        .and_then(|()| {
            std::fs::write(
                root.join("k/contract.toml"),
                format!("{PRICED_CONTRACT}{clause}"),
            )
        })
        .and_then(|()| std::fs::write(root.join("index/KPI.csv"), series));
    if written.is_err() {
        return;
    }
    match crate::load::load_register(root, crate::load::LanguageChoice::fixed(FUZZ_LANG)) {
        Ok(register) => {
            let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
            for contract in &register.contracts {
                let adjustments = crate::rules::price::adjustments(contract);
                let _ = crate::rules::price::due(&adjustments, today);
                let _ = crate::rules::price::missing_months(&adjustments, today);
                let _ = crate::rules::price::judge_claim(&adjustments, 3.5, today);
            }
        }
        Err(error) => located_error(&error),
    }
}

/// A register error lists located diagnostics, or names what it could not read.
fn located_error(error: &crate::error::Error) {
    if let crate::error::Error::Invalid(diagnostics) = error {
        located(Err::<(), _>(diagnostics.clone()));
    }
}

/// A UBL e-invoice (SPEC §12). What it reads is checked against the document itself (issue 31):
/// a date in the years 1900–9999, exactly one `LegalMonetaryTotal` with exactly one
/// `TaxExclusiveAmount`, and the amount stored being that element's whole string value (so a
/// comment or processing instruction inside it never hides digits).
pub fn ubl_xml(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match crate::import::spend::ubl::parse("fuzz.xml", &text, &crate::messages::English) {
        Err(e) => names_file(&e.to_string(), "fuzz.xml"),
        Ok(line) => {
            storable_date(line.date);
            let amount = ubl_amount_oracle(&text).expect("an invoice read without one amount");
            assert_eq!(
                line.amount.abs(),
                amount.abs(),
                "the amount read is not the whole"
            );
        }
    }
}

/// Every date an importer returns lies in the years 1900–9999 (issue 31).
fn storable_date(date: chrono::NaiveDate) {
    use chrono::Datelike;
    let years = i32::from(crate::limits::MIN_YEAR)..=i32::from(crate::limits::MAX_YEAR);
    assert!(
        years.contains(&date.year()),
        "a date outside 1900–9999: {date}"
    );
}

/// The invoice's amount read independently: the one `TaxExclusiveAmount` of the one
/// `LegalMonetaryTotal` of the root, as the whole text under it.
fn ubl_amount_oracle(text: &str) -> Option<crate::money::Money> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    let document = roxmltree::Document::parse_with_options(text, options).ok()?;
    let total = only_child(document.root_element(), "LegalMonetaryTotal")?;
    let amount = only_child(total, "TaxExclusiveAmount")?;
    let whole: String = amount
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    crate::load::parse_amount(whole.trim())
}

/// A JSON-stat dataset for `index import` (SPEC §13).
pub fn json_stat(data: &[u8]) {
    let text = crate::import::read::csv_file::decode(data.to_vec());
    if let Err(e) = crate::import::index::parse_json_stat(&text, "fuzz.json", Language::En) {
        names_file(&e.to_string(), "fuzz.json");
    }
}

/// An accounts-payable export through `spend import`'s reader, header search and row mapping.
pub fn spend_import(data: &[u8]) {
    let Some((_dir, path)) = temp_file("fuzz.csv", data) else {
        return;
    };
    match crate::import::spend::read_file(&path, "fuzz.csv", Default::default(), None, Language::En)
    {
        Err(e) => names_file(&e.to_string(), "fuzz.csv"),
        Ok(lines) => lines.lines.iter().for_each(|line| storable_date(line.date)),
    }
}

/// A series file through `index import`'s header search and month mapping.
pub fn index_import(data: &[u8]) {
    use crate::import::index::{detect_columns, extract};
    let Some((_dir, path)) = temp_file("fuzz.csv", data) else {
        return;
    };
    let found = find_sheet(
        &path,
        "fuzz.csv",
        FileKind::Csv,
        None,
        None,
        Language::En,
        |grid| Ok(detect_columns(grid).ok().flatten().ok_or_else(Vec::new)),
    );
    if let Ok(Ok((grid, columns))) = found
        && let Err(problems) = extract(&grid, columns, Language::En)
    {
        assert!(!problems.is_empty(), "an error without problems");
    }
}

/// A contract database export through `contracts import`'s header search, row mapping and
/// matching against one existing contract (SPEC §15).
pub fn contracts_import(data: &[u8]) {
    use crate::import::contracts::{columns::find_header, matching::plan, read_sheet};
    let Some((_dir, path)) = temp_file("fuzz.csv", data) else {
        return;
    };
    let Ok(Ok((grid, columns))) = find_sheet(
        &path,
        "fuzz.csv",
        FileKind::Csv,
        None,
        None,
        Language::En,
        |g| Ok(find_header(g)),
    ) else {
        return;
    };
    let existing =
        crate::load::parse_contract("k", "k/contract.toml", PRICED_CONTRACT, None, FUZZ_LANG);
    let existing: Vec<_> = existing.into_iter().collect();
    match read_sheet(&grid, columns, "fuzz.csv", Language::En) {
        Ok(sheet) => {
            let taken = |key: &str| key == "k";
            if let Err(problems) = plan(
                &sheet.rows.rows,
                &existing,
                &taken,
                &grid,
                &sheet.columns,
                Language::En,
            ) {
                assert!(!problems.is_empty(), "an error without problems");
            }
        }
        Err(e) => names_file(&e.to_string(), "fuzz.csv"),
    }
}

/// The one child element of `node` named `name` (any namespace); `None` for none or several.
fn only_child<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    name: &str,
) -> Option<roxmltree::Node<'a, 'i>> {
    let mut found = node
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == name);
    let first = found.next()?;
    found.next().is_none().then_some(first)
}
