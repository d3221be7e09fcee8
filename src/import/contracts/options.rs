//! The options column of a register export (SPEC §15): `2+1+1`, `1+1 år`, `2 x 12 mån`,
//! `N mån`, `N år`, and the rule that decides whether a `+` list starts with the initial term.

use crate::import::cell::CellValue;
use crate::model::Language;
use chrono::NaiveDate;

/// What an options cell says, before it is compared with the contract's term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionsText {
    /// No options: empty, `-`, `nej` or `0`.
    None,
    /// Options of these lengths in months (`N mån`, `N år`, `K x N år`).
    Months(Vec<u32>),
    /// A `+` list of years (`2+1+1`, `1+1 år`): maybe the initial term first.
    PlusYears(Vec<u32>),
}

/// Parses an options cell; `Err` with the reason when the text cannot be read (`enligt avtal`).
pub fn parse_options(cell: &CellValue, lang: Language) -> Result<OptionsText, String> {
    let text = match cell {
        CellValue::Empty => return Ok(OptionsText::None),
        CellValue::Number { value, .. } if *value == 0.0 => return Ok(OptionsText::None),
        other => super::values::text_of(other).unwrap_or_default(),
    };
    parse_options_text(&text).ok_or_else(|| crate::messages::of(lang).options_unreadable(&text))
}

/// The text rules of [`parse_options`].
pub fn parse_options_text(text: &str) -> Option<OptionsText> {
    let lower = text.trim().to_lowercase();
    if matches!(
        lower.as_str(),
        "" | "-" | "–" | "nej" | "0" | "ingen" | "inga"
    ) {
        return Some(OptionsText::None);
    }
    let (number, unit_months) = split_unit(&lower)?;
    if number.contains('+') {
        // A `+` list is of years.
        if unit_months != Some(12) && unit_months.is_some() {
            return None;
        }
        let terms: Option<Vec<u32>> = number.split('+').map(|t| positive(t.trim())).collect();
        return terms.filter(|t| t.len() >= 2).map(OptionsText::PlusYears);
    }
    let unit = unit_months?;
    if let Some((count, length)) = number.split_once(['x', '×', '*']) {
        let count = positive(count.trim())?;
        let length = positive(length.trim())?.checked_mul(unit)?;
        if count > 100 {
            return None;
        }
        return Some(OptionsText::Months(vec![length; count as usize]));
    }
    let months = positive(number.trim())?.checked_mul(unit)?;
    Some(OptionsText::Months(vec![months]))
}

/// The number part and the unit in months (`år` 12, `mån` 1), or no unit.
fn split_unit(text: &str) -> Option<(&str, Option<u32>)> {
    const UNITS: [(&str, u32); 8] = [
        ("månader", 1),
        ("månad", 1),
        ("mån.", 1),
        ("mån", 1),
        ("months", 1),
        ("years", 12),
        ("year", 12),
        ("år", 12),
    ];
    for (unit, months) in UNITS {
        if let Some(rest) = text.strip_suffix(unit) {
            return Some((rest.trim_end(), Some(months)));
        }
    }
    text.chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | 'x' | '×' | '*'))
        .then_some((text, None))
}

fn positive(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok().filter(|n| (1..=1200).contains(n))
}

/// The initial term in whole years: start to end + 1 day, rounded to the nearest year.
pub fn initial_term_years(start: NaiveDate, end: NaiveDate) -> i64 {
    let days = (end - start).num_days() + 1;
    // Nearest year, halves up: 365.25 days a year on average.
    (days * 4 + 730) / 1461
}

