//! Cell values of a contract register export (SPEC §15): dates, amounts with `kr`, `tkr` and
//! `Mkr`, notice periods, kinds, yes/no and keywords. Each parser takes the cell as the reader
//! stack typed it and returns the value, `None` for an empty cell, or the reason it cannot be read.

use crate::import::cell::CellValue;
use crate::import::period::swedish_month_number;
use crate::import::value::{ValueText, parse_value_text};
use crate::model::{Kind, Language};
use chrono::NaiveDate;

/// Why a cell cannot be read, in the register's language.
pub type Reason = String;

/// The trimmed text of a cell that holds text; `None` when empty or blank.
pub fn text_of(cell: &CellValue) -> Option<String> {
    let text = match cell {
        CellValue::Empty => return None,
        CellValue::Text(text) | CellValue::Error(text) => text.trim().to_string(),
        CellValue::Number { value, .. } => crate::store::format_value(*value),
        CellValue::Date(date) => date.to_string(),
        CellValue::Bool(value) => value.to_string(),
    };
    (!text.is_empty()).then_some(text)
}

/// A date: a cell whose stored type is a date, or text as `2024-03-01` (also with a time after
/// it), `2024/03/01`, `20240301`, `1/3/2024`, `1.3.2024` or `1 mars 2024`. A plain number is
/// never a date.
pub fn parse_date(cell: &CellValue, lang: Language) -> Result<Option<NaiveDate>, Reason> {
    let text = match cell {
        CellValue::Empty => return Ok(None),
        CellValue::Date(date) => return Ok(Some(*date)),
        CellValue::Number { value, .. } => {
            return Err(crate::messages::of(lang).number_not_a_date(*value));
        }
        other => match text_of(other) {
            Some(text) => text,
            None => return Ok(None),
        },
    };
    match date_parts(&text) {
        Some((year, month, day)) => match NaiveDate::from_ymd_opt(year, month, day)
            .and_then(crate::import::period::storable)
        {
            Some(date) => Ok(Some(date)),
            None => Err(crate::messages::of(lang).import_impossible_date(&text)),
        },
        None => Err(crate::messages::of(lang).not_a_date(&text)),
    }
}

/// Year, month and day of a date text, not yet checked to be a real day.
fn date_parts(text: &str) -> Option<(i32, u32, u32)> {
    // A time after the date (`2024-03-01 00:00:00`, `2024-03-01T00:00`) is dropped.
    let head = text.split([' ', 'T']).next().unwrap_or(text);
    let numbers = |parts: Vec<&str>| -> Option<Vec<u32>> {
        parts
            .iter()
            .map(|p| {
                (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| p.parse().ok())
                    .flatten()
            })
            .collect()
    };
    if head.len() == 8 && head.bytes().all(|b| b.is_ascii_digit()) {
        let n = numbers(vec![&head[..4], &head[4..6], &head[6..]])?;
        return Some((n[0] as i32, n[1], n[2]));
    }
    for separator in ['-', '/', '.'] {
        let parts: Vec<&str> = head.split(separator).collect();
        if parts.len() == 3 {
            let n = numbers(parts.clone())?;
            return if parts[0].len() == 4 {
                Some((n[0] as i32, n[1], n[2]))
            } else if parts[2].len() == 4 {
                // Swedish day-first order: 1/3/2024 is the first of March.
                Some((n[2] as i32, n[1], n[0]))
            } else {
                None
            };
        }
    }
    // `1 mars 2024`
    let words: Vec<&str> = text.split_whitespace().collect();
    if let [day, month, year] = words.as_slice() {
        let month = swedish_month_number(month.to_lowercase().trim_end_matches('.'))?;
        let day = numbers(vec![day.trim_end_matches('.')])?[0];
        let year = numbers(vec![year])?[0];
        return (year >= 1000).then_some((year as i32, month, day));
    }
    None
}

/// Multipliers of amount units: `tkr` ×1,000 and `Mkr`/`mnkr` ×1,000,000 (SPEC §15).
const MULTIPLIERS: [(&str, i64); 6] = [
    ("mnkr", 1_000_000),
    ("msek", 1_000_000),
    ("mkr", 1_000_000),
    ("tkr", 1_000),
    ("ksek", 1_000),
    ("kr", 1),
];

