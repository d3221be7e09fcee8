//! Reading and writing `kpi.csv` (SPEC §2.3) as text rows, so that rows the import does not
//! touch keep exactly what a person wrote.

use super::error::ImportError;
use crate::dates::Period;
use crate::model::Language;

/// The header of `kpi.csv`.
pub const HEADER: [&str; 5] = ["period", "kpi", "value", "source", "note"];

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

/// Parses the text of `kpi.csv`; `file` names it in errors. A missing file is `""`.
pub fn parse(file: &str, text: &str, lang: Language) -> Result<Vec<CsvRow>, ImportError> {
    let m = crate::messages::of(lang);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let invalid = |line: u64, message: String| ImportError::KpiCsv {
        file: file.to_string(),
        line,
        message,
    };
    let headers = reader
        .headers()
        .map_err(|e| invalid(1, e.to_string()))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(period_col), Some(kpi_col), Some(value_col)) =
        (column("period"), column("kpi"), column("value"))
    else {
        return Err(invalid(1, m.kpi_csv_header().to_string()));
    };
    let (source_col, note_col) = (column("source"), column("note"));
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            invalid(
                e.position().map_or(0, |p| p.line()),
                m.kpi_csv_row_unreadable(&e.to_string()),
            )
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |col: Option<usize>| {
            col.and_then(|c| record.get(c))
                .unwrap_or_default()
                .to_string()
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let period_text = field(Some(period_col));
        let period = Period::parse(period_text.trim())
            .ok_or_else(|| invalid(line, m.kpi_csv_not_a_period(&period_text)))?;
        let value_text = field(Some(value_col));
        let value: f64 = value_text
            .trim()
            .parse()
            .map_err(|_| invalid(line, m.kpi_csv_not_a_number(&value_text)))?;
        rows.push(CsvRow {
            period,
            kpi: field(Some(kpi_col)).trim().to_string(),
            value_text: value_text.trim().to_string(),
            value,
            source: field(source_col),
            note: field(note_col),
        });
    }
    Ok(rows)
}

/// Writes rows as `kpi.csv`: sorted by period (chronologically: by first day, so `2026-Q1`
/// comes between `2026-01` and `2026-02`), then KPI id; quoted only where
/// needed.
pub fn write(rows: &mut [CsvRow]) -> Vec<u8> {
    rows.sort_by(|a, b| (a.period, &a.kpi).cmp(&(b.period, &b.kpi)));
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(HEADER);
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

    #[test]
    fn round_trip_keeps_text_and_sorts() {
        let text = "period,kpi,value,source,note\n2026-02,leveransprecision,93.50,a.xlsx,\n2026-Q1,nki,71,,\"enkät, mars\"\n2026-01,leveransprecision,90,,\n";
        let mut rows = parse("kpi.csv", text, Language::En).unwrap();
        assert_eq!(rows.len(), 3);
        let out = String::from_utf8(write(&mut rows)).unwrap();
        assert_eq!(
            out,
            "period,kpi,value,source,note\n2026-01,leveransprecision,90,,\n2026-Q1,nki,71,,\"enkät, mars\"\n2026-02,leveransprecision,93.50,a.xlsx,\n"
        );
    }

    #[test]
    fn empty_and_bad_files() {
        assert!(parse("kpi.csv", "", Language::En).unwrap().is_empty());
        assert!(
            parse("kpi.csv", "period,kpi,value,source,note\n", Language::En)
                .unwrap()
                .is_empty()
        );
        let error = parse("k.csv", "period,kpi,value\n2026-13,x,1\n", Language::En).unwrap_err();
        assert_eq!(error.to_string(), "k.csv:2: `2026-13` is not a period");
        let error = parse("k.csv", "a,b\n", Language::En).unwrap_err();
        assert!(error.to_string().starts_with("k.csv:1: the header"));
    }
}
