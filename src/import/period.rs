//! Period cells of supplier files (SPEC §7): every spelling suppliers use, mapped to a
//! [`Period`] of the KPI's frequency.

use crate::dates::{Frequency, Period};
use chrono::{Datelike, NaiveDate};

/// What a period cell says, before it is matched to a KPI's frequency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodText {
    /// A day (`2026-01-31` or a spreadsheet date): the period that contains it.
    Date(NaiveDate),
    /// A month (`2026-01`, `jan 2026`, `Jan-26`, `202601`).
    Month { year: i32, month: u32 },
    /// A quarter (`2026-Q1`, `K1 2026`).
    Quarter { year: i32, quarter: u32 },
    /// A year (`2026`).
    Year(i32),
}

impl PeriodText {
    /// The period of `frequency` this cell stands for. A day or month maps to its quarter or
    /// year, and a quarter to its year; a coarser period never maps to a finer one (`None`).
    pub fn resolve(self, frequency: Frequency) -> Option<Period> {
        match (self, frequency) {
            (PeriodText::Date(date), _) => Some(Period::containing(date, frequency)),
            (PeriodText::Month { year, month }, _) => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                Some(Period::containing(first, frequency))
            }
            (PeriodText::Quarter { year, quarter }, Frequency::Quarterly) => {
                Some(Period::Quarter { year, quarter })
            }
            (PeriodText::Quarter { year, .. }, Frequency::Yearly) => Some(Period::Year(year)),
            (PeriodText::Year(year), Frequency::Yearly) => Some(Period::Year(year)),
            _ => None,
        }
    }

    /// A word for the kind of period, used in error messages.
    pub fn kind(self, m: &dyn crate::messages::Messages) -> &'static str {
        match self {
            PeriodText::Date(_) => m.period_kind_date(),
            PeriodText::Month { .. } => m.period_kind_month(),
            PeriodText::Quarter { .. } => m.period_kind_quarter(),
            PeriodText::Year(_) => m.period_kind_year(),
        }
    }
}

/// Parses the text of a period cell. Accepts `2026-01-31`, `2026-01`, `2026/01`, `202601`,
/// `jan 2026`, `januari 2026`, `Jan-26`, `2026-Q1`, `Q1 2026`, `2026 Q1`, `K1 2026`, `2026K1`
/// and `2026` (Swedish and English month names, case-insensitive).
pub fn parse_period_text(text: &str) -> Option<PeriodText> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    parse_iso_date(text)
        .map(PeriodText::Date)
        .or_else(|| parse_numeric_month(text))
        .or_else(|| parse_quarter(text))
        .or_else(|| parse_named_month(text))
        .or_else(|| parse_year(text).map(PeriodText::Year))
}

/// `2026-01-31`, also with a time after it (`2026-01-31 00:00:00`, `2026-01-31T00:00`).
fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let head = text.get(..10)?;
    let rest = &text[10..];
    if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('T')) {
        return None;
    }
    parse_date(head)
}

/// Whether `date` lies in the years 1900–9999, as every date of the register must (SPEC §2.2):
/// the one check of every date an import reads, from text or from a date cell (issue 31).
pub fn storable(date: NaiveDate) -> Option<NaiveDate> {
    let years = i32::from(crate::limits::MIN_YEAR)..=i32::from(crate::limits::MAX_YEAR);
    years.contains(&date.year()).then_some(date)
}

/// A strict `YYYY-MM-DD` date in the years 1900–9999: the text dates of every importer (a
/// ledger's date, an invoice's issue date, a workbook's ISO date cell, a KPI period).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    crate::dates::parse_date(text).and_then(storable)
}

/// `2026-01`, `2026-1`, `2026/01` and `202601`.
fn parse_numeric_month(text: &str) -> Option<PeriodText> {
    let (year, month) = if let Some((year, month)) = text.split_once(['-', '/']) {
        if !(1..=2).contains(&month.len()) {
            return None;
        }
        (year, month)
    } else if text.len() == 6 && text.is_char_boundary(4) {
        // A six-byte text may hold multi-byte letters (`2ÿ` from a broken file): split only
        // where a character ends; the digits check below refuses anything but `YYYYMM`.
        (&text[..4], &text[4..])
    } else {
        return None;
    };
    let year = parse_year(year)?;
    let month: u32 = all_digits(month)?;
    (1..=12)
        .contains(&month)
        .then_some(PeriodText::Month { year, month })
}