/// An amount in whole öre, >= 0: a number, or text as in SPEC §7 (`4 500 000`, `4 500 000 kr`,
/// `1 234,50`) with `tkr` (×1,000) or `Mkr`/`mnkr` (×1,000,000): `4,5 Mkr`, `850 tkr`.
/// Empty cells and `-` are `None`.
pub fn parse_amount(cell: &CellValue, lang: Language) -> Result<Option<i64>, Reason> {
    let not_amount = |text: &str| crate::messages::of(lang).import_not_an_amount(text);
    let (value, text) = match cell {
        CellValue::Empty => return Ok(None),
        CellValue::Number { value, .. } => (*value, value.to_string()),
        other => {
            let Some(text) = text_of(other) else {
                return Ok(None);
            };
            let lower = text.to_lowercase();
            let (number, factor) = MULTIPLIERS
                .iter()
                .find_map(|(unit, factor)| {
                    lower
                        .strip_suffix(unit)
                        .filter(|rest| {
                            rest.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace())
                        })
                        .map(|rest| (rest.trim_end().to_string(), *factor))
                })
                .unwrap_or_else(|| (lower.trim_end_matches(":-").to_string(), 1));
            // Units other than the multipliers (`4 st`) are not amounts.
            if factor == 1 && number.ends_with(char::is_alphabetic) {
                return Err(not_amount(&text));
            }
            match parse_value_text(&number) {
                Some(ValueText::Missing) => return Ok(None),
                Some(ValueText::Number(n)) => (n * factor as f64, text),
                _ => return Err(not_amount(&text)),
            }
        }
    };
    if !value.is_finite() || value.abs() > 1e15 {
        return Err(not_amount(&text));
    }
    if value < 0.0 {
        return Err(crate::messages::of(lang).negative_amount(&text));
    }
    Ok(Some((value * 100.0).round() as i64))
}

/// An amount in öre as it is written in `contract.toml`: whole kronor as an integer, else with
/// two decimals.
pub fn amount_toml(ore: impl Into<i128>) -> String {
    let ore: i128 = ore.into();
    if ore % 100 == 0 {
        (ore / 100).to_string()
    } else {
        format!("{}.{:02}", ore / 100, ore % 100)
    }
}

/// The month units a notice period may be written with (input vocabulary).
const MONTH_UNITS: [&str; 6] = ["månader", "månad", "mån.", "mån", "months", "month"];

/// A notice period in months: `9`, `9 mån`, `9 månader`. Empty is `None`.
pub fn parse_notice(cell: &CellValue, lang: Language) -> Result<Option<u32>, Reason> {
    let Some(text) = text_of(cell) else {
        return Ok(None);
    };
    let lower = text.to_lowercase();
    if matches!(lower.as_str(), "-" | "–") {
        return Ok(None);
    }
    let number = MONTH_UNITS
        .iter()
        .find_map(|unit| lower.strip_suffix(unit))
        .unwrap_or(&lower)
        .trim();
    match number.parse::<u32>() {
        Ok(months) if months <= 1200 => Ok(Some(months)),
        _ => Err(crate::messages::of(lang).notice_unreadable(&text)),
    }
}

/// The kind of a contract and whether its text was one avtal knows: `ramavtal` → framework,
/// `avrop` or text containing `nationellt` → national-call-off, else contract.
pub fn parse_kind(cell: &CellValue) -> (Kind, bool) {
    let Some(text) = text_of(cell) else {
        return (Kind::Contract, true);
    };
    let lower = text.to_lowercase();
    if lower == "ramavtal" {
        (Kind::Framework, true)
    } else if lower == "avrop" || lower.contains("nationellt") {
        (Kind::NationalCallOff, true)
    } else {
        (
            Kind::Contract,
            matches!(lower.as_str(), "avtal" | "kontrakt"),
        )
    }
}

/// Yes or no: `ja`, `x`, `true`, `1` are yes; empty, `nej`, `-`, `false`, `0` are no.
pub fn parse_yes_no(cell: &CellValue, lang: Language) -> Result<bool, Reason> {
    if let CellValue::Bool(value) = cell {
        return Ok(*value);
    }
    let Some(text) = text_of(cell) else {
        return Ok(false);
    };
    match text.to_lowercase().as_str() {
        "ja" | "x" | "true" | "1" => Ok(true),
        "nej" | "-" | "–" | "false" | "0" => Ok(false),
        _ => Err(crate::messages::of(lang).not_yes_or_no(&text)),
    }
}

