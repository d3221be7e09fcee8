//! `index/<NAME>.csv` (SPEC §2.5): price index series, one value > 0 per month, sorted.

use super::csv_rows::{field_error, for_each_row, parse_decimal};
use crate::dates::Period;
use crate::diag::Diagnostic;
use crate::model::{IndexSeries, Language};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The header of a series file.
pub const INDEX_HEADER: [&str; 2] = ["period", "value"];
/// The reserved folder of the series, at the top of a register.
pub const INDEX_DIR: &str = "index";

/// Whether `name` may name a series (and so a file `index/<name>.csv`): `[A-Za-z0-9][A-Za-z0-9._-]*`,
/// not a name Windows refuses (`CON`, `aux.txt`, `trail.`).
pub fn is_valid_series_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        && !super::is_windows_reserved(name)
}

/// A strict `YYYY-MM` month.
pub fn parse_month(text: &str) -> Option<Period> {
    Period::parse(text).filter(|p| matches!(p, Period::Month { .. }))
}

/// Parses the series `name` from `source`; `file` is its register-relative path; problems are
/// written in `lang`.
pub fn parse_index_csv(
    name: &str,
    file: &str,
    source: &str,
    lang: Language,
) -> Result<IndexSeries, Vec<Diagnostic>> {
    let m = crate::messages::of(lang);
    let mut diagnostics = Vec::new();
    let mut values = BTreeMap::new();
    // The first line of each month, and the latest month so far (rows must be sorted).
    let mut lines: BTreeMap<Period, u32> = BTreeMap::new();
    let mut latest: Option<Period> = None;
    for_each_row(
        file,
        source,
        &INDEX_HEADER,
        m,
        &mut diagnostics,
        |row, diagnostics| {
            let period_text = row.fields.get(0).unwrap_or("").trim();
            let value_text = row.fields.get(1).unwrap_or("").trim();
            let period = parse_month(period_text);
            match period {
                None => diagnostics.push(
                    field_error(file, source, row, 0, m.invalid_index_month(period_text))
                        .with_hint(m.month_hint()),
                ),
                Some(period) => {
                    if let Some(first) = lines.get(&period) {
                        let message = m.duplicate_month(&period.to_string(), *first);
                        diagnostics.push(
                            field_error(file, source, row, 0, message)
                                .with_hint(m.one_row_per_month()),
                        );
                    } else if let Some(latest) = latest.filter(|latest| period < *latest) {
                        let message = m.month_not_sorted(&period.to_string(), &latest.to_string());
                        diagnostics.push(
                            field_error(file, source, row, 0, message)
                                .with_hint(m.sort_months_hint()),
                        );
                    }
                    lines.entry(period).or_insert(row.line);
                    latest = latest.max(Some(period));
                }
            }
            match parse_decimal(value_text) {
                Some(value) if crate::limits::is_index_value(value) => {
                    if let Some(period) = period {
                        values.entry(period).or_insert(value);
                    }
                }
                Some(value) if value > 0.0 => diagnostics.push(
                    field_error(file, source, row, 1, m.index_out_of_range(value_text))
                        .with_hint(m.index_positive_hint()),
                ),
                Some(_) => diagnostics.push(
                    field_error(file, source, row, 1, m.index_not_positive(value_text))
                        .with_hint(m.index_positive_hint()),
                ),
                None => diagnostics.push(
                    field_error(file, source, row, 1, m.index_not_number(value_text))
                        .with_hint(m.index_number_hint()),
                ),
            }
        },
    );
    if diagnostics.is_empty() {
        Ok(IndexSeries {
            name: name.to_string(),
            values,
        })
    } else {
        Err(diagnostics)
    }
}

/// Loads every `index/*.csv` of the register in `dir`; other files (a README) are ignored.
pub fn load_index_folder(
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
    lang: Language,
) -> BTreeMap<String, Arc<IndexSeries>> {
    let m = crate::messages::of(lang);
    let mut series = BTreeMap::new();
    let folder = dir.join(INDEX_DIR);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return series;
    };
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".csv") && !name.starts_with('.'))
        .collect();
    names.sort();
    for file_name in names {
        let name = file_name.trim_end_matches(".csv");
        let file = format!("{INDEX_DIR}/{file_name}");
        if !is_valid_series_name(name) {
            diagnostics.push(
                Diagnostic::new(&file, 1, 1, m.invalid_series_name(name))
                    .with_hint(m.series_name_hint()),
            );
            continue;
        }
        match super::read_text(&folder.join(&file_name), &file, lang) {
            Ok(Some(source)) => match parse_index_csv(name, &file, &source, lang) {
                Ok(parsed) => {
                    series.insert(name.to_string(), Arc::new(parsed));
                }
                Err(errors) => diagnostics.extend(errors),
            },
            Ok(None) => {}
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    series
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(source: &str) -> Vec<String> {
        match parse_index_csv("KPI", "index/KPI.csv", source, crate::model::Language::En) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .iter()
                .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                .collect(),
        }
    }

    #[test]
    fn parses_a_sorted_series() {
        let series = parse_index_csv(
            "KPI",
            "f",
            "period,value\n2024-01,100\n2024-02,100.5\n",
            crate::model::Language::En,
        )
        .unwrap();
        assert_eq!(series.values.len(), 2);
        assert_eq!(series.values[&parse_month("2024-02").unwrap()], 100.5);
    }

    #[test]
    fn every_error_with_its_position() {
        let source = "period,value\n2024-01,100\n2024-01,101\n2024-13,1\n2024-03,0\n2024-02,-1\n2024-04,1,5\n";
        assert_eq!(
            errors(source),
            [
                "3:1: duplicate month 2024-01 (first on line 2)",
                "4:1: invalid month `2024-13`",
                "5:9: index value `0` must be greater than 0",
                "6:1: month 2024-02 comes after 2024-03: the rows are not sorted",
                "6:9: index value `-1` must be greater than 0",
                "7:1: expected 2 fields (period,value), found 3",
            ]
        );
        assert_eq!(errors("month,value\n2024-01,1\n").len(), 1);
        assert_eq!(
            errors("period,value\n2024,1\n"),
            ["2:1: invalid month `2024`"]
        );
    }

    #[test]
    fn series_names() {
        for good in ["KPI", "AKI-tjanster", "ppi.2015"] {
            assert!(is_valid_series_name(good), "{good}");
        }
        for bad in ["", "-KPI", "../KPI", "K P I", "KPI/x"] {
            assert!(!is_valid_series_name(bad), "{bad}");
        }
    }
}
