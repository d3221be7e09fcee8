//! `kpi.csv` (SPEC §2.3): KPI values reported for a contract.

use super::csv_rows::{field_error, for_each_row, parse_decimal};
use crate::dates::{Frequency, Period};
use crate::diag::{Diagnostic, did_you_mean};
use crate::messages::prelude::*;
use crate::model::{Kpi, KpiRow, KpiTable, Language};
use std::collections::HashMap;

/// The header of `kpi.csv`.
pub const KPI_HEADER: [&str; 5] = ["period", "kpi", "value", "source", "note"];

/// How often a KPI is reported, in words.
pub(super) fn reported(frequency: Frequency, m: &dyn Messages) -> &'static str {
    match frequency {
        Frequency::Monthly => m.reported_monthly(),
        Frequency::Quarterly => m.reported_quarterly(),
        Frequency::Yearly => m.reported_yearly(),
    }
}

/// Parses `kpi.csv` against the contract's KPIs; returns its rows or every error, in `lang`.
pub fn parse_kpi_csv(
    file: &str,
    source: &str,
    kpis: &[Kpi],
    lang: Language,
) -> Result<KpiTable, Vec<Diagnostic>> {
    // One row per line: sized up front, a million-row register wastes no growth slack.
    let mut table = KpiTable {
        rows: Vec::with_capacity(memchr::memchr_iter(b'\n', source.as_bytes()).count()),
        ..KpiTable::default()
    };
    parse_kpi_rows(file, source, kpis, lang, |record| {
        let source = table.texts.intern(record.source);
        let note = table.texts.intern(record.note);
        // A contract's KPIs are far fewer than u32::MAX (the file-size bound).
        table.rows.push(KpiRow {
            period: record.period,
            kpi: record.kpi as u32,
            value: record.value,
            source,
            note,
            line: record.line,
        });
    })?;
    Ok(table)
}

/// One valid row of `kpi.csv` as [`parse_kpi_rows`] hands it on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KpiRecord<'r> {
    pub period: Period,
    /// The KPI's index in the contract's KPIs.
    pub kpi: usize,
    pub value: f64,
    /// The value as written (trimmed), so a rewrite keeps `93.50` as `93.50`.
    pub value_text: &'r str,
    pub source: &'r str,
    pub note: &'r str,
    /// The row's 1-based line.
    pub line: u32,
}

