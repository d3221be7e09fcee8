//! Entry points for fuzzing (`fuzz/`, cargo-fuzz) and for the stable test that replays the
//! committed corpus (`tests/fuzz_corpus.rs`): one per parser of outside input. Each takes raw
//! bytes, must never panic, and checks that every error it gets is located.

use crate::diag::Diagnostic;
use crate::import::read::{FileKind, locate};
use crate::model::Kpi;

/// The targets, by name (the corpus folder names).
pub const TARGETS: [&str; 8] = [
    "contract_toml",
    "avtal_toml",
    "kpi_csv",
    "log_csv",
    "xlsx",
    "xls",
    "ods",
    "csv_import",
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
    ));
}

/// `avtal.toml` (SPEC §2.1).
pub fn avtal_toml(data: &[u8]) {
    located(crate::load::parse_settings(
        "avtal.toml",
        &String::from_utf8_lossy(data),
    ));
}

fn kpis() -> Vec<Kpi> {
    let source = "title = \"t\"\nstart = 2024-01-01\nend = 2027-12-31\n[supplier]\nname = \"s\"\n[[kpis]]\nid = \"leveransprecision\"\nname = \"Leveransprecision\"\nunit = \"%\"\ntarget = 95\n[[kpis]]\nid = \"nki\"\nname = \"NKI\"\ntarget = 70\nfrequency = \"quarterly\"\n";
    crate::load::parse_contract("k", "k/contract.toml", source, None)
        .map(|c| c.kpis)
        .unwrap_or_default()
}

/// `kpi.csv` (SPEC §2.3).
pub fn kpi_csv(data: &[u8]) {
    located(crate::load::parse_kpi_csv(
        "k/kpi.csv",
        &String::from_utf8_lossy(data),
        &kpis(),
    ));
}

/// `log.csv` (SPEC §2.4).
pub fn log_csv(data: &[u8]) {
    located(crate::load::parse_log_csv(
        "k/log.csv",
        &String::from_utf8_lossy(data),
    ));
}

/// A supplier file through the whole reader stack (guards, reader, header search).
pub fn workbook(data: &[u8], kind: FileKind) {
    let Ok(dir) = tempfile::tempdir() else {
        return;
    };
    let extension = match kind {
        FileKind::Xlsx => "xlsx",
        FileKind::Xls => "xls",
        FileKind::Ods => "ods",
        FileKind::Csv => "csv",
    };
    let path = dir.path().join(format!("fuzz.{extension}"));
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let _ = locate(&path, "fuzz", kind, None, &kpis(), None);
}