/// Keywords split on `,` or `;`, trimmed, empty ones and repeats dropped.
pub fn parse_keywords(cell: &CellValue) -> Vec<String> {
    let mut keywords: Vec<String> = Vec::new();
    for word in text_of(cell).unwrap_or_default().split([',', ';']) {
        let word = word.trim();
        if !word.is_empty() && !keywords.iter().any(|k| k == word) {
            keywords.push(word.to_string());
        }
    }
    keywords
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    const SV: Language = Language::Sv;

    fn text(t: &str) -> CellValue {
        CellValue::Text(t.to_string())
    }

    #[test]
    fn dates_in_every_style() {
        for t in [
            "2024-03-01",
            "2024-03-01 00:00:00",
            "2024-03-01T00:00",
            "2024/03/01",
            "20240301",
            "1/3/2024",
            "01.03.2024",
            "1 mars 2024",
            "1 Mars 2024",
            "1 mar 2024",
        ] {
            assert_eq!(parse_date(&text(t), SV), Ok(Some(d("2024-03-01"))), "{t}");
        }
        assert_eq!(
            parse_date(&CellValue::Date(d("2024-03-01")), SV),
            Ok(Some(d("2024-03-01")))
        );
        assert_eq!(parse_date(&CellValue::Empty, SV), Ok(None));
        assert_eq!(parse_date(&text("  "), SV), Ok(None));
    }

    #[test]
    fn impossible_and_non_dates() {
        let err = parse_date(&text("2024-02-30"), SV).unwrap_err();
        assert!(err.contains("omöjligt datum"), "{err}");
        assert!(
            parse_date(&text("31/2/2025"), SV)
                .unwrap_err()
                .contains("omöjligt")
        );
        assert!(
            parse_date(&text("0001-01-01"), SV)
                .unwrap_err()
                .contains("omöjligt")
        );
        for t in ["snart", "2024-3", "1/3/24", "2024-03-01-02", "32 mars"] {
            assert!(parse_date(&text(t), SV).is_err(), "{t}");
        }
        let err = parse_date(&CellValue::number(45352.0), Language::En).unwrap_err();
        assert!(err.contains("is not a date"), "{err}");
    }

    #[test]
    fn amounts_with_units() {
        let ore = |t: &str| parse_amount(&text(t), SV);
        assert_eq!(ore("4 500 000 kr"), Ok(Some(450_000_000)));
        assert_eq!(ore("4\u{a0}500\u{a0}000"), Ok(Some(450_000_000)));
        assert_eq!(ore("4,5 Mkr"), Ok(Some(450_000_000)));
        assert_eq!(ore("4,5 mnkr"), Ok(Some(450_000_000)));
        assert_eq!(ore("4,5Mkr"), Ok(Some(450_000_000)));
        assert_eq!(ore("850 tkr"), Ok(Some(85_000_000)));
        assert_eq!(ore("1,23 tkr"), Ok(Some(123_000)));
        assert_eq!(ore("1 234,50"), Ok(Some(123_450)));
        assert_eq!(ore("1 234,50 kr"), Ok(Some(123_450)));
        assert_eq!(ore("12 000:-"), Ok(Some(1_200_000)));
        assert_eq!(ore("0"), Ok(Some(0)));
        assert_eq!(ore("-"), Ok(None));
        assert_eq!(ore(""), Ok(None));
        assert_eq!(
            parse_amount(&CellValue::number(850000.0), SV),
            Ok(Some(85_000_000))
        );
        assert_eq!(amount_toml(450_000_000), "4500000");
        assert_eq!(amount_toml(123_450), "1234.50");
        assert_eq!(amount_toml(5), "0.05");
    }

    #[test]
    fn text_in_an_amount_is_an_error() {
        for t in [
            "ca 4 Mkr",
            "enligt avtal",
            "4 st",
            "Mkr",
            "4,5 Mkr x",
            "1 23 kr",
        ] {
            let err = parse_amount(&text(t), SV).unwrap_err();
            assert!(err.contains("inget belopp"), "{t}: {err}");
        }
        let err = parse_amount(&text("-5 kr"), Language::En).unwrap_err();
        assert!(err.contains("negative"), "{err}");
    }

    #[test]
    fn notice_periods() {
        assert_eq!(parse_notice(&text("9 mån"), SV), Ok(Some(9)));
        assert_eq!(parse_notice(&text("9 månader"), SV), Ok(Some(9)));
        assert_eq!(parse_notice(&text("9"), SV), Ok(Some(9)));
        assert_eq!(parse_notice(&text("9mån"), SV), Ok(Some(9)));
        assert_eq!(parse_notice(&CellValue::number(6.0), SV), Ok(Some(6)));
        assert_eq!(parse_notice(&CellValue::Empty, SV), Ok(None));
        assert!(parse_notice(&text("ett halvår"), SV).is_err());
        assert!(parse_notice(&CellValue::number(2.5), SV).is_err());
    }

    #[test]
    fn kinds() {
        assert_eq!(parse_kind(&text("Ramavtal")), (Kind::Framework, true));
        assert_eq!(parse_kind(&text("AVROP")), (Kind::NationalCallOff, true));
        assert_eq!(
            parse_kind(&text("Avrop nationellt ramavtal")),
            (Kind::NationalCallOff, true)
        );
        assert_eq!(parse_kind(&text("Avtal")), (Kind::Contract, true));
        assert_eq!(parse_kind(&CellValue::Empty), (Kind::Contract, true));
        assert_eq!(parse_kind(&text("Koncession")), (Kind::Contract, false));
    }

    #[test]
    fn yes_and_no() {
        for t in ["ja", "JA", "x", "X", "true", "1"] {
            assert_eq!(parse_yes_no(&text(t), SV), Ok(true), "{t}");
        }
        for t in ["nej", "Nej", "-", "false", "0", ""] {
            assert_eq!(parse_yes_no(&text(t), SV), Ok(false), "{t}");
        }
        assert_eq!(parse_yes_no(&CellValue::Bool(true), SV), Ok(true));
        assert_eq!(parse_yes_no(&CellValue::number(1.0), SV), Ok(true));
        assert!(parse_yes_no(&text("kanske"), SV).is_err());
    }

    #[test]
    fn keywords_split_and_trimmed() {
        assert_eq!(
            parse_keywords(&text(" skola, betyg;; elev ;skola")),
            ["skola", "betyg", "elev"]
        );
        assert!(parse_keywords(&CellValue::Empty).is_empty());
        assert!(parse_keywords(&text(" ; , ")).is_empty());
    }
}