/// `2026-Q1`, `Q1 2026`, `2026 Q1`, `K1 2026`, `2026K1`, `Q1-2026` (Q or K, any case).
fn parse_quarter(text: &str) -> Option<PeriodText> {
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '/' | '\u{a0}'))
        .collect::<String>()
        .to_uppercase();
    let bytes = compact.as_bytes();
    if bytes.len() != 6 {
        return None;
    }
    // `get`, not slicing: the other bytes may belong to multi-byte letters of a broken file.
    let (year, quarter) = if matches!(bytes[4], b'Q' | b'K') {
        (compact.get(..4)?, compact.get(5..)?)
    } else if matches!(bytes[0], b'Q' | b'K') {
        (compact.get(2..)?, compact.get(1..2)?)
    } else {
        return None;
    };
    let year = parse_year(year)?;
    let quarter: u32 = all_digits(quarter)?;
    (1..=4)
        .contains(&quarter)
        .then_some(PeriodText::Quarter { year, quarter })
}

/// `jan 2026`, `januari 2026`, `Jan-26`, `okt. 2026`, `2026 jan`.
fn parse_named_month(text: &str) -> Option<PeriodText> {
    let lower = text.to_lowercase();
    let parts: Vec<&str> = lower
        .split([' ', '-', '/', '\u{a0}'])
        .filter(|part| !part.is_empty())
        .collect();
    let [first, second] = parts.as_slice() else {
        return None;
    };
    let (name, year) = if first.chars().all(|c| c.is_ascii_digit()) {
        (*second, *first)
    } else {
        (*first, *second)
    };
    let month = month_number(name.trim_end_matches('.'))?;
    let year = match year.len() {
        4 => parse_year(year)?,
        2 => 2000 + all_digits::<i32>(year)?,
        _ => return None,
    };
    Some(PeriodText::Month { year, month })
}

/// The month names people write in period and date cells (input vocabulary, not messages): for
/// months 1–12, the Swedish names and abbreviations, then the English ones that differ from them.
/// Lower case; callers lower-case the cell and drop a trailing dot.
const MONTH_NAMES: [(&[&str], &[&str]); 12] = [
    (&["jan", "januari"], &["january"]),
    (&["feb", "februari"], &["february"]),
    (&["mar", "mars"], &["march"]),
    (&["apr", "april"], &[]),
    (&["maj"], &["may"]),
    (&["jun", "juni"], &["june"]),
    (&["jul", "juli"], &["july"]),
    (&["aug", "augusti"], &["august"]),
    // `sept` is read in period cells only, with the English names.
    (&["sep", "september"], &["sept"]),
    (&["okt", "oktober"], &["oct", "october"]),
    (&["nov", "november"], &[]),
    (&["dec", "december"], &[]),
];

/// The number (1–12) of a Swedish or English month name or abbreviation, as period cells
/// write it.
pub fn month_number(name: &str) -> Option<u32> {
    MONTH_NAMES
        .iter()
        .position(|(swedish, english)| swedish.contains(&name) || english.contains(&name))
        .map(|index| index as u32 + 1)
}

/// The number (1–12) of a Swedish month name or abbreviation, as date cells write it
/// (`1 mars 2024`).
pub fn swedish_month_number(name: &str) -> Option<u32> {
    MONTH_NAMES
        .iter()
        .position(|(swedish, _)| swedish.contains(&name))
        .map(|index| index as u32 + 1)
}

/// A four-digit year from 1900 to 2999; other numbers are not years a supplier reports.
fn parse_year(text: &str) -> Option<i32> {
    if text.len() != 4 {
        return None;
    }
    let year: i32 = all_digits(text)?;
    (1900..=2999).contains(&year).then_some(year)
}

fn all_digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// The period text of a whole number in a period column (`2026`, `202601`); a plain number is
/// never read as a date.
pub fn period_of_number(value: f64) -> Option<PeriodText> {
    if value.fract() != 0.0 || !(0.0..1e7).contains(&value) {
        return None;
    }
    let text = format!("{}", value as i64);
    parse_year(&text)
        .map(PeriodText::Year)
        .or_else(|| parse_numeric_month(&text))
}

