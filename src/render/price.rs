//! The price adjustments of an index clause (SPEC §13) as JSON and as text a controller can put
//! in the minutes: the formula with the numbers. Shared by `avtal price`, `report` and the
//! follow-up workbook.

use crate::i18n;
use crate::messages;
use crate::model::{Contract, Language, PriceAdjustment};
use crate::render::table::{TableCell, Tone};
use crate::rules::price::{Adjustment, round_to};
use serde_json::{Value, json};

/// Decimals of `change_percent` in every output.
pub const PERCENT_DECIMALS: i32 = 4;
/// Decimals of `factor` in every output.
pub const FACTOR_DECIMALS: i32 = 6;

/// The JSON object of SPEC §13.
pub fn json(contract: &Contract, clause: &PriceAdjustment, adjustments: &[Adjustment]) -> Value {
    let rows: Vec<Value> = adjustments
        .iter()
        .map(|a| {
            let c = a.computed.as_ref();
            json!({
                "date": a.date.to_string(),
                "base_period": a.base_period.map(|p| p.to_string()),
                "period": a.period.to_string(),
                "base_value": c.map(|c| c.base_value),
                "value": c.map(|c| c.value),
                "change_percent": c.map(|c| round_to(c.change_percent, PERCENT_DECIMALS)),
                "applied": c.map(|c| c.applied),
                "factor": c.map(|c| round_to(c.factor, FACTOR_DECIMALS)),
            })
        })
        .collect();
    json!({
        "contract": contract.key,
        "index": clause.index,
        "share": clause.share,
        "adjustments": rows,
    })
}

/// A percentage as the tables write it: `1,7037 %`.
pub fn percent(value: f64, lang: Language) -> String {
    format!(
        "{}\u{a0}%",
        i18n::number(round_to(value, PERCENT_DECIMALS), 4, lang)
    )
}

/// A factor: `1,017037`.
pub fn factor(value: f64, lang: Language) -> String {
    i18n::number(round_to(value, FACTOR_DECIMALS), 6, lang)
}

/// The clause in one line: series, base month, share, threshold, lag and interval.
pub fn clause_line(clause: &PriceAdjustment, lang: Language) -> String {
    let share = i18n::value(clause.share * 100.0, lang);
    let threshold = i18n::value(clause.min_change_percent, lang);
    messages::of(lang).price_clause_line(clause, &share, &threshold)
}

/// The rule in words, once above the dates.
pub fn rule_line(lang: Language) -> &'static str {
    messages::of(lang).price_rule_line()
}

/// One date with the formula and its numbers:
/// `2025-03-01: 0,8 × (I(2025-01) / I(2024-01) − 1) × 100 = 0,8 × (421,12 / 412,34 − 1) × 100 = 1,7037 % – görs, faktor 1,017037`.
pub fn formula_line(clause: &PriceAdjustment, a: &Adjustment, lang: Language) -> String {
    let share = i18n::value(clause.share, lang);
    let Some(c) = &a.computed else {
        let months: Vec<String> = a.missing.iter().map(|m| m.to_string()).collect();
        let m = messages::of(lang);
        return if months.is_empty() {
            m.price_earlier_missing(a.date)
        } else {
            m.price_index_missing(a.date, &months.join(", "), &clause.index)
        };
    };
    let base = a.base_period.map(|p| p.to_string()).unwrap_or_default();
    let outcome = if c.applied {
        messages::of(lang).price_made(&factor(c.factor, lang))
    } else {
        messages::of(lang).price_carried_forward(
            &i18n::value(clause.min_change_percent, lang),
            &factor(c.factor, lang),
        )
    };
    format!(
        "{}: {share} × (I({}) / I({base}) − 1) × 100 = {share} × ({} / {} − 1) × 100 = {} – {outcome}",
        a.date,
        a.period,
        i18n::value(c.value, lang),
        i18n::value(c.base_value, lang),
        percent(c.change_percent, lang),
    )
}

/// The headers of the adjustment table.
pub fn table_headers(lang: Language) -> [&'static str; 8] {
    let m = messages::of(lang);
    [
        m.price_header_date(),
        m.price_header_base(),
        m.price_header_month(),
        "I(B)",
        "I(M)",
        m.price_header_change(),
        m.price_header_made(),
        m.price_header_factor(),
    ]
}

/// The rows of the adjustment table; `–` where the index values are missing.
pub fn table_rows(adjustments: &[Adjustment], lang: Language) -> Vec<Vec<TableCell>> {
    adjustments
        .iter()
        .map(|a| {
            let base = a.base_period.map_or("–".to_string(), |p| p.to_string());
            match &a.computed {
                Some(c) => vec![
                    a.date.to_string().into(),
                    base.into(),
                    a.period.to_string().into(),
                    TableCell::right(i18n::value(c.base_value, lang)),
                    TableCell::right(i18n::value(c.value, lang)),
                    TableCell::right(percent(c.change_percent, lang)),
                    if c.applied {
                        TableCell::from(messages::of(lang).doc_yes()).tone(Tone::Good)
                    } else {
                        TableCell::from(messages::of(lang).doc_no()).tone(Tone::Dim)
                    },
                    TableCell::right(factor(c.factor, lang)),
                ],
                None => {
                    let mut row: Vec<TableCell> = vec![
                        a.date.to_string().into(),
                        base.into(),
                        a.period.to_string().into(),
                    ];
                    row.extend((0..5).map(|_| TableCell::from("–").tone(Tone::Warning)));
                    row
                }
            }
        })
        .collect()
}