/// The option lengths in months: a `+` list whose first term equals the initial term in whole
/// years is that term followed by the options; otherwise every term is an option.
pub fn option_months(options: &OptionsText, start: NaiveDate, end: NaiveDate) -> Vec<u32> {
    match options {
        OptionsText::None => Vec::new(),
        OptionsText::Months(months) => months.clone(),
        OptionsText::PlusYears(terms) => {
            let skip = usize::from(i64::from(terms[0]) == initial_term_years(start, end));
            terms[skip..].iter().map(|years| years * 12).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;
    use proptest::prelude::*;

    fn months(text: &str, start: &str, end: &str) -> Option<Vec<u32>> {
        parse_options_text(text).map(|o| option_months(&o, d(start), d(end)))
    }

    #[test]
    fn every_form_of_the_spec() {
        let (s, e) = ("2024-03-01", "2026-02-28");
        assert_eq!(months("2+1+1", s, e), Some(vec![12, 12]));
        assert_eq!(months("2 + 1 + 1", s, e), Some(vec![12, 12]));
        assert_eq!(months("1+1 år", s, e), Some(vec![12, 12]));
        assert_eq!(months("1+1", "2024-01-01", "2024-12-31"), Some(vec![12]));
        assert_eq!(months("2 x 12 mån", s, e), Some(vec![12, 12]));
        assert_eq!(months("2x12 mån", s, e), Some(vec![12, 12]));
        assert_eq!(months("3 x 1 år", s, e), Some(vec![12, 12, 12]));
        assert_eq!(months("24 mån", s, e), Some(vec![24]));
        assert_eq!(months("6 månader", s, e), Some(vec![6]));
        assert_eq!(months("2 år", s, e), Some(vec![24]));
        assert_eq!(months("1 År", s, e), Some(vec![12]));
        for none in ["", "-", "nej", "Nej", "0"] {
            assert_eq!(months(none, s, e), Some(vec![]), "{none:?}");
        }
    }

    #[test]
    fn unreadable_options() {
        for text in [
            "enligt avtal",
            "2",
            "2+",
            "+1",
            "1+0",
            "2 x",
            "x 12 mån",
            "12+12 mån",
            "ja",
            "1,5 år",
            "0 mån",
        ] {
            assert_eq!(parse_options_text(text), None, "{text:?}");
        }
        let err = parse_options(&CellValue::Text("enligt avtal".into()), Language::Sv).unwrap_err();
        assert!(err.contains("\"enligt avtal\" kan inte läsas"), "{err}");
        assert_eq!(
            parse_options(&CellValue::number(0.0), Language::Sv),
            Ok(OptionsText::None)
        );
    }

    #[test]
    fn initial_term_rounds_to_the_nearest_year() {
        assert_eq!(initial_term_years(d("2024-03-01"), d("2026-02-28")), 2);
        assert_eq!(initial_term_years(d("2024-01-01"), d("2027-12-31")), 4);
        assert_eq!(initial_term_years(d("2024-01-01"), d("2025-06-30")), 1);
        assert_eq!(initial_term_years(d("2024-01-01"), d("2025-07-10")), 2);
        assert_eq!(initial_term_years(d("2024-01-01"), d("2024-03-31")), 0);
    }

    proptest! {
        /// The `+`-list rule: the options are the list without its first term exactly when the
        /// first term equals the initial term in whole years, else the whole list.
        #[test]
        fn plus_list_rule(
            terms in proptest::collection::vec(1u32..6, 2..5),
            start_days in 0i64..20_000,
            term_days in 0i64..3_000,
        ) {
            let start = d("1990-01-01") + chrono::Duration::days(start_days);
            let end = start + chrono::Duration::days(term_days);
            let text = terms.iter().map(u32::to_string).collect::<Vec<_>>().join("+");
            let options = parse_options_text(&text).unwrap();
            let got = option_months(&options, start, end);
            let initial = i64::from(terms[0]) == initial_term_years(start, end);
            let expected: Vec<u32> = terms[usize::from(initial)..].iter().map(|y| y * 12).collect();
            prop_assert_eq!(&got, &expected);
            prop_assert!(got.len() == terms.len() || got.len() + 1 == terms.len());
            let with_unit = parse_options_text(&format!("{text} år")).unwrap();
            prop_assert_eq!(option_months(&with_unit, start, end), expected);
        }

        /// Whole years rounded: never more than half a year away from the real term.
        #[test]
        fn initial_term_is_nearest(term_days in 0i64..20_000) {
            let start = d("2000-01-01");
            let end = start + chrono::Duration::days(term_days);
            let years = initial_term_years(start, end);
            let real = (term_days + 1) as f64 / 365.25;
            prop_assert!((years as f64 - real).abs() <= 0.5 + 1e-9);
        }
    }
}