/// The date of a spreadsheet date cell given as year, month and day.
pub fn date_from_ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).and_then(storable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn import_dates_keep_to_the_years_1900_to_9999() {
        for text in ["0026-10-20", "1899-12-31", "0001-01-01", "0000-01-01"] {
            assert_eq!(parse_date(text), None, "{text}");
            assert_eq!(parse_period_text(text), None, "{text}");
        }
        assert_eq!(parse_date("1900-01-01"), Some(d("1900-01-01")));
        assert_eq!(parse_date("9999-12-31"), Some(d("9999-12-31")));
        assert_eq!(date_from_ymd(1899, 12, 31), None);
        assert_eq!(date_from_ymd(10000, 1, 1), None);
        assert_eq!(date_from_ymd(9999, 12, 31), Some(d("9999-12-31")));
    }

    fn month(year: i32, month: u32) -> Option<PeriodText> {
        Some(PeriodText::Month { year, month })
    }

    fn quarter(year: i32, quarter: u32) -> Option<PeriodText> {
        Some(PeriodText::Quarter { year, quarter })
    }

    /// Found by the `json_stat` fuzz target: a six-byte label with a multi-byte letter
    /// (`2ÿ3`, `QÿK26`) was sliced inside the letter and panicked.
    #[test]
    fn multi_byte_letters_are_no_period_and_no_panic() {
        for text in [
            "2ÿÿ3", "20ÿ25", "2025ÿ", "QÿK26", "Qÿ2026", "2026Qÿ", "ÿÿÿ", "202ÿ1",
        ] {
            assert_eq!(parse_period_text(text), None, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_without_panicking(text in "\\PC{0,12}") {
            let _ = parse_period_text(&text);
        }
    }

    #[test]
    fn every_spelling_in_the_spec() {
        assert_eq!(
            parse_period_text("2026-01-31"),
            Some(PeriodText::Date(d("2026-01-31")))
        );
        assert_eq!(
            parse_period_text("2026-01-31 00:00:00"),
            Some(PeriodText::Date(d("2026-01-31")))
        );
        for text in [
            "2026-01",
            "2026/01",
            "202601",
            "2026-1",
            "jan 2026",
            "januari 2026",
            "Januari 2026",
            "Jan-26",
            "JAN 2026",
            "jan. 2026",
            "january 2026",
            "2026 jan",
        ] {
            assert_eq!(parse_period_text(text), month(2026, 1), "{text}");
        }
        for text in [
            "2026-Q1", "Q1 2026", "2026 Q1", "K1 2026", "2026K1", "2026-K1", "q1 2026", "Q1-2026",
        ] {
            assert_eq!(parse_period_text(text), quarter(2026, 1), "{text}");
        }
        assert_eq!(parse_period_text("2026"), Some(PeriodText::Year(2026)));
        assert_eq!(parse_period_text("okt 2026"), month(2026, 10));
        assert_eq!(parse_period_text("Maj-25"), month(2025, 5));
        assert_eq!(parse_period_text("mars 2026"), month(2026, 3));
        assert_eq!(parse_period_text("Dec-26"), month(2026, 12));
        assert_eq!(parse_period_text("2026-Q4"), quarter(2026, 4));
    }

    /// One table serves both readers: period cells take English names too, date cells only the
    /// Swedish ones (`1 mars 2024`), as before the table was shared.
    #[test]
    fn month_names_of_periods_and_of_dates() {
        for (name, month) in [
            ("jan", 1),
            ("mars", 3),
            ("maj", 5),
            ("okt", 10),
            ("december", 12),
        ] {
            assert_eq!(month_number(name), Some(month), "{name}");
            assert_eq!(swedish_month_number(name), Some(month), "{name}");
        }
        for (name, month) in [("may", 5), ("sept", 9), ("oct", 10), ("october", 10)] {
            assert_eq!(month_number(name), Some(month), "{name}");
            assert_eq!(swedish_month_number(name), None, "{name}");
        }
        assert_eq!(month_number("foo"), None);
    }

    #[test]
    fn rejects_what_is_not_a_period() {
        for text in [
            "",
            "  ",
            "2026-13",
            "2026-Q5",
            "K0 2026",
            "202613",
            "20260",
            "abc",
            "jan",
            "foo 2026",
            "2026-02-30",
            "93,5",
            "12",
            "1 234",
            "Totalt",
            "2026-01-31x",
            "jan 20266",
        ] {
            assert_eq!(parse_period_text(text), None, "{text:?}");
        }
    }

    #[test]
    fn resolves_to_the_kpi_frequency() {
        let date = PeriodText::Date(d("2026-05-31"));
        assert_eq!(date.resolve(Frequency::Monthly), Period::parse("2026-05"));
        assert_eq!(date.resolve(Frequency::Quarterly), Period::parse("2026-Q2"));
        assert_eq!(date.resolve(Frequency::Yearly), Period::parse("2026"));
        let march = PeriodText::Month {
            year: 2026,
            month: 3,
        };
        assert_eq!(
            march.resolve(Frequency::Quarterly),
            Period::parse("2026-Q1")
        );
        let q3 = PeriodText::Quarter {
            year: 2026,
            quarter: 3,
        };
        assert_eq!(q3.resolve(Frequency::Monthly), None);
        assert_eq!(q3.resolve(Frequency::Yearly), Period::parse("2026"));
        assert_eq!(PeriodText::Year(2026).resolve(Frequency::Quarterly), None);
        assert_eq!(PeriodText::Year(2026).resolve(Frequency::Monthly), None);
    }

    #[test]
    fn whole_numbers_in_a_period_column() {
        assert_eq!(period_of_number(2026.0), Some(PeriodText::Year(2026)));
        assert_eq!(period_of_number(202601.0), month(2026, 1));
        assert_eq!(
            period_of_number(46053.0),
            None,
            "a serial date is not a date"
        );
        assert_eq!(period_of_number(2026.5), None);
        assert_eq!(period_of_number(-2026.0), None);
    }
}
