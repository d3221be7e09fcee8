//! `[price_adjustment]` of `contract.toml` (SPEC §2.2, §13): the index clause and its rules.
//! The series file is checked by the register loader, which attaches it ([`attach`]).

use super::index::{INDEX_DIR, is_valid_series_name, parse_month};
use super::toml_reader::TomlReader;
use crate::dates::add_months;
use crate::diag::Diagnostic;
use crate::model::{IndexSeries, Language, PriceAdjustment};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::Arc;
use toml::de::DeTable;

const KEYS: &[&str] = &[
    "index",
    "base",
    "share",
    "first",
    "interval_months",
    "lag_months",
    "min_change_percent",
];
const WITHIN: &str = "[price_adjustment]";

/// Parses `[price_adjustment]` when present; `start` (when it parsed) gives the default `first`.
pub fn parse(
    reader: &mut TomlReader<'_>,
    root: &DeTable<'_>,
    start: Option<NaiveDate>,
) -> Option<PriceAdjustment> {
    let (table, span) = reader.table(root, "price_adjustment")?;
    let m = reader.m;
    reader.unknown_keys(table, KEYS, WITHIN);
    let index = reader.required_string(table, "index", &span, WITHIN);
    if let (Some(name), Some(at)) = (&index, reader.span_of(table, "index"))
        && !is_valid_series_name(name)
    {
        reader.error_with_hint(at, m.invalid_index_name(name), m.index_name_hint());
    }
    let base_text = reader.required_string(table, "base", &span, WITHIN);
    let base = base_text.as_deref().and_then(|text| {
        let month = parse_month(text);
        if month.is_none()
            && let Some(at) = reader.span_of(table, "base")
        {
            reader.error_with_hint(at, m.base_not_month(text), m.base_hint());
        }
        month
    });
    let share = match reader.number(table, "share") {
        Some((share, at)) if !(share > 0.0 && share <= 1.0) => {
            reader.error_with_hint(at, m.share_out_of_range(share), m.share_hint());
            None
        }
        Some((share, _)) => Some(share),
        None => Some(1.0),
    };
    let first = reader.date(table, "first").map(|(date, _)| date);
    let interval_months = reader.integer_in(table, "interval_months", 1..=1200);
    let lag_months = reader.integer_in(table, "lag_months", 0..=1200);
    let min_change_percent = match reader.number(table, "min_change_percent") {
        Some((value, at)) if value < 0.0 => {
            reader.error(at, m.min_change_negative(value));
            None
        }
        Some((value, _)) => Some(value),
        None => Some(0.0),
    };
    let first = first.or_else(|| start.map(|start| add_months(start, 12)))?;
    let index = index?;
    Some(PriceAdjustment {
        series: Arc::new(IndexSeries {
            name: index.clone(),
            values: BTreeMap::new(),
        }),
        index,
        base: base?,
        share: share?,
        first,
        interval_months: interval_months.unwrap_or(12) as u32,
        lag_months: lag_months.unwrap_or(2) as u32,
        min_change_percent: min_change_percent?,
    })
}

/// Attaches the loaded series to the clause of a parsed contract, or reports that
/// `index/<index>.csv` does not exist, at `index` in `contract.toml` (`file`, `source`).
pub fn attach(
    clause: &mut PriceAdjustment,
    series: &BTreeMap<String, Arc<IndexSeries>>,
    file: &str,
    source: &str,
    lang: Language,
) -> Result<(), Diagnostic> {
    if let Some(found) = series.get(&clause.index) {
        clause.series = Arc::clone(found);
        return Ok(());
    }
    // Rare: only then is the position of `index` looked up again.
    let mut reader = TomlReader::new(file, source, lang);
    let m = reader.m;
    let span = reader
        .parse()
        .and_then(|document| {
            let root = document.get_ref();
            let (table, _) = reader.table(root, "price_adjustment")?;
            reader.span_of(table, "index")
        })
        .unwrap_or(0..0);
    let name = &clause.index;
    let known: Vec<&str> = series.keys().map(String::as_str).collect();
    let hint = if known.is_empty() {
        m.load_import_series_hint(name)
    } else {
        m.series_are_hint(INDEX_DIR, &known.join(", "), name)
    };
    Err(Diagnostic::at_span(file, source, span, m.no_such_series(INDEX_DIR, name)).with_hint(hint))
}

#[cfg(test)]
mod tests {
    use crate::load::parse_contract;

    const HEAD: &str = "title = \"T\"\nstart = 2024-03-01\nend = 2028-02-29\n[supplier]\nname = \"S\"\n[price_adjustment]\n";

    fn errors(clause: &str) -> Vec<String> {
        let source = format!("{HEAD}{clause}");
        match parse_contract(
            "a",
            "a/contract.toml",
            &source,
            None,
            crate::model::Language::En,
        ) {
            Ok(_) => Vec::new(),
            Err(mut errors) => {
                errors.sort();
                errors
                    .iter()
                    .map(|d| format!("{}:{}: {}", d.line, d.column, d.message))
                    .collect()
            }
        }
    }

    #[test]
    fn defaults() {
        let source = format!("{HEAD}index = \"KPI\"\nbase = \"2024-01\"\n");
        let contract = parse_contract(
            "a",
            "a/contract.toml",
            &source,
            None,
            crate::model::Language::En,
        )
        .unwrap();
        let clause = contract.price_adjustment.unwrap();
        assert_eq!(clause.first.to_string(), "2025-03-01");
        assert_eq!(
            (clause.share, clause.interval_months, clause.lag_months),
            (1.0, 12, 2)
        );
        assert_eq!(clause.min_change_percent, 0.0);
        assert_eq!(clause.base.to_string(), "2024-01");
    }

    #[test]
    fn every_rule_with_its_position() {
        assert_eq!(
            errors(
                "index = \"KPI\"\nbase = \"2024\"\nshare = 1.5\ninterval_months = 0\nlag_months = -1\nmin_change_percent = -2.0\nfoo = 1\n"
            ),
            [
                "8:8: `base` must be a month YYYY-MM, found \"2024\"",
                "9:9: `share` must be more than 0 and at most 1, found 1.5",
                "10:19: `interval_months` must be between 1 and 1200, found 0",
                "11:14: `lag_months` must be between 0 and 1200, found -1",
                "12:22: `min_change_percent` must be 0 or more, found -2",
                "13:1: unknown key `foo` in [price_adjustment]",
            ]
        );
        assert_eq!(errors("base = \"2024-01\"\nshare = 0\n").len(), 2);
        assert_eq!(
            errors("index = \"../x\"\nbase = \"2024-01\"\n"),
            ["7:9: `index` is not a valid series name: \"../x\""]
        );
    }
}
