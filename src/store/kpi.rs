//! `KEY/kpi.csv`, the KPI values of a contract (SPEC §2.3), as text rows, so that rows an import
//! does not touch keep exactly what a person wrote.
//!
//! Reading is the loader's one reader of the file ([`crate::load::parse_kpi_rows`]): the loader
//! keeps numbers from it, [`parse`] keeps the text. Writing is [`render`]: sorted by period, then
//! KPI id, quoted only where needed.

use crate::dates::Period;
use crate::error::Error;
use crate::load::{KPI_HEADER, parse_kpi_rows};
use crate::model::{Kpi, Language};
use std::path::{Path, PathBuf};

/// The file of the contract `key` in the register at `root`.
pub fn path(root: &Path, key: &str) -> PathBuf {
    root.join(key).join("kpi.csv")
}

/// The file's name in messages: `KEY/kpi.csv`.
pub fn name(key: &str) -> String {
    format!("{key}/kpi.csv")
}

/// The stored text of the file at `path` as it is (a byte-order mark kept, so a dry run's diff
/// shows that the rewrite drops it); empty when the file does not exist.
pub fn read(path: &Path) -> Result<String, Error> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// One row of `kpi.csv` as text, with its parsed period and value.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvRow {
    pub period: Period,
    pub kpi: String,
    /// The value as written in the file.
    pub value_text: String,
    pub value: f64,
    pub source: String,
    pub note: String,
}

/// The rows of the stored text of `kpi.csv` (empty when the file does not exist), checked
/// against the contract's `kpis`; `file` names it in errors.
pub fn parse(file: &str, text: &str, kpis: &[Kpi], lang: Language) -> Result<Vec<CsvRow>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    if text.trim().is_empty() {
        return Ok(rows);
    }
    parse_kpi_rows(file, text, kpis, lang, |record| {
        rows.push(CsvRow {
            period: record.period,
            kpi: kpis[record.kpi].id.clone(),
            value_text: record.value_text.to_string(),
            value: record.value,
            source: record.source.to_string(),
            note: record.note.to_string(),
        });
    })
    .map_err(Error::Invalid)?;
    Ok(rows)
}

/// Writes rows as `kpi.csv`: sorted by period (chronologically: by first day, so `2026-Q1`
/// comes between `2026-01` and `2026-02`), then KPI id; quoted only where needed.
pub fn render(rows: &mut [CsvRow]) -> Vec<u8> {
    rows.sort_by(|a, b| (a.period, &a.kpi).cmp(&(b.period, &b.kpi)));
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(KPI_HEADER);
    for row in rows.iter() {
        let _ = writer.write_record([
            row.period.to_string().as_str(),
            &row.kpi,
            &row.value_text,
            &row.source,
            &row.note,
        ]);
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kpis() -> Vec<Kpi> {
        crate::model::test_support::test_contract().kpis
    }

    #[test]
    fn round_trip_keeps_text_and_sorts() {
        let text = "\u{feff}period,kpi,value,source,note\n2026-02,leveransprecision,93.50,a.xlsx,\n2026-Q1,nki,71,,\"enkät, mars\"\n2026-01,leveransprecision,90,,\n";
        let mut rows = parse("kpi.csv", text, &kpis(), Language::En).unwrap();
        assert_eq!(rows.len(), 3);
        let out = String::from_utf8(render(&mut rows)).unwrap();
        assert_eq!(
            out,
            "period,kpi,value,source,note\n2026-01,leveransprecision,90,,\n2026-Q1,nki,71,,\"enkät, mars\"\n2026-02,leveransprecision,93.50,a.xlsx,\n"
        );
    }

    #[test]
    fn empty_and_bad_files() {
        let kpis = kpis();
        assert!(
            parse("kpi.csv", "", &kpis, Language::En)
                .unwrap()
                .is_empty()
        );
        let header_only = "period,kpi,value,source,note\n";
        assert!(
            parse("kpi.csv", header_only, &kpis, Language::En)
                .unwrap()
                .is_empty()
        );
        let bad = "period,kpi,value,source,note\n2026-13,nki,1,,\n";
        let Err(Error::Invalid(diagnostics)) = parse("k.csv", bad, &kpis, Language::En) else {
            panic!("a bad period is an error");
        };
        assert_eq!(
            (diagnostics[0].file.as_str(), diagnostics[0].line),
            ("k.csv", 2)
        );
    }
}