/// The one reader of `kpi.csv`: checks every row against the contract's KPIs and hands each valid
/// one to `each` (the loader keeps numbers, the store keeps text); every error, in `lang`.
pub fn parse_kpi_rows(
    file: &str,
    source: &str,
    kpis: &[Kpi],
    lang: Language,
    mut each: impl FnMut(KpiRecord<'_>),
) -> Result<(), Vec<Diagnostic>> {
    let m = crate::messages::of(lang);
    let mut diagnostics = Vec::new();
    // (period, KPI, line, span of the period field): sorted afterwards to find duplicates, which
    // is cheaper than hashing every row of a million-row register.
    let mut seen: Vec<(i64, usize, u32, std::ops::Range<usize>)> = Vec::new();
    let ids: Vec<&str> = kpis.iter().map(|k| k.id.as_str()).collect();
    // A contract may define a thousand KPIs: then ids are looked up in a map (the first of equal
    // ids wins, as in a scan); a handful are scanned, which is cheaper than hashing every row.
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    if ids.len() > 16 {
        for (i, id) in ids.iter().enumerate().rev() {
            by_id.insert(id, i);
        }
    }
    for_each_row(
        file,
        source,
        &KPI_HEADER,
        m,
        &mut diagnostics,
        |row, diagnostics| {
            let fields = &row.fields;
            let period_text = fields.get(0).unwrap_or("").trim();
            let kpi_text = fields.get(1).unwrap_or("").trim();
            let value_text = fields.get(2).unwrap_or("").trim();
            let period = Period::parse(period_text);
            if period.is_none() {
                let d = field_error(file, source, row, 0, m.invalid_kpi_period(period_text))
                    .with_hint(m.period_hint());
                diagnostics.push(d);
            }
            let kpi = if by_id.is_empty() {
                ids.iter().position(|id| *id == kpi_text)
            } else {
                by_id.get(kpi_text).copied()
            };
            if kpi.is_none() {
                let hint = match did_you_mean(kpi_text, &ids) {
                    Some(id) => m.did_you_mean_name(id),
                    None if ids.is_empty() => m.no_kpis_defined().to_string(),
                    None => m.kpis_are(&ids.join(", ")),
                };
                diagnostics.push(
                    field_error(file, source, row, 1, m.unknown_kpi_in_csv(kpi_text))
                        .with_hint(hint),
                );
            }
            if let (Some(period), Some(index)) = (period, kpi) {
                let frequency = kpis[index].frequency;
                if period.frequency() != frequency {
                    let form = match frequency {
                        Frequency::Monthly => m.month_period_form(),
                        Frequency::Quarterly => m.quarter_period_form(),
                        Frequency::Yearly => m.year_period_form(),
                    };
                    let message =
                        m.period_frequency_mismatch(period_text, kpi_text, reported(frequency, m));
                    diagnostics.push(
                        field_error(file, source, row, 0, message)
                            .with_hint(m.period_form_hint(form)),
                    );
                } else if !kpis[index].reports_in(period) {
                    let months: Vec<String> =
                        kpis[index].months.iter().map(u32::to_string).collect();
                    let message =
                        m.period_outside_season(period_text, kpi_text, &months.join(", "));
                    diagnostics.push(
                        field_error(file, source, row, 0, message).with_hint(m.season_hint()),
                    );
                } else {
                    let span = row.fields.span(0).unwrap_or(row.offset..row.offset);
                    seen.push((period.sort_key(), index, row.line, span));
                }
            }
            let value = parse_decimal(value_text);
            if value.is_none() {
                let hint = if value_text.contains(',') {
                    m.decimal_point_hint()
                } else {
                    m.kpi_number_hint()
                };
                diagnostics.push(
                    field_error(file, source, row, 2, m.kpi_value_not_number(value_text))
                        .with_hint(hint),
                );
            }
            if let (Some(period), Some(kpi), Some(value)) = (period, kpi, value) {
                each(KpiRecord {
                    period,
                    kpi,
                    value,
                    value_text,
                    source: fields.get(3).unwrap_or(""),
                    note: fields.get(4).unwrap_or(""),
                    line: row.line,
                });
            }
        },
    );
    seen.sort_unstable_by_key(|&(period, kpi, line, _)| (period, kpi, line));
    for pair in seen.windows(2) {
        let ((period, kpi, first, _), (next_period, next_kpi, line, span)) = (&pair[0], &pair[1]);
        if (period, kpi) == (next_period, next_kpi) {
            let period_text = source[span.clone()].trim();
            let kpi_text = &kpis[*kpi].id;
            let message = m.duplicate_kpi_row(period_text, kpi_text, *first);
            let anchor = (span.start, *line);
            let diagnostic = Diagnostic::at_span_from(file, source, span.clone(), anchor, message);
            diagnostics.push(diagnostic.with_hint(m.one_row_per_period_hint()));
        }
    }
    if diagnostics.is_empty() {
        Ok(())
    } else {
        Err(diagnostics)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Frequency;
    use crate::model::Direction;

    fn kpi(id: &str, frequency: Frequency) -> Kpi {
        Kpi {
            id: id.into(),
            name: id.into(),
            unit: String::new(),
            target: 1.0,
            direction: Direction::Higher,
            frequency,
            aliases: vec![],
            months: Vec::new(),
        }
    }

    fn messages(source: &str) -> Vec<String> {
        let kpis = [
            kpi("leveransprecision", Frequency::Monthly),
            kpi("nki", Frequency::Quarterly),
        ];
        match parse_kpi_csv("a/kpi.csv", source, &kpis, crate::model::Language::En) {
            Ok(_) => vec![],
            Err(d) => d
                .iter()
                .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                .collect(),
        }
    }

    #[test]
    fn parses_rows_with_crlf() {
        let kpis = [
            kpi("leveransprecision", Frequency::Monthly),
            kpi("nki", Frequency::Quarterly),
        ];
        let source = "period,kpi,value,source,note\r\n2026-01,leveransprecision,93.5,lev.xlsx,\r\n2026-Q1,nki,71,,\"enkät, mars\"\r\n";
        let table = parse_kpi_csv("a/kpi.csv", source, &kpis, crate::model::Language::En)
            .map_err(|d| format!("{d:?}"))
            .unwrap();
        let rows = &table.rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(table.texts.get(rows[0].source), "lev.xlsx");
        assert_eq!(table.texts.get(rows[1].source), "");
        assert_eq!(table.texts.get(rows[1].note), "enkät, mars");
        assert_eq!((rows[1].kpi, rows[1].value, rows[1].line), (1, 71.0, 3));
    }

    #[test]
    fn reports_each_bad_row() {
        let source = "period,kpi,value,source,note\n2026-01,leveransprecison,93.5,,\n2026-01,nki,70,,\n2026-02,leveransprecision,93,5,,\n2026-03,leveransprecision,abc,,\n2026-03,leveransprecision,1,,\n";
        assert_eq!(
            messages(source),
            [
                "2:9: unknown KPI `leveransprecison`",
                "3:1: period `2026-01` does not match KPI `nki`, which is reported quarterly",
                "4:1: expected 5 fields (period,kpi,value,source,note), found 6",
                "5:27: value `abc` is not a number",
                "6:1: duplicate row for period 2026-03 and KPI `leveransprecision` (first on line 5)",
            ]
        );
    }

    #[test]
    fn seasonal_kpi_rows_only_in_its_months() {
        let mut halka = kpi("halka", Frequency::Monthly);
        halka.months = vec![1, 2, 3, 11, 12];
        let source = "period,kpi,value,source,note\n2026-03,halka,1,,\n2026-07,halka,1,,\n";
        let errors =
            parse_kpi_csv("a/kpi.csv", source, &[halka], crate::model::Language::En).unwrap_err();
        let messages: Vec<String> = errors
            .iter()
            .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "3:1: period `2026-07` is outside the months of seasonal KPI `halka` (1, 2, 3, 11, 12)"
            ]
        );
    }

    #[test]
    fn header_is_required() {
        assert_eq!(
            messages("2026-01,leveransprecision,93.5,,\n"),
            ["1:1: missing or wrong header; the first line must be `period,kpi,value,source,note`"]
        );
    }
}
